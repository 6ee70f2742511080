#[derive(Debug, ErrorCode)]
#[error_code(docs = "/docs/errors", packages(license = "MIT", repository = "https://x.example/r", authors = ["Ada", 7]), category(id = "other", label = "Other"))]
pub enum DemoError {
    /// An error occurred
    #[error_code(http = 500, category = "other")]
    UnknownError = 1000,
}
