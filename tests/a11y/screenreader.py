#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
"""What a screen reader sees of the console: the real `portico` on its own X server, read over
AT-SPI (the interface Orca uses). The developer portal's controls must have the names and roles
a screen reader announces, and Send pressed through its accessible action must score the request
(a 200 in the operation's history).

    screenreader.py PORTICO_BINARY

Run on a private D-Bus session with a Secret Service (cmake/with-keyring.sh): the AT-SPI bus is
started on that session bus by D-Bus activation. Every wait is for a condition, with one
generous deadline for the whole run."""

import os
import signal
import subprocess
import sys
import tempfile
import time

import pyatspi

START = time.monotonic()
DEADLINE = START + float(os.environ.get("PORTICO_ATSPI_TIMEOUT", "120"))
failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, flush=True)


def note(message):
    print(f"[{time.monotonic() - START:6.1f} s] {message}", flush=True)


def wait_for(what, probe, interval=0.1):
    """probe() until it returns something truthy; None once the deadline has passed."""
    while True:
        try:
            value = probe()
        except Exception as error:  # the tree changes under the walk: try again
            value = None
            last_error = error
        else:
            last_error = None
        if value:
            return value
        if time.monotonic() > DEADLINE:
            fail("timed out waiting for " + what + (f" (last error: {last_error})" if last_error else ""))
            return None
        time.sleep(interval)


def start_xvfb():
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    number = b""
    with os.fdopen(read_end, "rb") as pipe:
        while not number.endswith(b"\n"):
            chunk = pipe.read(1)
            if not chunk:
                break
            number += chunk
    if not number.strip():
        xvfb.kill()
        sys.exit("Xvfb did not start")
    return xvfb, ":" + number.decode().strip()


def walk(node, depth=0):
    """Every accessible under node, depth first (the tree as a screen reader walks it)."""
    if node is None or depth > 60:
        return
    yield node
    for i in range(node.childCount):
        yield from walk(node.getChildAtIndex(i), depth + 1)


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def labels_of(node):
    """The labels a screen reader reads with a control (its labelled-by relations)."""
    found = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            found += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return found


def called(node, name):
    """Announced as name: its own name, or (a combo box names itself by its value) its label's."""
    return node.name == name or name in [label.rstrip(":") for label in labels_of(node)]


def find(root, role, name=None, visible=True):
    for node in walk(root):
        if node.getRole() in role and (name is None or called(node, name)) and (not visible or showing(node)):
            return node
    return None


def roles(*names):
    return tuple(getattr(pyatspi, "ROLE_" + n) for n in names)


def describe(node):
    return f"{node.getRoleName()} “{node.name}”" if node else "nothing"


def press(node):
    """The accessible action a screen reader offers for activating the control."""
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    for preferred in ("Press", "press", "click", "Toggle", "toggle"):
        if preferred in names:
            return action.doAction(names.index(preferred))
    fail(f"{describe(node)} offers no press action, only {names}")
    return False


def table_cells(table):
    t = table.queryTable()
    return [t.getAccessibleAt(r, c).name for r in range(t.nRows) for c in range(t.nColumns)]


def column_headers(table):
    t = table.queryTable()
    return [t.getColumnDescription(c) or (t.getColumnHeader(c).name if t.getColumnHeader(c) else "")
            for c in range(t.nColumns)]


def main():
    binary = sys.argv[1]
    xvfb, display = start_xvfb()
    profile = tempfile.mkdtemp(prefix="portico-atspi-")
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="en")
    env.pop("WAYLAND_DISPLAY", None)
    os.environ["DISPLAY"] = display
    console = subprocess.Popen([binary, "--data-dir", profile, "--lang", "en"], env=env)
    try:
        check(console)
    finally:
        console.send_signal(signal.SIGTERM)
        try:
            console.wait(timeout=30)
        except subprocess.TimeoutExpired:
            console.kill()
        xvfb.terminate()
        xvfb.wait()
    if failures:
        print(f"{len(failures)} check(s) failed", flush=True)
        return 1
    print("the screen reader's view is complete", flush=True)
    return 0


def check(console):
    desktop = pyatspi.Registry.getDesktop(0)

    def application():
        if console.poll() is not None:
            raise SystemExit(f"portico exited with {console.returncode} before it was seen over AT-SPI")
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.get_process_id() == console.pid:
                return app
        return None

    app = wait_for("portico on the AT-SPI bus", application)
    if not app:
        return
    window = wait_for("the main window", lambda: find(app, roles("FRAME"), visible=False))
    if not window:
        return
    note(f"found {describe(window)}")
    try:
        check_window(window)
    finally:
        if failures:
            print("what a screen reader finds on show:", flush=True)
            for node in walk(window):
                try:
                    if showing(node):
                        print(f"  {describe(node)} actions={action_names(node)}", flush=True)
                except Exception:
                    pass


def action_names(node):
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def check_window(window):

    # Ready to send: the sandbox is up and RRS Execute is filled in. Found by what it says
    # ("Send…"), then held to the name a screen reader must announce.
    send = wait_for("an enabled Send button",
                    lambda: next((n for n in walk(window)
                                  if n.getRole() == pyatspi.ROLE_PUSH_BUTTON and n.name.startswith("Send")
                                  and n.getState().contains(pyatspi.STATE_ENABLED)), None))
    if not send:
        return
    note(f"Send is enabled: {describe(send)}")
    if send.name != "Send the request":
        fail(f"the Send button is announced as “{send.name}”, not “Send the request”")

    apis = find(window, roles("LIST"), "APIs")
    if not apis:
        fail("the API list is not a list named “APIs”")
    elif "AzureML Demo API" not in [apis.getChildAtIndex(i).name for i in range(apis.childCount)]:
        fail("the API list does not announce “AzureML Demo API”")

    operations = find(window, roles("TREE", "TREE_TABLE"), "Operations")
    if not operations:
        fail("the operation tree is not a tree named “Operations”")
    elif not any("RRS Execute" in n.name for n in walk(operations)):
        fail("the operation tree does not announce “RRS Execute”")

    fields = {
        "Environment": roles("COMBO_BOX"),
        "Request URL": roles("TEXT", "ENTRY", "LABEL", "STATIC"),
        "Request parameters": roles("TABLE"),
        "Request headers": roles("TABLE"),
        "Request body": roles("TEXT", "ENTRY"),
    }
    for name, role in fields.items():
        if not find(window, role, name):
            fail(f"no Try-it field on show named “{name}” with a role among {[str(r) for r in role]}")

    tabs = find(window, roles("PAGE_TAB_LIST"), visible=True)
    tab_names = [tabs.getChildAtIndex(i).name for i in range(tabs.childCount)] if tabs else []
    if tab_names[:4] != ["Pretty", "Raw", "Table", "Headers"]:
        fail(f"the response tabs are {tab_names}, not Pretty, Raw, Table, Headers")
    elif any(tabs.getChildAtIndex(i).getRole() != pyatspi.ROLE_PAGE_TAB for i in range(4)):
        fail("the response tabs are not page tabs")

    history = find(window, roles("TABLE"), "History of this operation")
    if not history:
        fail("the history is not a table named “History of this operation”")
        return
    before = history.queryTable().nRows

    # Send, as a screen reader user does: the button's own accessible action.
    if not press(send):
        return

    def scored():
        h = find(window, roles("TABLE"), "History of this operation")
        return h if h.queryTable().nRows > before and "200" in table_cells(h) else None

    history = wait_for("a 200 in the operation's history after Send's accessible action", scored)
    if history:
        note("history after Send: " + " | ".join(c for c in table_cells(history) if c))

    # The Jobs page, reached through its page-bar button's action as well.
    jobs_button = next((n for n in walk(window) if n.name == "Jobs" and n.getRole() in
                        roles("PUSH_BUTTON", "TOGGLE_BUTTON", "CHECK_BOX", "MENU_ITEM", "PAGE_TAB")
                        and showing(n)), None)
    if not jobs_button:
        fail("no control named “Jobs” leads to the Jobs page")
        return
    press(jobs_button)
    jobs = wait_for("the Jobs table on show", lambda: find(window, roles("TABLE"), "Batch jobs"))
    if jobs:
        note("the Jobs page is on show")
        headers = column_headers(jobs)
        if "Status" not in headers or "Job" not in " ".join(headers):
            fail(f"the Jobs table's columns are announced as {headers}")


if __name__ == "__main__":
    sys.exit(main())
