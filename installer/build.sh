#!/usr/bin/env bash
# Configures and builds Cordial into build/ (binaries in build/bin).
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=${CORDIAL_BUILD_TYPE:-RelWithDebInfo} >/dev/null
cmake --build build --parallel "$(nproc)"
