//! The registry as a source file, for `errcodes import` (to `registry.yaml`) and
//! `errcodes export --to-rust` (to an annotated enum): every value as the registry states it
//! (an absent `retryable` stays absent), codes sorted, and the Rust spelling of each entry
//! decided here.

use errcodes_model::Registry;
use heck::ToShoutySnakeCase;

use crate::Target;

/// A registry ready to be written back as a source.
#[derive(Debug, Clone)]
pub struct SourceView {
    /// `enum:`.
    pub enum_name: String,
    /// `docs.base_url`.
    pub docs_base_url: String,
    /// `docs.example`, when the registry names one.
    pub docs_example: Option<u16>,
    /// `docs.site`, when the registry gives one.
    pub docs_site: Option<String>,
    /// `packages:` as the registry states it: `(key, short form, settings)`, where the short
    /// form is the value of a shared key (`version`, `license`, …) or a target's name alone,
    /// and the settings a target's `(key, value)` pairs otherwise.
    pub packages: Vec<SourcePackage>,
    /// `packages.authors`.
    pub authors: Vec<String>,
    /// `(id, label, guide)` in declared order.
    pub categories: Vec<(String, String, Option<String>)>,
    /// Codes sorted by number.
    pub codes: Vec<SourceCode>,
    /// Retired entries sorted by code, then name.
    pub reserved: Vec<SourceReserved>,
    /// `(code, rule, reason)` of accepted breaking changes, sorted.
    pub allow_breaking: Vec<(u16, String, String)>,
}

/// One `packages:` entry: its key, its value when it is a single string (`version`, or a
/// target's name alone), and a target's `(key, value)` settings otherwise.
pub type SourcePackage = (String, Option<String>, Vec<(String, String)>);

/// One code as a source states it.
#[derive(Debug, Clone)]
pub struct SourceCode {
    /// The number.
    pub code: u16,
    /// The name.
    pub name: String,
    /// The Rust variant.
    pub variant: String,
    /// Whether the variant's name does not give the name back (heck's SCREAMING_SNAKE_CASE of
    /// `ASSISTANT_DALL_E_3_NOT_SUPPORTED`'s variant is `ASSISTANT_DALL_E3_NOT_SUPPORTED`), so
    /// the Rust source must say `name = "…"`.
    pub needs_name: bool,
    /// HTTP status.
    pub http: u16,
    /// Category id.
    pub category: String,
    /// The message.
    pub message: String,
    /// Whether the message reads back exactly from `///` lines (no tab, no line with trailing
    /// whitespace); otherwise the Rust source says `message = "…"`.
    pub message_as_doc: bool,
    /// `retryable`, only where the registry states it.
    pub retryable: Option<bool>,
    /// `deprecated`.
    pub deprecated: Option<String>,
    /// `description`.
    pub description: Option<String>,
}

/// One retired entry.
#[derive(Debug, Clone)]
pub struct SourceReserved {
    /// The retired number.
    pub code: Option<u16>,
    /// The retired name.
    pub name: Option<String>,
    /// Why.
    pub reason: String,
}

impl SourceView {
    /// The source view of a registry the checks passed.
    pub fn new(registry: &Registry) -> Self {
        let p = &registry.packages;
        let shared = [
            ("version", &p.version),
            ("license", &p.license),
            ("repository", &p.repository),
            ("homepage", &p.homepage),
        ]
        .into_iter()
        .filter_map(|(key, value)| {
            value
                .as_ref()
                .map(|v| (key.to_owned(), Some(v.value.clone()), Vec::new()))
        });
        let targets = p.targets.iter().map(|t| match t.settings.as_slice() {
            [setting] if setting.key.is_none() => (
                t.target.value.clone(),
                Some(setting.value.value.clone()),
                Vec::new(),
            ),
            settings => {
                let main = Target::from_id(&t.target.value)
                    .and_then(|t| t.package_keys().first().copied())
                    .unwrap_or("name");
                let settings = settings
                    .iter()
                    .map(|s| {
                        let key = s.key.as_ref().map_or(main, |k| k.value.as_str());
                        (key.to_owned(), s.value.value.clone())
                    })
                    .collect();
                (t.target.value.clone(), None, settings)
            }
        });
        let packages = shared.chain(targets).collect();
        let mut codes: Vec<SourceCode> = registry
            .codes
            .iter()
            .map(|c| {
                let variant = crate::rust::variant(&c.name.value);
                let message = c.message.value.clone();
                SourceCode {
                    code: c.code.value,
                    needs_name: variant.to_shouty_snake_case() != c.name.value,
                    name: c.name.value.clone(),
                    variant,
                    http: c.http.value,
                    category: c.category.value.clone(),
                    message_as_doc: !message.contains('\t')
                        && message.split('\n').all(|l| l == l.trim_end()),
                    message,
                    retryable: c.retryable.as_ref().map(|r| r.value),
                    deprecated: c.deprecated.as_ref().map(|d| d.value.clone()),
                    description: c.description.as_ref().map(|d| d.value.clone()),
                }
            })
            .collect();
        codes.sort_by_key(|c| c.code);
        let mut reserved: Vec<SourceReserved> = registry
            .reserved
            .iter()
            .map(|r| SourceReserved {
                code: r.code.as_ref().map(|c| c.value),
                name: r.name.as_ref().map(|n| n.value.clone()),
                reason: r.reason.value.clone(),
            })
            .collect();
        reserved.sort_by(|a, b| (a.code, &a.name).cmp(&(b.code, &b.name)));
        let mut allow_breaking: Vec<(u16, String, String)> = registry
            .allow_breaking
            .iter()
            .map(|a| (a.code.value, a.rule.value.clone(), a.reason.value.clone()))
            .collect();
        allow_breaking.sort();
        SourceView {
            allow_breaking,
            enum_name: registry.enum_name.value.clone(),
            docs_base_url: registry.docs.base_url.value.clone(),
            docs_example: registry.docs.example.as_ref().map(|e| e.value),
            docs_site: registry.docs.site.as_ref().map(|s| s.value.clone()),
            packages,
            authors: p.authors.iter().map(|a| a.value.clone()).collect(),
            categories: registry
                .categories
                .iter()
                .map(|c| {
                    (
                        c.id.value.clone(),
                        c.label.value.clone(),
                        c.guide.as_ref().map(|g| g.value.clone()),
                    )
                })
                .collect(),
            codes,
            reserved,
        }
    }
}
