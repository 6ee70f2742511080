#[derive(Debug, Clone, Copy, ErrorCode)]
#[error_code(docs = "/docs/errors", docs_example = 7, category(id = "other", label = "Other"))]
pub enum DemoError {
    /// An error occurred
    #[error_code(http = 500, category = "other")]
    UnknownError = 1000,
    /// Another
    #[error_code(http = 500, category = "other")]
    Another = 1001,
}
