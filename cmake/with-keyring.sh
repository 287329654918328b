#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# Runs a command on a private D-Bus session with an unlocked gnome-keyring, a throw-away
# $HOME and $TMPDIR, and the offscreen Qt platform: keychain code talks to a real Secret
# Service and never touches the user's own keyring or files.
#   with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [ -z "${PORTICO_IN_KEYRING_SESSION:-}" ]; then
    export PORTICO_IN_KEYRING_SESSION=1
    # Before the bus starts, so that the services it activates (a gnome-keyring brought back
    # by D-Bus) see this session's folders and never find an outer keyring's control socket.
    export HOME=$(mktemp -d "${TMPDIR:-/tmp}/portico-session-home.XXXXXX")
    export XDG_DATA_HOME=$HOME/.local/share XDG_CONFIG_HOME=$HOME/.config XDG_CACHE_HOME=$HOME/.cache
    export XDG_RUNTIME_DIR=$HOME/.run
    # Temporary files too, so a test can check what the console leaves in them.
    export TMPDIR=$HOME/tmp
    unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    mkdir -p "$XDG_RUNTIME_DIR" "$TMPDIR" && chmod 700 "$XDG_RUNTIME_DIR"
    exec dbus-run-session -- "$0" "$@"
fi

keyring_pid=
cleanup() {
    [ -n "$keyring_pid" ] && kill "$keyring_pid" 2>/dev/null
    rm -rf "$HOME"
}
trap cleanup EXIT

eval "$(printf 'test' | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
keyring_pid=${GNOME_KEYRING_PID:-}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

"$@"
