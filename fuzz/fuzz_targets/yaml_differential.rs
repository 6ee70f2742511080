//! The YAML front-end's two tree readers on arbitrary text: whenever the event reader takes a
//! document, its tree, registry and diagnostics must be the serde reader's.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let (source, not_utf8) = errcodes_model::SourceFile::decode("registry.yaml", data);
    if not_utf8.is_some() {
        return;
    }
    if let Some(events) = errcodes_yaml::differential::by_events(&source) {
        let serde = errcodes_yaml::differential::by_serde(&source);
        assert!(events == serde, "the readers differ:\n{serde}\n---\n{events}");
    }
});
