//! The compatibility rules, tested from the outside: two `registry.yaml` texts go in, and the
//! exact diagnostics and change summary `errcodes_compat::compare` returns are asserted.
//!
//! Why this file exists: the rule ids of [`CheckId::RULES`] are a public contract (CI gates
//! fail on them), and each rule has close neighbours that must not fire in its place: a
//! message change is not a rename, a code removed and reserved is retired, not removed, an
//! `allow_breaking` entry for another code accepts nothing. So [`the_rules_table`] lists, for
//! every rule, a case where it fires and a case (named `near <rule>: …`) where something next
//! to it changed and it stays silent; [`every_rule_fires_and_has_a_near_miss`] fails as soon
//! as a rule is added without both. `crates/check/tests/checks.rs` leaves these ids to this
//! file.
//!
//! Every fixture is a small edit of [`BASE`], and [`registry`] asserts that both registries of
//! a case pass `errcodes_check::check` without an error, so a fixture cannot silently test an
//! invalid registry. Then the change summary ([`Comparison::changes`]), and the positions of
//! diagnostics that point into the base. The last tests are changes next to the rules'
//! usual cases that the comparison must not miss.

use Origin::{Base, Current};
use Severity::{Error, Note, Warning};
use errcodes_compat::{Comparison, compare};
use errcodes_model::{CheckId, Diagnostic, Origin, Registry, Severity, SourceFile};
use errcodes_view::Change;

/// A valid registry: 3 categories, 4 codes, one reserved entry.
///
/// Line numbers used by the assertions: category label `Billing` 9; code 1000 at 13 (name 14,
/// http 15, category 16, message 17), 1001 at 18, 1002 at 23, 1003 at 28 (name 29, http 30,
/// category 31, message 32); `reserved:` 33, its entry 34. Text appended after the end starts
/// at line 37. In `code:` lines the number is at column 11; `category:` values start at 15,
/// `message:` values at 14, `deprecated:` values at 17; a list entry starts at column 5.
const BASE: &str = "\
version: 1
enum: ShopError
docs:
  base_url: https://example.com/errors
categories:
  - id: auth
    label: Authentication
  - id: billing
    label: Billing
  - id: other
    label: Other
codes:
  - code: 1000
    name: UNKNOWN_ERROR
    http: 500
    category: other
    message: An error occurred
  - code: 1001
    name: UNAUTHORIZED
    http: 401
    category: auth
    message: Sign in first
  - code: 1002
    name: PAYMENT_REQUIRED
    http: 402
    category: billing
    message: Payment required
  - code: 1003
    name: CARD_DECLINED
    http: 402
    category: billing
    message: The card was declined
reserved:
  - code: 1500
    name: OLD_ERROR
    reason: merged into UNKNOWN_ERROR
";

/// The entry of code 1003 in [`BASE`], the last code (lines 28 to 32).
const CODE_1003: &str = "  - code: 1003
    name: CARD_DECLINED
    http: 402
    category: billing
    message: The card was declined
";

/// The entry of code 1002 in [`BASE`] (lines 23 to 27).
const CODE_1002: &str = "  - code: 1002
    name: PAYMENT_REQUIRED
    http: 402
    category: billing
    message: Payment required
";

/// The `reserved` section of [`BASE`] (lines 33 to 36).
const RESERVED: &str = "\
reserved:
  - code: 1500
    name: OLD_ERROR
    reason: merged into UNKNOWN_ERROR
";

/// A new code to insert before `reserved:` (in [`BASE`], its `code:` line is then line 33).
const NEW_1004: &str = "  - code: 1004
    name: CARD_EXPIRED
    http: 402
    category: billing
    message: The card has expired
";

/// `text` with each `(from, to)` replacement applied; `from` must occur exactly once, so a
/// fixture cannot silently stop containing its edit.
fn edit_text(text: &str, edits: &[(&str, &str)]) -> String {
    let mut text = text.to_owned();
    for (from, to) in edits {
        assert_eq!(
            text.matches(from).count(),
            1,
            "`{from}` must occur once in:\n{text}"
        );
        text = text.replacen(from, to, 1);
    }
    text
}

/// [`BASE`] with `edits` applied.
fn edit(edits: &[(&str, &str)]) -> String {
    edit_text(BASE, edits)
}

/// `text` followed by an `allow_breaking` section with one entry per `(code, rule, reason)`
/// (after [`BASE`]: `allow_breaking:` at line 37, the first entry at 38:5).
fn allow(text: &str, entries: &[(u16, &str, &str)]) -> String {
    let mut text = format!("{text}allow_breaking:\n");
    for (code, rule, reason) in entries {
        text.push_str(&format!(
            "  - code: {code}\n    rule: {rule}\n    reason: {reason}\n"
        ));
    }
    text
}

/// `text` with `packages.version` set to `version`, two lines before `categories:` (the
/// value at 6:12; every later line moves down by two).
fn versioned(text: &str, version: &str) -> String {
    text.replacen(
        "categories:\n",
        &format!("packages:\n  version: {version}\ncategories:\n"),
        1,
    )
}

/// [`BASE`] with code 1004 added after 1003 (its `code:` line at 33, 35 when versioned).
fn with_1004() -> String {
    edit(&[(
        CODE_1003,
        &format!(
            "{CODE_1003}  - code: 1004\n    name: CARD_EXPIRED\n    http: 402\n    category: billing\n    message: The card has expired\n"
        ),
    )])
}

/// Reads `text` as `registry.yaml`, asserting that it is read without a diagnostic and that
/// the checks find no error in it (warnings such as an unused category are allowed).
fn registry(name: &str, text: &str) -> Registry {
    let parsed = errcodes_yaml::parse(&SourceFile::new(name, text));
    assert!(
        parsed.diagnostics.is_empty(),
        "the {name} fixture does not read cleanly: {:#?}\n{text}",
        parsed.diagnostics
    );
    let registry = parsed.registry.expect("a registry");
    let errors: Vec<Diagnostic> = errcodes_check::check(&registry)
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(
        errors.is_empty(),
        "the {name} fixture is not a valid registry: {errors:#?}\n{text}"
    );
    registry
}

/// Compares the registry `current` with `base` (none: no registry in the base).
fn run(base: Option<&str>, current: &str) -> Comparison {
    let base = base.map(|text| registry("base", text));
    let current = registry("current", current);
    compare(base.as_ref(), &current, "origin/main")
}

/// What the table asserts of each diagnostic: rule id, severity, the origin and `line:col` of
/// the primary label, and the message.
type Expected = (&'static str, Severity, Origin, &'static str, &'static str);

/// [`Expected`], as read from a diagnostic.
type Row = (String, Severity, Origin, String, String);

fn row(d: &Diagnostic) -> Row {
    let primary = d
        .labels
        .iter()
        .find(|l| l.primary)
        .unwrap_or_else(|| panic!("{} has no primary label: {d:#?}", d.id.as_str()));
    (
        d.id.as_str().to_owned(),
        d.severity,
        primary.origin,
        format!("{}:{}", primary.span.line, primary.span.column),
        d.message.clone(),
    )
}

fn owned(expected: &[Expected]) -> Vec<Row> {
    expected
        .iter()
        .map(|(id, severity, origin, at, message)| {
            (
                (*id).to_owned(),
                *severity,
                *origin,
                (*at).to_owned(),
                (*message).to_owned(),
            )
        })
        .collect()
}

/// One case: its name, the base registry (none: no base), the current registry and every
/// diagnostic, in order. A name `near <rule>: …` says the case changes something next to what
/// `<rule>` is about, and `<rule>` must not fire.
type Case = (&'static str, Option<String>, String, Vec<Expected>);

fn cases() -> Vec<Case> {
    let base = || Some(BASE.to_owned());
    let renamed = edit(&[("name: UNAUTHORIZED", "name: NOT_SIGNED_IN")]);
    let renumbered = edit(&[("code: 1001", "code: 1004")]);
    let recategorised = edit(&[(
        "category: billing\n    message: The card was declined",
        "category: other\n    message: The card was declined",
    )]);
    let without_1003 = edit(&[(CODE_1003, "")]);
    let deprecated = edit(&[(
        "message: The card was declined",
        "message: The card was declined\n    deprecated: use PAYMENT_REQUIRED",
    )]);
    let with_reserved_name =
        format!("{BASE}  - name: LEGACY_TIMEOUT\n    reason: timeouts are UNKNOWN_ERROR now\n");
    vec![
        ("identical registries", base(), BASE.to_owned(), vec![]),
        (
            "no base: every code is new",
            None,
            BASE.to_owned(),
            vec![
                (
                    "code-added",
                    Note,
                    Current,
                    "13:11",
                    "code 1000 `UNKNOWN_ERROR` is new",
                ),
                (
                    "code-added",
                    Note,
                    Current,
                    "18:11",
                    "code 1001 `UNAUTHORIZED` is new",
                ),
                (
                    "code-added",
                    Note,
                    Current,
                    "23:11",
                    "code 1002 `PAYMENT_REQUIRED` is new",
                ),
                (
                    "code-added",
                    Note,
                    Current,
                    "28:11",
                    "code 1003 `CARD_DECLINED` is new",
                ),
            ],
        ),
        // ---- code-removed and code-retired
        (
            "code-removed: a code is gone",
            base(),
            without_1003.clone(),
            vec![(
                "code-removed",
                Error,
                Base,
                "28:11",
                "code 1003 `CARD_DECLINED` was removed without being reserved",
            )],
        ),
        (
            "near code-removed: a code removed with its number reserved is retired",
            base(),
            edit(&[
                (CODE_1003, ""),
                (
                    "reserved:\n",
                    "reserved:\n  - code: 1003\n    name: CARD_DECLINED\n    reason: the provider declines cards now\n",
                ),
            ]),
            vec![(
                "code-retired",
                Note,
                Current,
                "29:5",
                "code 1003 `CARD_DECLINED` is retired",
            )],
        ),
        (
            "near code-retired: a code removed with only its name reserved is removed",
            base(),
            edit(&[
                (CODE_1003, ""),
                (
                    "reserved:\n",
                    "reserved:\n  - name: CARD_DECLINED\n    reason: the provider declines cards now\n",
                ),
            ]),
            vec![(
                "code-removed",
                Error,
                Base,
                "28:11",
                "code 1003 `CARD_DECLINED` was removed without being reserved",
            )],
        ),
        // ---- code-renamed
        (
            "code-renamed: a number carries another name",
            base(),
            renamed.clone(),
            vec![(
                "code-renamed",
                Error,
                Current,
                "19:11",
                "code 1001 changed its name from `UNAUTHORIZED` to `NOT_SIGNED_IN`",
            )],
        ),
        (
            "near code-renamed: the message changed, the name is kept",
            base(),
            edit(&[("message: Sign in first", "message: Sign in to continue")]),
            vec![(
                "message-changed",
                Note,
                Current,
                "22:14",
                "the message of code 1001 `UNAUTHORIZED` changed",
            )],
        ),
        // ---- name-renumbered
        (
            "name-renumbered: a name stands at another number",
            base(),
            renumbered.clone(),
            vec![(
                "name-renumbered",
                Error,
                Current,
                "18:11",
                "`UNAUTHORIZED` moved from code 1001 to 1004",
            )],
        ),
        (
            "near name-renumbered: number and name both changed",
            base(),
            edit(&[(
                "code: 1003\n    name: CARD_DECLINED",
                "code: 1004\n    name: CARD_REJECTED",
            )]),
            vec![
                (
                    "code-removed",
                    Error,
                    Base,
                    "28:11",
                    "code 1003 `CARD_DECLINED` was removed without being reserved",
                ),
                (
                    "code-added",
                    Note,
                    Current,
                    "28:11",
                    "code 1004 `CARD_REJECTED` is new",
                ),
            ],
        ),
        // ---- code-added
        (
            "code-added: a new code",
            base(),
            edit(&[("reserved:\n", &format!("{NEW_1004}reserved:\n"))]),
            vec![(
                "code-added",
                Note,
                Current,
                "33:11",
                "code 1004 `CARD_EXPIRED` is new",
            )],
        ),
        (
            "near code-added: a known name at a new number is renumbered, not new",
            base(),
            renumbered.clone(),
            vec![(
                "name-renumbered",
                Error,
                Current,
                "18:11",
                "`UNAUTHORIZED` moved from code 1001 to 1004",
            )],
        ),
        // ---- reserved-removed
        (
            "reserved-removed: a reservation of a code and a name is dropped",
            base(),
            edit(&[(RESERVED, "")]),
            vec![(
                "reserved-removed",
                Error,
                Base,
                "34:5",
                "code 1500 and name `OLD_ERROR` are no longer reserved",
            )],
        ),
        (
            "reserved-removed: a reserved name is dropped",
            Some(with_reserved_name.clone()),
            BASE.to_owned(),
            vec![(
                "reserved-removed",
                Error,
                Base,
                "37:5",
                "name `LEGACY_TIMEOUT` is no longer reserved",
            )],
        ),
        (
            "near reserved-removed: the reason changed, the entry is kept",
            base(),
            edit(&[(
                "reason: merged into UNKNOWN_ERROR",
                "reason: replaced by UNKNOWN_ERROR in 2020",
            )]),
            vec![],
        ),
        (
            "near reserved-removed: a reserved name kept, with another reason",
            Some(with_reserved_name.clone()),
            edit_text(
                &with_reserved_name,
                &[("timeouts are UNKNOWN_ERROR now", "see UNKNOWN_ERROR")],
            ),
            vec![],
        ),
        // ---- http-changed
        (
            "http-changed: a status changed",
            base(),
            edit(&[(
                "http: 402\n    category: billing\n    message: Payment required",
                "http: 403\n    category: billing\n    message: Payment required",
            )]),
            vec![(
                "http-changed",
                Error,
                Current,
                "25:11",
                "code 1002 `PAYMENT_REQUIRED` changed its HTTP status from 402 to 403",
            )],
        ),
        (
            "near http-changed: retryable stated, the status kept",
            base(),
            edit(&[(
                "message: An error occurred",
                "message: An error occurred\n    retryable: true",
            )]),
            vec![],
        ),
        (
            "near http-changed: the new status of a renamed code is part of the rename",
            base(),
            edit(&[
                ("name: UNAUTHORIZED", "name: NOT_SIGNED_IN"),
                ("http: 401", "http: 403"),
            ]),
            vec![(
                "code-renamed",
                Error,
                Current,
                "19:11",
                "code 1001 changed its name from `UNAUTHORIZED` to `NOT_SIGNED_IN`",
            )],
        ),
        // ---- category-changed
        (
            "category-changed: a code moved to another category",
            base(),
            recategorised.clone(),
            vec![(
                "category-changed",
                Warning,
                Current,
                "31:15",
                "code 1003 `CARD_DECLINED` moved from category `billing` to `other`",
            )],
        ),
        (
            "near category-changed: a category's label changed",
            base(),
            edit(&[("label: Billing", "label: Payments")]),
            vec![],
        ),
        // ---- message-changed
        (
            "message-changed: a message changed",
            base(),
            edit(&[(
                "message: An error occurred",
                "message: Something went wrong",
            )]),
            vec![(
                "message-changed",
                Note,
                Current,
                "17:14",
                "the message of code 1000 `UNKNOWN_ERROR` changed",
            )],
        ),
        (
            "near message-changed: a description added",
            base(),
            edit(&[(
                "message: An error occurred",
                "message: An error occurred\n    description: Retry later, or contact support.",
            )]),
            vec![],
        ),
        // ---- code-deprecated
        (
            "code-deprecated: a code is newly deprecated",
            base(),
            deprecated.clone(),
            vec![(
                "code-deprecated",
                Note,
                Current,
                "33:17",
                "code 1003 `CARD_DECLINED` is deprecated",
            )],
        ),
        (
            "near code-deprecated: a deprecated code's reason changed",
            Some(deprecated.clone()),
            edit_text(
                &deprecated,
                &[("use PAYMENT_REQUIRED", "use PAYMENT_REQUIRED instead")],
            ),
            vec![],
        ),
        // ---- version-not-bumped
        (
            "version-not-bumped: a code added with a patch bump",
            Some(versioned(BASE, "1.2.3")),
            versioned(&with_1004(), "1.2.4"),
            vec![
                (
                    "version-not-bumped",
                    Error,
                    Current,
                    "6:12",
                    "the changes against the base need a minor version bump from 1.2.3, but the version is 1.2.4",
                ),
                (
                    "code-added",
                    Note,
                    Current,
                    "35:11",
                    "code 1004 `CARD_EXPIRED` is new",
                ),
            ],
        ),
        (
            "near version-not-bumped: a code added with a minor bump",
            Some(versioned(BASE, "1.2.3")),
            versioned(&with_1004(), "1.3.0"),
            vec![(
                "code-added",
                Note,
                Current,
                "35:11",
                "code 1004 `CARD_EXPIRED` is new",
            )],
        ),
        (
            "version-not-bumped: an accepted break with a minor bump",
            Some(versioned(BASE, "1.2.3")),
            allow(
                &versioned(&renamed, "1.3.0"),
                &[(1001, "code-renamed", "no client shipped with 1001 yet")],
            ),
            vec![
                (
                    "version-not-bumped",
                    Error,
                    Current,
                    "6:12",
                    "the changes against the base need a major version bump from 1.2.3, but the version is 1.3.0",
                ),
                (
                    "break-accepted",
                    Note,
                    Current,
                    "21:11",
                    "accepted [code-renamed]: code 1001 changed its name from `UNAUTHORIZED` to `NOT_SIGNED_IN`",
                ),
            ],
        ),
        (
            "near version-not-bumped: an accepted break below 1.0 with a minor-part bump",
            Some(versioned(BASE, "0.3.1")),
            allow(
                &versioned(&renamed, "0.4.0"),
                &[(1001, "code-renamed", "no client shipped with 1001 yet")],
            ),
            vec![(
                "break-accepted",
                Note,
                Current,
                "21:11",
                "accepted [code-renamed]: code 1001 changed its name from `UNAUTHORIZED` to `NOT_SIGNED_IN`",
            )],
        ),
        (
            "version-not-bumped: a changed message with no bump",
            Some(versioned(BASE, "1.2.3")),
            versioned(
                &edit(&[("message: Sign in first", "message: Sign in to continue")]),
                "1.2.3",
            ),
            vec![
                (
                    "version-not-bumped",
                    Error,
                    Current,
                    "6:12",
                    "the changes against the base need a patch version bump from 1.2.3, but the version is 1.2.3",
                ),
                (
                    "message-changed",
                    Note,
                    Current,
                    "24:14",
                    "the message of code 1001 `UNAUTHORIZED` changed",
                ),
            ],
        ),
        (
            "near version-not-bumped: a changed message with a patch bump",
            Some(versioned(BASE, "1.2.3")),
            versioned(
                &edit(&[("message: Sign in first", "message: Sign in to continue")]),
                "1.2.4",
            ),
            vec![(
                "message-changed",
                Note,
                Current,
                "24:14",
                "the message of code 1001 `UNAUTHORIZED` changed",
            )],
        ),
        (
            "version-not-bumped: a description added with no bump (no other rule fires)",
            Some(versioned(BASE, "1.2.3")),
            versioned(
                &edit(&[(
                    "message: Sign in first",
                    "message: Sign in first\n    description: Send a token.",
                )]),
                "1.2.3",
            ),
            vec![(
                "version-not-bumped",
                Error,
                Current,
                "6:12",
                "the changes against the base need a patch version bump from 1.2.3, but the version is 1.2.3",
            )],
        ),
        (
            "version-not-bumped: a label changed with no bump (no other rule fires)",
            Some(versioned(BASE, "1.2.3")),
            versioned(&edit(&[("label: Billing", "label: Payments")]), "1.2.3"),
            vec![(
                "version-not-bumped",
                Error,
                Current,
                "6:12",
                "the changes against the base need a patch version bump from 1.2.3, but the version is 1.2.3",
            )],
        ),
        (
            "near version-not-bumped: a code added below 1.0 with a patch-part bump",
            Some(versioned(BASE, "0.3.1")),
            versioned(&with_1004(), "0.3.2"),
            vec![(
                "code-added",
                Note,
                Current,
                "35:11",
                "code 1004 `CARD_EXPIRED` is new",
            )],
        ),
        (
            "near version-not-bumped: no version stated on either side",
            base(),
            with_1004(),
            vec![(
                "code-added",
                Note,
                Current,
                "33:11",
                "code 1004 `CARD_EXPIRED` is new",
            )],
        ),
        // ---- break-accepted and unused-allow
        (
            "break-accepted: a rename accepted",
            base(),
            allow(
                &renamed,
                &[(1001, "code-renamed", "no client shipped with 1001 yet")],
            ),
            vec![(
                "break-accepted",
                Note,
                Current,
                "19:11",
                "accepted [code-renamed]: code 1001 changed its name from `UNAUTHORIZED` to `NOT_SIGNED_IN`",
            )],
        ),
        (
            "break-accepted: a removal accepted, reported where the code was",
            base(),
            allow(
                &without_1003,
                &[(1003, "code-removed", "cards were never live")],
            ),
            vec![(
                "break-accepted",
                Note,
                Base,
                "28:11",
                "accepted [code-removed]: code 1003 `CARD_DECLINED` was removed without being reserved",
            )],
        ),
        (
            "break-accepted: a warning accepted",
            base(),
            allow(
                &recategorised,
                &[(1003, "category-changed", "billing is for invoices only")],
            ),
            vec![(
                "break-accepted",
                Note,
                Current,
                "31:15",
                "accepted [category-changed]: code 1003 `CARD_DECLINED` moved from category `billing` to `other`",
            )],
        ),
        (
            "break-accepted: a renumbering accepted by its old number",
            base(),
            allow(
                &renumbered,
                &[(1001, "name-renumbered", "1001 was never released")],
            ),
            vec![(
                "break-accepted",
                Note,
                Current,
                "18:11",
                "accepted [name-renumbered]: `UNAUTHORIZED` moved from code 1001 to 1004",
            )],
        ),
        (
            "break-accepted: a dropped reservation accepted",
            base(),
            allow(
                &edit(&[(RESERVED, "")]),
                &[(1500, "reserved-removed", "1500 was reserved by mistake")],
            ),
            vec![(
                "break-accepted",
                Note,
                Base,
                "34:5",
                "accepted [reserved-removed]: code 1500 and name `OLD_ERROR` are no longer reserved",
            )],
        ),
        (
            "break-accepted: a status change accepted, the message change still noted",
            base(),
            allow(
                &edit(&[(
                    "http: 402\n    category: billing\n    message: Payment required",
                    "http: 403\n    category: billing\n    message: Payment is required",
                )]),
                &[(1002, "http-changed", "clients treat 402 and 403 alike")],
            ),
            vec![
                (
                    "break-accepted",
                    Note,
                    Current,
                    "25:11",
                    "accepted [http-changed]: code 1002 `PAYMENT_REQUIRED` changed its HTTP status from 402 to 403",
                ),
                (
                    "message-changed",
                    Note,
                    Current,
                    "27:14",
                    "the message of code 1002 `PAYMENT_REQUIRED` changed",
                ),
            ],
        ),
        (
            "near unused-allow: a renumbering accepted by its new number",
            base(),
            allow(
                &renumbered,
                &[(1004, "name-renumbered", "1001 was never released")],
            ),
            vec![(
                "break-accepted",
                Note,
                Current,
                "18:11",
                "accepted [name-renumbered]: `UNAUTHORIZED` moved from code 1001 to 1004",
            )],
        ),
        (
            "near break-accepted: the right rule for another code",
            base(),
            allow(
                &renamed,
                &[(1002, "code-renamed", "no client shipped with 1001 yet")],
            ),
            vec![
                (
                    "code-renamed",
                    Error,
                    Current,
                    "19:11",
                    "code 1001 changed its name from `UNAUTHORIZED` to `NOT_SIGNED_IN`",
                ),
                (
                    "unused-allow",
                    Note,
                    Current,
                    "38:5",
                    "`allow_breaking` for code 1002 and `code-renamed` matches no change",
                ),
            ],
        ),
        (
            "near break-accepted: the right code for another rule",
            base(),
            allow(
                &renamed,
                &[(1001, "http-changed", "no client shipped with 1001 yet")],
            ),
            vec![
                (
                    "code-renamed",
                    Error,
                    Current,
                    "19:11",
                    "code 1001 changed its name from `UNAUTHORIZED` to `NOT_SIGNED_IN`",
                ),
                (
                    "unused-allow",
                    Note,
                    Current,
                    "38:5",
                    "`allow_breaking` for code 1001 and `http-changed` matches no change",
                ),
            ],
        ),
        (
            "unused-allow: nothing changed",
            base(),
            allow(
                BASE,
                &[(1001, "code-renamed", "no client shipped with 1001 yet")],
            ),
            vec![(
                "unused-allow",
                Note,
                Current,
                "38:5",
                "`allow_breaking` for code 1001 and `code-renamed` matches no change",
            )],
        ),
        (
            "unused-allow: no base",
            None,
            allow(
                BASE,
                &[(1001, "code-renamed", "no client shipped with 1001 yet")],
            ),
            vec![
                (
                    "code-added",
                    Note,
                    Current,
                    "13:11",
                    "code 1000 `UNKNOWN_ERROR` is new",
                ),
                (
                    "code-added",
                    Note,
                    Current,
                    "18:11",
                    "code 1001 `UNAUTHORIZED` is new",
                ),
                (
                    "code-added",
                    Note,
                    Current,
                    "23:11",
                    "code 1002 `PAYMENT_REQUIRED` is new",
                ),
                (
                    "code-added",
                    Note,
                    Current,
                    "28:11",
                    "code 1003 `CARD_DECLINED` is new",
                ),
                (
                    "unused-allow",
                    Note,
                    Current,
                    "38:5",
                    "`allow_breaking` for code 1001 and `code-renamed` matches no change",
                ),
            ],
        ),
        // ---- several at once: errors, then warnings, then notes; current before base
        (
            "several changes: ordered by severity, origin and position",
            base(),
            edit(&[
                (
                    "message: An error occurred",
                    "message: Something went wrong",
                ),
                (
                    "http: 402\n    category: billing\n    message: Payment required",
                    "http: 409\n    category: billing\n    message: Payment required",
                ),
                (
                    "category: billing\n    message: The card was declined",
                    "category: other\n    message: The card was declined",
                ),
                (RESERVED, &format!("{NEW_1004}{RESERVED}")),
            ]),
            vec![
                (
                    "http-changed",
                    Error,
                    Current,
                    "25:11",
                    "code 1002 `PAYMENT_REQUIRED` changed its HTTP status from 402 to 409",
                ),
                (
                    "category-changed",
                    Warning,
                    Current,
                    "31:15",
                    "code 1003 `CARD_DECLINED` moved from category `billing` to `other`",
                ),
                (
                    "message-changed",
                    Note,
                    Current,
                    "17:14",
                    "the message of code 1000 `UNKNOWN_ERROR` changed",
                ),
                (
                    "code-added",
                    Note,
                    Current,
                    "33:11",
                    "code 1004 `CARD_EXPIRED` is new",
                ),
            ],
        ),
        (
            "several changes: a base position after a current one of the same severity",
            base(),
            edit(&[
                (CODE_1003, ""),
                ("name: UNAUTHORIZED", "name: NOT_SIGNED_IN"),
            ]),
            vec![
                (
                    "code-renamed",
                    Error,
                    Current,
                    "19:11",
                    "code 1001 changed its name from `UNAUTHORIZED` to `NOT_SIGNED_IN`",
                ),
                (
                    "code-removed",
                    Error,
                    Base,
                    "28:11",
                    "code 1003 `CARD_DECLINED` was removed without being reserved",
                ),
            ],
        ),
    ]
}

/// Runs every case and reports every mismatch at once.
#[test]
fn the_rules_table() {
    let mut failures = Vec::new();
    for (name, base, current, expected) in cases() {
        let comparison = run(base.as_deref(), &current);
        let actual: Vec<Row> = comparison.diagnostics.iter().map(row).collect();
        let expected = owned(&expected);
        if actual != expected {
            failures.push(format!(
                "{name}\n  expected: {expected:#?}\n  actual:   {actual:#?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every rule fires in some case of the table, and has a `near <rule>: …` case where it stays
/// silent; a rule added without both fails here.
#[test]
fn every_rule_fires_and_has_a_near_miss() {
    let cases = cases();
    let mut missing = Vec::new();
    for rule in CheckId::RULES {
        let id = rule.as_str();
        let fires = cases
            .iter()
            .any(|(_, _, _, expected)| expected.iter().any(|e| e.0 == id));
        if !fires {
            missing.push(format!("{id}: no case where it fires"));
        }
        let near: Vec<_> = cases
            .iter()
            .filter(|(name, ..)| name.starts_with(&format!("near {id}:")))
            .collect();
        if near.is_empty() {
            missing.push(format!("{id}: no `near {id}:` case"));
        }
        for (name, _, _, expected) in near {
            assert!(
                expected.iter().all(|e| e.0 != id),
                "`{name}` expects {id} to fire"
            );
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
    for (name, _, _, expected) in &cases {
        for e in expected {
            let id = CheckId::from_id(e.0).unwrap_or_else(|| panic!("{name}: no check `{}`", e.0));
            assert!(id.is_compat_rule(), "{name}: `{}` is not a rule", e.0);
            assert_eq!(id.severity(), e.1, "{name}: the severity of `{}`", e.0);
        }
    }
}

/// Whatever the table's expectations say, every diagnostic `compare` returns is a rule, with
/// its rule's severity and a primary label listed first.
#[test]
fn every_diagnostic_is_a_rule() {
    for (name, base, current, _) in cases() {
        for d in run(base.as_deref(), &current).diagnostics {
            assert!(
                CheckId::RULES.contains(&d.id),
                "{name}: `{}` is not in CheckId::RULES",
                d.id.as_str()
            );
            assert_eq!(d.severity, d.id.severity(), "{name}: {}", d.id.as_str());
            assert!(
                d.labels.first().is_some_and(|l| l.primary),
                "{name}: {} lists a secondary label first: {:?}",
                d.id.as_str(),
                d.labels
            );
        }
    }
}

// ---- The change summary --------------------------------------------------------------------

fn change(code: u16, name: &str, what: &str) -> Change {
    Change {
        code,
        name: name.to_owned(),
        what: what.to_owned(),
    }
}

/// Each list of the summary, with its `what`, sorted by code although both registries list
/// their codes out of order.
#[test]
fn the_summary_lists_each_kind_of_change_sorted_by_code() {
    // The base lists 1002 first.
    let base = edit(&[
        (CODE_1002, ""),
        ("codes:\n", &format!("codes:\n{CODE_1002}")),
    ]);
    let current = edit_text(
        &base,
        &[
            // 1002: status, category and message changed.
            (
                "http: 402\n    category: billing\n    message: Payment required",
                "http: 409\n    category: other\n    message: Pay first",
            ),
            // 1000: the message changed.
            (
                "message: An error occurred",
                "message: Something went wrong",
            ),
            // 1001: deprecated.
            (
                "message: Sign in first",
                "message: Sign in first\n    deprecated: use SESSION_EXPIRED",
            ),
            // 1003: retired.
            (CODE_1003, ""),
            (
                RESERVED,
                &format!(
                    "{RESERVED}  - code: 1003\n    name: CARD_DECLINED\n    reason: the provider declines cards now\n"
                ),
            ),
        ],
    );
    // 1006 and 1005 added, in that order.
    let current = edit_text(
        &current,
        &[(
            "reserved:\n",
            "  - code: 1006\n    name: CARD_LOST\n    http: 402\n    category: billing\n    message: The card was reported lost\n  - code: 1005\n    name: CARD_EXPIRED\n    http: 402\n    category: billing\n    message: The card has expired\nreserved:\n",
        )],
    );
    let changes = run(Some(&base), &current).changes;
    assert_eq!(changes.base_name, "origin/main");
    assert_eq!(
        changes.added,
        [
            change(1005, "CARD_EXPIRED", "The card has expired"),
            change(1006, "CARD_LOST", "The card was reported lost"),
        ]
    );
    assert_eq!(
        changes.deprecated,
        [change(1001, "UNAUTHORIZED", "use SESSION_EXPIRED")]
    );
    assert_eq!(
        changes.changed,
        [
            change(
                1000,
                "UNKNOWN_ERROR",
                "message “An error occurred” → “Something went wrong”"
            ),
            change(
                1002,
                "PAYMENT_REQUIRED",
                "HTTP 402 → 409; category billing → other; message “Payment required” → “Pay first”"
            ),
        ]
    );
    assert_eq!(
        changes.retired,
        [change(
            1003,
            "CARD_DECLINED",
            "the provider declines cards now"
        )]
    );
    assert!(!changes.is_empty());
}

/// Each kind of change on its own, with its `what`.
#[test]
fn the_summary_says_what_changed() {
    let cases = [
        (
            edit(&[(
                "http: 402\n    category: billing\n    message: Payment required",
                "http: 403\n    category: billing\n    message: Payment required",
            )]),
            "HTTP 402 → 403",
        ),
        (
            edit(&[(
                "category: billing\n    message: The card was declined",
                "category: other\n    message: The card was declined",
            )]),
            "category billing → other",
        ),
        (
            edit(&[("message: Sign in first", "message: Sign in to continue")]),
            "message “Sign in first” → “Sign in to continue”",
        ),
    ];
    for (current, what) in cases {
        let changes = run(Some(BASE), &current).changes;
        assert_eq!(changes.changed.len(), 1, "{what}: {changes:#?}");
        assert_eq!(changes.changed[0].what, what);
        assert!(
            changes.added.is_empty() && changes.deprecated.is_empty() && changes.retired.is_empty(),
            "{what}: {changes:#?}"
        );
    }
}

/// Identical registries: no diagnostic, an empty summary, and the base's name as given.
#[test]
fn the_summary_of_no_change_is_empty() {
    let base = registry("base", BASE);
    let comparison = compare(Some(&base), &base, "v1.2.0");
    assert!(comparison.diagnostics.is_empty());
    assert!(comparison.changes.is_empty(), "{:#?}", comparison.changes);
    assert_eq!(comparison.changes.base_name, "v1.2.0");
}

/// With no base, every code is added (with its message) and nothing else is listed.
#[test]
fn the_summary_with_no_base_adds_every_code() {
    let current = registry("current", BASE);
    let changes = compare(None, &current, "empty").changes;
    assert_eq!(changes.base_name, "empty");
    assert_eq!(
        changes.added,
        [
            change(1000, "UNKNOWN_ERROR", "An error occurred"),
            change(1001, "UNAUTHORIZED", "Sign in first"),
            change(1002, "PAYMENT_REQUIRED", "Payment required"),
            change(1003, "CARD_DECLINED", "The card was declined"),
        ]
    );
    assert!(
        changes.deprecated.is_empty() && changes.changed.is_empty() && changes.retired.is_empty()
    );
}

// ---- Positions -----------------------------------------------------------------------------

/// A removed code is no longer in the current registry, so the diagnostic points at the
/// base's `code:` value, and says how to retire it.
#[test]
fn a_removed_code_is_reported_at_the_base_code() {
    let current = edit(&[(CODE_1003, "")]);
    let diagnostics = run(Some(BASE), &current).diagnostics;
    let [d] = &diagnostics[..] else {
        panic!("expected one diagnostic: {diagnostics:#?}")
    };
    assert_eq!(d.id, CheckId::CodeRemoved);
    let [label] = &d.labels[..] else {
        panic!("expected one label: {:#?}", d.labels)
    };
    assert!(label.primary);
    assert_eq!(label.origin, Origin::Base);
    assert_eq!(&BASE[label.span.start..label.span.end], "1003");
    assert_eq!((label.span.line, label.span.column), (28, 11));
    assert_eq!(label.message, "removed");
    assert_eq!(
        d.help.as_deref(),
        Some(
            "clients may still receive 1003; to retire it, list it under `reserved:` (code: 1003, name: CARD_DECLINED, reason: …) so it is never reused"
        )
    );
}

/// A renumbering points at the new number in the current registry and at the old one in the
/// base.
#[test]
fn a_renumbering_points_at_both_numbers() {
    let current = edit(&[("code: 1001", "code: 1004")]);
    let diagnostics = run(Some(BASE), &current).diagnostics;
    let [d] = &diagnostics[..] else {
        panic!("expected one diagnostic: {diagnostics:#?}")
    };
    assert_eq!(d.id, CheckId::NameRenumbered);
    let [primary, secondary] = &d.labels[..] else {
        panic!("expected two labels: {:#?}", d.labels)
    };
    assert!(primary.primary);
    assert_eq!(primary.origin, Origin::Current);
    assert_eq!(&current[primary.span.start..primary.span.end], "1004");
    assert_eq!((primary.span.line, primary.span.column), (18, 11));
    assert_eq!(primary.message, "now 1004");
    assert!(!secondary.primary);
    assert_eq!(secondary.origin, Origin::Base);
    assert_eq!(&BASE[secondary.span.start..secondary.span.end], "1001");
    assert_eq!((secondary.span.line, secondary.span.column), (18, 11));
    assert_eq!(secondary.message, "was 1001");
}

/// An accepted break keeps the labels of the break and adds one at the `allow_breaking` entry
/// that quotes its reason.
#[test]
fn an_accepted_break_quotes_the_reason_at_the_allow_entry() {
    let current = allow(
        &edit(&[("name: UNAUTHORIZED", "name: NOT_SIGNED_IN")]),
        &[(1001, "code-renamed", "no client shipped with 1001 yet")],
    );
    let diagnostics = run(Some(BASE), &current).diagnostics;
    let [d] = &diagnostics[..] else {
        panic!("expected one diagnostic: {diagnostics:#?}")
    };
    assert_eq!(d.id, CheckId::BreakAccepted);
    assert_eq!(d.severity, Severity::Note);
    let labels: Vec<_> = d
        .labels
        .iter()
        .map(|l| {
            // From the label's start to the end of its line (the YAML front-end gives an
            // entry an empty span at its first key).
            let text = match l.origin {
                Origin::Current => &current[l.span.start..],
                Origin::Base => &BASE[l.span.start..],
            };
            (
                l.primary,
                l.origin,
                text.lines().next().unwrap_or(""),
                (l.span.line, l.span.column),
                l.message.as_str(),
            )
        })
        .collect();
    assert_eq!(
        labels,
        [
            (true, Current, "NOT_SIGNED_IN", (19, 11), "new name"),
            (false, Base, "UNAUTHORIZED", (19, 11), "old name"),
            (
                false,
                Current,
                "code: 1001",
                (38, 5),
                "accepted: no client shipped with 1001 yet"
            ),
        ]
    );
}

/// A retired code is reported at its `reserved` entry, with the reason, and points at where
/// it was in the base.
#[test]
fn a_retired_code_points_at_its_reservation_and_the_base() {
    let current = edit(&[
        (CODE_1003, ""),
        (
            "reserved:\n",
            "reserved:\n  - code: 1003\n    name: CARD_DECLINED\n    reason: the provider declines cards now\n",
        ),
    ]);
    let diagnostics = run(Some(BASE), &current).diagnostics;
    let [d] = &diagnostics[..] else {
        panic!("expected one diagnostic: {diagnostics:#?}")
    };
    assert_eq!(d.id, CheckId::CodeRetired);
    let labels: Vec<_> = d
        .labels
        .iter()
        .map(|l| {
            (
                l.primary,
                l.origin,
                (l.span.line, l.span.column),
                l.message.as_str(),
            )
        })
        .collect();
    assert_eq!(
        labels,
        [
            (
                true,
                Current,
                (29, 5),
                "reserved: the provider declines cards now"
            ),
            (false, Base, (28, 11), "was here"),
        ]
    );
    let base_label = &d.labels[1];
    assert_eq!(&BASE[base_label.span.start..base_label.span.end], "1003");
}

// ---- Changes the comparison must not miss --------------------------------------------------

/// A name-only reservation replaced by a reservation of another name: the first name is no
/// longer reserved, and may be reused by a new code that old clients would misread.
#[test]
fn a_reserved_name_replaced_by_another_is_no_longer_reserved() {
    let base =
        format!("{BASE}  - name: LEGACY_TIMEOUT\n    reason: timeouts are UNKNOWN_ERROR now\n");
    let current = edit_text(&base, &[("name: LEGACY_TIMEOUT", "name: LEGACY_QUOTA")]);
    let actual: Vec<Row> = run(Some(&base), &current)
        .diagnostics
        .iter()
        .map(row)
        .collect();
    assert_eq!(
        actual,
        owned(&[(
            "reserved-removed",
            Error,
            Base,
            "37:5",
            "name `LEGACY_TIMEOUT` is no longer reserved",
        )])
    );
}

/// An entry that reserved a code and a name keeps only the code: the name is no longer
/// reserved ("a code or name the base reserved is no longer reserved").
#[test]
fn a_reserved_name_dropped_from_its_entry_is_no_longer_reserved() {
    let current = edit(&[("    name: OLD_ERROR\n", "")]);
    let actual: Vec<Row> = run(Some(BASE), &current)
        .diagnostics
        .iter()
        .map(row)
        .collect();
    assert_eq!(
        actual,
        owned(&[(
            "reserved-removed",
            Error,
            Base,
            "34:5",
            "name `OLD_ERROR` is no longer reserved",
        )])
    );
}

/// Code 1001 gets a new name and its old name moves to 1004: clients that know
/// `UNAUTHORIZED` as 1001 misread both numbers, so both the rename and the renumbering are
/// reported. Today code 1004 is reported as neither added nor moved.
#[test]
fn a_renamed_code_whose_old_name_moved_is_also_renumbered() {
    let current = edit(&[
        ("name: UNAUTHORIZED", "name: SESSION_EXPIRED"),
        (
            "reserved:\n",
            "  - code: 1004\n    name: UNAUTHORIZED\n    http: 401\n    category: auth\n    message: Sign in first\nreserved:\n",
        ),
    ]);
    let actual: Vec<Row> = run(Some(BASE), &current)
        .diagnostics
        .iter()
        .map(row)
        .collect();
    assert_eq!(
        actual,
        owned(&[
            (
                "code-renamed",
                Error,
                Current,
                "19:11",
                "code 1001 changed its name from `UNAUTHORIZED` to `SESSION_EXPIRED`",
            ),
            (
                "name-renumbered",
                Error,
                Current,
                "33:11",
                "`UNAUTHORIZED` moved from code 1001 to 1004",
            ),
        ])
    );
}
