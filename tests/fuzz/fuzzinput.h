// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Small helpers the fuzzers share: the input as Qt bytes, split into lines, and a check that
// aborts (so libFuzzer keeps the input) when a promised property does not hold.
#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace portico::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The first n lines (split at '\n'); the last holds the rest, newlines included.
inline QList<QByteArray> lines(const QByteArray &input, int n)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    while (out.size() < n - 1) {
        const qsizetype eol = input.indexOf('\n', from);
        if (eol < 0)
            break;
        out.append(input.mid(from, eol - from));
        from = eol + 1;
    }
    out.append(input.mid(from));
    while (out.size() < n)
        out.append(QByteArray());
    return out;
}

inline void require(bool ok, const char *property)
{
    if (!ok) {
        std::fprintf(stderr, "property violated: %s\n", property);
        std::abort();
    }
}

} // namespace portico::fuzz
