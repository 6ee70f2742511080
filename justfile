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

# The fast tier: offline, nothing installed, well under a minute warm. It names the slow
# suites it skips.
test *ARGS:
    cargo test --workspace {{ARGS}}

# Both tiers, the generated code through the real toolchains, the install channels and the
# browser included: installs what the slow tier lacks first (scripts/setup).
test-all *ARGS:
    scripts/test {{ARGS}}

# Formatting and lints, warnings denied.
lint:
    cargo fmt --all --check
    cargo clippy --workspace --all-targets -- -D warnings

# Accept deliberate changes to golden files (then review `git diff`).
update-golden:
    UPDATE_EXPECT=1 cargo test --workspace --test golden --test derive
    TRYBUILD=overwrite cargo test --package errcodes-derive --test derive

# The escaping round trip of every target with many more cases than either tier runs (the
# toolchains' ones are slow-tier tests, so the slow tier is on).
proptest CASES="200":
    ERRCODES_SLOW_TESTS=1 PROPTEST_CASES={{CASES}} cargo test --package errcodes-targets --lib every_value_survives -- --nocapture

# Fuzzing stops at the first crash, hang (10 s) or memory blow-up (2 GiB); stable toolchain.

# Fuzz each target for SECONDS (default 600) from corpora seeded with the fixtures.
fuzz SECONDS="600":
    #!/usr/bin/env bash
    set -euo pipefail
    command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --version 0.13.2
    for target in yaml yaml_differential rust_source pipeline; do
        corpus="target/fuzz-corpus/$target"
        mkdir -p "$corpus"
        case "$target" in
            rust_source) cp crates/errcodes-derive/tests/fixtures/*.rs crates/errcodes-derive/tests/ui/*.rs crates/rust-source/tests/fixtures/*.rs "$corpus"/ ;;
            *) cp registry.yaml crates/*/tests/fixtures/*.yaml "$corpus"/ ;;
        esac
        (cd fuzz && cargo fuzz run --sanitizer none "$target" "../$corpus" -- \
            -max_total_time={{SECONDS}} -timeout=10 -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1)
    done

# Criterion per stage, then the whole CLI end to end against the floor, with medians and peak memory.
bench:
    cargo bench --package errcodes-bench --bench stages
    just bench-cli
    just bench-profile

# The whole CLI end to end at 258, 10,000, 65,536 (the most a u16 allows) and 100,000 entries.
bench-cli RUNS="10":
    #!/usr/bin/env bash
    set -euo pipefail
    cargo build --release --quiet --package errcodes --package errcodes-bench
    bin="$PWD/target/release"
    work="$PWD/target/bench-cli"
    rm -rf "$work" && mkdir -p "$work"
    cd "$work"
    # median seconds and median peak KiB of RUNS runs of a command; $prepare runs untimed before
    # each. Wall time by the clock around `/usr/bin/time`, which reports the peak memory; the
    # floor is measured the same way, so the ratio is fair.
    measure() {
        local prepare="$1"; shift
        : > runs.out
        for _ in $(seq {{RUNS}}); do
            eval "$prepare"
            local start end
            start=$(date +%s%N)
            /usr/bin/time -f "%M" -o mem.out "$@" >/dev/null 2>&1 || true
            end=$(date +%s%N)
            echo "$(( (end - start) / 1000 )) $(tail -1 mem.out)" >> runs.out
        done
        local us kb
        us=$(sort -n -k1,1 runs.out | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
        kb=$(sort -n -k2,2 runs.out | awk '{ a[NR] = $2 } END { print a[int((NR + 1) / 2)] }')
        echo "$(echo "$us / 1000000" | bc -l) $kb"
    }
    # runs a command once, untimed, and stops the benchmark unless it exits with $1: a command
    # that fails early would otherwise be timed as a fast one.
    expect() {
        local want="$1"; shift
        local status=0
        "$@" >/dev/null 2>expect.err || status=$?
        if [ "$status" -ne "$want" ]; then
            echo "bench-cli: \`$*\` exited with $status, not $want:" >&2
            cat expect.err >&2
            exit 1
        fi
    }
    printf "machine: %s, %s cores, %s\n" "$(uname -m)" "$(nproc)" "$(free -g | awk '/Mem:/ { print $2 " GiB" }')"
    printf "%-28s %10s %10s %12s %8s\n" "case (medians of {{RUNS}})" "seconds" "peak MiB" "floor s" "× floor"
    for n in 258 10000 65536 100000; do
        "$bin/fixture" "$n" yaml > "r$n.yaml"
        floor=$(measure "rm -f floor.out" "$bin/floor" "r$n.yaml" floor.out)
        floor_s=${floor% *}
        row() {
            local name="$1" result="$2"
            local s=${result% *} kb=${result#* }
            printf "%-28s %10.4f %10.1f %12.4f %8.1f\n" "$name" "$s" "$(echo "$kb / 1024" | bc -l)" "$floor_s" "$(echo "$s / $floor_s" | bc -l)"
        }
        row "floor $n" "$floor"
        if [ "$n" -le 65536 ]; then
            expect 0 "$bin/errcodes" gen --no-config --registry "r$n.yaml" --out "out$n"
            row "gen $n" "$(measure "rm -rf out$n" "$bin/errcodes" gen --no-config --registry "r$n.yaml" --out "out$n")"
            expect 0 "$bin/errcodes" check --no-config --registry "r$n.yaml" --out "out$n"
            row "check $n" "$(measure ":" "$bin/errcodes" check --no-config --registry "r$n.yaml" --out "out$n")"
        else
            expect 1 "$bin/errcodes" validate --no-config --registry "r$n.yaml"
            row "validate $n (34,464 errors)" "$(measure ":" "$bin/errcodes" validate --no-config --registry "r$n.yaml")"
        fi
    done

# Where the instructions of `check` on a 258-code registry go, stage by stage (callgrind counts
# instructions, so the profile is the same on a busy machine); beside the floor's own count.
bench-profile N="258":
    #!/usr/bin/env bash
    set -euo pipefail
    cargo build --release --quiet --package errcodes --package errcodes-bench
    bin="$PWD/target/release"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    cd "$work"
    "$bin/fixture" {{N}} yaml > registry.yaml
    "$bin/errcodes" gen --registry registry.yaml --out out >/dev/null 2>&1
    valgrind --tool=callgrind --callgrind-out-file=check.cg "$bin/errcodes" check --registry registry.yaml --out out >/dev/null 2>&1
    valgrind --tool=callgrind --callgrind-out-file=floor.cg "$bin/floor" registry.yaml floor.out >/dev/null 2>&1
    callgrind_annotate --inclusive=yes --threshold=100 check.cg > check.txt
    callgrind_annotate --inclusive=yes --threshold=100 floor.cg > floor.txt
    python3 - <<'PY'
    import re
    def counts(path):
        found = {}
        for line in open(path):
            m = re.match(r"\s*([\d,]+) \([^)]*\)\s+(?:\S*?:)?(.*?)(?: \[.*\])?$", line)
            if m and m.group(2) not in found:
                found[m.group(2)] = int(m.group(1).replace(",", ""))
        return found
    check, floor = counts("check.txt"), counts("floor.txt")
    def of(name):
        return check.get(name, 0)
    total = check["PROGRAM TOTALS"]
    run = of("errcodes::run::run")
    parse = of("errcodes_yaml::parse_bytes")
    events = of("<granit_parser::parser::Parser<T> as granit_parser::parser::ParserTrait>::next_event")
    checks, view = of("errcodes_check::check"), of("errcodes_view::View::new")
    # The packages are rendered file by file inside the writer's session (outputs::sync): each
    # file goes to a closure that compares it with the disk, called from inside the rendering.
    take = of("errcodes::outputs::sync::" + "{" * 2 + "closure" + "}" * 2)
    render = of("errcodes_targets::emit_each") - take
    sync = of("errcodes::outputs::sync") - render
    rows = [
        ("process start and exit (outside run)", total - run),
        ("YAML parse", parse),
        ("  of which the parser's own events", events),
        ("  of which the node tree and the schema walk", parse - events),
        ("checks", checks),
        ("view (names)", view),
        ("render every target", render),
        ("read and compare the generated files", sync),
        ("the rest (arguments, reporting)", run - parse - checks - view - render - sync),
        ("total, errcodes check", total),
        ("total, the floor (read, write one file)", floor["PROGRAM TOTALS"]),
    ]
    print("instructions of `errcodes check` on {{N}} codes (callgrind):")
    for name, n in rows:
        print(f"  {name:<58} {n:>12,} {100 * n / total:6.1f}%")
    PY

# The generated code at scale: build, type-check and lint times of N-code packages (default 10,000).
bench-generated N="10000":
    #!/usr/bin/env bash
    set -euo pipefail
    cargo build --release --quiet --package errcodes --package errcodes-bench
    root="$PWD"
    tools="$root/target/tmp/toolchains"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    "$root/target/release/fixture" {{N}} yaml > "$work/registry.yaml"
    "$root/target/release/errcodes" gen --registry "$work/registry.yaml" --out "$work/out" >/dev/null 2>&1
    ts="$tools/typescript-7.0.2/node_modules/.bin/tsc"
    [ -x "$ts" ] || npm install --silent --no-audit --no-fund --prefix "$tools/typescript-7.0.2" typescript@7.0.2
    venv="$tools/bench-venv"
    [ -x "$venv/bin/mypy" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install --quiet mypy==1.20.2 ruff==0.17.6; }
    timed() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo "$(( (end - start) / 1000000 )) ms"; }
    echo "generated code for {{N}} codes on $(nproc) cores:"
    echo "  cargo build (debug) of the Rust crate:   $(cd "$work/out/rust" && printf '\n[workspace]\n' >> Cargo.toml && timed cargo build --quiet --target-dir "$work/target")"
    echo "  cargo build --release of the Rust crate: $(cd "$work/out/rust" && timed cargo build --release --quiet --target-dir "$work/target")"
    echo "  tsc (strict) on the TypeScript package:  $(cd "$work/out/typescript" && timed "$ts" -p tsconfig.json --noEmit)"
    echo "  mypy --strict on the Python package:     $(cd "$work/out/python" && timed "$venv/bin/mypy" --strict --no-incremental -p "$(ls -d */ | head -1 | tr -d /)")"
    echo "  ruff check on the Python package:        $(cd "$work/out/python" && timed "$venv/bin/ruff" check --no-cache --select ALL .)"
    (cd "$work/out/rust" && cargo rustc --quiet --release --lib --target-dir "$work/target" -- --emit asm -C llvm-args=-x86-asm-syntax=intel)
    python3 - "$(ls "$work"/target/release/deps/*.s | head -1)" <<'PY'
    import re, sys
    text = open(sys.argv[1]).read()
    body = re.search(r"\n(_ZN[^\n]*from_code[^\n:]*):\n(.*?)\.cfi_endproc", text, re.S).group(2)
    lines = [l for l in body.splitlines() if l.strip() and not l.strip().startswith((".", "#")) and not l.strip().endswith(":")]
    compares = len(re.findall(r"\bcmp\b", body))
    tables = len(re.findall("LJTI", body))
    print(f"  from_code in release: {len(lines)} instructions, {compares} comparisons, {tables} jump-table references")
    PY

# Every install channel into target/dist (wheel, npm tarballs, .crate files), each checked by its
# ecosystem's linter; uploads nothing.
dist:
    packaging/dist.sh

# What CI runs.
ci:
    .ci/run
