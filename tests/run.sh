#!/usr/bin/env bash
# Installs what is needed, builds, and runs the whole test suite (unit, integration
# on SQLite and on a throwaway PostgreSQL cluster, offscreen widget tests).
set -euo pipefail
cd "$(dirname "$0")/.."
installer/install-deps.sh
installer/build.sh
cd build
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --parallel 2 --timeout 900 "$@"
