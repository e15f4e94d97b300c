#!/usr/bin/env bash
# One-step set-up on Debian 12: installs the Debian packages gosub needs,
# builds it into ./build, and compiles and runs one of the seed's examples.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config llvm-19-dev clang-19 llvm-19-tools
          libffi-dev libcmocka-dev zlib1g-dev libzstd-dev time qemu-user)
# The other architecture's cross compiler, for -target and its runtime.
case "$(uname -m)" in
  x86_64) packages+=(gcc-aarch64-linux-gnu libc6-dev-arm64-cross) ;;
  aarch64) packages+=(gcc-x86-64-linux-gnu libc6-dev-amd64-cross) ;;
esac
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"

echo "--- gosub run tests/seed/fibonacci.go"
./build/bin/gosub run tests/seed/fibonacci.go
