#[derive(Debug, ErrorCode)]
#[error_code(docs = "/docs/errors", packages(version = "1.0.0", rust(name = "demo", nam = "x"), pyton = "demo"), category(id = "other", label = "Other"))]
pub enum DemoError {
    /// An error occurred
    #[error_code(http = 500, category = "other")]
    UnknownError = 1000,
}
