#!/bin/sh
# Retakes every screenshot in this folder from the demo audit, under xvfb-run, on a 1366x768
# screen (the small laptop the app is built for): each phase in English, a few in dark, the main
# phases in Chinese and Spanish, and the first report pages rendered with pdftoppm.
#   docs/screenshots/take.sh                  # uses ./build/ci
#   BUILD_DIR=build/debug docs/screenshots/take.sh
# Needs xvfb-run (xvfb), pdftoppm (poppler-utils); each run uses a throw-away HOME, so the
# settings and store of the person running it are not touched.
set -eu
cd "$(dirname "$0")/../.."
BUILD_DIR=${BUILD_DIR:-build/ci}
OUT=docs/screenshots
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# shoot NAME LANG [--dark]: the whole walk for one language, into $WORK/NAME
shoot() {
    shot_name=$1
    shot_locale=$2
    shift 2
    home="$WORK/home-$shot_name"
    mkdir -p "$home" "$WORK/$shot_name"
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        LANG="$shot_locale" LC_ALL="$shot_locale" LANGUAGE="" \
        xvfb-run -a -s "-screen 0 1366x768x24" \
        "$BUILD_DIR/ui/fieldbook" --demo --db "$home/demo.sqlite" --screenshot-dir "$WORK/$shot_name" "$@"
}

shoot en en_US.UTF-8
cp "$WORK"/en/*.png "$OUT/"

shoot dark en_US.UTF-8 --dark
for phase in 04-document_review 08-findings-dashboard 07-record_analysis-chart; do
    cp "$WORK/dark/$phase.png" "$OUT/dark-$phase.png"
done

for lang in zh_CN es; do
    shoot "$lang" "$lang.UTF-8"
    for phase in 00-audits 01-plan 03-site_tour 05-worker_interviews-sample 07-record_analysis \
        07-record_analysis-chart 08-findings-dashboard 10-report; do
        cp "$WORK/$lang/$phase.png" "$OUT/$lang-$phase.png"
    done
done

# The report: the demo audit's PDF, its cover, the compliance charts and the first findings page.
cli="$BUILD_DIR/app/fieldbook-cli --db $WORK/home-en/demo.sqlite"
audit=$($cli demo)
pdf="$WORK/report.pdf"
$cli report --audit "$audit" --out "$pdf" --language en >/dev/null
# page_with TEXT: the first page holding a line that starts with TEXT
page_with() {
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    for p in $(seq 1 "$pages"); do
        if pdftotext -f "$p" -l "$p" "$pdf" - | grep -q "^$1"; then
            echo "$p"
            return
        fi
    done
    echo 1
}
page() { pdftoppm -r 60 -png -f "$1" -l "$1" -singlefile "$pdf" "$OUT/report-$2"; }
page 1 cover
page "$(page_with "By section")" compliance
page "$(page_with "3. Findings")" findings
echo "screenshots written to $OUT"
