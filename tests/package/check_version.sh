#!/usr/bin/env bash
# check_version.sh PROGRAM VERSION: PROGRAM --version exits 0 and prints exactly "<name> VERSION", also without a
# display (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: the desktop client must not need one for it).
set -uo pipefail
program=$1 version=$2
output=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$program" --version 2>&1)
status=$?
echo "$program --version -> exit $status: $output"
[[ $status -eq 0 ]] || { echo "FAIL: exit code $status"; exit 1; }
if [[ ! "$output" =~ ^(Opvangloket|opvangloket-server)\ ${version//./\\.}$ ]]; then
  echo "FAIL: expected \"<name> $version\""
  exit 1
fi
echo "PASS"
