// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// AzureML Studio (classic) "Feature Hashing", i.e. Vowpal Wabbit's n-gram hashing: turns one
// text into 2^bits bucket counts exactly as the cloud module does, so sandbox scores match.

#include <QByteArrayView>
#include <QtGlobal>

#include <algorithm>
#include <array>
#include <vector>

namespace portico::hashing {

class FeatureHasher
{
public:
    static constexpr int kMinBits = 1;
    static constexpr int kMaxBits = 31;
    static constexpr int kMinNgrams = 1;
    static constexpr int kMaxNgrams = 10;

    // Vowpal Wabbit's n-gram fold constant; changing it breaks parity with AzureML.
    static constexpr quint32 kNgramMultiplier = 27942141u;

    // Out-of-range values assert: callers validate user input before getting here.
    explicit FeatureHasher(int bits, int ngrams);

    int bits() const { return m_bits; }
    int ngrams() const { return m_ngrams; }
    quint32 bucketCount() const { return quint32(1) << m_bits; }

    // Calls f(quint32 bucket) once per n-gram feature, grouped by start token. Nothing is
    // allocated per bucket, so callers can go sparse when 2^bits is too big for an array.
    template<typename F> void forEachBucket(QByteArrayView utf8Text, F &&f) const;

    // Adds (does not reset) into counts[0 .. bucketCount()), so one array can accumulate
    // several texts. No heap allocation for texts of up to kInlineTokens (64) tokens.
    void countInto(QByteArrayView utf8Text, quint32 *counts) const;

    // Allocates bucketCount() entries: meant for tests and small bit sizes only.
    std::vector<quint32> hash(QByteArrayView utf8Text) const;

private:
    static constexpr qsizetype kInlineTokens = 64;

    // The hashes of a text's tokens; stays on the stack for typical short texts because
    // this runs once per row of every scoring request.
    class TokenHashes
    {
    public:
        explicit TokenHashes(QByteArrayView utf8Text);
        TokenHashes(const TokenHashes &) = delete;
        TokenHashes &operator=(const TokenHashes &) = delete;

        const quint32 *data() const { return m_heap.empty() ? m_inline.data() : m_heap.data(); }
        qsizetype size() const { return m_size; }

    private:
        void append(quint32 hash, qsizetype bytesLeft);

        std::array<quint32, kInlineTokens> m_inline;
        std::vector<quint32> m_heap;
        qsizetype m_size = 0;
    };

    int m_bits;
    int m_ngrams;
    quint32 m_mask;
};

template<typename F> void FeatureHasher::forEachBucket(QByteArrayView utf8Text, F &&f) const
{
    const TokenHashes tokens(utf8Text);
    const quint32 *hashes = tokens.data();
    const qsizetype count = tokens.size();
    // Walking by start token lets each longer n-gram extend the previous fold instead of
    // refolding from scratch; the resulting multiset of buckets is the same as VW's.
    for (qsizetype i = 0; i < count; ++i) {
        quint32 folded = hashes[i];
        f(folded & m_mask);
        const qsizetype end = std::min<qsizetype>(count, i + m_ngrams);
        for (qsizetype j = i + 1; j < end; ++j) {
            folded = folded * kNgramMultiplier + hashes[j];
            f(folded & m_mask);
        }
    }
}

} // namespace portico::hashing
