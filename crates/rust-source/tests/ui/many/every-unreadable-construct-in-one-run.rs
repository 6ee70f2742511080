#[derive(ErrorCode)]
#[error_code(colour = "red", category(id = "other", label = "Other"))]
#[error_code(category(id = "spare"), reserved(code = 1999))]
pub enum DemoError {
    /// Tuple
    #[error_code(http = 400, category = "other")]
    Tuple(u8) = 1001,
    /// Struct
    #[error_code(http = 400, category = "other")]
    Struct { at: u8 } = 1002,
    /// Implicit
    #[error_code(http = 400, category = "other")]
    Implicit,
    /// Sum
    #[error_code(http = 400, category = "other")]
    Sum = 1000 + 4,
    /// Path
    #[error_code(http = 400, category = "other")]
    Path = BASE,
    /// Negative
    #[error_code(http = 400, category = "other")]
    Negative = -1,
    /// Large
    #[error_code(http = 400, category = "other")]
    Large = 70000,
    /// No http
    #[error_code(category = "other")]
    NoHttp = 1008,
    /// No category
    #[error_code(http = 400)]
    NoCategory = 1009,
    #[error_code(http = 400, category = "other")]
    NoMessage = 1010,
    /// Typo
    #[error_code(htpp = 400, category = "other")]
    Typo = 1011,
    /// Twice
    #[error_code(http = 400, category = "other")]
    #[error_code(category = "other")]
    Twice = 1012,
    /// Wrong types
    #[error_code(http = "400", category = "other", retryable = "yes")]
    WrongTypes = 1013,
    /// Broken
    #[error_code(category = "other")]
    #[error_code(http = )]
    Broken = 1014,
    #[doc = include_str!("doc.md")]
    #[error_code(http = 400, category = "other")]
    DocMacro = 1015,
    /// Fine
    #[error_code(http = 400, category = "other")]
    Fine = 1016,
}
