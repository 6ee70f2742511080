//! The `#[error_code(...)]` grammar: the one parser of it, used by the CLI's front-end and by
//! `errcodes-derive`. It reads attributes into values with their spans and collects every
//! problem as a [`Problem`]; it never stops at the first one.
//!
//! On the enum: `docs = "…"`, optionally `docs_example = …` and `docs_site = "…"`,
//! `category(id = "…", label = "…", guide = "…")` (repeatable, in order; `guide` optional),
//! `reserved(code = …, name = "…", reason = "…")` (repeatable), `packages(version = "…",
//! license = "…", repository = "…", homepage = "…", authors = ["…", …], <target> = "…",
//! <target>(<key> = "…", …))` (a target's package name, or its settings),
//! `allow_breaking(code = …, rule = "…", reason = "…")` (repeatable). On a variant: `http = …`, `category = "…"`,
//! and optionally `name`, `message`, `retryable`, `deprecated`, `description`. Keys may be
//! spread over several attributes; a key given twice is a problem.

use errcodes_model::{CheckId, suggest_help};
use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, Fields, Lit, Variant};

/// The attribute's name.
pub const ATTRIBUTE: &str = "error_code";

const ENUM_KEYS: &[&str] = &[
    "docs",
    "docs_example",
    "docs_site",
    "category",
    "reserved",
    "packages",
    "allow_breaking",
];
const VARIANT_KEYS: &[&str] = &[
    "http",
    "category",
    "name",
    "message",
    "retryable",
    "deprecated",
    "description",
];

/// A value read from the source, with the span of its literal.
#[derive(Debug, Clone)]
pub struct Value<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub span: Span,
}

/// A problem found while reading, with every span involved; the CLI turns it into a
/// diagnostic, the derive into `compile_error!`s.
#[derive(Debug, Clone)]
pub struct Problem {
    /// Which check it is.
    pub id: CheckId,
    /// What is wrong.
    pub message: String,
    /// `(span, label, primary)` for every position involved, primary first.
    pub labels: Vec<(Span, String, bool)>,
    /// The fix, if there is one to suggest.
    pub help: Option<String>,
}

impl Problem {
    fn new(id: CheckId, message: impl Into<String>, span: Span, label: impl Into<String>) -> Self {
        Problem {
            id,
            message: message.into(),
            labels: vec![(span, label.into(), true)],
            help: None,
        }
    }

    fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// What the enum's attributes say.
#[derive(Debug, Default)]
pub struct EnumAttrs {
    /// `docs = "…"`.
    pub docs: Option<Value<String>>,
    /// `docs_example = 1124`.
    pub docs_example: Option<Value<u16>>,
    /// `docs_site = "https://…"`.
    pub docs_site: Option<Value<String>>,
    /// `category(…)`, in order.
    pub categories: Vec<CategoryAttr>,
    /// `reserved(…)`, in order.
    pub reserved: Vec<ReservedAttr>,
    /// `packages(…)`.
    pub packages: PackagesAttr,
    /// `allow_breaking(…)`, in order.
    pub allow_breaking: Vec<AllowAttr>,
}

/// `allow_breaking(code = …, rule = "…", reason = "…")`.
#[derive(Debug)]
pub struct AllowAttr {
    /// `code`.
    pub code: Option<Value<u16>>,
    /// `rule`.
    pub rule: Option<Value<String>>,
    /// `reason`.
    pub reason: Option<Value<String>>,
    /// The `allow_breaking` key.
    pub span: Span,
}

/// `category(id = "…", label = "…", guide = "…")`.
#[derive(Debug)]
pub struct CategoryAttr {
    /// `id`.
    pub id: Option<Value<String>>,
    /// `label`.
    pub label: Option<Value<String>>,
    /// `guide`, optional.
    pub guide: Option<Value<String>>,
    /// The `category` key.
    pub span: Span,
}

/// `reserved(code = …, name = "…", reason = "…")`.
#[derive(Debug)]
pub struct ReservedAttr {
    /// `code`.
    pub code: Option<Value<u16>>,
    /// `name`.
    pub name: Option<Value<String>>,
    /// `reason`.
    pub reason: Option<Value<String>>,
    /// The `reserved` key.
    pub span: Span,
}

/// `packages(version = "…", license = "…", …, rust = "…", go(module = "…", package = "…"))`:
/// the version and metadata every package shares, and each target's name or settings under
/// its id (the checks know which ids and keys exist).
#[derive(Debug, Default)]
pub struct PackagesAttr {
    /// `version`.
    pub version: Option<Value<String>>,
    /// `license`.
    pub license: Option<Value<String>>,
    /// `repository`.
    pub repository: Option<Value<String>>,
    /// `homepage`.
    pub homepage: Option<Value<String>>,
    /// `authors = ["…", …]`.
    pub authors: Option<Value<Vec<Value<String>>>>,
    /// The targets' settings, in order.
    pub targets: Vec<TargetAttr>,
}

/// `<target> = "…"` or `<target>(<key> = "…", …)` in `packages(...)`.
#[derive(Debug)]
pub struct TargetAttr {
    /// The target id, at its path.
    pub target: Value<String>,
    /// `(key, value)`: no key for `<target> = "…"`, which sets the target's first key.
    pub settings: Vec<(Option<Value<String>>, Value<String>)>,
}

/// What a variant says: its discriminant, its attributes and its doc comment.
#[derive(Debug, Default)]
pub struct VariantAttrs {
    /// The discriminant, the code.
    pub code: Option<Value<u16>>,
    /// `http`.
    pub http: Option<Value<u16>>,
    /// `category`.
    pub category: Option<Value<String>>,
    /// `name`.
    pub name: Option<Value<String>>,
    /// `message`.
    pub message: Option<Value<String>>,
    /// `retryable`.
    pub retryable: Option<Value<bool>>,
    /// `deprecated`.
    pub deprecated: Option<Value<String>>,
    /// `description`.
    pub description: Option<Value<String>>,
    /// The doc comment: each line minus one leading space, joined with `\n`, blank lines at
    /// either end trimmed.
    pub doc: Option<Value<String>>,
    /// Every key written, and `doc` for a doc comment, whether or not its value could be read:
    /// a key that is there but unreadable is reported as such, not also as missing.
    pub written: Vec<String>,
}

/// Reads the enum's `#[error_code(...)]` attributes.
pub fn enum_attrs(attrs: &[Attribute], problems: &mut Vec<Problem>) -> EnumAttrs {
    let mut out = EnumAttrs::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident(ATTRIBUTE)) {
        let parsed = attr.parse_nested_meta(|meta| {
            let key = key_of(&meta);
            match key.as_str() {
                "docs" => {
                    let value = string(&meta, &key, problems)?;
                    set(&mut out.docs, &key, value, problems);
                }
                "docs_example" => {
                    let value = int(&meta, &key, problems)?;
                    set(&mut out.docs_example, &key, value, problems);
                }
                "docs_site" => {
                    let value = string(&meta, &key, problems)?;
                    set(&mut out.docs_site, &key, value, problems);
                }
                "category" => {
                    let mut c = CategoryAttr {
                        id: None,
                        label: None,
                        guide: None,
                        span: meta.path.span(),
                    };
                    let slots = &mut [
                        ("id", Slot::Text(&mut c.id)),
                        ("label", Slot::Text(&mut c.label)),
                        ("guide", Slot::Text(&mut c.guide)),
                    ];
                    nested(&meta, "`category(...)`", slots, problems)?;
                    out.categories.push(c);
                }
                "reserved" => {
                    let mut r = ReservedAttr {
                        code: None,
                        name: None,
                        reason: None,
                        span: meta.path.span(),
                    };
                    let slots = &mut [
                        ("code", Slot::Code(&mut r.code)),
                        ("name", Slot::Text(&mut r.name)),
                        ("reason", Slot::Text(&mut r.reason)),
                    ];
                    nested(&meta, "`reserved(...)`", slots, problems)?;
                    out.reserved.push(r);
                }
                "allow_breaking" => {
                    let mut a = AllowAttr {
                        code: None,
                        rule: None,
                        reason: None,
                        span: meta.path.span(),
                    };
                    let slots = &mut [
                        ("code", Slot::Code(&mut a.code)),
                        ("rule", Slot::Text(&mut a.rule)),
                        ("reason", Slot::Text(&mut a.reason)),
                    ];
                    nested(&meta, "`allow_breaking(...)`", slots, problems)?;
                    out.allow_breaking.push(a);
                }
                "packages" => packages(&meta, &mut out.packages, problems)?,
                _ => unknown(
                    &meta,
                    &key,
                    "the enum's `#[error_code(...)]`",
                    ENUM_KEYS,
                    problems,
                )?,
            }
            Ok(())
        });
        if let Err(error) = parsed {
            problems.push(syntax(&error));
        }
    }
    out
}

/// Reads a variant: its shape, its discriminant, its `#[error_code(...)]` attributes and its
/// doc comment.
pub fn variant_attrs(variant: &Variant, problems: &mut Vec<Problem>) -> VariantAttrs {
    let mut out = VariantAttrs::default();
    let ident = &variant.ident;
    if !matches!(variant.fields, Fields::Unit) {
        problems.push(
            Problem::new(
                CheckId::UnsupportedVariant,
                format!("variant `{ident}` has fields; an error code is a unit variant"),
                variant.fields.span(),
                "fields",
            )
            .help(format!("write `{ident} = <code>`")),
        );
    }
    out.code = discriminant(variant, problems);
    let mut unreadable_doc = None;
    for attr in &variant.attrs {
        if attr.path().is_ident("doc") {
            if let Err(problem) = doc_line(attr, &mut out) {
                unreadable_doc.get_or_insert(*problem);
            }
        } else if attr.path().is_ident(ATTRIBUTE) {
            let parsed = attr.parse_nested_meta(|meta| {
                let key = key_of(&meta);
                out.written.push(key.clone());
                match key.as_str() {
                    "http" => set(&mut out.http, &key, int(&meta, &key, problems)?, problems),
                    "category" => set(
                        &mut out.category,
                        &key,
                        string(&meta, &key, problems)?,
                        problems,
                    ),
                    "name" => set(
                        &mut out.name,
                        &key,
                        string(&meta, &key, problems)?,
                        problems,
                    ),
                    "message" => set(
                        &mut out.message,
                        &key,
                        string(&meta, &key, problems)?,
                        problems,
                    ),
                    "retryable" => set(
                        &mut out.retryable,
                        &key,
                        boolean(&meta, &key, problems)?,
                        problems,
                    ),
                    "deprecated" => set(
                        &mut out.deprecated,
                        &key,
                        string(&meta, &key, problems)?,
                        problems,
                    ),
                    "description" => {
                        set(
                            &mut out.description,
                            &key,
                            string(&meta, &key, problems)?,
                            problems,
                        );
                    }
                    _ => unknown(
                        &meta,
                        &key,
                        &format!("variant `{ident}`"),
                        VARIANT_KEYS,
                        problems,
                    )?,
                }
                Ok(())
            });
            if let Err(error) = parsed {
                problems.push(syntax(&error));
            }
        }
    }
    if let Some(doc) = &mut out.doc {
        doc.value = trim_blank_lines(&doc.value);
    }
    if out.message.is_none() {
        problems.extend(unreadable_doc);
    }
    out
}

fn discriminant(variant: &Variant, problems: &mut Vec<Problem>) -> Option<Value<u16>> {
    let ident = &variant.ident;
    let Some((_, expr)) = &variant.discriminant else {
        problems.push(
            Problem::new(
                CheckId::UnsupportedVariant,
                format!("variant `{ident}` has no explicit code"),
                ident.span(),
                "needs `= <code>`",
            )
            .help(format!(
                "write `{ident} = <code>`: implicit discriminants would renumber codes silently"
            )),
        );
        return None;
    };
    match expr {
        Expr::Lit(ExprLit {
            lit: Lit::Int(int), ..
        }) => match int.base10_parse::<u16>() {
            Ok(code) => Some(Value {
                value: code,
                span: int.span(),
            }),
            Err(_) => {
                problems.push(Problem::new(
                    CheckId::WrongType,
                    format!("the code of `{ident}` must be in 0..=65535, found {int}"),
                    int.span(),
                    "out of range",
                ));
                None
            }
        },
        other => {
            problems.push(
                Problem::new(
                    CheckId::UnsupportedVariant,
                    format!("the code of `{ident}` is not an integer literal"),
                    other.span(),
                    "not a literal",
                )
                .help("write the code as a literal, such as `= 1124`, so that it can be read without compiling"),
            );
            None
        }
    }
}

/// Adds one `///` line (a `#[doc = "…"]` attribute) to the variant's doc comment. A doc
/// attribute whose value is not a literal is a problem only if the message has to come from
/// the doc comment, which the caller decides.
fn doc_line(attr: &Attribute, out: &mut VariantAttrs) -> Result<(), Box<Problem>> {
    let syn::Meta::NameValue(name_value) = &attr.meta else {
        return Ok(());
    };
    out.written.push("doc".to_owned());
    let Expr::Lit(ExprLit {
        lit: Lit::Str(text),
        ..
    }) = &name_value.value
    else {
        return Err(Box::new(
            Problem::new(
                CheckId::WrongType,
                "a doc attribute that is not a string literal cannot be read as a message",
                name_value.value.span(),
                "not a string literal",
            )
            .help("write the message as `///` lines or `message = \"…\"`"),
        ));
    };
    let line = text.value();
    let line = line.strip_prefix(' ').unwrap_or(&line).to_owned();
    match &mut out.doc {
        Some(doc) => {
            doc.value.push('\n');
            doc.value.push_str(&line);
        }
        None => {
            out.doc = Some(Value {
                value: line,
                span: text.span(),
            })
        }
    }
    Ok(())
}

fn trim_blank_lines(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let first = lines
        .iter()
        .position(|l| !l.trim().is_empty())
        .unwrap_or(lines.len());
    let last = lines
        .iter()
        .rposition(|l| !l.trim().is_empty())
        .map_or(first, |i| i + 1);
    lines[first..last].join("\n")
}

/// Where a nested key's value goes.
enum Slot<'a> {
    /// A string literal.
    Text(&'a mut Option<Value<String>>),
    /// An integer literal in 0..=65535.
    Code(&'a mut Option<Value<u16>>),
}

/// Reads `packages(...)`: the shared `version`, `license`, `repository`, `homepage` and
/// `authors`, then any other key as a target id with a name or with its own `key = "…"`
/// settings.
fn packages(
    meta: &ParseNestedMeta<'_>,
    out: &mut PackagesAttr,
    problems: &mut Vec<Problem>,
) -> syn::Result<()> {
    meta.parse_nested_meta(|inner| {
        let key = key_of(&inner);
        let shared = match key.as_str() {
            "version" => Some(&mut out.version),
            "license" => Some(&mut out.license),
            "repository" => Some(&mut out.repository),
            "homepage" => Some(&mut out.homepage),
            "authors" => {
                let authors = strings(&inner, &key, problems)?;
                set(&mut out.authors, &key, authors, problems);
                return Ok(());
            }
            _ => None,
        };
        if let Some(slot) = shared {
            let value = string(&inner, &key, problems)?;
            set(slot, &key, value, problems);
            return Ok(());
        }
        let target = Value {
            value: key.clone(),
            span: inner.path.span(),
        };
        if let Some(first) = out.targets.iter().find(|t| t.target.value == key) {
            problems.push(Problem {
                id: CheckId::DuplicateKey,
                message: format!("`{key}` is given twice in `packages(...)`"),
                labels: vec![
                    (target.span, "given again here".to_owned(), true),
                    (first.target.span, "first given here".to_owned(), false),
                ],
                help: Some("keep one of them".to_owned()),
            });
        }
        let mut settings = Vec::new();
        if inner.input.peek(syn::token::Paren) {
            inner.parse_nested_meta(|setting| {
                let name = key_of(&setting);
                let place = format!("`packages({key}(...))`");
                if let Some(first) =
                    settings
                        .iter()
                        .find_map(|(k, _): &(Option<Value<String>>, _)| {
                            k.as_ref().filter(|k| k.value == name)
                        })
                {
                    problems.push(Problem {
                        id: CheckId::DuplicateKey,
                        message: format!("`{name}` is given twice in {place}"),
                        labels: vec![
                            (setting.path.span(), "given again here".to_owned(), true),
                            (first.span, "first given here".to_owned(), false),
                        ],
                        help: Some("keep one of them".to_owned()),
                    });
                }
                let key = Value {
                    value: name.clone(),
                    span: setting.path.span(),
                };
                if let Some(value) = string(&setting, &name, problems)? {
                    settings.push((Some(key), value));
                }
                Ok(())
            })?;
        } else if let Some(name) = string(&inner, &key, problems)? {
            settings.push((None, name));
        }
        out.targets.push(TargetAttr { target, settings });
        Ok(())
    })
}

/// Reads `name(key = value, …)`: each key into its slot, any other key reported as unknown.
fn nested(
    meta: &ParseNestedMeta<'_>,
    place: &str,
    slots: &mut [(&str, Slot<'_>)],
    problems: &mut Vec<Problem>,
) -> syn::Result<()> {
    let keys: Vec<&str> = slots.iter().map(|(key, _)| *key).collect();
    meta.parse_nested_meta(|inner| {
        let key = key_of(&inner);
        match slots.iter_mut().find(|(k, _)| *k == key) {
            Some((_, Slot::Text(slot))) => {
                set(slot, &key, string(&inner, &key, problems)?, problems)
            }
            Some((_, Slot::Code(slot))) => set(slot, &key, int(&inner, &key, problems)?, problems),
            None => unknown(&inner, &key, place, &keys, problems)?,
        }
        Ok(())
    })
}

fn key_of(meta: &ParseNestedMeta<'_>) -> String {
    meta.path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}

/// Stores a value, or reports a key given twice.
fn set<T>(
    slot: &mut Option<Value<T>>,
    key: &str,
    value: Option<Value<T>>,
    problems: &mut Vec<Problem>,
) {
    let Some(value) = value else { return };
    match slot {
        Some(first) => problems.push(Problem {
            id: CheckId::DuplicateKey,
            message: format!("`{key}` is given twice"),
            labels: vec![
                (value.span, "given again here".to_owned(), true),
                (first.span, "first given here".to_owned(), false),
            ],
            help: Some("keep one of them".to_owned()),
        }),
        None => *slot = Some(value),
    }
}

/// Reports an unknown key and skips its value.
fn unknown(
    meta: &ParseNestedMeta<'_>,
    key: &str,
    place: &str,
    allowed: &[&str],
    problems: &mut Vec<Problem>,
) -> syn::Result<()> {
    let help = suggest_help(key, allowed, "the keys allowed here are: ");
    problems.push(
        Problem::new(
            CheckId::UnknownKey,
            format!("unknown key `{key}` in {place}"),
            meta.path.span(),
            "not part of the grammar",
        )
        .help(help),
    );
    if meta.input.peek(syn::Token![=]) {
        meta.value()?.parse::<Expr>()?;
    } else if meta.input.peek(syn::token::Paren) {
        meta.input.parse::<proc_macro2::TokenTree>()?;
    }
    Ok(())
}

/// The literal after `key =`; `None` (and a problem) when it is not a literal.
fn literal(
    meta: &ParseNestedMeta<'_>,
    key: &str,
    problems: &mut Vec<Problem>,
) -> syn::Result<Option<Lit>> {
    let expr: Expr = meta.value()?.parse()?;
    match expr {
        Expr::Lit(ExprLit { lit, .. }) => Ok(Some(lit)),
        other => {
            problems.push(Problem::new(
                CheckId::WrongType,
                format!("`{key}` must be a literal"),
                other.span(),
                "not a literal",
            ));
            Ok(None)
        }
    }
}

fn string(
    meta: &ParseNestedMeta<'_>,
    key: &str,
    problems: &mut Vec<Problem>,
) -> syn::Result<Option<Value<String>>> {
    Ok(literal(meta, key, problems)?.and_then(|lit| match lit {
        Lit::Str(s) => Some(Value {
            value: s.value(),
            span: s.span(),
        }),
        other => {
            problems.push(wrong(key, "a string", &other));
            None
        }
    }))
}

/// The array of string literals after `key =`: `["a", "b"]`. An item of another kind is a
/// problem and left out.
fn strings(
    meta: &ParseNestedMeta<'_>,
    key: &str,
    problems: &mut Vec<Problem>,
) -> syn::Result<Option<Value<Vec<Value<String>>>>> {
    let expr: Expr = meta.value()?.parse()?;
    let Expr::Array(array) = expr else {
        problems.push(Problem::new(
            CheckId::WrongType,
            format!("`{key}` must be an array of strings, `[\"…\", …]`"),
            expr.span(),
            "not an array",
        ));
        return Ok(None);
    };
    let mut items = Vec::with_capacity(array.elems.len());
    for item in &array.elems {
        match item {
            Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            }) => items.push(Value {
                value: s.value(),
                span: s.span(),
            }),
            other => problems.push(Problem::new(
                CheckId::WrongType,
                format!("an item of `{key}` must be a string literal"),
                other.span(),
                "not a string literal",
            )),
        }
    }
    Ok(Some(Value {
        value: items,
        span: array.span(),
    }))
}

fn int(
    meta: &ParseNestedMeta<'_>,
    key: &str,
    problems: &mut Vec<Problem>,
) -> syn::Result<Option<Value<u16>>> {
    Ok(literal(meta, key, problems)?.and_then(|lit| match lit {
        Lit::Int(i) => match i.base10_parse::<u16>() {
            Ok(value) => Some(Value {
                value,
                span: i.span(),
            }),
            Err(_) => {
                problems.push(Problem::new(
                    CheckId::WrongType,
                    format!("`{key}` must be in 0..=65535, found {i}"),
                    i.span(),
                    "out of range",
                ));
                None
            }
        },
        other => {
            problems.push(wrong(key, "an integer", &other));
            None
        }
    }))
}

fn boolean(
    meta: &ParseNestedMeta<'_>,
    key: &str,
    problems: &mut Vec<Problem>,
) -> syn::Result<Option<Value<bool>>> {
    Ok(literal(meta, key, problems)?.and_then(|lit| match lit {
        Lit::Bool(b) => Some(Value {
            value: b.value,
            span: b.span,
        }),
        other => {
            problems.push(wrong(key, "`true` or `false`", &other));
            None
        }
    }))
}

fn wrong(key: &str, expected: &str, found: &Lit) -> Problem {
    let kind = match found {
        Lit::Str(_) => "a string",
        Lit::Int(_) => "an integer",
        Lit::Bool(_) => "a boolean",
        Lit::Float(_) => "a float",
        _ => "another literal",
    };
    Problem::new(
        CheckId::WrongType,
        format!("`{key}` must be {expected}, found {kind}"),
        found.span(),
        kind,
    )
}

fn syntax(error: &syn::Error) -> Problem {
    Problem::new(
        CheckId::RustSyntax,
        format!("this `#[{ATTRIBUTE}(...)]` does not parse: {error}"),
        error.span(),
        error.to_string(),
    )
    .help(format!("write `#[{ATTRIBUTE}(key = value, …)]`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_at_either_end_are_trimmed() {
        assert_eq!(trim_blank_lines("\n  \na\n\nb\n \n"), "a\n\nb");
        assert_eq!(trim_blank_lines(""), "");
    }
}
