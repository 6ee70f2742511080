//! The names only the TypeScript templates print: the package's functions, the error classes
//! (the base class and one per category) and the package metadata npm reads.

use errcodes_view::View;
use heck::ToShoutySnakeCase;

use crate::Context;
use crate::naming::default_package_name;

/// What the TypeScript templates name, derived from the view.
pub(crate) struct Names {
    /// The npm package, `turing-error-codes` or a scoped name.
    pub(crate) package: String,
    /// The lookup function, `describeTuringErrorCode`.
    pub(crate) describe_fn: String,
    /// The type guard of codes, `isTuringErrorCode`.
    pub(crate) guard_fn: String,
    /// The body parser, `parseTuringErrorBody`.
    pub(crate) parse_body_fn: String,
    /// The base error class, `TuringError`.
    pub(crate) error_class: String,
    /// The type guard of errors, `isTuringError`.
    pub(crate) error_guard_fn: String,
    /// The body as sent, what `toJSON` returns: `TuringErrorJson`.
    pub(crate) json_type: String,
    /// The frozen list of categories with their labels, `TURING_ERROR_CATEGORIES`.
    pub(crate) categories_const: String,
    /// The key of the `Symbol.for` brand every copy of the base class shares.
    pub(crate) brand: String,
    /// Each category's error class, by index into `View::categories`.
    pub(crate) classes: Vec<String>,
    /// `repository.url` as npm writes it.
    pub(crate) repository: Option<String>,
    /// The category the README's retry example catches, an index into `View::categories`:
    /// see [`retry_category`].
    pub(crate) retry_category: usize,
    /// The class of `retry_category`, which the docs name as an example.
    pub(crate) example_class: String,
}

impl Names {
    pub(crate) fn new(cx: &Context<'_>) -> Self {
        let v = cx.view;
        let (code_type, stem) = (&v.names.code_type, &v.names.stem);
        let package = cx
            .setting("name")
            .map_or_else(|| default_package_name(v), str::to_owned);
        let error_class = v.names.error_type.clone();
        let classes: Vec<String> = v
            .categories
            .iter()
            .map(|c| v.names.category_error(&c.id))
            .collect();
        let retry_category = retry_category(v);
        let example_class = classes
            .get(retry_category)
            .cloned()
            .unwrap_or_else(|| error_class.clone());
        Names {
            brand: format!("{package}/{error_class}"),
            package,
            describe_fn: format!("describe{code_type}"),
            guard_fn: format!("is{code_type}"),
            parse_body_fn: format!("parse{stem}Body"),
            error_guard_fn: format!("is{error_class}"),
            json_type: format!("{stem}Json"),
            categories_const: format!("{stem}Categories").to_shouty_snake_case(),
            classes,
            repository: v.metadata.repository.as_deref().map(npm_repository_url),
            retry_category,
            example_class,
            error_class,
        }
    }
}

/// The category whose codes are most often retryable (the first in declared order on a tie),
/// else the example code's: a category, not a code, so that adding a code rarely moves it.
fn retry_category(v: &View) -> usize {
    let mut best: Option<(usize, usize, usize)> = None;
    for k in 0..v.categories.len() {
        let codes = v.codes.iter().filter(|c| c.category == k);
        let (retryable, total) = codes.fold((0, 0), |(r, t), c| (r + usize::from(c.retryable), t + 1));
        let better = best.is_none_or(|(_, r, t)| retryable * t > r * total);
        if retryable > 0 && better {
            best = Some((k, retryable, total));
        }
    }
    best.map(|(k, _, _)| k)
        .or_else(|| v.example_code().map(|c| c.category))
        .unwrap_or(0)
}

/// A repository URL as npm keeps it (`npm pkg fix`): an `http(s)` URL gets the `git+` scheme
/// and the `.git` suffix, so that publishing does not rewrite it with a warning.
fn npm_repository_url(url: &str) -> String {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        let url = url.trim_end_matches('/');
        let suffix = if url.ends_with(".git") { "" } else { ".git" };
        format!("git+{url}{suffix}")
    } else {
        url.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::target;

    fn names(enum_name: &str, categories: &[&str]) -> Names {
        let categories: String = categories
            .iter()
            .map(|id| format!("  - {{id: {id}, label: L}}\n"))
            .collect();
        let yaml = format!(
            "version: 1\nenum: {enum_name}\ndocs: {{base_url: /e}}\ncategories:\n{categories}codes:\n  - {{code: 1, name: A_A, http: 429, category: {}, message: a}}\n",
            categories.split("id: ").nth(1).unwrap().split(',').next().unwrap()
        );
        let view = errcodes_testkit::view_of_text("t.yaml", &yaml);
        let header = [String::new(), String::new()];
        Names::new(&Context::new(target("typescript"), &view, &header))
    }

    #[test]
    fn error_classes_come_from_the_stem_and_the_category_ids() {
        let n = names("TuringErrorCode", &["rate_limit", "content_safety"]);
        assert_eq!(n.error_class, "TuringError");
        assert_eq!(n.classes, ["TuringRateLimitError", "TuringContentSafetyError"]);
        assert_eq!(n.categories_const, "TURING_ERROR_CATEGORIES");
        assert_eq!((n.retry_category, n.example_class.as_str()), (0, "TuringRateLimitError"));
        assert_eq!(names("Turing", &["auth"]).classes, ["TuringAuthError"]);
        let own = names("ShopError", &["auth"]);
        assert_eq!(
            (own.error_class.as_str(), own.classes[0].as_str()),
            ("ShopErrorError", "ShopErrorAuthError"),
            "the base class never takes the codes object's name"
        );
    }

    #[test]
    fn repository_urls_are_written_as_npm_normalizes_them() {
        assert_eq!(
            npm_repository_url("https://github.com/turing/error-codes/"),
            "git+https://github.com/turing/error-codes.git"
        );
        assert_eq!(
            npm_repository_url("git+ssh://git@host/x.git"),
            "git+ssh://git@host/x.git"
        );
    }
}
