//! The generated targets and the identifiers each derives from registry names. Naming lives
//! here, once, so that the checks (collisions, reserved words) and the view (what templates
//! print) can never disagree about what a name becomes.

use heck::{ToShoutySnakeCase, ToUpperCamelCase};

/// One generated output. Adding a target means adding a variant: every exhaustive `match`
/// on it is a place the compiler then asks to handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    /// A std-only Rust module.
    Rust,
    /// A TypeScript module with a literal union type.
    TypeScript,
    /// A Python module with an `IntEnum`.
    Python,
    /// The Markdown docs page.
    Markdown,
    /// The self-contained, searchable HTML docs page.
    Html,
}

/// The identifiers a target derives from one registry name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetIdents {
    /// The identifier of a code (a variant, member or key).
    pub code: String,
    /// The identifier of a category, derived from its id.
    pub category: String,
}

impl Target {
    /// Every target, in output order.
    pub const ALL: [Target; 5] = [
        Target::Rust,
        Target::TypeScript,
        Target::Python,
        Target::Markdown,
        Target::Html,
    ];

    /// The target's id in `--target` and `errcodes.toml`: `rust`, `typescript`, `python`,
    /// `markdown`, `html`.
    pub const fn id(self) -> &'static str {
        match self {
            Target::Rust => "rust",
            Target::TypeScript => "typescript",
            Target::Python => "python",
            Target::Markdown => "markdown",
            Target::Html => "html",
        }
    }

    /// The target with this id.
    pub fn from_id(id: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.id() == id)
    }

    /// What the target is called in messages.
    pub const fn display_name(self) -> &'static str {
        match self {
            Target::Rust => "Rust",
            Target::TypeScript => "TypeScript",
            Target::Python => "Python",
            Target::Markdown => "Markdown",
            Target::Html => "HTML",
        }
    }

    /// The identifier a code named `name` gets in this target, or `None` for targets that
    /// emit no identifiers.
    pub fn code_ident(self, name: &str) -> Option<String> {
        match self {
            Target::Rust => Some(name.to_upper_camel_case()),
            Target::TypeScript | Target::Python => Some(name.to_owned()),
            Target::Markdown | Target::Html => None,
        }
    }

    /// The identifier a category with id `id` gets in this target.
    pub fn category_ident(self, id: &str) -> Option<String> {
        match self {
            Target::Rust => Some(id.to_upper_camel_case()),
            Target::Python => Some(id.to_shouty_snake_case()),
            Target::TypeScript | Target::Markdown | Target::Html => None,
        }
    }

    /// Whether `ident` is a keyword or otherwise unusable as an identifier in this target.
    pub fn is_reserved(self, ident: &str) -> bool {
        match self {
            Target::Rust => RUST_RESERVED.contains(&ident),
            Target::TypeScript => TYPESCRIPT_RESERVED.contains(&ident),
            Target::Python => PYTHON_RESERVED.contains(&ident),
            Target::Markdown | Target::Html => false,
        }
    }
}

/// The import name of a Python distribution: lower case, with `-` and `.` as `_`
/// (`turing-error-codes` is imported as `turing_error_codes`).
pub fn python_module(distribution: &str) -> String {
    distribution.to_ascii_lowercase().replace(['-', '.'], "_")
}

/// Rust's strict and reserved keywords (2024 edition), plus names the generated module
/// defines itself.
const RUST_RESERVED: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield", "union",
];

/// ECMAScript and TypeScript reserved words and the globals the generated module must not
/// shadow.
const TYPESCRIPT_RESERVED: &[&str] = &[
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "null",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "as",
    "implements",
    "interface",
    "let",
    "package",
    "private",
    "protected",
    "public",
    "static",
    "yield",
    "any",
    "boolean",
    "number",
    "string",
    "symbol",
    "type",
    "undefined",
    "never",
    "unknown",
    "object",
    "Object",
    "Number",
    "String",
    "Boolean",
    "Symbol",
    "Array",
    "Record",
    "Readonly",
    "Error",
];

/// Python's keywords and soft keywords, and names `IntEnum` itself defines.
const PYTHON_RESERVED: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", "match", "case", "type", "_", "name", "value", "mro",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rust_idents_are_upper_camel_and_can_collide() {
        assert_eq!(
            Target::Rust.code_ident("HTTP_TIMEOUT_ERROR").unwrap(),
            "HttpTimeoutError"
        );
        assert_eq!(
            Target::Rust.code_ident("FOO_BAR1"),
            Target::Rust.code_ident("FOO_BAR_1")
        );
        assert!(Target::Rust.is_reserved(&Target::Rust.code_ident("SELF").unwrap()));
    }

    #[test]
    fn category_idents() {
        assert_eq!(
            Target::Rust.category_ident("rate_limit").unwrap(),
            "RateLimit"
        );
        assert_eq!(
            Target::Python.category_ident("rate_limit").unwrap(),
            "RATE_LIMIT"
        );
        assert_eq!(Target::Markdown.category_ident("rate_limit"), None);
    }
}
