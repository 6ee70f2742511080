use errcodes_derive::ErrorCode;

#[derive(Clone, Copy, ErrorCode)]
#[error_code(docs = "/errors", category(id = "other", label = "Other"))]
enum ApiError {
    /// Timeout
    #[error_code(htpp = 408, category = "other")]
    #[error_code(http = 408)]
    #[error_code(http = 504)]
    Timeout = 1124,
}

fn main() {}
