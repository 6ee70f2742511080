use errcodes_derive::ErrorCode;

#[derive(Clone, Copy, ErrorCode)]
#[error_code(docs = "/errors", category(id = "other", label = "Other"))]
enum ApiError {
    /// First
    #[error_code(http = 400, category = "other")]
    NotFound = 1003,
    /// Second
    #[error_code(http = 404, category = "other", name = "NOT_FOUND")]
    Missing = 1004,
}

fn main() {}
