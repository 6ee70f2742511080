//! `#[derive(ErrorCode)]` for the backend's error-code enum.
//!
//! It declares the `#[error_code(...)]` attribute and reads it with the same parser as the
//! `errcodes` CLI (`errcodes_rust_source::grammar`), runs the same checks (duplicate codes and
//! names, unknown categories, bad HTTP statuses, …) as `compile_error!`s on the offending
//! tokens, and generates the API the Rust target generates after its own enum, from the same
//! template: `ALL`, `from_code`, `from_name`, `code`, `name`, `message`, `http_status`,
//! `category`, `is_retryable`, `deprecated`, `description`, `docs_path`, `docs_url`,
//! `TryFrom<u16>`, `FromStr`, `Display`, the category enum with `ALL`, `id` and `label`, and
//! the response body type (with `known`, `category`, `retryable`, `retryable_with_status` and
//! `docs_url`). The
//! body type has no serde attributes here (the deriving crate need not have a `serde`
//! feature); that is the one difference from the generated crate.

mod expand;

use errcodes_model::{Diagnostic, Severity, Span};
use errcodes_rust_source::Spans;
use proc_macro::TokenStream;

/// Derives the registry's lookups for an enum annotated with `#[error_code(...)]`; see the
/// `errcodes` README for the grammar.
#[proc_macro_derive(ErrorCode, attributes(error_code))]
pub fn derive_error_code(input: TokenStream) -> TokenStream {
    let item = match syn::parse::<syn::ItemEnum>(input) {
        Ok(item) => item,
        Err(error) => {
            let message = format!("#[derive(ErrorCode)] applies to an enum: {error}");
            return syn::Error::new(error.span(), message)
                .to_compile_error()
                .into();
        }
    };
    let mut spans = TokenSpans::default();
    let parsed = errcodes_rust_source::read_enum(&item, &mut spans);
    let mut diagnostics = parsed.diagnostics;
    if let Some(registry) = &parsed.registry {
        diagnostics.extend(errcodes_check::check(registry));
    }
    let errors: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        return spans.compile_errors(&errors).into();
    }
    let Some(registry) = parsed.registry else {
        return spans.compile_errors(&[]).into();
    };
    match errcodes_view::View::new(&registry) {
        Ok(view) => expand::expand(&item, &view)
            .unwrap_or_else(|error| error.to_compile_error())
            .into(),
        Err(error) => syn::Error::new(item.ident.span(), error.to_string())
            .to_compile_error()
            .into(),
    }
}

/// Keeps every token span the reader hands over; a model span's `start` is its index, so a
/// diagnostic can be put back on the tokens it is about.
#[derive(Default)]
struct TokenSpans {
    tokens: Vec<proc_macro2::Span>,
}

impl Spans for TokenSpans {
    fn span(&mut self, span: proc_macro2::Span) -> Span {
        self.tokens.push(span);
        let index = self.tokens.len() - 1;
        Span {
            start: index,
            end: index,
            line: 0,
            column: 0,
        }
    }
}

impl TokenSpans {
    /// One `compile_error!` per labelled position: the primary with the message, the others
    /// with their labels, and the help.
    fn compile_errors(&self, diagnostics: &[&Diagnostic]) -> proc_macro2::TokenStream {
        let mut all: Option<syn::Error> = None;
        for d in diagnostics {
            for (index, label) in d.labels.iter().enumerate() {
                let span = self
                    .tokens
                    .get(label.span.start)
                    .copied()
                    .unwrap_or_else(proc_macro2::Span::call_site);
                let mut text = if index == 0 {
                    format!("{} [{}]", d.message, d.id.as_str())
                } else {
                    format!("{}: {}", d.message, label.message)
                };
                if index == 0 && !label.message.is_empty() {
                    text.push_str(&format!(": {}", label.message));
                }
                if index == 0
                    && let Some(help) = &d.help
                {
                    text.push_str(&format!("\nhelp: {help}"));
                }
                let error = syn::Error::new(span, text);
                match &mut all {
                    Some(all) => all.combine(error),
                    None => all = Some(error),
                }
            }
        }
        all.map_or_else(
            || {
                syn::Error::new(
                    proc_macro2::Span::call_site(),
                    "the registry cannot be read",
                )
                .to_compile_error()
            },
            |e| e.to_compile_error(),
        )
    }
}
