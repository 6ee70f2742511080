#!/usr/bin/env bash
# Installs the toolchains the targets' own tests drive, as each target names them: every
# `crates/targets/src/<id>/toolchain.apt` lists Debian packages, one `name=version` per line
# (`#` starts a comment). A package already installed at its pin is left alone. Needs root
# and Debian's package registry, and says so otherwise; `scripts/setup` runs it, and the
# tests never install system packages themselves.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/apt.sh
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
require_apt "the targets' toolchain tests (crates/targets/src/*/toolchain.apt)" "${missing[@]}"
apt_install --allow-downgrades "${missing[@]}"
