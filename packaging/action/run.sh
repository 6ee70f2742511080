#!/usr/bin/env bash
# The one step of the errcodes GitHub Action (action.yml at the repository root): installs the
# errcodes wheel of ERRCODES_VERSION with pip into a virtualenv under RUNNER_TEMP, then runs
# `errcodes ERRCODES_ARGS` in ERRCODES_WORKING_DIRECTORY and exits with its status (0 current,
# 1 problems, 2 could not run). The inputs arrive only as environment variables, never
# spliced into the script by `${{ }}` expressions, so no input can inject shell code and the
# same script runs outside GitHub: crates/errcodes/tests/it/dist.rs runs it with
# PIP_NO_INDEX=1 PIP_FIND_LINKS=target/dist, which installs the wheel packaging/dist.sh built.
set -euo pipefail

version=${ERRCODES_VERSION:?ERRCODES_VERSION must name the errcodes release to install}
args=${ERRCODES_ARGS-check --format github}
dir=${ERRCODES_WORKING_DIRECTORY:-.}

# A release number only: the value goes into a pip requirement.
if [[ ! $version =~ ^[0-9]+(\.[0-9]+)*([a-z0-9.+-]*)$ ]]; then
    echo "::error title=errcodes::version '$version' is not a release number such as 0.1.0"
    exit 2
fi

venv=${RUNNER_TEMP:-${TMPDIR:-/tmp}}/errcodes-$version
if [ ! -x "$venv/bin/errcodes" ]; then
    python3 -m venv --clear "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "errcodes==$version"
fi

# The arguments split at whitespace, newlines included (a YAML block of several lines), with
# no quoting, globbing or expansion. `read -d ''` reads to the end and then reports it.
read -r -d '' -a argv <<<"$args" || true
cd "$dir"
exec "$venv/bin/errcodes" "${argv[@]}"
