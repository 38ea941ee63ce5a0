#!/usr/bin/env bash
# test_deb_install.sh SOURCE_DIR BUILD_DIR VERSION — the DEBs as an IT department uses them, on this machine:
#   scripts/package builds opvangloket_<v>_<arch>.deb and opvangloket-server_<v>_<arch>.deb from BUILD_DIR;
#   apt-get installs both; every file, the system user, the data folder and the /etc configuration are where
#   docs/INSTALL.md says; the server is started as its systemd unit starts it (ExecStart and User= read from the
#   installed unit, run with setpriv as that user; no systemd in a container) and an account is made with its subcommand;
#   the installed CLI signs in, syncs and writes the period report as a Dutch PDF; with /etc/opvangloket/client.conf
#   naming the server, the CLI signs in without --server; the installed desktop client takes an offscreen
#   screenshot; apt-get remove takes the programs and leaves the data folder and the configuration; a purge
#   takes the configuration and still leaves the data folder.
# Root only (it installs into /usr): skipped otherwise (exit 77). Whatever happens, the packages, the user and
# the folders this test made are removed at the end. It refuses to run where Opvangloket is installed already.
set -euo pipefail
source_dir=$1 build_dir=$2 version=$3

step() { echo "--- $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $*"; exit 77; }

[[ $(id -u) -eq 0 ]] || skip "installing packages needs root"
command -v apt-get >/dev/null && command -v dpkg >/dev/null || skip "no apt-get/dpkg on this system"
command -v setpriv >/dev/null || skip "setpriv (util-linux) is missing"
for p in opvangloket opvangloket-server; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  if [[ $status == *" installed" || $status == *"config-files" ]]; then
    fail "$p is installed on this machine already; this test will not touch it"
  fi
done
for path in /var/lib/opvangloket-server /etc/opvangloket; do
  [[ ! -e $path ]] || fail "$path exists already; this test will not touch it"
done
getent passwd opvangloket >/dev/null && fail "the user opvangloket exists already; this test will not touch it"

work=$(mktemp -d)
chmod 755 "$work" # apt's _apt user reads the .deb files
server_pid=""
cleanup() {
  local status=$?
  set +e # every step of the clean-up runs, whatever the one before it did
  if [[ -n $server_pid ]]; then
    kill "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
  fi
  # dpkg, not apt-get: apt knows the packages only while their .deb files are given to it.
  dpkg --purge opvangloket opvangloket-server >/dev/null 2>&1
  rm -rf /var/lib/opvangloket-server /etc/opvangloket
  getent passwd opvangloket >/dev/null && deluser --system --quiet opvangloket >/dev/null 2>&1
  getent group opvangloket >/dev/null && delgroup --system --quiet opvangloket >/dev/null 2>&1
  rm -rf "$work"
  exit $status
}
trap cleanup EXIT

step "scripts/package --out $work/debs"
"$source_dir/scripts/package" --build "$build_dir" --out "$work/debs"
arch=$(dpkg --print-architecture)
client_deb="$work/debs/opvangloket_${version}_${arch}.deb"
server_deb="$work/debs/opvangloket-server_${version}_${arch}.deb"
[[ -f $client_deb ]] || fail "no $client_deb: $(ls "$work/debs")"
[[ -f $server_deb ]] || fail "no $server_deb: $(ls "$work/debs")"
[[ $(find "$work/debs" -name '*.deb' | wc -l) -eq 2 ]] || fail "expected exactly two packages: $(ls "$work/debs")"

step "control data"
[[ $(dpkg-deb -f "$server_deb" Depends) == *adduser* ]] || fail "the server package does not depend on adduser"
[[ $(dpkg-deb -f "$client_deb" Depends) == *libqt6widgets6* ]] || fail "shlibdeps did not name Qt Widgets for the client"
dpkg-deb -e "$server_deb" "$work/control"
grep -qx /etc/opvangloket/server.conf "$work/control/conffiles" || fail "server.conf is not a conffile"
for script in postinst prerm postrm; do
  [[ -x $work/control/$script ]] || fail "the server package has no executable $script"
done
# (Listings in files: grep -q on a pipe may end it early, and pipefail would take that for a failure.)
dpkg-deb -c "$client_deb" >"$work/client.list"
dpkg-deb -c "$server_deb" >"$work/server.list"
grep -q ' \./usr/bin/opvangloket-cli$' "$work/client.list" || fail "the client package lacks the CLI"
grep -q '/usr/bin/opvangloket-server$' "$work/client.list" && fail "the client package carries the server"
grep -q '/usr/bin/opvangloket$' "$work/server.list" && fail "the server package carries the client"

step "apt-get install ./opvangloket_*.deb ./opvangloket-server_*.deb"
(cd "$work/debs" && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  "./$(basename "$client_deb")" "./$(basename "$server_deb")")
for p in opvangloket opvangloket-server; do
  [[ $(dpkg-query -W -f='${Status}' "$p") == "install ok installed" ]] || fail "$p is not installed"
done

step "installed files"
for f in /usr/bin/opvangloket /usr/bin/opvangloket-cli /usr/bin/opvangloket-server; do
  [[ -x $f ]] || fail "$f is missing or not executable"
done
[[ -f /usr/share/applications/opvangloket.desktop ]] || fail "no desktop entry"
grep -qx 'Exec=opvangloket' /usr/share/applications/opvangloket.desktop || fail "the desktop entry does not start opvangloket"
grep -qx 'Icon=opvangloket' /usr/share/applications/opvangloket.desktop || fail "the desktop entry names no icon"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate /usr/share/applications/opvangloket.desktop; fi
for size in 16x16 32x32 48x48 128x128 256x256 512x512; do
  icon=/usr/share/icons/hicolor/$size/apps/opvangloket.png
  [[ -f $icon ]] || fail "no $icon"
  [[ $(file "$icon") == *"PNG image data, ${size/x/ x },"* ]] || fail "$icon is not a $size PNG: $(file "$icon")"
done
[[ -f /usr/share/icons/hicolor/scalable/apps/opvangloket.svg ]] || fail "no scalable icon"
unit=/lib/systemd/system/opvangloket-server.service
[[ -f $unit ]] || fail "no $unit"
for line in "User=opvangloket" "NoNewPrivileges=yes" "ProtectSystem=strict" \
            "ReadWritePaths=/var/lib/opvangloket-server" "PrivateTmp=yes" "WantedBy=multi-user.target"; do
  grep -qx "$line" "$unit" || fail "$unit lacks $line"
done
# systemd-analyze works without a running systemd; it warns (exit code 0) about unknown keys, so any word fails.
if command -v systemd-analyze >/dev/null; then
  verdict=$(systemd-analyze verify "$unit" 2>&1) || fail "systemd-analyze verify: $verdict"
  [[ -z $verdict ]] || fail "systemd-analyze verify: $verdict"
fi
[[ $(stat -c '%U:%G %a' /etc/opvangloket/server.conf) == "root:opvangloket 640" ]] ||
  fail "/etc/opvangloket/server.conf is $(stat -c '%U:%G %a' /etc/opvangloket/server.conf), not root:opvangloket 640"
[[ $(dpkg-query -W -f='${Conffiles}' opvangloket-server) == *"/etc/opvangloket/server.conf "* ]] ||
  fail "dpkg does not list server.conf as a conffile"
passwd_line=$(getent passwd opvangloket) || fail "no system user opvangloket"
IFS=: read -r _ _ uid _ _ home shell <<<"$passwd_line"
[[ $uid -lt 1000 ]] || fail "opvangloket is not a system user (uid $uid)"
[[ $home == /var/lib/opvangloket-server ]] || fail "opvangloket's home is $home"
[[ $shell == */nologin || $shell == /bin/false ]] || fail "opvangloket can log in ($shell)"
[[ $(stat -c '%U:%G %a' /var/lib/opvangloket-server) == "opvangloket:opvangloket 750" ]] ||
  fail "/var/lib/opvangloket-server is $(stat -c '%U:%G %a' /var/lib/opvangloket-server)"
[[ -f /usr/share/doc/opvangloket-server/INSTALL.md ]] || fail "no INSTALL.md in the server's docs"

step "--version of the installed programs"
[[ $(env -u DISPLAY -u QT_QPA_PLATFORM /usr/bin/opvangloket --version) == "Opvangloket $version" ]] || fail "opvangloket --version"
[[ $(/usr/bin/opvangloket-cli --version) == "Opvangloket $version" ]] || fail "opvangloket-cli --version"
[[ $(/usr/bin/opvangloket-server --version) == "opvangloket-server $version" ]] || fail "opvangloket-server --version"

step "an account, made as the unit's user with the installed server's subcommand"
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
unit_user=$(sed -n 's/^User=//p' "$unit")
[[ $exec_start == "/usr/bin/opvangloket-server --config /etc/opvangloket/server.conf" ]] ||
  fail "unexpected ExecStart: $exec_start"
password="Pakket-proef-$RANDOM-$RANDOM"
as_unit_user() { setpriv --reuid="$unit_user" --regid="$unit_user" --init-groups -- "$@"; }
printf '%s\n' "$password" | as_unit_user $exec_start account create --username beheer --role admin \
  --regions antwerpen,mechelen,turnhout --display-name "Beheer"
[[ $(stat -c '%U' /var/lib/opvangloket-server/opvangloket.sqlite) == "$unit_user" ]] ||
  fail "the database is not owned by $unit_user"

step "the server, started as the unit starts it (a free port given on the command line wins over server.conf)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
: >"$work/server.log"
# setpriv directly, not through the function: $! must be the server itself (setpriv execs it).
setpriv --reuid="$unit_user" --regid="$unit_user" --init-groups -- $exec_start --listen "127.0.0.1:$port" \
  >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  grep -q "listening on" "$work/server.log" && break
  kill -0 "$server_pid" 2>/dev/null || fail "the server stopped: $(cat "$work/server.log")"
  sleep 0.5
done
grep -q "listening on http://127.0.0.1:$port" "$work/server.log" || fail "the server did not listen: $(cat "$work/server.log")"
server_url="http://127.0.0.1:$port"
[[ $(stat -c %U "/proc/$server_pid") == "$unit_user" ]] ||
  fail "the server does not run as $unit_user"

step "the installed CLI signs in, syncs, writes the Dutch period report"
cli_profile="$work/cli-profile"
printf '%s\n' "$password" | /usr/bin/opvangloket-cli login --server "$server_url" --user beheer --password-stdin \
  --profile "$cli_profile"
printf '%s\n' "$password" | /usr/bin/opvangloket-cli sync --server "$server_url" --user beheer --password-stdin \
  --profile "$cli_profile"
if printf '%s\n' "wrong-$password" | /usr/bin/opvangloket-cli login --server "$server_url" --user beheer \
  --password-stdin --profile "$cli_profile" 2>/dev/null; then
  fail "a wrong password was accepted"
fi
today=$(date +%F)
printf '%s\n' "$password" | /usr/bin/opvangloket-cli report --from 2026-01-01 --to "$today" --format pdf --lang nl \
  --out "$work/rapport.pdf" --server "$server_url" --user beheer --password-stdin --profile "$cli_profile"
if command -v pdftotext >/dev/null; then
  pdftotext "$work/rapport.pdf" "$work/rapport.txt"
  grep -q "Periodiek rapport kinderopvang" "$work/rapport.txt" || fail "the PDF is not in Dutch"
fi

step "the site preset /etc/opvangloket/client.conf: sign-in without --server"
printf 'server_url = %s\n' "$server_url" >/etc/opvangloket/client.conf
printf '%s\n' "$password" | /usr/bin/opvangloket-cli login --user beheer --password-stdin --profile "$work/preset-profile"
/usr/bin/opvangloket-cli status --profile "$work/preset-profile" >"$work/status.txt"
grep -qx "Server: *$server_url" "$work/status.txt" ||
  fail "the CLI did not take the server from client.conf"
rm /etc/opvangloket/client.conf

step "the installed desktop client: an offscreen screenshot"
printf '%s\n' "$password" | QT_QPA_PLATFORM=offscreen /usr/bin/opvangloket --server "$server_url" --user beheer \
  --password-stdin --profile "$work/gui-profile" --lang nl --screenshot "$work/screenshot.png"
[[ $(file "$work/screenshot.png") =~ PNG\ image\ data,\ [0-9]{3,}\ x\ [0-9]{3,} ]] ||
  fail "no screenshot: $(file "$work/screenshot.png")"
# OPVANGLOKET_SCREENSHOT_DIR set: the picture is kept there to be looked at.
if [[ -n ${OPVANGLOKET_SCREENSHOT_DIR:-} ]]; then
  cp "$work/screenshot.png" "$OPVANGLOKET_SCREENSHOT_DIR/installed-client.png"
fi

kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""

step "apt-get remove: the programs go, the data folder and the configuration stay"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q opvangloket opvangloket-server
for f in /usr/bin/opvangloket /usr/bin/opvangloket-cli /usr/bin/opvangloket-server "$unit"; do
  [[ ! -e $f ]] || fail "$f is still there after apt-get remove"
done
[[ -f /var/lib/opvangloket-server/opvangloket.sqlite ]] || fail "apt-get remove took the database"
[[ -f /etc/opvangloket/server.conf ]] || fail "apt-get remove took the configuration (a conffile stays until purge)"
getent passwd opvangloket >/dev/null || fail "apt-get remove took the user that owns the data"

step "dpkg --purge: the configuration goes, the data folder stays"
dpkg --purge opvangloket-server
[[ ! -e /etc/opvangloket/server.conf ]] || fail "dpkg --purge left /etc/opvangloket/server.conf"
[[ -f /var/lib/opvangloket-server/opvangloket.sqlite ]] || fail "dpkg --purge took the database"
echo "PASS: both packages installed, used, removed and purged; the data folder stays"
