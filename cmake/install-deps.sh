#!/usr/bin/env bash
# Installs the Debian packages Portico needs to build, run, test and benchmark, and only
# the ones that are missing, so a second run costs a few dpkg queries. Debian 12 (bookworm).
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qtkeychain-qt6-dev libgl-dev
    # run
    libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n fonts-dejavu-core
    # test: a real Secret Service on a private session bus
    dbus-bin dbus-daemon gnome-keyring libsecret-1-0 python3 python3-sklearn openssl
    # screenshots and benchmarks
    xvfb xauth wrk curl time
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing Debian packages: ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
