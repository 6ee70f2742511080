# Recipes for people and for the backend's CI. `just --list` shows them.

# Write every generated file whose content changed.
gen:
    cargo run --release --quiet -- gen

# Fail if generated/ is stale, missing a file or holding a left-over one; never writes.
check:
    cargo run --release --quiet -- check --deny-warnings

# Validate registry.yaml only.
validate:
    cargo run --release --quiet -- validate

# Every test: unit, golden, CLI, and the generated code through rustc, clippy, rustfmt,
# rustdoc, tsc, node, mypy, ruff and CPython (the pinned tools install themselves).
test:
    cargo test --workspace

# Formatting and lints, warnings denied.
lint:
    cargo fmt --all --check
    cargo clippy --workspace --all-targets -- -D warnings

# Accept deliberate changes to the golden files, then review `git diff`.
update-golden:
    UPDATE_EXPECT=1 cargo test --workspace --test golden

# What CI runs.
ci: lint test check
