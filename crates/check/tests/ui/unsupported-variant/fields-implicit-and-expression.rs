#[derive(Debug, ErrorCode)]
#[error_code(docs = "/docs/errors", category(id = "other", label = "Other"))]
pub enum DemoError {
    /// An error occurred
    #[error_code(http = 500, category = "other")]
    UnknownError = 1000,
    /// Not found
    #[error_code(http = 404, category = "other")]
    NotFound(String) = 1001,
    /// Gone
    #[error_code(http = 410, category = "other")]
    Gone,
    /// Teapot
    #[error_code(http = 418, category = "other")]
    Teapot = 1000 + 3,
}
