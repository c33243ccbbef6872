#!/bin/sh
# Installs Parley into a scratch root and runs it from there; never touches the real system.
#
#   tests/packaging/installtest.sh BUILD_DIR [DIST_DIR]
#
# 1. `cmake --install BUILD_DIR` with DESTDIR set: the files land where GNUInstallDirs says, the
#    installed parley and parley-hub run, the .desktop and metainfo pass their validators, the
#    systemd unit passes `systemd-analyze verify`, and a second parley hands over to the first.
# 2. The .deb files in DIST_DIR (made by ./dev package), unpacked with dpkg-deb -x: the same
#    checks, plus their control fields. Skipped, with a message, when there are none.

set -eu

build=$(cd "$1" && pwd)
dist=${2:-}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/parley-install.XXXXXX")
first_pid=""
cleanup() {
    [ -n "$first_pid" ] && kill "$first_pid" 2>/dev/null && wait "$first_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
need() { command -v "$1" >/dev/null || fail "$1 is missing (./dev deps installs $2)"; }
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need dpkg-deb dpkg
need curl curl

# The programs run with a scratch home and session folders, not the developer's.
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config"
export XDG_DATA_HOME="$scratch/home/.local/share" XDG_CACHE_HOME="$scratch/home/.cache"
export XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=offscreen
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY

cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt"; }
version=$(cache_value CMAKE_PROJECT_VERSION)
prefix=$(cache_value CMAKE_INSTALL_PREFIX)
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"

# Checks one installed tree: ROOT, the PREFIX its files were installed under, their VERSION.
check_tree() {
    root=$1
    usr=$root$2
    version=$3
    echo "-- checking $root (prefix $2)"
    for file in bin/parley bin/parley-hub share/applications/io.parley.Parley.desktop \
        share/metainfo/io.parley.Parley.metainfo.xml \
        share/icons/hicolor/scalable/apps/io.parley.Parley.svg \
        lib/systemd/system/parley-hub.service lib/sysusers.d/parley-hub.conf \
        share/doc/parley-hub/operations.md; do
        [ -e "$usr/$file" ] || fail "$usr/$file was not installed"
    done
    [ ! -e "$usr/bin/parley-cloudsim" ] || fail "parley-cloudsim must not be installed"

    out=$("$usr/bin/parley" --version 2>&1) || fail "parley --version: $out"
    [ "$out" = "parley $version" ] || fail "parley --version printed '$out'"
    out=$("$usr/bin/parley-hub" --help 2>&1) || fail "parley-hub --help: $out"
    echo "$out" | grep -q "usage: parley-hub" || fail "parley-hub --help printed '$out'"
    out=$("$usr/bin/parley-hub" --version 2>&1) || fail "parley-hub --version: $out"
    [ "$out" = "parley-hub $version" ] || fail "parley-hub --version printed '$out'"

    check_hub_serves "$usr/bin/parley-hub"

    desktop-file-validate "$usr/share/applications/io.parley.Parley.desktop" ||
        fail "desktop-file-validate"
    appstreamcli validate --no-net "$usr/share/metainfo/io.parley.Parley.metainfo.xml" ||
        fail "appstreamcli validate"

    unit="$usr/lib/systemd/system/parley-hub.service"
    grep -q "^ExecStart=$2/bin/parley-hub serve --data \${STATE_DIRECTORY} " "$unit" ||
        fail "the unit does not start $2/bin/parley-hub: $(grep ExecStart "$unit")"
    if command -v systemd-analyze >/dev/null; then
        # verify wants ExecStart's binary on this system: a copy of the unit points into the root.
        mkdir -p "$scratch/unit"
        sed "s|^ExecStart=$2/|ExecStart=$usr/|" "$unit" >"$scratch/unit/parley-hub.service"
        out=$(systemd-analyze verify "$scratch/unit/parley-hub.service" 2>&1) ||
            fail "systemd-analyze verify: $out"
        [ -z "$out" ] || fail "systemd-analyze verify warns: $out"
    fi
}

# The installed hub opens a store (the SQLite driver is there) and answers /healthz.
check_hub_serves() {
    data=$(mktemp -d "$scratch/hub.XXXXXX")
    "$1" serve --data "$data" --listen 127.0.0.1:0 --quiet >"$data/out.log" 2>&1 &
    hub_pid=$!
    tries=0
    until grep -q "listening on" "$data/out.log"; do
        kill -0 "$hub_pid" 2>/dev/null || fail "parley-hub serve exited: $(cat "$data/out.log")"
        tries=$((tries + 1))
        [ $tries -le 100 ] || fail "parley-hub serve did not listen in 10 s"
        sleep 0.1
    done
    url=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$data/out.log")
    health=$(curl -s --max-time 5 "$url/healthz" || true)
    kill "$hub_pid" && wait "$hub_pid" 2>/dev/null || true
    [ "$health" = '{"status":"ok","store":true}' ] || fail "$url/healthz answered '$health'"
    [ -f "$data/hub.sqlite" ] || fail "parley-hub serve wrote no store in $data"
}

# A second launch of the installed parley hands over to the first and exits 0.
check_single_instance() {
    parley=$1
    # A runtime folder of its own: the socket the previous check's killed parley left behind
    # would look like a running one.
    export XDG_RUNTIME_DIR=$(mktemp -d "$scratch/runtime.XXXXXX")
    "$parley" >"$scratch/first.log" 2>&1 &
    first_pid=$!
    tries=0
    until ls "$XDG_RUNTIME_DIR"/io.parley.Parley-*.socket >/dev/null 2>&1; do
        kill -0 "$first_pid" 2>/dev/null || fail "the first parley exited: $(cat "$scratch/first.log")"
        tries=$((tries + 1))
        [ $tries -le 100 ] || fail "the first parley opened no socket in 10 s"
        sleep 0.1
    done
    timeout 20 "$parley" >"$scratch/second.log" 2>&1 ||
        fail "the second parley did not hand over: $(cat "$scratch/second.log")"
    kill -0 "$first_pid" 2>/dev/null || fail "the first parley died: $(cat "$scratch/first.log")"
    kill "$first_pid" && wait "$first_pid" 2>/dev/null || true
    first_pid=""
    echo "-- a second parley handed over to the first and exited 0"
}

# 1. cmake --install
DESTDIR="$scratch/install" cmake --install "$build" >"$scratch/install.log" 2>&1 ||
    fail "cmake --install: $(cat "$scratch/install.log")"
check_tree "$scratch/install" "$prefix" "$version"
check_single_instance "$scratch/install$prefix/bin/parley"

# 2. The .deb files
debs=""
[ -n "$dist" ] && debs=$(ls "$dist"/parley_*.deb "$dist"/parley-hub_*.deb 2>/dev/null || true)
if [ -z "$debs" ]; then
    echo "-- SKIPPED the .deb checks: no packages in ${dist:-(no folder given)}; ./dev package makes them"
    exit 0
fi
deb_version=""
for deb in $debs; do
    echo "-- unpacking $deb"
    deb_version=$(dpkg-deb -f "$deb" Version)
    dpkg-deb -x "$deb" "$scratch/deb" || fail "dpkg-deb -x $deb"
    fields=$(dpkg-deb -f "$deb" Package Version Depends Section Maintainer Description)
    echo "$fields" | grep -q "^Depends: .*libqt6core6" || fail "$deb: no Qt in Depends: $fields"
    echo "$fields" | grep -q "^Depends: .*libqt6sql6-sqlite" || fail "$deb: no SQLite driver: $fields"
    echo "$fields" | grep -q "^Description: WhatsApp Business inbox for teams - " ||
        fail "$deb: no synopsis of its own: $fields"
done
check_tree "$scratch/deb" /usr "$deb_version"
check_single_instance "$scratch/deb/usr/bin/parley"
echo "-- the packages install and run: $(echo $debs | xargs -n1 basename | tr '\n' ' ')"
