#!/usr/bin/env bash
# Builds a NewsFrame bundle that runs anywhere with ICU and SQLite: a release binary with the
# Swift standard library and Foundation linked statically, beside its Pipelines/ and Lexicons/
# (found next to the binary at run time) and a VERSION file naming the commit; then a tarball.
# Usage: scripts/bundle.sh [OUT_DIR=dist]
# Prints the bundle's folder and tarball, and the shared libraries the binary still needs.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
build=.build-bundle
swift build -c release --static-swift-stdlib --build-path "$build" --product newsframe >&2
bin="$build/release/newsframe"
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain 2>/dev/null | grep -qv '^??' && echo "+changes" || true)
name="newsframe-$(uname -m)-linux"
folder="$out/$name"
rm -rf "$folder" && mkdir -p "$folder"
cp "$bin" "$folder/newsframe"
strip "$folder/newsframe" 2>/dev/null || true
cp -r Pipelines Lexicons "$folder/"
echo "$commit$dirty" > "$folder/VERSION"
cp README.md "$folder/README.md"
tar -C "$out" -czf "$out/$name.tar.gz" "$name"
echo "bundle: $folder ($(du -sh "$folder" | cut -f1)), $out/$name.tar.gz ($(du -h "$out/$name.tar.gz" | cut -f1))"
echo "shared libraries it needs:"
ldd "$folder/newsframe" | awk '{print "  " $1}'
