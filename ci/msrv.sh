#!/bin/sh
# Build the library with the declared MSRV (`rust-version` in Cargo.toml, 1.85).
#
# rustup cannot download toolchains on this machine; Debian 12 packages Rust 1.85.0 as
# `rustc-web` / `cargo-web` (bookworm main, 1.85.0+dfsg3-1~deb12u3). This script downloads those
# packages and the libraries they need with `apt-get download` and unpacks them with `dpkg-deb`
# into a cache directory — nothing is installed system-wide, the default toolchain is untouched.
# Then it builds the library (default features, and without them) with them. The tests, benches
# and examples are not built: they need the dev-dependencies, and proptest 1.12 (in Cargo.lock)
# requires Rust 1.88 — the MSRV is a promise about the library, not its test suite.
#
# Usage: ci/msrv.sh            (from the repository root; the lead's .ci/run may call it)
# Env:   ANTQ_MSRV_DIR         where the toolchain is unpacked (default: target/msrv-toolchain)
set -eu

MSRV=1.85
root_dir=$(cd "$(dirname "$0")/.." && pwd)
cd "$root_dir"
declared=$(sed -n 's/^rust-version *= *"\([0-9.]*\)".*/\1/p' Cargo.toml | head -n 1)
if [ "$declared" != "$MSRV" ]; then
    echo "ci/msrv.sh: Cargo.toml declares rust-version $declared, this script builds $MSRV" >&2
    exit 1
fi

dir=${ANTQ_MSRV_DIR:-$root_dir/target/msrv-toolchain}
tool="$dir/root/usr/bin"
libs="$dir/root/usr/lib/x86_64-linux-gnu:$dir/root/lib/x86_64-linux-gnu"

if [ ! -x "$tool/cargo" ]; then
    mkdir -p "$dir/debs"
    # The newest Debian version of the 1.85 packages (the exact revision may change).
    version=$(apt-cache madison rustc-web 2>/dev/null | awk -F'|' '{gsub(/ /, "", $2); print $2}' \
        | grep "^$MSRV\." | head -n 1)
    if [ -z "$version" ]; then
        echo "ci/msrv.sh: no rustc-web $MSRV in the apt lists (run apt-get update)" >&2
        exit 1
    fi
    (
        cd "$dir/debs"
        apt-get download -q "rustc-web=$version" "cargo-web=$version" \
            "libstd-rust-web-dev=$version" "libstd-rust-web-$MSRV=$version" \
            libllvm19 libpcre3 libhttp-parser2.9
    )
    for deb in "$dir"/debs/*.deb; do
        dpkg-deb -x "$deb" "$dir/root"
    done
fi

export PATH="$tool:$PATH"
export LD_LIBRARY_PATH="$libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export RUSTC="$tool/rustc" RUSTDOC="$tool/rustdoc"
export CARGO_TARGET_DIR="$root_dir/target/msrv"
"$tool/rustc" --version
"$tool/cargo" --version
case "$("$tool/rustc" --version)" in
    "rustc $MSRV."*) ;;
    *) echo "ci/msrv.sh: unpacked rustc is not $MSRV" >&2; exit 1 ;;
esac

# The library (the promise), with and without default features.
"$tool/cargo" build --locked --lib -p antq
"$tool/cargo" build --locked --lib -p antq --no-default-features
echo "ci/msrv.sh: antq builds with Rust $MSRV"
