#!/bin/sh
# Takes docs/screenshots' pictures of the demo (scripts/demo.sh) from the dev build, each on an X
# screen of its own:
#
#   scripts/demoshots.sh [OUTDIR]      (default docs/screenshots; build first: ./dev build)
#   PARLEY_DEMOSHOTS_ONLY='admin-templates.*' scripts/demoshots.sh    (some of them)
#
#   main-window-start-<lang>.png     the window as it opens, no conversation chosen
#   attachments-empty-<lang>.png     its Attachments tab, saying to choose a conversation
#   main-window[-<lang>].png         the first conversation of the list open, its record beside it
#   main-window-dark.png             the same in the dark palette
#   small-screen-1366x768[-*].png    the same on a laptop's screen (light, dark, ja, 200 %)
#   filter-builder.png               Filter… (Ctrl+Shift+F) over that window, as the admin
#   predefined-text-preview.png      Insert predefined text (Ctrl+P): its preview, a field empty
#   window-closed-template-offer.png a customer who wrote 26 hours ago: templates only
#   admin-templates[-<lang>].png     Administration ▸ Templates: the template WhatsApp rejected
#   admin-credits-points-ja.png      Administration ▸ Credits under the points plan, in Japanese
#
# Each picture is one run of the demo inside a private desktop session (tests/ui/desktopsession.sh)
# whose notification server is dunst, as on a Linux desktop; dunst is paused and its popups closed
# just before each picture, so none covers the window. The language and palette are the ones the
# desktop keeps in its settings (Settings ▸ Language, Appearance). Look at every picture before
# committing it.
set -eu
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--inside" ]; then
    # One run, inside the session: --inside ACTION FILE LANG APPEARANCE LOGIN OUTDIR
    action=$2 file=$3 lang=$4 appearance=$5 login=$6 out=$7
    mkdir -p "$XDG_CONFIG_HOME/Parley"
    printf '[ui]\nlanguage=%s\nappearance=%s\n' "$lang" "$appearance" \
        >"$XDG_CONFIG_HOME/Parley/parley.conf"
    log=$XDG_RUNTIME_DIR/demo.log
    PARLEY_DEMO_LOGIN=$login setsid scripts/demo.sh >"$log" 2>&1 &
    demo=$!
    stop() { kill -- "-$demo" 2>/dev/null || true; }
    trap stop EXIT
    shot() {
        dunstctl set-paused true
        dunstctl close-all
        sleep 1
        import -window root "$out/$1.png"
        dunstctl set-paused false
        # Smaller files for the repository, the same pixels (optipng and xdotool come with ./dev deps).
        if command -v optipng >/dev/null; then optipng -quiet -o2 "$out/$1.png"; fi
    }
    tries=0
    until xdotool search --onlyvisible --classname parley >/dev/null 2>&1; do
        tries=$((tries + 1))
        [ $tries -le 300 ] || { echo "no window; see:" >&2; cat "$log" >&2; exit 1; }
        sleep 0.2
    done
    # The simulated customers write every 2 to 5 seconds: a list of several conversations.
    sleep 20
    # A click at a point of the window in Qt's pixels (the screen's are QT_SCALE_FACTOR times
    # as many).
    click() {
        scale=${QT_SCALE_FACTOR:-1}
        xdotool mousemove $(($1 * scale)) $(($2 * scale)) click 1
    }
    # POST PATH BODY to the demo's hub as its admin.
    post() {
        hub=$(sed -n 's/^hub: *\(http[^ ]*\).*/\1/p' "$log")
        token=$(curl -s -X POST "$hub/api/v1/login" \
            -d '{"login":"admin","password":"admin-password"}' |
            sed 's/.*"token":"\([^"]*\)".*/\1/')
        curl -s -X POST "$hub$1" -H "Authorization: Bearer $token" -d "$2" >/dev/null
    }
    open_first() {
        # The first row of the list (the views column is 180 px wide, the list beside it).
        click 400 150
        sleep 3
    }
    admin() {
        # A click on the status bar gives the window the keyboard (there is no window manager).
        click 640 790
        xdotool key ctrl+shift+a
        sleep 3
    }
    case "$action" in
    start) shot "$file" ;;
    attachments)
        # Into the empty Messages tab, then Ctrl+Tab to its neighbour.
        click 940 380
        xdotool key ctrl+Tab
        sleep 2
        shot "$file"
        ;;
    chat)
        open_first
        shot "$file"
        ;;
    filter)
        open_first
        xdotool key ctrl+shift+f
        sleep 2
        shot "$file"
        ;;
    templates)
        admin
        # The rejected template: the first row of the table (the window sits under the main
        # window's menu bar, its tabs and New template above the table).
        click 60 123
        sleep 2
        shot "$file"
        ;;
    texts)
        # A predefined text with a merge field the demo's leads leave empty.
        post /api/v1/predefined-texts '{"name":"Saudação","body":"Olá $[Leads.First Name], '\
'obrigado pelo contato! Sou da $[Leads.Company] e já vou te ajudar."}'
        open_first
        xdotool key ctrl+p
        sleep 2
        shot "$file"
        ;;
    closed)
        # A customer who wrote 26 hours ago: the 24-hour window is closed. Found by the search.
        sim=$(sed -n 's/^simulator: *\(http[^ ]*\).*/\1/p' "$log")
        curl -s -X POST "$sim/sim/inbound" -d '{"from":"5511987651234","name":"Mariana Costa",
            "text":"Vocês ainda têm o tênis 38?","timestamp":'$(($(date +%s) - 26 * 3600))'}' \
            >/dev/null
        sleep 3
        click 640 790
        xdotool key ctrl+f
        xdotool type Mariana
        sleep 2
        open_first
        shot "$file"
        ;;
    points)
        post /api/v1/credits/plan '{"plan":"message_points"}'
        admin
        # Credits is the third tab of Administration.
        xdotool key ctrl+Tab ctrl+Tab
        sleep 3
        shot "$file"
        ;;
    esac
    exit 0
fi

out=$(realpath "${1:-docs/screenshots}")
# run ACTION FILE LANG APPEARANCE LOGIN [SCREEN [SCALE]]
run() {
    # PARLEY_DEMOSHOTS_ONLY: a regular expression of the pictures to take again (default all).
    echo "$2" | grep -Eq "^(${PARLEY_DEMOSHOTS_ONLY:-.*})\$" || return 0
    echo "==> $*" >&2
    screen=${6:-1280x800}
    QT_QPA_PLATFORM=xcb TZ=UTC PARLEY_TEST_NOTIFICATION_SERVER=dunst QT_SCALE_FACTOR=${7:-1} \
        xvfb-run -a -s "-screen 0 ${screen}x24" \
        sh tests/ui/desktopsession.sh sh scripts/demoshots.sh --inside "$1" "$2" "$3" "$4" "$5" \
        "$out" || echo "    (failed: $*)" >&2
}
for lang in en pt_BR zh_CN ja; do
    run start "main-window-start-$lang" "$lang" light agent
    run attachments "attachments-empty-$lang" "$lang" light agent
    case $lang in en) suffix= ;; *) suffix=-$lang ;; esac
    run chat "main-window$suffix" "$lang" light agent
    run templates "admin-templates$suffix" "$lang" light admin
done
run chat main-window-dark en dark agent
run filter filter-builder en light admin
run texts predefined-text-preview en light agent
run closed window-closed-template-offer en light agent
run points admin-credits-points-ja ja light admin
run chat small-screen-1366x768 en light agent 1366x768
run chat small-screen-1366x768-dark en dark agent 1366x768
run chat small-screen-1366x768-ja ja light agent 1366x768
run chat small-screen-1366x768-200pct en light agent 2732x1536 2
