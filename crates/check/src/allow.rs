//! `allow_breaking` entries: each names a compatibility rule that can fire and be accepted: a
//! breaking rule about one code (`version-not-bumped` is about the whole registry, and the fix
//! is the bump it names).

use errcodes_model::{CheckId, Diagnostic, Registry, Severity};

pub(crate) fn check(registry: &Registry, out: &mut Vec<Diagnostic>) {
    let acceptable: Vec<&str> = CheckId::RULES
        .iter()
        .filter(|r| r.severity() != Severity::Note && **r != CheckId::VersionNotBumped)
        .map(|r| r.as_str())
        .collect();
    for entry in &registry.allow_breaking {
        let rule = entry.rule.value.as_str();
        if !acceptable.contains(&rule) {
            let help = errcodes_model::suggest_help(
                rule,
                &acceptable,
                "the rules that can be accepted are: ",
            );
            out.push(
                Diagnostic::new(
                    CheckId::UnknownRule,
                    format!(
                        "`allow_breaking` names `{rule}`, which is not a rule that can be accepted"
                    ),
                )
                .primary(entry.rule.span, "not a breaking-change rule")
                .help(help),
            );
        }
    }
}
