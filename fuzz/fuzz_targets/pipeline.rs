//! Validate and render as a whole: whatever a YAML registry says, reading, checking, building
//! the view, rendering every target, writing it back as YAML and Rust, reading those back,
//! and comparing with itself must never panic; and a registry that passes the checks must
//! render and read back to the same view.
#![no_main]

use errcodes_model::{Severity, SourceFile};
use errcodes_view::{SourceView, View};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let (_, parsed) = errcodes_yaml::parse_bytes("registry.yaml", data);
    let Some(registry) = parsed.registry else { return };
    let diagnostics = errcodes_check::check(&registry);
    let _ = errcodes_compat::compare(Some(&registry), &registry, "self");
    if !parsed.diagnostics.is_empty() || diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return;
    }
    let view = View::new(&registry).expect("a checked registry has a view");
    errcodes_targets::emit_all(&view).expect("a checked registry renders");
    let source = SourceView::new(&registry);
    let yaml = errcodes_targets::registry_yaml(&source).expect("renders as YAML");
    let rust = errcodes_targets::rust_enum(&source).expect("renders as Rust");
    let again = errcodes_yaml::parse(&SourceFile::new("again.yaml", yaml));
    let again = View::new(&again.registry.expect("its own YAML reads back")).unwrap();
    assert!(again == view, "YAML round trip");
    let from_rust = errcodes_rust_source::parse(&SourceFile::new("again.rs", rust), None);
    let from_rust = View::new(&from_rust.registry.expect("its own Rust reads back")).unwrap();
    assert!(from_rust == view, "Rust round trip");
});
