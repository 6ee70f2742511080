//! The registry's package metadata as `pyproject.toml` states it: authors as `name` and
//! `email` tables, and the project URLs under the labels PyPI shows with their icons.

use errcodes_view::View;

/// What `pyproject.toml` prints of [`errcodes_view::Metadata`] beside the license.
pub(crate) struct Meta {
    /// `authors`, in the registry's order.
    pub(crate) authors: Vec<Author>,
    /// `[project.urls]`: `(label, url)`.
    pub(crate) urls: Vec<(&'static str, String)>,
}

/// One `authors` table.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Author {
    pub(crate) name: String,
    pub(crate) email: Option<String>,
}

impl Meta {
    pub(crate) fn new(v: &View) -> Self {
        let m = &v.metadata;
        let urls = [
            ("Repository", &m.repository),
            ("Homepage", &m.homepage),
            ("Documentation", &v.docs_url),
        ]
        .into_iter()
        .filter_map(|(label, url)| Some((label, url.clone()?)))
        .collect();
        Meta {
            authors: m.authors.iter().map(|a| author(a)).collect(),
            urls,
        }
    }
}

/// `Name <email>` split into its parts; `Name` alone has no email. The checks allow no other
/// form.
fn author(text: &str) -> Author {
    match text
        .strip_suffix('>')
        .and_then(|rest| rest.rsplit_once(" <"))
    {
        Some((name, email)) => Author {
            name: name.trim_end().to_owned(),
            email: Some(email.to_owned()),
        },
        None => Author {
            name: text.to_owned(),
            email: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authors_split_into_name_and_email() {
        assert_eq!(
            author("Shop \"Platform\" Team <platform@shop.example>"),
            Author {
                name: "Shop \"Platform\" Team".to_owned(),
                email: Some("platform@shop.example".to_owned()),
            }
        );
        assert_eq!(author("O'Brien & Sons").email, None);
    }
}
