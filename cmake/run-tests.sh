#!/usr/bin/env bash
# Runs ctest on a private D-Bus session with an unlocked gnome-keyring, so keychain tests
# talk to a real Secret Service and never touch the user's own keyring.
set -euo pipefail
build_dir=${1:-build}
shift || true

if [ -z "${PORTICO_IN_TEST_SESSION:-}" ]; then
    export PORTICO_IN_TEST_SESSION=1
    exec dbus-run-session -- "$0" "$build_dir" "$@"
fi

# A throw-away home keeps the keyring file (and anything else a test writes) out of $HOME.
export HOME=$(mktemp -d -t portico-test-home.XXXXXX)
export XDG_DATA_HOME=$HOME/.local/share XDG_CONFIG_HOME=$HOME/.config XDG_CACHE_HOME=$HOME/.cache
export XDG_RUNTIME_DIR=$HOME/.run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
trap 'pkill -u "$(id -u)" -f "gnome-keyring-daemon.*--components=secrets" 2>/dev/null || true; rm -rf "$HOME"' EXIT

eval "$(printf 'test' | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
export QT_QPA_PLATFORM=offscreen

ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j "$(nproc)" "$@"
