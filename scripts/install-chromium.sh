#!/usr/bin/env bash
# Installs what the browser tests drive: Debian's Chromium at /usr/bin/chromium, and a CJK
# font so that the screenshots show the page's Chinese text. `scripts/setup` runs it when
# Chromium is missing, and `.ci/run` always, to hold CI at the pin; the tests never install
# system packages themselves. Needs root and Debian's package registry, and says so otherwise.
#
# Pinned to one build of bookworm-security. Debian keeps only the newest build of a package
# in the archive, so when a security update replaces it, the pin cannot be installed: the
# current build is installed instead, with a loud warning, rather than failing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/apt.sh
CHROMIUM=156.0.8078.114-1~deb12u1
FONT=0.9.45-8
installed=$(/usr/bin/chromium --version 2>/dev/null || true)
font=$(dpkg-query -W -f '${Version}' fonts-wqy-zenhei 2>/dev/null || true)
if [[ $installed == "Chromium ${CHROMIUM%%-*} "* && $font == "$FONT" ]]; then
    echo "Chromium ${CHROMIUM%%-*} and fonts-wqy-zenhei $FONT already installed"
    exit 0
fi
# All three Chromium packages at the pin (a newer one already installed is downgraded).
pinned=(--allow-downgrades "chromium=$CHROMIUM" "chromium-common=$CHROMIUM"
    "chromium-sandbox=$CHROMIUM" "fonts-wqy-zenhei=$FONT")
require_apt "the browser tests (crates/errcodes/tests/it/browser.rs)" "${pinned[@]:1}"
if ! apt_install "${pinned[@]}"; then
    echo "!!!! WARNING: chromium=$CHROMIUM or fonts-wqy-zenhei=$FONT is no longer in the" \
        "archive; installing the candidate versions instead: update the pins in" \
        "scripts/install-chromium.sh !!!!" >&2
    apt_install chromium fonts-wqy-zenhei
fi
/usr/bin/chromium --version
