#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# Installs the Debian packages Portico needs to build, run, test and benchmark, and only
# the ones that are missing, so a second run costs a few dpkg queries. Debian 12 (bookworm).
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev libgl-dev
    # the response viewer, the sandbox and the importer parse JSON with simdjson
    libsimdjson-dev
    # yaml-cpp: import reads YAML documents, export writes them
    libyaml-cpp-dev
    # run
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-translations-l10n fonts-dejavu-core
    # packaging: the .deb and its checks
    dpkg-dev desktop-file-utils appstream
    # test: a real Secret Service on a private session bus
    dbus-bin dbus-daemon gnome-keyring libsecret-1-0 python3 python3-sklearn openssl
    # test: the Azure Storage SDK (azure.storage.blob) checks the blob client's wire format
    python3-azure-storage
    # screenshots and benchmarks
    xvfb xauth wrk curl time jq
    # fuzzing: `make fuzz` builds libFuzzer targets with clang (ASan + UBSan)
    clang-14 libfuzzer-14-dev
    # make test-stress: every core kept busy beside the suite
    stress-ng
    # test: the screen reader's view of the console (AT-SPI registry and its Python bindings)
    at-spi2-core python3-pyatspi
    # test: the generated sample code runs in each language (C# on mono, R with httr/jsonlite)
    mono-mcs mono-devel r-base-core r-cran-httr r-cran-jsonlite python3-requests
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing missing Debian packages: ${missing[*]}"
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Azurite, the storage emulator the blob tests run against. Pinned and project-local
# (.azurite/ at the top of the tree), so every machine tests against the same emulator
# without a global npm install. 3.35.0 is the newest release whose engines admit Node 20;
# 3.36 and later ask for Node 21/22.
azurite_version=3.35.0
azurite_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.azurite"
if [ ! -x "$azurite_dir/node_modules/.bin/azurite-blob" ] ||
   ! grep -q "\"version\": \"$azurite_version\"" "$azurite_dir/node_modules/azurite/package.json" 2>/dev/null; then
    command -v npm >/dev/null || { echo "error: npm (Node.js 18 or later) is needed to install Azurite" >&2; exit 1; }
    echo "Installing Azurite $azurite_version into $azurite_dir"
    npm install --prefix "$azurite_dir" --no-audit --no-fund --no-save "azurite@$azurite_version"
fi

# The OpenAPI validator the export tests run, pinned and project-local like Azurite
# (.npm-tools/ at the top of the tree). 10.1.1 is the newest release that runs on Node 20.
swagger_parser_version=10.1.1
tools_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.npm-tools"
if ! grep -q "\"version\": \"$swagger_parser_version\"" \
     "$tools_dir/node_modules/@apidevtools/swagger-parser/package.json" 2>/dev/null; then
    command -v npm >/dev/null || { echo "error: npm (Node.js 18 or later) is needed for the OpenAPI validator" >&2; exit 1; }
    echo "Installing swagger-parser $swagger_parser_version into $tools_dir"
    npm install --prefix "$tools_dir" --no-audit --no-fund --no-save \
        "@apidevtools/swagger-parser@$swagger_parser_version" "openapi-types@12.1.3"
fi

# httpsnippet, only for the sample-code test's comparison of request shapes (method, URL,
# headers, body bytes); the product never uses it. 3.0.10 asks for Node 20 or later.
httpsnippet_version=3.0.10
httpsnippet_dir="$tools_dir/httpsnippet"
if ! grep -q "\"version\": \"$httpsnippet_version\"" \
     "$httpsnippet_dir/node_modules/httpsnippet/package.json" 2>/dev/null; then
    command -v npm >/dev/null || { echo "error: npm (Node.js 20 or later) is needed for httpsnippet" >&2; exit 1; }
    echo "Installing httpsnippet $httpsnippet_version into $httpsnippet_dir"
    npm install --prefix "$httpsnippet_dir" --no-audit --no-fund --no-save "httpsnippet@$httpsnippet_version"
fi

# GitHub's REST API description (generated/api.github.com.json, about 13 MB), the large real
# spec the importer's corpus test and `make bench` read; the product never uses it.
octokit_openapi_version=23.0.2
octokit_openapi_dir="$tools_dir/octokit-openapi"
if ! grep -q "\"version\": \"$octokit_openapi_version\"" \
     "$octokit_openapi_dir/node_modules/@octokit/openapi/package.json" 2>/dev/null; then
    command -v npm >/dev/null || { echo "error: npm is needed for GitHub's OpenAPI description" >&2; exit 1; }
    echo "Installing @octokit/openapi $octokit_openapi_version into $octokit_openapi_dir"
    npm install --prefix "$octokit_openapi_dir" --no-audit --no-fund --no-save \
        "@octokit/openapi@$octokit_openapi_version"
fi

# newman, which runs an exported Postman collection against the sandbox in the export tests;
# the product never uses it. 6.2.2 asks for Node 16 or later.
newman_version=6.2.2
newman_dir="$tools_dir/newman"
if ! grep -q "\"version\": \"$newman_version\"" "$newman_dir/node_modules/newman/package.json" 2>/dev/null; then
    command -v npm >/dev/null || { echo "error: npm (Node.js 16 or later) is needed for newman" >&2; exit 1; }
    echo "Installing newman $newman_version into $newman_dir"
    npm install --prefix "$newman_dir" --no-audit --no-fund --no-save "newman@$newman_version"
fi
