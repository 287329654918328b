// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// MurmurHash3_x86_32, the token hash of Vowpal Wabbit and so of AzureML's Feature Hashing
// module; it must stay bit-for-bit identical to the reference for the sandbox to match.

#include <QtGlobal>

namespace portico::hashing {

// Blocks are read little-endian whatever the host, as the published test vectors assume.
quint32 murmurHash3_x86_32(const char *data, qsizetype len, quint32 seed = 0) noexcept;

} // namespace portico::hashing
