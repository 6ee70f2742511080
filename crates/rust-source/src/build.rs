//! From what the grammar read to the registry model: names and messages resolved, every
//! problem turned into a positioned diagnostic through [`Spans`].

use errcodes_model::{
    AllowBreaking, Category, CheckId, Code, Diagnostic, DocsConfig, PackageSetting, Packages,
    Parsed, Registry, Reserved, Span, Spanned, TargetPackage, Unread,
};
use heck::ToShoutySnakeCase;
use syn::ItemEnum;
use syn::ext::IdentExt;

use crate::grammar::{self, Problem, Value};

/// Turns proc-macro2 spans into model spans. The CLI maps them to file positions; the derive
/// keeps them, so it can point `compile_error!`s at the right tokens.
pub trait Spans {
    /// The model span of `span`.
    fn span(&mut self, span: proc_macro2::Span) -> Span;
}

/// Reads an enum and its attributes into a registry, reporting every problem.
pub fn read_enum(item: &ItemEnum, spans: &mut impl Spans) -> Parsed {
    let mut problems = Vec::new();
    let attrs = grammar::enum_attrs(&item.attrs, &mut problems);
    let enum_span = item.ident.span();
    let mut unread = Unread::default();
    let mut categories = Vec::new();
    for category in attrs.categories {
        match (category.id, category.label) {
            (Some(id), Some(label)) => categories.push(Category {
                id: spanned(id, spans),
                label: spanned(label, spans),
                guide: category.guide.map(|g| spanned(g, spans)),
                span: spans.span(category.span),
            }),
            (id, _) => {
                unread.categories += 1;
                let missing = if id.is_none() { "id" } else { "label" };
                problems.push(missing_key(
                    &format!("a `category(...)` has no `{missing}`"),
                    category.span,
                    missing,
                ));
            }
        }
    }
    let mut reserved = Vec::new();
    for entry in attrs.reserved {
        match entry.reason {
            Some(reason) if entry.code.is_some() || entry.name.is_some() => {
                reserved.push(Reserved {
                    code: entry.code.map(|c| spanned(c, spans)),
                    name: entry.name.map(|n| spanned(n, spans)),
                    reason: spanned(reason, spans),
                    span: spans.span(entry.span),
                })
            }
            Some(_) => {
                unread.reserved += 1;
                problems.push(missing_key(
                    "a `reserved(...)` retires neither a code nor a name",
                    entry.span,
                    "code` or `name",
                ));
            }
            None => {
                unread.reserved += 1;
                problems.push(missing_key(
                    "a `reserved(...)` has no `reason`",
                    entry.span,
                    "reason",
                ));
            }
        }
    }
    let mut allow_breaking = Vec::new();
    for entry in attrs.allow_breaking {
        match (entry.code, entry.rule, entry.reason) {
            (Some(code), Some(rule), Some(reason)) => allow_breaking.push(AllowBreaking {
                code: spanned(code, spans),
                rule: spanned(rule, spans),
                reason: spanned(reason, spans),
                span: spans.span(entry.span),
            }),
            (code, rule, _) => {
                unread.allow_breaking += 1;
                let missing = if code.is_none() {
                    "code"
                } else if rule.is_none() {
                    "rule"
                } else {
                    "reason"
                };
                problems.push(missing_key(
                    &format!("an `allow_breaking(...)` has no `{missing}`"),
                    entry.span,
                    missing,
                ));
            }
        }
    }
    let mut codes = Vec::new();
    for variant in &item.variants {
        let read = grammar::variant_attrs(variant, &mut problems);
        let ident = &variant.ident;
        let message = read.message.or(read.doc);
        let written = |key: &str| read.written.iter().any(|k| k == key);
        let mut require = |present: bool, key: &str, alternative: &str| {
            if !present && !written(key) && !written(alternative) {
                let hint = match key {
                    "message" => "add a `///` doc comment or `message = \"…\"`".to_owned(),
                    _ => format!("add `#[error_code({key} = …)]`"),
                };
                problems.push(Problem {
                    id: CheckId::MissingKey,
                    message: format!("variant `{ident}` has no `{key}`"),
                    labels: vec![(ident.span(), format!("`{key}` is required"), true)],
                    help: Some(hint),
                });
            }
        };
        require(read.http.is_some(), "http", "http");
        require(read.category.is_some(), "category", "category");
        require(message.is_some(), "message", "doc");
        let fields_ok = matches!(variant.fields, syn::Fields::Unit);
        match (read.code, read.http, read.category, message) {
            (Some(code), Some(http), Some(category), Some(message)) if fields_ok => {
                let name = match read.name {
                    Some(name) => spanned(name, spans),
                    None => Spanned::new(
                        ident.unraw().to_string().to_shouty_snake_case(),
                        spans.span(ident.span()),
                    ),
                };
                codes.push(Code {
                    code: spanned(code, spans),
                    name,
                    http: spanned(http, spans),
                    category: spanned(category, spans),
                    message: spanned(message, spans),
                    retryable: read.retryable.map(|r| spanned(r, spans)),
                    deprecated: read.deprecated.map(|d| spanned(d, spans)),
                    description: read.description.map(|d| spanned(d, spans)),
                    span: spans.span(ident.span()),
                });
            }
            _ => unread.codes += 1,
        }
    }
    if item.variants.is_empty() {
        problems.push(Problem {
            id: CheckId::NoCodes,
            message: format!("enum `{}` has no variants", item.ident),
            labels: vec![(enum_span, "no codes".to_owned(), true)],
            help: Some("add the first code as a variant".to_owned()),
        });
    }
    let example = attrs.docs_example.map(|e| spanned(e, spans));
    let site = attrs.docs_site.map(|s| spanned(s, spans));
    let docs = attrs.docs.map(|d| DocsConfig {
        base_url: spanned(d, spans),
        example,
        site,
    });
    if docs.is_none() {
        problems.push(missing_key(
            "the enum has no `#[error_code(docs = \"…\")]`",
            enum_span,
            "docs",
        ));
    }
    let packages = attrs.packages;
    let packages = Packages {
        version: packages.version.map(|v| spanned(v, spans)),
        license: packages.license.map(|v| spanned(v, spans)),
        repository: packages.repository.map(|v| spanned(v, spans)),
        homepage: packages.homepage.map(|v| spanned(v, spans)),
        authors: packages.authors.map_or_else(Vec::new, |a| {
            a.value.into_iter().map(|v| spanned(v, spans)).collect()
        }),
        targets: packages
            .targets
            .into_iter()
            .map(|t| TargetPackage {
                target: spanned(t.target, spans),
                settings: t
                    .settings
                    .into_iter()
                    .map(|(key, value)| PackageSetting {
                        key: key.map(|k| spanned(k, spans)),
                        value: spanned(value, spans),
                    })
                    .collect(),
            })
            .collect(),
    };
    let diagnostics: Vec<Diagnostic> = problems.into_iter().map(|p| diagnostic(p, spans)).collect();
    let registry = docs.map(|docs| Registry {
        enum_name: Spanned::new(item.ident.to_string(), spans.span(item.ident.span())),
        docs,
        packages,
        categories,
        codes,
        reserved,
        allow_breaking,
        unread,
    });
    Parsed {
        registry,
        diagnostics,
    }
}

fn spanned<T>(value: Value<T>, spans: &mut impl Spans) -> Spanned<T> {
    Spanned::new(value.value, spans.span(value.span))
}

fn missing_key(message: &str, span: proc_macro2::Span, key: &str) -> Problem {
    Problem {
        id: CheckId::MissingKey,
        message: message.to_owned(),
        labels: vec![(span, format!("`{key}` is required here"), true)],
        help: None,
    }
}

/// A grammar problem as a diagnostic at model spans.
pub fn diagnostic(problem: Problem, spans: &mut impl Spans) -> Diagnostic {
    let mut diagnostic = Diagnostic::new(problem.id, problem.message);
    for (span, label, primary) in problem.labels {
        let span = spans.span(span);
        diagnostic = if primary {
            diagnostic.primary(span, label)
        } else {
            diagnostic.secondary(span, label)
        };
    }
    match problem.help {
        Some(help) => diagnostic.help(help),
        None => diagnostic,
    }
}
