#!/usr/bin/env bash
# Installs the runtimes the slow tier's tests install their pinned tools into: Node.js with
# npm (TypeScript, publint, attw, playwright-core) and Python with venv (mypy, ruff, build,
# twine, the OpenAPI validators, maturin, pre-commit). The tools are pinned where the tests
# install them; the runtimes need only a floor, so what the machine has is kept when it is
# new enough:
#
#   Node.js >= 20 (playwright-core and attw need it), with npm
#   Python  >= 3.10 (the generated package's floor), with venv and ensurepip
#
# Anything missing or older comes from Debian (nodejs, npm, python3, python3-venv), with
# apt-get, as root; Debian 12's nodejs is 18, so there Node.js 20 must come from elsewhere
# (NodeSource, or Debian 13), which the message says. `scripts/setup` runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/apt.sh
NODE_MIN=20
PYTHON_MIN=3.10

node_ok() {
    local major
    major=$(node --version 2>/dev/null | sed -n 's/^v\([0-9]*\)\..*/\1/p')
    [ -n "$major" ] && [ "$major" -ge "$NODE_MIN" ] && command -v npm >/dev/null
}

python_ok() {
    python3 -c "
import sys, venv, ensurepip
sys.exit(sys.version_info < tuple(map(int, '$PYTHON_MIN'.split('.'))))" 2>/dev/null
}

say() {
    echo "Node.js $(node --version) with npm $(npm --version)," \
        "$(python3 --version) with venv"
}

if node_ok && python_ok; then
    say
    exit 0
fi
packages=()
node_ok || packages+=(nodejs npm)
python_ok || packages+=(python3 python3-venv)
require_apt "the slow tier (Node.js >= $NODE_MIN with npm, Python >= $PYTHON_MIN with venv)" \
    "${packages[@]}"
# The major version of the nodejs that apt-get would install, or nothing.
nodejs_candidate() {
    local version
    version=$(apt-cache policy nodejs | awk '/Candidate:/ { print $2 }')
    version=${version#*:}
    echo "${version%%[!0-9]*}"
}

if ! node_ok; then
    candidate=$(nodejs_candidate)
    if [ -z "$candidate" ]; then
        apt-get update -q
        candidate=$(nodejs_candidate)
    fi
    if [ -z "$candidate" ] || [ "$candidate" -lt "$NODE_MIN" ]; then
        echo "error: the slow tier needs Node.js >= $NODE_MIN (playwright-core, attw); this" \
            "Debian offers nodejs ${candidate:-none}. Install Node.js $NODE_MIN or later" \
            "(Debian 13's nodejs, or NodeSource's), then run scripts/test again" >&2
        exit 2
    fi
fi
apt_install "${packages[@]}"
if ! node_ok || ! python_ok; then
    echo "error: after installing ${packages[*]}, Node.js >= $NODE_MIN with npm or" \
        "Python >= $PYTHON_MIN with venv is still not what \`node\`, \`npm\` and \`python3\`" \
        "run: check PATH" >&2
    exit 2
fi
say
