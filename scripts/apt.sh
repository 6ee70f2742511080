# shellcheck shell=bash
# Sourced by the slow tier's install scripts (scripts/setup and the install-*.sh it runs):
# Debian packages installed with apt-get, as root, or a clear refusal. A test never installs
# system packages; only these scripts do.

# Exits 2 unless apt-get can install packages here: a Debian system, run as root. $1 says what
# for; the rest are the packages, named in the message so that they can be installed by hand.
require_apt() {
    local why=$1
    shift
    if [ ! -r /etc/debian_version ] || ! command -v apt-get >/dev/null; then
        echo "error: $why needs $*, and this is not Debian (no /etc/debian_version or" \
            "apt-get): install them with your system's package manager, then run" \
            "scripts/test again" >&2
        exit 2
    fi
    if [ "$(id -u)" != 0 ]; then
        echo "error: $why needs $*: install them as root (apt-get install $*)," \
            "then run scripts/test again" >&2
        exit 2
    fi
}

# apt-get install, non-interactive; the package lists are refreshed only when the first try
# fails (a fresh machine has none, a cached one may be stale).
apt_install() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" ||
        { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"; }
}
