#!/bin/sh
# Runs a test inside a private desktop session: its own D-Bus session bus, an unlocked
# gnome-keyring (Secret Service), an X display (Xvfb) when there is none, and, on request, the
# dunst notification server. Nothing of the developer's own session is touched or used.
#
#   tests/ui/desktopsession.sh TEST [ARGS...]
#
#   PARLEY_TEST_NOTIFICATION_SERVER=dunst|none  (default none: tests that want a server start
#                                               or impersonate one themselves)
#   PARLEY_TEST_KEYRING=gnome|none              (default gnome)
#   PARLEY_TEST_AUDIO=pulse|none                (default none: no sound server, as on a CI
#                                               machine; pulse: a PulseAudio null sink, so
#                                               sound really plays, to nowhere)
#
# Exits with the test's exit code; 125 when the session itself could not be set up.

set -u

setup_failed() {
    echo "desktopsession: $*" >&2
    exit 125
}

# Outer stage: a scratch folder, then a private bus (and a display) around the inner stage.
if [ "${PARLEY_DESKTOP_SESSION_DIR:-}" = "" ]; then
    [ $# -gt 0 ] || setup_failed "usage: $0 TEST [ARGS...]"
    command -v dbus-run-session >/dev/null || setup_failed "dbus-run-session is missing (dbus)"
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/parley-desktop.XXXXXX") || setup_failed "no temp dir"
    chmod 700 "$scratch"
    mkdir -p "$scratch/runtime" "$scratch/data" "$scratch/config" "$scratch/cache"
    chmod 700 "$scratch/runtime"
    # The distribution's session.conf lists service folders, and D-Bus activation would then
    # start the real dunst or an unlocked-less keyring behind the test's back. This bus
    # activates nothing: only what this script starts is there.
    cat >"$scratch/session.conf" <<'EOF'
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
    export PARLEY_DESKTOP_SESSION_DIR="$scratch"
    if [ "${DISPLAY:-}" = "" ]; then
        command -v xvfb-run >/dev/null || setup_failed "xvfb-run is missing (xvfb, xauth)"
        xvfb-run -a -s "-screen 0 1280x800x24" \
            dbus-run-session --config-file="$scratch/session.conf" -- /bin/sh "$0" "$@"
    else
        dbus-run-session --config-file="$scratch/session.conf" -- /bin/sh "$0" "$@"
    fi
    code=$?
    rm -rf "$scratch"
    exit $code
fi

# Inner stage: on the private bus.
scratch="$PARLEY_DESKTOP_SESSION_DIR"
unset PARLEY_DESKTOP_SESSION_DIR
export XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export PARLEY_DESKTOP_SESSION=1

name_owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q 'boolean true'
}

# Waits up to 10 s for a bus name; false if the process behind it died or never came.
wait_for_name() {
    tries=0
    while ! name_owned "$1"; do
        kill -0 "$2" 2>/dev/null || return 1
        tries=$((tries + 1))
        [ $tries -le 100 ] || return 1
        sleep 0.1
    done
}

keyring_pid=""
dunst_pid=""
pulse_pid=""
stop_helpers() {
    for pid in $pulse_pid $dunst_pid $keyring_pid; do
        kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    done
}
trap stop_helpers EXIT
trap 'exit 130' INT TERM

case "${PARLEY_TEST_KEYRING:-gnome}" in
gnome)
    # --unlock reads the password on stdin and creates the login keyring in XDG_DATA_HOME.
    printf 'parley-test-password' |
        gnome-keyring-daemon --foreground --unlock --components=secrets \
            >"$scratch/keyring.log" 2>&1 &
    keyring_pid=$!
    wait_for_name org.freedesktop.secrets "$keyring_pid" ||
        setup_failed "gnome-keyring did not come up: $(cat "$scratch/keyring.log")"
    ;;
none) ;;
*) setup_failed "PARLEY_TEST_KEYRING must be gnome or none" ;;
esac

case "${PARLEY_TEST_NOTIFICATION_SERVER:-none}" in
dunst)
    dunst >"$scratch/dunst.log" 2>&1 &
    dunst_pid=$!
    wait_for_name org.freedesktop.Notifications "$dunst_pid" ||
        setup_failed "dunst did not come up: $(cat "$scratch/dunst.log")"
    ;;
none) ;;
*) setup_failed "PARLEY_TEST_NOTIFICATION_SERVER must be dunst or none" ;;
esac

# Never the developer's sound server, and never one autospawned by libpulse behind the test.
export PULSE_SERVER="unix:$scratch/pulse-native"
case "${PARLEY_TEST_AUDIO:-none}" in
pulse)
    command -v pulseaudio >/dev/null || setup_failed "pulseaudio is missing (pulseaudio)"
    HOME="$scratch" pulseaudio -n --daemonize=no --exit-idle-time=-1 --disable-shm=yes \
        --use-pid-file=no --system=no \
        --load="module-native-protocol-unix auth-anonymous=1 socket=$scratch/pulse-native" \
        --load="module-null-sink sink_name=parley_test" >"$scratch/pulse.log" 2>&1 &
    pulse_pid=$!
    tries=0
    while [ ! -S "$scratch/pulse-native" ]; do
        kill -0 "$pulse_pid" 2>/dev/null ||
            setup_failed "pulseaudio did not come up: $(cat "$scratch/pulse.log")"
        tries=$((tries + 1))
        [ $tries -le 100 ] || setup_failed "pulseaudio did not come up: $(cat "$scratch/pulse.log")"
        sleep 0.1
    done
    ;;
none) ;;
*) setup_failed "PARLEY_TEST_AUDIO must be pulse or none" ;;
esac

"$@"
code=$?
stop_helpers
trap - EXIT
exit $code
