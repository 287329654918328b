// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The reference for bench_import: swagger-parser on the same file, in its own process.
// mode "parse" reads and parses it; "dereference" also resolves every $ref, as the import does.
// Prints {"ms": …, "peakRssKb": …}.
//   node swagger_parser_bench.js SWAGGER_PARSER_DIR FILE parse|dereference
const [dir, file, mode] = process.argv.slice(2);
const SwaggerParser = require(dir);
const start = process.hrtime.bigint();
SwaggerParser[mode](file).then(() => {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(JSON.stringify({ ms, peakRssKb: process.resourceUsage().maxRSS }));
}, (e) => { console.error(String(e)); process.exit(1); });
