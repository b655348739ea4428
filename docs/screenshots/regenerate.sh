#!/bin/sh
# Rebuild every picture in this folder from the demo database (deterministic: same seed,
# same data). The app runs offscreen with a fresh home folder, so the status bar shows the
# demo database as "~/.local/share/rts-desktop/demo.db" on any machine.
#
#   sh docs/screenshots/regenerate.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" QT_QPA_PLATFORM=offscreen
# the views as the coordinator of the README's demo accounts sees them (all cases)
export RTS_USER=admin RTS_PASSWORD=demo-rts-2026
unset RTS_DATA_DIR RTS_CONFIG_DIR XDG_DATA_HOME XDG_CONFIG_HOME
db="$home/.local/share/rts-desktop/demo.db"
mkdir -p "$(dirname "$db")"
rts-desktop init --db "$db" >/dev/null
rts-desktop demo-data --db "$db" --size small >/dev/null
for png in "$here"/*.png; do
    view=$(basename "$png" .png)
    rts-desktop screenshot --db "$db" --view "$view" --out "$png" --size 1280x800 >/dev/null
    echo "$view"
done
