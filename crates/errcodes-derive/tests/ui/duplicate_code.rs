use errcodes_derive::ErrorCode;

#[derive(Clone, Copy, ErrorCode)]
#[error_code(docs = "/errors", category(id = "search", label = "Search"))]
enum SearchError {
    /// No result found
    #[error_code(http = 404, category = "search")]
    OpenSearchNoResult = 1405,
    /// PG Database transaction failed
    #[error_code(http = 500, category = "search")]
    PgDatabaseTransactionFailed = 1405,
}

fn main() {}
