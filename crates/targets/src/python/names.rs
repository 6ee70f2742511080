//! The names only the Python package prints: the distribution and import names, the error
//! classes (`TuringError`, and one `Turing<Category>Error` per category), the categories
//! constant, and the module's `__all__` in the order ruff wants.

use std::cmp::Ordering;

use errcodes_view::{CategoryView, Names as Shared};
use heck::ToShoutySnakeCase;

use crate::Context;
use crate::naming::default_package_name;

pub(crate) struct Names {
    /// The distribution, `turing-error-codes`.
    pub(crate) dist: String,
    /// The import name, `turing_error_codes`.
    pub(crate) module: String,
    /// The base exception, `TuringError`.
    pub(crate) base_error: String,
    /// The tuple of every category, `TURING_ERROR_CATEGORIES`.
    pub(crate) categories_const: String,
    /// The module's `__all__`, sorted as ruff sorts it.
    pub(crate) exports: Vec<String>,
    /// The names every target shares, for the category exceptions' rule.
    shared: Shared,
}

impl Names {
    pub(crate) fn new(cx: &Context<'_>) -> Self {
        let dist = cx
            .setting("name")
            .map_or_else(|| default_package_name(cx.view), str::to_owned);
        let n = &cx.view.names;
        let base_error = n.error_type.clone();
        let categories_const = format!("{}Categories", n.stem).to_shouty_snake_case();
        let mut exports = vec![
            n.body_type.clone(),
            n.category_type.clone(),
            n.code_type.clone(),
            n.info_const.clone(),
            n.info_type.clone(),
            base_error.clone(),
            categories_const.clone(),
        ];
        exports.extend(
            cx.view
                .categories
                .iter()
                .map(|c| n.category_error(&c.id)),
        );
        sort_exports(&mut exports);
        Names {
            module: super::module(&dist),
            dist,
            base_error,
            categories_const,
            exports,
            shared: n.clone(),
        }
    }

    /// A category's member, `RATE_LIMIT`.
    pub(crate) fn category(&self, c: &CategoryView) -> String {
        super::member(&c.id)
    }

    /// A category's exception, `TuringRateLimitError`.
    pub(crate) fn error_class(&self, c: &CategoryView) -> String {
        self.shared.category_error(&c.id)
    }
}

/// Ruff's isort-style order for `__all__` (RUF022): SCREAMING_CASE, then CamelCase, then the
/// rest, each in natural order (digit runs compared as numbers).
fn sort_exports(names: &mut [String]) {
    let class = |n: &str| {
        if n.chars().all(|c| !c.is_ascii_lowercase()) {
            0
        } else if n.starts_with(|c: char| c.is_ascii_uppercase()) {
            1
        } else {
            2
        }
    };
    names.sort_by(|a, b| class(a).cmp(&class(b)).then_with(|| natural(a, b)));
}

/// Natural order: runs of digits compare as numbers, everything else by character.
fn natural(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a, b);
    loop {
        let (Some(x), Some(y)) = (a.chars().next(), b.chars().next()) else {
            return a.len().cmp(&b.len());
        };
        if x.is_ascii_digit() && y.is_ascii_digit() {
            let split = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
            let (da, db) = (&a[..split(a)], &b[..split(b)]);
            let (ta, tb) = (da.trim_start_matches('0'), db.trim_start_matches('0'));
            let order = ta.len().cmp(&tb.len()).then_with(|| ta.cmp(tb));
            if order != Ordering::Equal {
                return order;
            }
            (a, b) = (&a[da.len()..], &b[db.len()..]);
        } else if x != y {
            return x.cmp(&y);
        } else {
            (a, b) = (&a[x.len_utf8()..], &b[y.len_utf8()..]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exports_sort_as_ruff_does() {
        let mut names: Vec<String> = ["TuringV10Error", "TURING_INFO", "TuringV2Error", "Turing"]
            .map(str::to_owned)
            .into();
        sort_exports(&mut names);
        assert_eq!(
            names,
            ["TURING_INFO", "Turing", "TuringV2Error", "TuringV10Error"]
        );
    }
}
