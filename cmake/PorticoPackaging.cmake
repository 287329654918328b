# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# `cpack -G DEB` in the build directory makes a Debian package of what `cmake --install`
# installs: dependencies come from dpkg-shlibdeps, plus the plugins Qt loads at run time
# (platforms, SQLite, SVG icons) and the Secret Service the keychain needs.
set(CPACK_PACKAGE_NAME portico)
set(CPACK_PACKAGE_VENDOR "The Portico authors")
set(CPACK_PACKAGE_CONTACT "Portico <portico@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/resources/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "nodejs, npm")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
Portico mirrors an API Management developer portal on the desktop: APIs, operations,
a Try-it panel and a response viewer. It runs and monitors AzureML batch jobs, defines
APIs, products and throttling, and shows usage on a dashboard. Keys stay in the system
keychain; a local sandbox makes the first launch work offline.")
include(CPack)
