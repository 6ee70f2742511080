//! The view: a checked registry turned into what every target prints, sorted by code. It is
//! language-neutral: each target derives its own identifiers and package names from it, in
//! its own folder of `errcodes-targets`.
//!
//! Two sources that say the same thing (entries in another order, other comments, YAML or
//! Rust source) give equal views, and so the same bytes.

mod changes;
mod names;

use errcodes_model::Registry;
use serde::Serialize;

pub use changes::{Change, Changes};
pub use names::{DEFAULT_PACKAGE_VERSION, Names};

/// A view cannot be built from a registry that the checks would reject.
#[derive(Debug, thiserror::Error)]
pub enum ViewError {
    /// A code names a category that is not declared.
    #[error("code {code} names the undeclared category `{category}`: run the checks first")]
    UnknownCategory {
        /// The code.
        code: u16,
        /// The category it names.
        category: String,
    },
}

/// Everything the emitters print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct View {
    /// Type names every target shares.
    pub names: Names,
    /// `MAJOR.MINOR.PATCH` of every package (`packages.version`, default `0.1.0`).
    pub version: String,
    /// One line on what the packages hold.
    pub description: String,
    /// Each target's package settings as the registry states them, by target id.
    pub packages: Vec<PackageView>,
    /// The docs page's path; a code's deep link is `{docs_base_url}#{code}`.
    pub docs_base_url: String,
    /// The docs page's absolute URL: `docs.base_url` when it is one, else `docs.site` joined
    /// to it; `None` when neither gives an origin.
    pub docs_url: Option<String>,
    /// Metadata every package carries.
    pub metadata: Metadata,
    /// Categories in declared order.
    pub categories: Vec<CategoryView>,
    /// Codes sorted by number.
    pub codes: Vec<CodeView>,
    /// Retired entries sorted by code, then name.
    pub reserved: Vec<ReservedView>,
    /// Index into [`View::codes`] of the code that examples in docs use: `docs.example`, else
    /// the lowest code but 0.
    pub example: usize,
    /// A code the registry does not use, for examples of what an unknown code does.
    pub unknown_example: u16,
}

/// One category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryView {
    /// Stable id, `rate_limit`.
    pub id: String,
    /// Label on the page, `限流 & 配额`.
    pub label: String,
    /// The troubleshooting guide's link, if the registry gives one.
    pub guide: Option<String>,
}

/// One code, with its category resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeView {
    /// The number.
    pub code: u16,
    /// SCREAMING_SNAKE_CASE name.
    pub name: String,
    /// HTTP status.
    pub http: u16,
    /// Index into [`View::categories`].
    pub category: usize,
    /// The message.
    pub message: String,
    /// Whether retrying can succeed.
    pub retryable: bool,
    /// Why it is deprecated and what to use instead.
    pub deprecated: Option<String>,
    /// Longer Markdown.
    pub description: Option<String>,
    /// `{docs_base_url}#{code}`.
    pub docs_path: String,
    /// `{docs_url}#{code}`, when the page has an absolute URL.
    pub docs_url: Option<String>,
}

/// `packages.license`, `repository`, `homepage` and `authors`, as the registry states them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Metadata {
    /// An SPDX expression.
    pub license: Option<String>,
    /// The source repository's URL.
    pub repository: Option<String>,
    /// The home page's URL.
    pub homepage: Option<String>,
    /// `Name` or `Name <email>`, in order.
    pub authors: Vec<String>,
}

/// `packages.<target>`: one target's settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PackageView {
    /// The target id.
    pub target: String,
    /// `(key, value)`, where no key is the short form `<target>: name`, which sets the
    /// target's first key.
    pub settings: Vec<(Option<String>, String)>,
}

/// One retired code or name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReservedView {
    /// The retired number.
    pub code: Option<u16>,
    /// The retired name.
    pub name: Option<String>,
    /// Why.
    pub reason: String,
}

impl View {
    /// Builds the view of a registry the checks passed.
    pub fn new(registry: &Registry) -> Result<Self, ViewError> {
        let categories: Vec<CategoryView> = registry
            .categories
            .iter()
            .map(|c| CategoryView {
                id: c.id.value.clone(),
                label: c.label.value.clone(),
                guide: c.guide.as_ref().map(|g| g.value.clone()),
            })
            .collect();
        let docs_base_url = registry.docs.base_url.value.clone();
        let docs_url = absolute_docs_url(
            &docs_base_url,
            registry.docs.site.as_ref().map(|s| s.value.as_str()),
        );
        let mut codes = registry
            .codes
            .iter()
            .map(|c| {
                let category = categories
                    .iter()
                    .position(|k| k.id == c.category.value)
                    .ok_or_else(|| ViewError::UnknownCategory {
                        code: c.code.value,
                        category: c.category.value.clone(),
                    })?;
                Ok(CodeView {
                    code: c.code.value,
                    name: c.name.value.clone(),
                    http: c.http.value,
                    category,
                    message: c.message.value.clone(),
                    retryable: c.is_retryable(),
                    deprecated: c.deprecated.as_ref().map(|d| d.value.clone()),
                    description: c.description.as_ref().map(|d| d.value.clone()),
                    docs_path: format!("{docs_base_url}#{}", c.code.value),
                    docs_url: docs_url
                        .as_ref()
                        .map(|url| format!("{url}#{}", c.code.value)),
                })
            })
            .collect::<Result<Vec<_>, ViewError>>()?;
        codes.sort_by_key(|c| c.code);
        let mut reserved: Vec<ReservedView> = registry
            .reserved
            .iter()
            .map(|r| ReservedView {
                code: r.code.as_ref().map(|c| c.value),
                name: r.name.as_ref().map(|n| n.value.clone()),
                reason: r.reason.value.clone(),
            })
            .collect();
        reserved.sort_by(|a, b| (a.code, &a.name).cmp(&(b.code, &b.name)));
        let example = match &registry.docs.example {
            Some(example) => codes.iter().position(|c| c.code == example.value),
            None => codes.iter().position(|c| c.code != 0),
        }
        .unwrap_or(0);
        let taken: std::collections::HashSet<u16> = codes
            .iter()
            .map(|c| c.code)
            .chain(reserved.iter().filter_map(|r| r.code))
            .collect();
        let taken = |n: u16| taken.contains(&n);

        let unknown_example = (9999..=u16::MAX)
            .chain(1..9999)
            .find(|&n| !taken(n))
            .unwrap_or(0);
        let code_type = &registry.enum_name.value;
        let packages = &registry.packages;
        let view = View {
            names: Names::new(code_type),
            version: packages
                .version
                .as_ref()
                .map_or_else(|| DEFAULT_PACKAGE_VERSION.to_owned(), |v| v.value.clone()),
            description: format!("The error codes of the {code_type} registry."),
            packages: packages
                .targets
                .iter()
                .map(|t| PackageView {
                    target: t.target.value.clone(),
                    settings: t
                        .settings
                        .iter()
                        .map(|s| {
                            (
                                s.key.as_ref().map(|k| k.value.clone()),
                                s.value.value.clone(),
                            )
                        })
                        .collect(),
                })
                .collect(),
            docs_base_url,
            docs_url,
            metadata: Metadata {
                license: packages.license.as_ref().map(|v| v.value.clone()),
                repository: packages.repository.as_ref().map(|v| v.value.clone()),
                homepage: packages.homepage.as_ref().map(|v| v.value.clone()),
                authors: packages.authors.iter().map(|a| a.value.clone()).collect(),
            },
            categories,
            codes,
            reserved,
            example,
            unknown_example,
        };
        Ok(view)
    }

    /// The code examples use.
    pub fn example_code(&self) -> Option<&CodeView> {
        self.codes.get(self.example)
    }

    /// The code a package README's error example fails with: the first retryable one (a rate
    /// limit, say), whose category and retry are worth showing, else the docs' example code.
    pub fn retry_example(&self) -> Option<&CodeView> {
        self.codes
            .iter()
            .find(|c| c.retryable)
            .or_else(|| self.example_code())
    }

    /// Whether any category links a troubleshooting guide.
    pub fn has_guides(&self) -> bool {
        self.categories.iter().any(|k| k.guide.is_some())
    }

    /// The category of a code.
    pub fn category_of(&self, code: &CodeView) -> &CategoryView {
        &self.categories[code.category]
    }
}

/// The page's absolute URL: `base_url` when it is an `http(s)` URL, else `site` joined to it.
fn absolute_docs_url(base_url: &str, site: Option<&str>) -> Option<String> {
    let lower = base_url.get(..8).unwrap_or(base_url).to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return Some(base_url.to_owned());
    }
    site.map(|site| {
        format!(
            "{}/{}",
            site.trim_end_matches('/'),
            base_url.trim_start_matches('/')
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use errcodes_model::SourceFile;

    fn view(yaml: &str) -> View {
        let parsed = errcodes_yaml::parse(&SourceFile::new("t.yaml", yaml));
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        View::new(&parsed.registry.unwrap()).unwrap()
    }

    const HEAD: &str = "version: 1\nenum: TuringErrorCode\ndocs: {base_url: /e}\ncategories:\n  - {id: rate_limit, label: L}\n";

    #[test]
    fn sorted_and_named() {
        let v = view(&format!(
            "{HEAD}codes:\n  - {{code: 2, name: B_B, http: 400, category: rate_limit, message: b}}\n  - {{code: 1, name: A_A, http: 400, category: rate_limit, message: a}}\n"
        ));
        assert_eq!(v.codes.iter().map(|c| c.code).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(v.codes[1].docs_path, "/e#2");
        assert_eq!(v.names.category_type, "TuringErrorCategory");
        assert_eq!(v.names.info_const, "TURING_ERROR_INFO");
        assert_eq!(v.version, DEFAULT_PACKAGE_VERSION);
        assert_eq!(v.example_code().map(|c| c.code), Some(1));
        assert_eq!(v.unknown_example, 9999);
    }

    #[test]
    fn docs_urls_join_the_site_to_a_path_or_keep_an_absolute_base() {
        let code =
            "codes:\n  - {code: 7, name: A_A, http: 400, category: rate_limit, message: a}\n";
        let urls = |docs: &str| {
            let v = view(&format!(
                "{}{code}",
                HEAD.replace("docs: {base_url: /e}", docs)
            ));
            (v.docs_url, v.codes[0].docs_url.clone())
        };
        assert_eq!(urls("docs: {base_url: /e}"), (None, None));
        let joined = (
            Some("https://p.example/e".to_owned()),
            Some("https://p.example/e#7".to_owned()),
        );
        assert_eq!(
            urls("docs: {base_url: /e, site: 'https://p.example/'}"),
            joined
        );
        assert_eq!(
            urls("docs: {base_url: e, site: 'https://p.example'}"),
            joined
        );
        assert_eq!(urls("docs: {base_url: 'https://p.example/e'}"), joined);
    }

    #[test]
    fn equal_regardless_of_entry_order_and_comments_but_not_content() {
        let a = view(&format!(
            "{HEAD}codes:\n  - {{code: 2, name: B_B, http: 400, category: rate_limit, message: b}}\n  - {{code: 1, name: A_A, http: 400, category: rate_limit, message: a}}\n"
        ));
        let b = view(&format!(
            "# comment\n{HEAD}codes:\n  - {{code: 1, name: A_A, http: 400, category: rate_limit, message: a}}\n  - {{code: 2, name: B_B, http: 400, category: rate_limit, message: b}}\n"
        ));
        let c = view(&format!(
            "{HEAD}codes:\n  - {{code: 1, name: A_A, http: 400, category: rate_limit, message: a}}\n  - {{code: 2, name: B_B, http: 401, category: rate_limit, message: b}}\n"
        ));
        assert_eq!(a, b);
        assert_ne!(a, c);
    }
}
