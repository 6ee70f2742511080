#!/usr/bin/env bash
# Builds every install channel of the errcodes binary into target/dist with one command
# (`just dist`), and checks each artifact with its ecosystem's own linter. Nothing is uploaded.
#
#   errcodes-VERSION-py3-none-manylinux_*.whl   pip: maturin, `bindings = "bin"` (pyproject.toml),
#                                               with the man pages and completions under share/,
#                                               checked by check-wheel-contents and twine
#   errcodes-VERSION.tgz                         npm: the launcher (packaging/npm/errcodes)
#   errcodes-cli-linux-x64-VERSION.tgz           npm: the binary for Linux x64 with glibc
#                                               (packaging/npm/cli-linux-x64), with its man pages
#                                               and bash, zsh and fish completions under share/;
#                                               both checked by publint
#   *-VERSION.crate                              crates.io: every published crate, verified by
#                                               `cargo package` (each builds on its own)
#
# The pinned tools are installed on first use under target/tmp/toolchains. Every run starts
# from an empty target/dist, so a second run gives the same files. The binary is built once
# (`cargo build --release`); maturin reuses that build, and the npm package copies it.
# `cargo package` verification builds each packaged crate again in debug, in its own target
# folder (target/tmp/dist-package): the slow step when warm. It takes `--allow-dirty` because
# this is a local build; a real release publishes from a clean, tagged commit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

MATURIN=1.16.0
TWINE=7.0.0
CHECK_WHEEL_CONTENTS=0.6.3
PUBLINT=0.3.25

target=${CARGO_TARGET_DIR:-$root/target}
dist=$target/dist
stage=$target/tmp/dist-stage
tools=$target/tmp/toolchains

step() { printf '== %s\n' "$*" >&2; }
die() { printf 'dist.sh: %s\n' "$*" >&2; exit 1; }

# The workspace's version, and the crates that get published (every member without
# `publish = false`), from cargo's own view of the manifests.
metadata=$(cargo metadata --no-deps --format-version 1 --locked)
version=$(python3 -c '
import json, sys
packages = json.load(sys.stdin)["packages"]
print(next(p["version"] for p in packages if p["name"] == "errcodes"))' <<<"$metadata")
mapfile -t crates < <(python3 -c '
import json, sys
for p in json.load(sys.stdin)["packages"]:
    if p["publish"] is None:
        print(p["name"])' <<<"$metadata")

step "versions: Cargo $version; the npm packages must say the same"
node - "$version" packaging/npm/errcodes/package.json packaging/npm/cli-linux-x64/package.json <<'JS'
const [version, launcher, platform] = process.argv.slice(2);
const read = (file) => JSON.parse(require("node:fs").readFileSync(file, "utf8"));
const wrong = [];
for (const file of [launcher, platform]) {
  const found = read(file).version;
  if (found !== version) wrong.push(`${file}: "version" is ${found}`);
}
const name = read(platform).name;
const pinned = (read(launcher).optionalDependencies || {})[name];
if (pinned !== version) wrong.push(`${launcher}: optionalDependencies["${name}"] is ${pinned}`);
if (wrong.length) {
  console.error(`dist.sh: the npm packages must carry the Cargo version ${version}:\n  ${wrong.join("\n  ")}`);
  process.exit(1);
}
JS

rm -rf "$dist" "$stage"
mkdir -p "$dist" "$stage" "$tools"

step "the release binary"
cargo build --release --locked --package errcodes
binary=$target/release/errcodes
said=$("$binary" --version)
[ "$said" = "errcodes $version" ] || die "$binary --version says '$said', not 'errcodes $version'"

step "the Python wheel (maturin $MATURIN)"
venv=$tools/dist-maturin-$MATURIN-twine-$TWINE-cwc-$CHECK_WHEEL_CONTENTS
if [ ! -e "$venv/installed" ]; then
    python3 -m venv --clear "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
        "maturin==$MATURIN" "twine==$TWINE" "check-wheel-contents==$CHECK_WHEEL_CONTENTS"
    touch "$venv/installed"
fi
"$venv/bin/maturin" build --release --locked --out "$dist"
wheels=("$dist"/errcodes-"$version"-*.whl)
if [ "${#wheels[@]}" -ne 1 ] || [ ! -f "${wheels[0]}" ]; then
    die "expected one wheel of $version in $dist"
fi
# W007 "wheel library is empty": this wheel carries an executable and no importable module,
# on purpose (as ruff's first wheels did).
"$venv/bin/check-wheel-contents" --ignore W007 "${wheels[0]}"
"$venv/bin/twine" check --strict "${wheels[0]}"

step "the npm packages (publint $PUBLINT)"
publint=$tools/publint-$PUBLINT/node_modules/.bin/publint
if [ ! -x "$publint" ]; then
    npm install --silent --no-audit --no-fund --prefix "$tools/publint-$PUBLINT" "publint@$PUBLINT"
fi
cp -R packaging/npm/errcodes packaging/npm/cli-linux-x64 "$stage"/
cp "$binary" "$stage/cli-linux-x64/errcodes"
# The man pages and shell completions, where each system looks for them under a prefix's
# share/: the same files the wheel's data folder installs (printed by the binary, committed,
# and kept current by the `share` test of crates/errcodes/tests/it).
cp -R packaging/wheel-data/data/share "$stage/cli-linux-x64/share"
for package in errcodes cli-linux-x64; do
    cp LICENSE-MIT LICENSE-APACHE "$stage/$package"/
    (cd "$stage/$package" && "$publint" run --strict . && npm pack --silent --pack-destination "$dist" >/dev/null)
done

step "the crates (cargo package, each verified by a build of its own)"
# Every published crate at once: cargo resolves their dependencies on each other through a
# local registry of the just-packaged files, in its own target folder here. Cargo takes a
# registry crate of a given version for immutable: it unpacks it once under
# $CARGO_HOME/registry/src/-<hash>/ and keeps its build by version alone, so a later run with
# changed sources but the same version would verify against the first run's crates. Both are
# removed first (only errcodes crates; the other dependencies' builds stay warm).
package_target=$target/tmp/dist-package
rm -rf "$package_target/package" \
    "$package_target"/debug/.fingerprint/errcodes* \
    "$package_target"/debug/build/errcodes* \
    "$package_target"/debug/deps/*errcodes* \
    "${CARGO_HOME:-$HOME/.cargo}"/registry/src/-*/errcodes*
cargo package "${crates[@]/#/--package=}" --locked --allow-dirty --target-dir "$package_target"
for crate in "${crates[@]}"; do
    cp "$package_target/package/$crate-$version.crate" "$dist"/
done

step "built into $dist"
(cd "$dist" && for file in *; do
    printf '%10s  %s\n' "$(numfmt --to=iec --suffix=B "$(stat -c %s "$file")")" "$file"
done)
