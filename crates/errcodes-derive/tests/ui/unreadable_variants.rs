use errcodes_derive::ErrorCode;

const BASE: u16 = 1000;

#[derive(Clone, Copy, ErrorCode)]
#[repr(u16)]
#[error_code(docs = "/errors", category(id = "other", label = "Other"))]
enum ApiError {
    /// Computed
    #[error_code(http = 400, category = "other")]
    Computed = BASE + 1,
    /// No code at all
    #[error_code(http = 400, category = "other")]
    Implicit,
    #[error_code(http = 400, category = "other")]
    NoMessage = 1003,
}

fn main() {}
