// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/jsonsplitter.h"

#include <cstring>

namespace portico::ui {

namespace {

// simdjson's own default limit; a deeper text goes to the whole parse, which reports it.
constexpr size_t kMaxDepth = 1024;
constexpr qint64 kReportEvery = 8 * 1024 * 1024;

struct Open
{
    qint64 at;
    bool array;
    qint64 lastCut;
    std::vector<qint64> cuts;
};

} // namespace

JsonSplit findJsonSplit(const char *text, qint64 from, qint64 size, qint64 pieceBytes,
                        const std::function<void(qint64)> &scanned)
{
    JsonSplit best;
    std::vector<Open> stack;
    qint64 nextReport = from + kReportEvery;
    for (qint64 i = from; i < size; ++i) {
        if (i >= nextReport) {
            if (scanned)
                scanned(i);
            nextReport = i + kReportEvery;
        }
        switch (text[i]) {
        case '"': {
            // To the first quote behind an even run of backslashes.
            const char *const opening = text + i + 1;
            const char *from = opening;
            for (;;) {
                const void *hit = std::memchr(from, '"', size_t(text + size - from));
                if (!hit)
                    return {};
                const char *const quote = static_cast<const char *>(hit);
                const char *run = quote;
                while (run > opening && run[-1] == '\\')
                    --run;
                if ((quote - run) % 2 == 0) {
                    i = quote - text;
                    break;
                }
                from = quote + 1;
            }
            break;
        }
        case '[':
        case '{':
            if (stack.size() >= kMaxDepth)
                return {};
            stack.push_back({i, text[i] == '[', i, {}});
            break;
        case ']':
        case '}': {
            if (stack.empty() || stack.back().array != (text[i] == ']'))
                return {};
            Open &top = stack.back();
            if (top.array && i - top.at > best.close - best.open && !top.cuts.empty()) {
                best.open = top.at;
                best.close = i;
                best.cuts = std::move(top.cuts);
            }
            stack.pop_back();
            break;
        }
        case ',':
            if (!stack.empty() && stack.back().array && i - stack.back().lastCut >= pieceBytes) {
                stack.back().cuts.push_back(i);
                stack.back().lastCut = i;
            }
            break;
        default:
            break;
        }
    }
    if (!stack.empty())
        return {};
    return best;
}

} // namespace portico::ui
