//! The checks apply Go's rules to a registry: `errcodes_check::check` on YAML reports a code
//! and a category that become one package-level constant, a code that becomes a name the
//! package declares, codes whose names differ only around an initialism, and `packages.go`
//! settings the go command would refuse, in both forms.

use errcodes_model::{CheckId, SourceFile};

/// What `errcodes_check::check` reports for a registry, as (check, message).
fn checked(text: &str) -> Vec<(CheckId, String)> {
    let parsed = errcodes_yaml::parse(&SourceFile::new("registry.yaml", text));
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    errcodes_check::check(&parsed.registry.unwrap())
        .into_iter()
        .map(|d| (d.id, d.message))
        .collect()
}

/// A valid registry with one category and one code, whose Go names stay apart.
const REGISTRY: &str = "version: 1\nenum: ShopErrorCode\ndocs:\n  base_url: /docs/errors\ncategories:\n  - id: auth\n    label: Auth\ncodes:\n  - code: 1\n    name: NOT_SIGNED_IN\n    http: 401\n    category: auth\n    message: Not signed in\n";

#[test]
fn a_code_and_a_category_that_become_one_constant_are_reported() {
    assert_eq!(checked(REGISTRY), []);
    let clash = REGISTRY.replace("NOT_SIGNED_IN", "CATEGORY_AUTH");
    assert_eq!(
        checked(&clash),
        [(
            CheckId::IdentifierCollision,
            "code name `CATEGORY_AUTH` and category id `auth` become the same Go identifier `CategoryAuth`".to_owned()
        )]
    );
}

#[test]
fn a_code_that_becomes_a_declared_name_is_reported() {
    for (name, ident) in [
        ("SHOP_ERROR_INFO", "ShopErrorInfo"),
        ("PARSE_SHOP_ERROR_RESPONSE", "ParseShopErrorResponse"),
        ("PARSE_SHOP_ERROR", "ParseShopError"),
    ] {
        let in_go: Vec<_> = checked(&REGISTRY.replace("NOT_SIGNED_IN", name))
            .into_iter()
            .filter(|(_, message)| message.ends_with(" in Go"))
            .collect();
        assert_eq!(
            in_go,
            [(
                CheckId::ReservedWord,
                format!("code name `{name}` becomes `{ident}`, a reserved word in Go")
            )]
        );
    }
}

#[test]
fn codes_that_differ_only_around_an_initialism_are_reported() {
    let second = "  - code: 2\n    name: BAD_I_D\n    http: 400\n    category: auth\n    message: Bad id\n";
    let text = format!("{}{second}", REGISTRY.replace("NOT_SIGNED_IN", "BAD_ID"));
    assert_eq!(
        checked(&text),
        [(
            CheckId::IdentifierCollision,
            "code names `BAD_ID` and `BAD_I_D` become the same Go identifier `BadID`".to_owned()
        )]
    );
}

#[test]
fn package_settings_are_checked_in_both_forms() {
    let settings = |packages: &str| {
        checked(&REGISTRY.replace("docs:", &format!("packages:\n{packages}docs:")))
    };
    assert_eq!(settings("  go: github.com/shop/codes\n"), []);
    assert_eq!(
        settings("  go:\n    module: example.com/shop/v1\n    package: Shop\n"),
        [
            (
                CheckId::InvalidPackageName,
                "`example.com/shop/v1` is not a valid Go module name".to_owned()
            ),
            (
                CheckId::InvalidPackageName,
                "`Shop` is not a valid Go package name".to_owned()
            ),
        ]
    );
    assert_eq!(
        settings("  go:\n    modul: example.com/shop\n")[0].0,
        CheckId::UnknownKey
    );
}
