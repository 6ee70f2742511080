#!/usr/bin/env bash
# Installs the toolchains the targets' own tests drive, as each target names them: every
# `crates/targets/src/<id>/toolchain.apt` lists Debian packages, one `name=version` per line
# (`#` starts a comment). A package already installed at its pin is left alone. Needs root
# and Debian's package registry; `scripts/test` and `.ci/run` run it before `cargo test`, and
# the tests never install system packages themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
for list in crates/targets/src/*/toolchain.apt; do
    [ -e "$list" ] || continue
    while read -r line; do
        spec=${line%%#*}
        spec=${spec//[[:space:]]/}
        [ -n "$spec" ] || continue
        name=${spec%%=*}
        version=${spec#*=}
        if [ "$(dpkg-query -W -f '${Version}' "$name" 2>/dev/null || true)" != "$version" ]; then
            missing+=("$spec")
        fi
    done <"$list"
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "the targets' toolchains are installed"
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "error: the targets' tests need ${missing[*]} (Debian packages, from" \
        "crates/targets/src/*/toolchain.apt); install them as root with apt-get" >&2
    exit 2
fi
apt_install() { DEBIAN_FRONTEND=noninteractive apt-get install -y -q --allow-downgrades "$@"; }
# The package lists are refreshed only when the first try fails.
apt_install "${missing[@]}" || { apt-get update -q && apt_install "${missing[@]}"; }
