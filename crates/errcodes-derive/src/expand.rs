//! The code `#[derive(ErrorCode)]` generates for a checked registry: the enum's API, rendered
//! by the Rust target from the same template (`templates/rust/api.rs`) that follows the enum
//! in the generated crate, with the variant names the enum's author chose.

use std::collections::HashMap;

use errcodes_view::View;
use proc_macro2::TokenStream;
use syn::ItemEnum;

pub(crate) fn expand(item: &ItemEnum, view: &View) -> syn::Result<TokenStream> {
    let variants: HashMap<u16, String> = item
        .variants
        .iter()
        .filter_map(|v| match &v.discriminant {
            Some((
                _,
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Int(i),
                    ..
                }),
            )) => i
                .base10_parse::<u16>()
                .ok()
                .map(|code| (code, v.ident.to_string())),
            _ => None,
        })
        .collect();
    let api = errcodes_targets::rust_derive_api(view, variants)
        .map_err(|e| syn::Error::new(item.ident.span(), e.to_string()))?;
    api.parse::<TokenStream>().map_err(|e| {
        syn::Error::new(
            item.ident.span(),
            format!("the generated API does not lex: {e}"),
        )
    })
}
