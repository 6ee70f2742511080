//! The Rust-source front-end on arbitrary bytes: it must never panic, hang or grow without
//! bound, whatever the text, with and without `--enum`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = errcodes_rust_source::parse_bytes("codes.rs", data, None);
    let _ = errcodes_rust_source::parse_bytes("codes.rs", data, Some("TuringErrorCode"));
});
