#[derive(::errcodes::ErrorCode, Clone)]
#[error_code(docs = "/docs/errors", category(id = "other", label = "Other"))]
pub enum DemoError {
    /// An error occurred
    #[error_code(http = 500, category = "other")]
    UnknownError = 1000,
}
