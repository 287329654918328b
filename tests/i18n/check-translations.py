#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
"""Fails when the Turkish translation has fallen behind the sources: lupdate is run over
the console's sources into a copy of portico_tr.ts, and any message that is then
unfinished (new or changed in the sources), vanished (gone from the sources) or empty is
listed. The English file must give every plural (%n) message its singular and plural.
  check-translations.py LUPDATE SOURCE_DIR
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCES = ["ui", "core/client", "app/portico", "app/portico-cli"]


def refreshed(lupdate, root, ts):
    work = pathlib.Path(tempfile.mkdtemp(prefix="portico-ts-"))
    try:
        copy = work / ts.name
        shutil.copy(ts, copy)
        # The include roots ("client/…", "ui/…"), so lupdate finds each class's Q_OBJECT.
        includes = ["-I", str(root / "core"), "-I", str(root)]
        subprocess.run([lupdate, "-silent", "-locations", "none", *includes, *[str(root / s) for s in SOURCES],
                        "-ts", str(copy)], check=True)
        return ET.parse(copy)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def problems_in(tree, need_all):
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "missing"
            where = f"{name}: \"{source[:70]}\""
            if kind in ("vanished", "obsolete"):
                found.append(f"{where} is no longer in the sources ({kind})")
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            if message.get("numerus") == "yes":
                if not forms or any(not f.strip() for f in forms):
                    found.append(f"{where} lacks a plural form")
                    continue
            if not need_all:
                continue
            if kind == "unfinished":
                found.append(f"{where} is not translated")
            elif message.get("numerus") != "yes" and not (translation.text or "").strip():
                found.append(f"{where} has an empty translation")
    return found


def main():
    lupdate, root = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
    failures = []
    for ts, need_all in (("portico_tr.ts", True), ("portico_en.ts", False)):
        tree = refreshed(lupdate, root, root / "translations" / ts)
        failures += [f"{ts}: {p}" for p in problems_in(tree, need_all)]
        count = sum(1 for _ in tree.getroot().iter("message"))
        print(f"{ts}: {count} messages checked")
    for f in failures:
        print(f)
    if failures:
        print(f"\n{len(failures)} problem(s). Run `cmake --build build --target update_translations`, "
              "then translate in Qt Linguist (translations/*.ts).", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
