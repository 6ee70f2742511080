//! The Go target's one rule for identifiers: a code name or category id becomes UpperCamelCase
//! with heck, word by word, except that initialisms stay upper-case as Go writes them
//! (`HTTP_TIMEOUT_ERROR` is `HTTPTimeoutError`). The backend, the checks and the templates all
//! call these functions.

use heck::ToUpperCamelCase;

/// The identifier a code named `name` (SCREAMING_SNAKE_CASE) becomes: `HTTPTimeoutError`.
pub(crate) fn code_ident(name: &str) -> String {
    camel(name)
}

/// The identifier a category with id `id` (snake_case) becomes: `CategoryRateLimit`. The
/// prefix keeps categories apart from codes, which share the package scope with them.
pub(crate) fn category_ident(id: &str) -> String {
    format!("Category{}", camel(id))
}

/// Whether `ident` cannot be one of the package's constants: a Go keyword, a predeclared
/// identifier, or a name the generated files declare whatever the registry says.
pub(crate) fn is_reserved(ident: &str) -> bool {
    KEYWORDS.contains(&ident) || PREDECLARED.contains(&ident) || FILE_NAMES.contains(&ident)
}

/// Whether `name` is a Go keyword or predeclared identifier.
pub(crate) fn is_keyword_or_predeclared(name: &str) -> bool {
    KEYWORDS.contains(&name) || PREDECLARED.contains(&name)
}

/// UpperCamelCase, word by word between underscores, with initialisms upper-case.
fn camel(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split('_') {
        let found = INITIALISMS.binary_search_by(|i| {
            i.bytes()
                .cmp(word.bytes().map(|b| b.to_ascii_uppercase()))
        });
        if let Ok(at) = found {
            out.push_str(INITIALISMS[at]);
        } else if !crate::naming::push_capitalized(word, &mut out) {
            out.push_str(&word.to_upper_camel_case());
        }
    }
    out
}

/// The initialisms golint keeps upper-case, and those staticcheck's ST1003 adds (`AMQP`, `DB`,
/// `GID`, `RTP`, `SIP`, `TS`), sorted, for a binary search.
const INITIALISMS: &[&str] = &[
    "ACL", "AMQP", "API", "ASCII", "CPU", "CSS", "DB", "DNS", "EOF", "GID", "GUID", "HTML",
    "HTTP", "HTTPS", "ID", "IP", "JSON", "LHS", "QPS", "RAM", "RHS", "RPC", "RTP", "SIP", "SLA",
    "SMTP", "SQL", "SSH", "TCP", "TLS", "TS", "TTL", "UDP", "UI", "UID", "URI", "URL", "UTF8",
    "UUID", "VM", "XML", "XMPP", "XSRF", "XSS",
];

/// Go's keywords.
const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

/// Go's predeclared identifiers, those of newer releases (`clear`, `max`, `min`) included.
const PREDECLARED: &[&str] = &[
    "any",
    "bool",
    "byte",
    "comparable",
    "complex64",
    "complex128",
    "error",
    "float32",
    "float64",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "rune",
    "string",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "true",
    "false",
    "iota",
    "nil",
    "append",
    "cap",
    "clear",
    "close",
    "complex",
    "copy",
    "delete",
    "imag",
    "len",
    "make",
    "max",
    "min",
    "new",
    "panic",
    "print",
    "println",
    "real",
    "recover",
];

/// What the source file declares whatever the registry: the packages it imports, and `init`
/// and `_`, which no constant may be named.
const FILE_NAMES: &[&str] = &["json", "errors", "fmt", "strconv", "init", "_"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initialisms_stay_upper_case() {
        assert!(INITIALISMS.is_sorted(), "binary search needs them sorted");
        assert_eq!(code_ident("HTTP_TIMEOUT_ERROR"), "HTTPTimeoutError");
        assert_eq!(code_ident("INVALID_ID"), "InvalidID");
        assert_eq!(code_ident("TOO_MANY_API_KEYS"), "TooManyAPIKeys");
        assert_eq!(
            code_ident("PORTAL_MEETING_OUTLINE_BAD_JSON_ERROR"),
            "PortalMeetingOutlineBadJSONError"
        );
        assert_eq!(code_ident("REDIS_DATABASE_URI_NOT_SET"), "RedisDatabaseURINotSet");
        assert_eq!(code_ident("HTTP_API_UTF8_ERROR"), "HTTPAPIUTF8Error");
        assert_eq!(code_ident("IDS_PAID"), "IdsPaid", "only whole words");
        assert_eq!(
            code_ident("ASSISTANT_DALL_E_3_NOT_SUPPORTED"),
            "AssistantDallE3NotSupported"
        );
        assert_eq!(code_ident("SUCCESS"), "Success");
    }

    #[test]
    fn categories_are_prefixed() {
        assert_eq!(category_ident("rate_limit"), "CategoryRateLimit");
        assert_eq!(category_ident("api"), "CategoryAPI");
        assert_eq!(category_ident("content_safety"), "CategoryContentSafety");
    }

    #[test]
    fn names_that_differ_by_underscores_or_initialisms_can_collide() {
        assert_eq!(code_ident("FOO_BAR1"), code_ident("FOO_BAR_1"));
        assert_eq!(code_ident("BAD_I_D"), code_ident("BAD_ID"));
        assert_eq!(code_ident("CATEGORY_AUTH"), category_ident("auth"));
    }

    #[test]
    fn reserved_words() {
        for word in ["func", "type", "nil", "string", "len", "any", "json", "init", "_"] {
            assert!(is_reserved(word), "{word}");
        }
        for word in ["Func", "Success", "Category", "String"] {
            assert!(!is_reserved(word), "{word}");
        }
        assert!(is_keyword_or_predeclared("max") && !is_keyword_or_predeclared("fmt"));
    }
}
