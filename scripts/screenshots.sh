#!/bin/sh
# Takes docs/screenshots' pictures of the screens whose widget tests can take them (issues #12
# and #14), in every language the desktop speaks, from the dev build:
#
#   scripts/screenshots.sh [OUTDIR]      (default docs/screenshots; build first: ./dev build)
#
# Each test runs in its private desktop session (tests/ui/desktopsession.sh) on an X server, once
# per language (PARLEY_SCREENSHOT_LANG); tests that loop over the languages themselves run once.
# The pictures are <screen>-<lang>.png. Look at every one before committing it. The demo's
# pictures (main window, small screens, Administration) are scripts/demoshots.sh's.
set -eu
cd "$(dirname "$0")/.."
out=$(realpath "${1:-docs/screenshots}")
bin=build/dev/tests
session=tests/ui/desktopsession.sh
run() {
    echo "==> $*" >&2
    QT_QPA_PLATFORM=xcb TZ=UTC PARLEY_SCREENSHOT_DIR="$out" sh "$session" "$@" >/dev/null ||
        echo "    (failed: $*)" >&2
}
for lang in en pt_BR zh_CN ja; do
    for test in tst_csatpage tst_reportspage tst_recordsbrowser tst_triagebar tst_labelspage \
        tst_savedviewshub tst_tickets tst_quotes tst_creditspage; do
        PARLEY_SCREENSHOT_LANG=$lang run "$bin/$test"
    done
    # The mention is shown by the desktop's notification server: dunst draws it on the screen.
    PARLEY_SCREENSHOT_LANG=$lang PARLEY_TEST_NOTIFICATION_SERVER=dunst run "$bin/tst_teamwork"
done
# These loop over the four languages in one run.
run "$bin/tst_languages" notificationChoiceAndPresenceSpeakEveryLanguage
run "$bin/tst_channelregistration" screenshots
# The quote PDF's first page in the four languages (quote-pdf-<lang>.png).
run "$bin/tst_quotepdf" quoteReadsBackInEveryLanguage
