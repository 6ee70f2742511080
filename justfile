# Recipes for people and for the backend's CI. `just --list` shows them. Extra arguments pass
# through to errcodes: `just gen --rust-source ../backend/src/error_code.rs` reads the
# backend's enum instead of registry.yaml.

# Write every generated file whose content changed.
gen *ARGS:
    cargo run --release --quiet -- gen {{ARGS}}

# Fail if a generated file is stale, missing or left over; never writes.
check *ARGS:
    cargo run --release --quiet -- check --deny-warnings {{ARGS}}

# Validate the registry only.
validate *ARGS:
    cargo run --release --quiet -- validate {{ARGS}}

# Every test, the generated code through the real toolchains included.
test:
    cargo test --workspace

# Formatting and lints, warnings denied.
lint:
    cargo fmt --all --check
    cargo clippy --workspace --all-targets -- -D warnings

# Accept deliberate changes to golden files (then review `git diff`).
update-golden:
    UPDATE_EXPECT=1 cargo test --workspace --test golden --test derive
    TRYBUILD=overwrite cargo test --package errcodes-derive --test derive

# The escaping round trip with many more cases than the test suite's default 3.
proptest CASES="200":
    PROPTEST_CASES={{CASES}} cargo test --package errcodes --test it roundtrip -- --nocapture

# Fuzzing stops at the first crash, hang (10 s) or memory blow-up (2 GiB); stable toolchain.

# Fuzz each target for SECONDS (default 600) from corpora seeded with the fixtures.
fuzz SECONDS="600":
    #!/usr/bin/env bash
    set -euo pipefail
    command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --version 0.13.2
    for target in yaml rust_source pipeline; do
        corpus="target/fuzz-corpus/$target"
        mkdir -p "$corpus"
        case "$target" in
            rust_source) cp crates/errcodes-derive/tests/fixtures/*.rs crates/errcodes-derive/tests/ui/*.rs crates/rust-source/tests/fixtures/*.rs "$corpus"/ ;;
            *) cp registry.yaml crates/*/tests/fixtures/*.yaml "$corpus"/ ;;
        esac
        (cd fuzz && cargo fuzz run --sanitizer none "$target" "../$corpus" -- \
            -max_total_time={{SECONDS}} -timeout=10 -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1)
    done

# What CI runs.
ci: lint test check
