#[derive(Debug, Clone, Copy, ErrorCode)]
#[error_code(docs = "/docs/errors", category(id = "other", label = "Other"), reserved(reason = "gone"))]
pub enum DemoError {
    /// An error occurred
    #[error_code(http = 500, category = "other")]
    UnknownError = 1000,
}
