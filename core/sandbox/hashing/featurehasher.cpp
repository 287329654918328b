// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/hashing/featurehasher.h"

#include "sandbox/hashing/murmurhash3.h"

namespace portico::hashing {

namespace {

// VW splits on ASCII whitespace only; a UTF-8 continuation or lead byte is never one of
// these, so multi-byte characters (including U+00A0) stay inside their token.
inline bool isAsciiSpace(char c) noexcept
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

} // namespace

FeatureHasher::FeatureHasher(int bits, int ngrams)
    // Clamped as well as asserted so a release build that skipped validation never shifts
    // out of range or writes past the caller's array.
    : m_bits(std::clamp(bits, kMinBits, kMaxBits))
    , m_ngrams(std::clamp(ngrams, kMinNgrams, kMaxNgrams))
    , m_mask((quint32(1) << m_bits) - 1)
{
    Q_ASSERT_X(bits >= kMinBits && bits <= kMaxBits, "FeatureHasher", "bits out of range");
    Q_ASSERT_X(ngrams >= kMinNgrams && ngrams <= kMaxNgrams, "FeatureHasher", "ngrams out of range");
}

void FeatureHasher::countInto(QByteArrayView utf8Text, quint32 *counts) const
{
    forEachBucket(utf8Text, [counts](quint32 bucket) { ++counts[bucket]; });
}

std::vector<quint32> FeatureHasher::hash(QByteArrayView utf8Text) const
{
    std::vector<quint32> counts(bucketCount(), 0);
    countInto(utf8Text, counts.data());
    return counts;
}

FeatureHasher::TokenHashes::TokenHashes(QByteArrayView utf8Text)
{
    const char *p = utf8Text.data();
    const char *const end = p + utf8Text.size();
    for (;;) {
        while (p != end && isAsciiSpace(*p))
            ++p;
        if (p == end)
            break;
        const char *const start = p;
        while (p != end && !isAsciiSpace(*p))
            ++p;
        append(murmurHash3_x86_32(start, p - start, 0), end - p);
    }
}

void FeatureHasher::TokenHashes::append(quint32 hash, qsizetype bytesLeft)
{
    if (m_heap.empty()) {
        if (m_size < kInlineTokens) {
            m_inline[size_t(m_size)] = hash;
            ++m_size;
            return;
        }
        // Each further token needs at least one byte plus a separator, which bounds the
        // total and makes this the only allocation for the text.
        m_heap.reserve(size_t(m_size + 1 + (bytesLeft + 1) / 2));
        m_heap.assign(m_inline.begin(), m_inline.end());
    }
    m_heap.push_back(hash);
    ++m_size;
}

} // namespace portico::hashing
