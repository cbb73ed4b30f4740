#!/usr/bin/env bash
# Installs the Debian 12 packages Cordial needs to build, run and test. Idempotent:
# does nothing when everything is already installed. Run as root.
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config python3 openssl
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-svg-dev qtkeychain-qt6-dev
  libsodium-dev libssl-dev libgl-dev libicu-dev libminizip-dev libxlsxwriter-dev
  catch2 sqlite3 postgresql libreoffice-calc-nogui
  clang libclang-rt-14-dev
  xvfb xauth imagemagick fonts-noto-cjk
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "missing packages: ${missing[*]} — run as root (or with sudo) to install them" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
