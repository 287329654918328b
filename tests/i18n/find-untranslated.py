#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
"""Lists string literals in the console's sources that read like words for people but do
not go through tr() / translate(), so a Turkish user would meet English text.

A literal counts as user-visible when it holds two words or a sentence-like phrase. What is
not for people is skipped: SQL, log lines, JSON/HTTP names, paths, format patterns, and
lines marked with a trailing `// not for translation: <why>`.
  find-untranslated.py SOURCE_DIR  -> exit status 1 and a list when any is found
"""
import pathlib
import re
import sys

ROOTS = ["ui", "core/client", "app/portico", "app/portico-cli"]
# Data, not interface: the customer's sample API is the user's own catalog content.
SKIP_FILES = {"core/client/catalog/sampleworkspace.cpp"}
LITERAL = re.compile(r'(?:u|u8)?"((?:[^"\\]|\\.)*)"(?:_s|_L1)?')
TRANSLATED_CALL = re.compile(r'\b(?:tr|translate|QT_TR_NOOP|QT_TRANSLATE_NOOP|qtTrId|QT_TR_N_NOOP)\s*\(')
SQL = re.compile(r'^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|BEGIN|COMMIT|ALTER|WITH|DROP|REPLACE)\b')
LOG = re.compile(r'\bq(C)?(Debug|Info|Warning|Critical|Fatal)\b')
WORDS = re.compile(r"[A-Za-z]{2,}[,.:;!?'()\u2026]*\s+[(\"']?[A-Za-z]{2,}")
SQL_WORDS = re.compile(r"\b(NOT NULL|INTEGER|TEXT|BLOB|FROM|WHERE|ORDER BY|LIMIT|VALUES|PRIMARY KEY|DEFAULT|ON CONFLICT|DO UPDATE)\b")
IDENTIFIERS = re.compile(r"^[\sa-z0-9_,()=?*.]+$")
DATE_FORMAT = re.compile(r"^[dMyhHmsz:,. 'GMTTZ-]+$")
ASSERT = re.compile(r"\b(Q_ASSERT_X|static_assert|qFatal)\b")
PLACEHOLDER_ONLY = re.compile(r'^[\s%0-9\W]*$')


def visible(text):
    if not WORDS.search(text) or PLACEHOLDER_ONLY.match(text):
        return False
    if text.startswith("<") or ("{" in text and ";" in text):  # markup and style sheets
        return False
    if SQL.match(text) or SQL_WORDS.search(text) or IDENTIFIERS.match(text) or DATE_FORMAT.match(text):
        return False
    if re.match(r'^[a-z0-9_.-]+(/[a-z0-9_.{}-]+)+$', text):  # paths and keys
        return False
    return True


def scan(root):
    problems = []
    for base in ROOTS:
        for path in sorted((root / base).rglob("*.cpp")) + sorted((root / base).rglob("*.h")):
            rel = path.relative_to(root).as_posix()
            if rel in SKIP_FILES:
                continue
            statement = ""
            depth = 0
            skip_from = None  # depth at a marker: the statement or block after it is skipped
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                stripped = line.strip()
                code_only = line.split("//")[0]
                opened_depth = depth
                depth += code_only.count("{") - code_only.count("}")
                if "not for translation:" in line:
                    statement = ""
                    if stripped.startswith("//"):
                        skip_from = opened_depth
                    continue
                if skip_from is not None:
                    if depth <= skip_from and (stripped.endswith(";") or stripped.endswith("}")):
                        skip_from = None
                    continue
                if stripped.startswith(("//", "/*", "* ", "#include")) or stripped in ("*", "*/"):
                    continue
                # A call that opens on an earlier line still covers its literals.
                statement = (statement + " " + stripped)[-600:]
                code = line.split("//")[0] if '"' not in line.split("//")[0][-1:] else line
                for match in LITERAL.finditer(code):
                    text = match.group(1)
                    if not visible(text):
                        continue
                    before = statement[: statement.rfind(stripped)] + code[: match.start()]
                    if LOG.search(before[-300:]) or ASSERT.search(before[-300:]):
                        continue
                    opened = [m.end() for m in TRANSLATED_CALL.finditer(before[-400:])]
                    if opened:
                        tail = before[-400:][opened[-1]:]
                        if tail.count("(") + 1 > tail.count(")"):
                            continue
                    problems.append(f"{rel}:{number}: \"{text}\"")
                if stripped.endswith(";") or stripped.endswith("{") or stripped.endswith("}"):
                    statement = ""
    return problems


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    problems = scan(root)
    for p in problems:
        print(p)
    if problems:
        print(f"\n{len(problems)} user-visible literal(s) outside tr(): wrap them in tr(), "
              "or mark the line `// not for translation: <why>`.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
