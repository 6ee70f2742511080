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

# What CI runs.
ci: lint test check
