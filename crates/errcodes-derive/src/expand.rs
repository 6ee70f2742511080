//! The code `#[derive(ErrorCode)]` generates for a checked registry: the category enum and the
//! lookups, from the same [`View`] the Rust emitter renders.

use std::collections::HashMap;

use errcodes_view::View;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;
use syn::ItemEnum;

pub(crate) fn expand(item: &ItemEnum, view: &View) -> TokenStream {
    let vis = &item.vis;
    let code_type = &item.ident;
    let category_type = Ident::new(&view.names.category_type, code_type.span());
    let variants: HashMap<u16, &Ident> = item
        .variants
        .iter()
        .filter_map(|v| match &v.discriminant {
            Some((
                _,
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Int(i),
                    ..
                }),
            )) => i.base10_parse::<u16>().ok().map(|code| (code, &v.ident)),
            _ => None,
        })
        .collect();
    let category_variants: Vec<Ident> = view
        .categories
        .iter()
        .map(|c| Ident::new(&c.rust_variant, Span::call_site()))
        .collect();
    let category_ids = view.categories.iter().map(|c| &c.id);
    let category_labels = view.categories.iter().map(|c| &c.label);
    let category_docs = view.categories.iter().map(|c| format!(" {}", c.label));
    let idents: Vec<&Ident> = view
        .codes
        .iter()
        .filter_map(|c| variants.get(&c.code).copied())
        .collect();
    let codes: Vec<Literal> = view
        .codes
        .iter()
        .map(|c| Literal::u16_unsuffixed(c.code))
        .collect();
    let names = view.codes.iter().map(|c| &c.name);
    let messages = view.codes.iter().map(|c| &c.message);
    let statuses = view.codes.iter().map(|c| Literal::u16_unsuffixed(c.http));
    let categories = view.codes.iter().map(|c| &category_variants[c.category]);
    let retryable = view.codes.iter().map(|c| c.retryable);
    let deprecated = view.codes.iter().map(|c| match &c.deprecated {
        Some(text) => quote!(::core::option::Option::Some(#text)),
        None => quote!(::core::option::Option::None),
    });
    let docs_paths = view.codes.iter().map(|c| &c.docs_path);
    let category_doc = format!(" A category of [`{code_type}`]s, as the docs page groups them.");
    quote! {
        #[doc = #category_doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        #vis enum #category_type {
            #( #[doc = #category_docs] #category_variants, )*
        }

        #[automatically_derived]
        impl #category_type {
            /// Every category, in the order the docs page lists them.
            pub const ALL: &'static [Self] = &[ #( Self::#category_variants, )* ];

            /// The stable id, as in the registry.
            #[must_use]
            pub const fn id(self) -> &'static str {
                match self { #( Self::#category_variants => #category_ids, )* }
            }

            /// The label the docs page shows.
            #[must_use]
            pub const fn label(self) -> &'static str {
                match self { #( Self::#category_variants => #category_labels, )* }
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl #code_type {
            /// Every code, in ascending order.
            pub const ALL: &'static [Self] = &[ #( Self::#idents, )* ];

            /// The code with this number, or `None` for a code this build does not know.
            #[must_use]
            pub const fn from_code(code: u16) -> ::core::option::Option<Self> {
                match code {
                    #( #codes => ::core::option::Option::Some(Self::#idents), )*
                    _ => ::core::option::Option::None,
                }
            }

            /// The number sent in the response body.
            #[must_use]
            pub const fn code(self) -> u16 {
                match self { #( Self::#idents => #codes, )* }
            }

            /// The `SCREAMING_SNAKE_CASE` name, as in the registry.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self { #( Self::#idents => #names, )* }
            }

            /// The English message sent with the code.
            #[must_use]
            pub const fn message(self) -> &'static str {
                match self { #( Self::#idents => #messages, )* }
            }

            /// The HTTP status the platform answers with.
            #[must_use]
            pub const fn http_status(self) -> u16 {
                match self { #( Self::#idents => #statuses, )* }
            }

            /// The category the docs page lists the code under.
            #[must_use]
            pub const fn category(self) -> #category_type {
                match self { #( Self::#idents => #category_type::#categories, )* }
            }

            /// Whether retrying the same request can succeed.
            #[must_use]
            pub const fn is_retryable(self) -> bool {
                match self { #( Self::#idents => #retryable, )* }
            }

            /// Why the code is deprecated and what to use instead, if it is.
            #[must_use]
            pub const fn deprecated(self) -> ::core::option::Option<&'static str> {
                match self { #( Self::#idents => #deprecated, )* }
            }

            /// The path of the code's entry on the docs page.
            #[must_use]
            pub const fn docs_path(self) -> &'static str {
                match self { #( Self::#idents => #docs_paths, )* }
            }
        }
    }
}
