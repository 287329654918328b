// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/hashing/murmurhash3.h"

#include <QtEndian>

#include <cstring>

namespace portico::hashing {

namespace {

constexpr quint32 kC1 = 0xcc9e2d51u;
constexpr quint32 kC2 = 0x1b873593u;

inline quint32 rotl32(quint32 x, int r) noexcept
{
    return (x << r) | (x >> (32 - r));
}

inline quint32 mixBlock(quint32 k) noexcept
{
    k *= kC1;
    k = rotl32(k, 15);
    k *= kC2;
    return k;
}

inline quint32 finalMix(quint32 h) noexcept
{
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

} // namespace

quint32 murmurHash3_x86_32(const char *data, qsizetype len, quint32 seed) noexcept
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    const qsizetype blockCount = len / 4;
    quint32 h = seed;

    for (qsizetype i = 0; i < blockCount; ++i) {
        // memcpy keeps arbitrary token offsets free of unaligned-access UB; it compiles to
        // a single load on the targets we ship.
        quint32 k;
        std::memcpy(&k, bytes + i * 4, sizeof k);
        h ^= mixBlock(qFromLittleEndian(k));
        h = rotl32(h, 13);
        h = h * 5 + 0xe6546b64u;
    }

    const unsigned char *tail = bytes + blockCount * 4;
    quint32 k = 0;
    switch (len & 3) {
    case 3:
        k ^= quint32(tail[2]) << 16;
        Q_FALLTHROUGH();
    case 2:
        k ^= quint32(tail[1]) << 8;
        Q_FALLTHROUGH();
    case 1:
        k ^= quint32(tail[0]);
        h ^= mixBlock(k);
        break;
    default:
        break;
    }

    // The reference folds the length in as a 32-bit value, so longer inputs wrap.
    h ^= quint32(len);
    return finalMix(h);
}

} // namespace portico::hashing
