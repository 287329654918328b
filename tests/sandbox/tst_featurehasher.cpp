// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Pins FeatureHasher and MurmurHash3 to AzureML / Vowpal Wabbit behaviour: published hash
// vectors, the documented example, a slow reference implementation, and scikit-learn's murmur.

#include "sandbox/hashing/featurehasher.h"
#include "sandbox/hashing/murmurhash3.h"

#include <QByteArray>
#include <QFileInfo>
#include <QList>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QTemporaryFile>
#include <QTest>

#include <map>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using portico::hashing::FeatureHasher;
using portico::hashing::murmurHash3_x86_32;

namespace {

constexpr char kSeedSentence[] = "This is a good day";

quint32 murmur(QByteArrayView bytes, quint32 seed = 0)
{
    return murmurHash3_x86_32(bytes.data(), bytes.size(), seed);
}

QList<quint32> toList(const std::vector<quint32> &v)
{
    return QList<quint32>(v.begin(), v.end());
}

quint64 sum(const std::vector<quint32> &v)
{
    quint64 total = 0;
    for (quint32 c : v)
        total += c;
    return total;
}

// Number of features VW emits for a text of tokenCount tokens and n-gram setting n.
quint64 featureCount(quint64 tokenCount, int n)
{
    quint64 total = 0;
    for (int len = 1; len <= n; ++len) {
        if (tokenCount >= quint64(len))
            total += tokenCount - quint64(len) + 1;
    }
    return total;
}

// --- Slow reference, written straight from the specification and sharing no code with the
// production path, so agreement between the two means something.

quint32 referenceRotl(quint32 x, int r)
{
    return (x << r) | (x >> (32 - r));
}

quint32 referenceMurmur(const std::string &s, quint32 seed = 0)
{
    quint32 h = seed;
    const size_t fullBlocks = s.size() / 4;
    for (size_t b = 0; b < fullBlocks; ++b) {
        quint32 k = 0;
        for (int byte = 3; byte >= 0; --byte)
            k = (k << 8) | quint32(static_cast<unsigned char>(s[b * 4 + size_t(byte)]));
        k *= 0xcc9e2d51u;
        k = referenceRotl(k, 15);
        k *= 0x1b873593u;
        h ^= k;
        h = referenceRotl(h, 13);
        h = h * 5 + 0xe6546b64u;
    }
    const size_t tailLength = s.size() % 4;
    if (tailLength > 0) {
        quint32 k = 0;
        for (size_t i = tailLength; i > 0; --i)
            k = (k << 8) | quint32(static_cast<unsigned char>(s[fullBlocks * 4 + i - 1]));
        k *= 0xcc9e2d51u;
        k = referenceRotl(k, 15);
        k *= 0x1b873593u;
        h ^= k;
    }
    h ^= quint32(s.size());
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

std::vector<std::string> referenceTokens(const std::string &text)
{
    const std::string whitespace = " \t\n\r\v\f";
    std::vector<std::string> tokens;
    std::string current;
    for (char c : text) {
        if (whitespace.find(c) != std::string::npos) {
            if (!current.empty())
                tokens.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        tokens.push_back(current);
    return tokens;
}

std::vector<quint32> referenceHash(const std::string &text, int bits, int ngrams)
{
    const std::vector<std::string> tokens = referenceTokens(text);
    const quint32 mask = (quint32(1) << bits) - 1;
    std::vector<quint32> counts(size_t(1) << bits, 0);
    for (int len = 1; len <= ngrams; ++len) {
        for (size_t i = 0; i + size_t(len) <= tokens.size(); ++i) {
            quint32 g = referenceMurmur(tokens[i]);
            for (size_t j = i + 1; j < i + size_t(len); ++j)
                g = g * 27942141u + referenceMurmur(tokens[j]);
            ++counts[g & mask];
        }
    }
    return counts;
}

std::string toStd(const QByteArray &bytes)
{
    return std::string(bytes.constData(), size_t(bytes.size()));
}

// Deterministic text of tokenCount tokens, mixing vocabulary (some non-ASCII) and every
// separator kind, including runs.
QByteArray generatedText(int tokenCount, quint32 seed)
{
    static const QList<QByteArray> vocabulary = {
        "the"_ba,
        "model"_ba,
        "score"_ba,
        "Good"_ba,
        "good"_ba,
        "day"_ba,
        "a"_ba,
        "is"_ba,
        "This"_ba,
        "gün"_ba,
        "güzel"_ba,
        "İstanbul"_ba,
        "şeker"_ba,
        "我们"_ba,
        "😀"_ba,
        "x"_ba,
        "feature-hashing"_ba,
        "1234"_ba,
        "naïve"_ba,
        "ÇAĞRI"_ba,
    };
    static const QList<QByteArray> separators = {
        " "_ba, "  "_ba, "\t"_ba, "\n"_ba, "\r\n"_ba, "\v"_ba, "\f"_ba, " \t "_ba,
    };
    QRandomGenerator rng(seed);
    QByteArray text;
    if (rng.bounded(2) == 0)
        text += separators.at(rng.bounded(int(separators.size())));
    for (int i = 0; i < tokenCount; ++i) {
        if (i > 0)
            text += separators.at(rng.bounded(int(separators.size())));
        text += vocabulary.at(rng.bounded(int(vocabulary.size())));
    }
    if (rng.bounded(2) == 0)
        text += separators.at(rng.bounded(int(separators.size())));
    return text;
}

} // namespace

class TestFeatureHasher : public QObject
{
    Q_OBJECT

private slots:
    void murmurKnownVectors_data();
    void murmurKnownVectors();
    void murmurMatchesReferenceAtEveryLength();
    void murmurIgnoresAlignment();

    void accessors();
    void seedExample();
    void unigramsOnly();
    void trigramsAddFeatures();
    void ngramsLongerThanText();

    void bitSizes_data();
    void bitSizes();
    void bits31Sparse();

    void emptyAndWhitespaceOnly_data();
    void emptyAndWhitespaceOnly();
    void whitespaceKinds();
    void nonAsciiWhitespaceIsNotASeparator();
    void caseSensitivity();
    void nonAsciiText_data();
    void nonAsciiText();

    void countIntoAccumulates();
    void inlineBufferBoundary_data();
    void inlineBufferBoundary();
    void longText();

    void sklearnMurmurInterop();
};

void TestFeatureHasher::murmurKnownVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<quint32>("expected");

    // Published SMHasher sanity values plus values cross-checked with
    // sklearn.utils.murmurhash3_32(..., positive=True).
    QTest::newRow("empty") << QByteArray() << 0u << 0u;
    QTest::newRow("empty seed 1") << QByteArray() << 1u << 0x514e28b7u;
    QTest::newRow("empty seed ffffffff") << QByteArray() << 0xffffffffu << 0x81f16f39u;
    QTest::newRow("hello") << "hello"_ba << 0u << 0x248bfa47u;
    QTest::newRow("hello seed 42") << "hello"_ba << 42u << 0xe2dbd2e1u;
    QTest::newRow("tail 1") << "a"_ba << 0u << 0x3c2569b2u;
    QTest::newRow("tail 2") << "ab"_ba << 0u << 0x9bbfd75fu;
    QTest::newRow("tail 3") << "abc"_ba << 0u << 0xb3dd93fau;
    QTest::newRow("one block") << "abcd"_ba << 0u << 0x43ed676au;
    QTest::newRow("block + tail") << "abcde"_ba << 0u << 0xe89b9af6u;
    QTest::newRow("quick brown fox") << "The quick brown fox jumps over the lazy dog"_ba << 0u << 0x2e4ff723u;
    QTest::newRow("This") << "This"_ba << 0u << 0xb2a3281fu;
    QTest::newRow("day") << "day"_ba << 0u << 0xe0fe498du;
    QTest::newRow("Turkish") << "Bugün"_ba << 0u << 0x4deebf07u;
    QTest::newRow("Chinese") << "我们"_ba << 0u << 0xfe660432u;
    QTest::newRow("emoji") << "😀"_ba << 0u << 0xbeb42efau;
}

void TestFeatureHasher::murmurKnownVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(quint32, seed);
    QFETCH(quint32, expected);

    QCOMPARE(murmur(input, seed), expected);
    QCOMPARE(referenceMurmur(toStd(input), seed), expected);
}

void TestFeatureHasher::murmurMatchesReferenceAtEveryLength()
{
    QRandomGenerator rng(7);
    for (int length = 0; length <= 67; ++length) {
        QByteArray bytes(length, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        for (quint32 seed : {0u, 1u, 0x9747b28cu}) {
            QVERIFY2(murmur(bytes, seed) == referenceMurmur(toStd(bytes), seed),
                     qPrintable(u"length %1 seed %2"_s.arg(length).arg(seed)));
        }
    }
}

void TestFeatureHasher::murmurIgnoresAlignment()
{
    // Tokens start at arbitrary offsets inside a row, so block reads must not care.
    const QByteArray token = "alignment-check-token"_ba;
    const quint32 expected = murmur(token);
    for (int offset = 0; offset < 8; ++offset) {
        QByteArray buffer(offset, 'z');
        buffer += token;
        QCOMPARE(murmurHash3_x86_32(buffer.constData() + offset, token.size()), expected);
    }
}

void TestFeatureHasher::accessors()
{
    QCOMPARE(FeatureHasher::kMinBits, 1);
    QCOMPARE(FeatureHasher::kMaxBits, 31);
    QCOMPARE(FeatureHasher::kMinNgrams, 1);
    QCOMPARE(FeatureHasher::kMaxNgrams, 10);

    const FeatureHasher small(3, 2);
    QCOMPARE(small.bits(), 3);
    QCOMPARE(small.ngrams(), 2);
    QCOMPARE(small.bucketCount(), 8u);

    const FeatureHasher largest(31, 10);
    QCOMPARE(largest.bits(), 31);
    QCOMPARE(largest.ngrams(), 10);
    QCOMPARE(largest.bucketCount(), 0x80000000u);

    QCOMPARE(FeatureHasher(1, 1).bucketCount(), 2u);
}

void TestFeatureHasher::seedExample()
{
    const FeatureHasher hasher(3, 2);
    const QList<quint32> expected = {1, 1, 2, 2, 0, 2, 0, 1};
    QCOMPARE(toList(hasher.hash(kSeedSentence)), expected);
    QCOMPARE(toList(referenceHash(kSeedSentence, 3, 2)), expected);

    quint32 counts[8] = {};
    hasher.countInto(kSeedSentence, counts);
    QCOMPARE(QList<quint32>(std::begin(counts), std::end(counts)), expected);

    int features = 0;
    hasher.forEachBucket(kSeedSentence, [&features](quint32 bucket) {
        QVERIFY(bucket < 8);
        ++features;
    });
    QCOMPARE(features, 5 + 4);
}

void TestFeatureHasher::unigramsOnly()
{
    const std::vector<quint32> counts = FeatureHasher(3, 1).hash(kSeedSentence);
    QCOMPARE(sum(counts), 5u);
    QCOMPARE(toList(counts), QList<quint32>({0, 1, 1, 0, 0, 2, 0, 1}));
}

void TestFeatureHasher::trigramsAddFeatures()
{
    const std::vector<quint32> bigrams = FeatureHasher(3, 2).hash(kSeedSentence);
    const std::vector<quint32> trigrams = FeatureHasher(3, 3).hash(kSeedSentence);
    QCOMPARE(sum(trigrams), quint64(5 + 4 + 3));
    QCOMPARE(toList(trigrams), QList<quint32>({2, 1, 3, 2, 1, 2, 0, 1}));
    QCOMPARE(toList(trigrams), toList(referenceHash(kSeedSentence, 3, 3)));
    // Raising n only adds features: every bucket keeps at least its bigram count.
    for (size_t k = 0; k < bigrams.size(); ++k)
        QVERIFY(trigrams[k] >= bigrams[k]);
}

void TestFeatureHasher::ngramsLongerThanText()
{
    const std::vector<quint32> counts = FeatureHasher(6, 10).hash(kSeedSentence);
    QCOMPARE(sum(counts), quint64(5 + 4 + 3 + 2 + 1));
    QCOMPARE(toList(counts), toList(referenceHash(kSeedSentence, 6, 10)));
}

void TestFeatureHasher::bitSizes_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<int>("ngrams");
    QTest::addColumn<QByteArray>("text");

    const QByteArray varied = generatedText(40, 11);
    for (int bits : {1, 2, 3, 4, 10, 20}) {
        for (int ngrams : {1, 2, 3}) {
            QTest::addRow("seed b%d n%d", bits, ngrams) << bits << ngrams << QByteArray(kSeedSentence);
            QTest::addRow("varied b%d n%d", bits, ngrams) << bits << ngrams << varied;
        }
    }
}

void TestFeatureHasher::bitSizes()
{
    QFETCH(int, bits);
    QFETCH(int, ngrams);
    QFETCH(QByteArray, text);

    const std::vector<quint32> counts = FeatureHasher(bits, ngrams).hash(text);
    QCOMPARE(counts.size(), size_t(1) << bits);
    const quint64 tokens = referenceTokens(toStd(text)).size();
    QCOMPARE(sum(counts), featureCount(tokens, ngrams));

    if (bits > 1) {
        // Buckets are low bits of one 32-bit value, so dropping a bit must merge pairs.
        const std::vector<quint32> narrower = FeatureHasher(bits - 1, ngrams).hash(text);
        const size_t half = size_t(1) << (bits - 1);
        for (size_t k = 0; k < half; ++k)
            QCOMPARE(narrower[k], counts[k] + counts[k + half]);
    }
}

void TestFeatureHasher::bits31Sparse()
{
    const QByteArray text = generatedText(50, 31);
    const FeatureHasher wide(31, 3);
    std::map<quint32, quint32> sparse;
    quint64 features = 0;
    wide.forEachBucket(text, [&](quint32 bucket) {
        QVERIFY(bucket < wide.bucketCount());
        ++sparse[bucket];
        ++features;
    });
    QCOMPARE(features, featureCount(50, 3));

    // Folding the sparse 31-bit result down to 12 bits must give the dense 12-bit result.
    std::vector<quint32> folded(size_t(1) << 12, 0);
    for (const auto &[bucket, count] : sparse)
        folded[bucket & 0xfffu] += count;
    QCOMPARE(toList(folded), toList(FeatureHasher(12, 3).hash(text)));
}

void TestFeatureHasher::emptyAndWhitespaceOnly_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("null") << QByteArray();
    QTest::newRow("empty") << ""_ba;
    QTest::newRow("space") << " "_ba;
    QTest::newRow("all kinds") << " \t\n\r\v\f"_ba;
    QTest::newRow("long run") << QByteArray(500, ' ') + "\r\n\r\n\t\t"_ba;
}

void TestFeatureHasher::emptyAndWhitespaceOnly()
{
    QFETCH(QByteArray, text);
    for (int bits : {1, 3, 10}) {
        for (int ngrams : {1, 2, 10}) {
            const std::vector<quint32> counts = FeatureHasher(bits, ngrams).hash(text);
            QCOMPARE(counts.size(), size_t(1) << bits);
            QCOMPARE(sum(counts), 0u);
        }
    }
    int calls = 0;
    FeatureHasher(31, 10).forEachBucket(text, [&calls](quint32) { ++calls; });
    QCOMPARE(calls, 0);
}

void TestFeatureHasher::whitespaceKinds()
{
    const FeatureHasher hasher(3, 2);
    const QList<quint32> expected = {1, 1, 2, 2, 0, 2, 0, 1};
    const QList<QByteArray> variants = {
        "This\tis\na\rgood\vday"_ba,
        "This\fis  a\r\n good\t\t\tday"_ba,
        "  \n This is a good day \t"_ba,
        "\v\fThis\v\fis\v\fa\v\fgood\v\fday\v\f"_ba,
    };
    for (const QByteArray &text : variants)
        QCOMPARE(toList(hasher.hash(text)), expected);
}

void TestFeatureHasher::nonAsciiWhitespaceIsNotASeparator()
{
    // U+00A0 and U+3000 are Unicode spaces but VW only splits on ASCII whitespace.
    const FeatureHasher hasher(10, 2);
    const QByteArray nbsp = "good\xc2\xa0"
                            "day"_ba;
    const std::vector<quint32> counts = hasher.hash(nbsp);
    QCOMPARE(sum(counts), 1u);
    QCOMPARE(counts[murmur(nbsp) & 0x3ffu], 1u);

    const QByteArray ideographic = "我们\xe3\x80\x80今天"_ba;
    QCOMPARE(sum(hasher.hash(ideographic)), 1u);

    // Bytes outside ASCII whitespace such as 0x1c or 0x85 are ordinary token bytes too.
    QCOMPARE(sum(hasher.hash("a\x1c"
                             "b"_ba)),
             1u);
}

void TestFeatureHasher::caseSensitivity()
{
    QVERIFY(murmur("Good"_ba) != murmur("good"_ba));

    const FeatureHasher hasher(4, 2);
    const std::vector<quint32> lower = hasher.hash("This is a good day");
    const std::vector<quint32> upper = hasher.hash("This is a Good day");
    QVERIFY(lower != upper);
    QCOMPARE(toList(lower), QList<quint32>({1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 2, 0, 1}));
    QCOMPARE(toList(upper), QList<quint32>({1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 2, 1, 2, 0, 1}));
}

void TestFeatureHasher::nonAsciiText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<quint32>>("expected");

    // bits 4, n-grams 2; expected values cross-checked in Python with sklearn's murmur.
    QTest::newRow("Turkish") << "Bugün güzel bir gün"_ba
                             << QList<quint32>({1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0, 2});
    QTest::newRow("Chinese") << "我们 今天 很 开心"_ba
                             << QList<quint32>({1, 0, 1, 1, 0, 0, 0, 0, 0, 2, 0, 1, 0, 0, 1, 0});
    QTest::newRow("emoji") << "😀 good 🎉day"_ba << QList<quint32>({0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1});
}

void TestFeatureHasher::nonAsciiText()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<quint32>, expected);

    QCOMPARE(toList(FeatureHasher(4, 2).hash(text)), expected);
    QCOMPARE(toList(referenceHash(toStd(text), 4, 2)), expected);
    // Hashing must see the UTF-8 bytes, not UTF-16 or Latin-1.
    QCOMPARE(toList(FeatureHasher(4, 2).hash(QString::fromUtf8(text).toUtf8())), expected);
}

void TestFeatureHasher::countIntoAccumulates()
{
    const FeatureHasher hasher(3, 2);
    std::vector<quint32> counts(hasher.bucketCount(), 0);
    hasher.countInto(kSeedSentence, counts.data());
    hasher.countInto(kSeedSentence, counts.data());
    QCOMPARE(toList(counts), QList<quint32>({2, 2, 4, 4, 0, 4, 0, 2}));
}

void TestFeatureHasher::inlineBufferBoundary_data()
{
    QTest::addColumn<int>("tokens");
    for (int tokens : {0, 1, 2, 63, 64, 65, 66, 128, 129})
        QTest::addRow("%d tokens", tokens) << tokens;
}

void TestFeatureHasher::inlineBufferBoundary()
{
    QFETCH(int, tokens);
    const QByteArray text = generatedText(tokens, quint32(1000 + tokens));
    QCOMPARE(referenceTokens(toStd(text)).size(), size_t(tokens));
    for (int ngrams : {1, 3, 10}) {
        const std::vector<quint32> counts = FeatureHasher(8, ngrams).hash(text);
        QCOMPARE(toList(counts), toList(referenceHash(toStd(text), 8, ngrams)));
        QCOMPARE(sum(counts), featureCount(quint64(tokens), ngrams));
    }
}

void TestFeatureHasher::longText()
{
    const QByteArray text = generatedText(1000, 2024);
    const FeatureHasher hasher(10, 3);

    std::vector<quint32> viaCountInto(hasher.bucketCount(), 0);
    hasher.countInto(text, viaCountInto.data());
    const std::vector<quint32> viaHash = hasher.hash(text);
    const std::vector<quint32> viaReference = referenceHash(toStd(text), 10, 3);

    QCOMPARE(sum(viaCountInto), quint64(1000 + 999 + 998));
    QCOMPARE(toList(viaCountInto), toList(viaHash));
    QCOMPARE(toList(viaCountInto), toList(viaReference));
}

void TestFeatureHasher::sklearnMurmurInterop()
{
    const QString python = u"/usr/bin/python3"_s;
    if (!QFileInfo(python).isExecutable())
        QFAIL("/usr/bin/python3 is missing; install the Debian package python3-sklearn "
              "(apt-get install python3-sklearn), which also brings python3");

    // ~200 deterministic strings over every UTF-8 length class, all tail lengths and empty.
    QList<QByteArray> samples = {
        ""_ba,         "hello"_ba,        "Bugün güzel bir gün"_ba,
        "İstanbul"_ba, "ğüşıöçĞÜŞİÖÇ"_ba, "日本語のテキスト"_ba,
        "🙂🚀"_ba, "naïve café"_ba,   "tab\tinside"_ba,
        "Привет"_ba,
    };
    const QList<char32_t> latin = {U'ç', U'ğ', U'ı', U'ö', U'ş', U'ü', U'Ç', U'Ğ', U'İ',
                                   U'Ö', U'Ş', U'Ü', U'é', U'ñ', U'ß', U'Æ', U'ø'};
    QRandomGenerator rng(4242);
    for (int i = 0; samples.size() < 200; ++i) {
        std::u32string codePoints;
        const int length = i % 41;
        for (int c = 0; c < length; ++c) {
            switch (rng.bounded(6)) {
            case 0:
            case 1:
                codePoints += char32_t(0x20 + rng.bounded(0x7f - 0x20));
                break;
            case 2:
                codePoints += latin.at(rng.bounded(int(latin.size())));
                break;
            case 3:
                codePoints += char32_t(0x0400 + rng.bounded(0x100));
                break;
            case 4:
                codePoints += char32_t(0x4e00 + rng.bounded(0x51a6));
                break;
            default:
                codePoints += char32_t(0x1f300 + rng.bounded(0x150));
                break;
            }
        }
        samples.append(QString::fromUcs4(codePoints.data(), qsizetype(codePoints.size())).toUtf8());
    }

    QTemporaryFile input;
    QVERIFY2(input.open(), qPrintable(input.errorString()));
    for (const QByteArray &sample : samples) {
        QVERIFY(!sample.contains('\n'));
        input.write(sample);
        input.write("\n");
    }
    QVERIFY(input.flush());

    // Splitting the raw bytes on '\n' only keeps other line separators inside a sample.
    const QString script = uR"(import sys
try:
    from sklearn.utils import murmurhash3_32
except ImportError as error:
    sys.stderr.write(str(error))
    sys.exit(3)
with open(sys.argv[1], 'rb') as f:
    lines = f.read().split(b'\n')[:-1]
for line in lines:
    s = line.decode('utf-8')
    print(murmurhash3_32(s.encode('utf-8'), seed=0, positive=True))
)"_s;

    QProcess process;
    process.start(python, {u"-c"_s, script, input.fileName()});
    if (!process.waitForStarted(10000))
        QFAIL(qPrintable(u"could not start %1 (%2); install the Debian package python3-sklearn"_s.arg(
            python, process.errorString())));
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        QFAIL("python3 did not finish the murmurhash3_32 run within 60 s");
    }
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 3)
        QFAIL(qPrintable(u"scikit-learn is not importable from %1 (%2); install the Debian "
                         "package python3-sklearn"_s.arg(python, errors)));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(u"python3 failed: "_s + errors));

    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), samples.size());
    for (qsizetype i = 0; i < samples.size(); ++i) {
        bool ok = false;
        const quint32 theirs = lines.at(i).trimmed().toUInt(&ok);
        QVERIFY2(ok, lines.at(i).constData());
        const quint32 ours = murmur(samples.at(i));
        QVERIFY2(ours == theirs,
                 qPrintable(u"sample %1 \"%2\": ours %3, sklearn %4"_s.arg(i)
                                .arg(QString::fromUtf8(samples.at(i)))
                                .arg(ours, 8, 16, QLatin1Char('0'))
                                .arg(theirs, 8, 16, QLatin1Char('0'))));
    }
}

QTEST_GUILESS_MAIN(TestFeatureHasher)
#include "tst_featurehasher.moc"
