use errcodes_derive::ErrorCode;

#[derive(Clone, Copy, ErrorCode)]
#[error_code(docs = "/errors", category(id = "other", label = "Other"))]
enum ApiError {
    /// Teapot
    #[error_code(http = 999, category = "other")]
    Teapot = 1000,
    /// Looks fine but says OK
    #[error_code(http = 200, category = "other")]
    Fine = 1001,
}

fn main() {}
