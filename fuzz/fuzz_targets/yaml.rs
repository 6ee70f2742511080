//! The YAML front-end on arbitrary bytes: it must never panic, hang or grow without bound.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = errcodes_yaml::parse_bytes("registry.yaml", data);
});
