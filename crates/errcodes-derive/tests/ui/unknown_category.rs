use errcodes_derive::ErrorCode;

#[derive(Clone, Copy, ErrorCode)]
#[error_code(docs = "/errors", category(id = "rate_limit", label = "Rate limit"))]
enum ApiError {
    /// Rate limit exceeded
    #[error_code(http = 429, category = "rate_limt")]
    RateLimitExceeded = 1104,
}

fn main() {}
