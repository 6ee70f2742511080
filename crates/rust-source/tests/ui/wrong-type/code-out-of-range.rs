#[derive(Debug, Clone, Copy, ErrorCode)]
#[error_code(docs = "/docs/errors", category(id = "other", label = "Other"))]
pub enum DemoError {
    /// An error occurred
    #[error_code(http = 500, category = "other")]
    UnknownError = 1000,
    /// Not found
    #[error_code(http = 404, category = "other")]
    NotFound = 70000,
}
