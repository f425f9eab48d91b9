#!/bin/sh
# Regenerates the hicolor PNG icons from the SVG master.
# Needs rsvg-convert (Debian package librsvg2-bin). Run from anywhere:
#   packaging/render-icons.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
svg="$root/resources/icons/org.fieldbook.Fieldbook.svg"
command -v rsvg-convert >/dev/null 2>&1 || {
    echo "render-icons.sh: rsvg-convert not found (apt-get install librsvg2-bin)" >&2
    exit 1
}
for size in 16 24 32 48 64 128 256 512; do
    dir="$root/resources/icons/hicolor/${size}x${size}"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$dir/org.fieldbook.Fieldbook.png" "$svg"
    echo "wrote $dir/org.fieldbook.Fieldbook.png"
done
