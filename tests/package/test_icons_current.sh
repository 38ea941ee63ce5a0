#!/usr/bin/env bash
# test_icons_current.sh SOURCE_DIR: renders every icon again with scripts/icons into a temporary folder and
# compares it byte for byte with installer/icons, so an SVG changed without running scripts/icons fails here.
set -euo pipefail
source_dir=$1
for tool in rsvg-convert convert png2icns; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (scripts/bootstrap installs it)"
    exit 77
  fi
done
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
"$source_dir/scripts/icons" --out "$fresh/icons"
if ! diff -r "$source_dir/installer/icons" "$fresh/icons"; then
  echo "FAIL: installer/icons differs from a fresh rendering; run scripts/icons and commit the result"
  exit 1
fi
count=$(find "$fresh/icons" -type f | wc -l)
[[ $count -ge 12 ]] || { echo "FAIL: only $count files rendered"; exit 1; }
echo "PASS: $count files equal a fresh rendering"
