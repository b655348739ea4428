#!/usr/bin/env bash
# Build the one-folder Linux bundle with PyInstaller, then smoke-test it headless:
# version, init, demo data, integrity check and an offscreen screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q 'pyinstaller>=6,<7'
pyinstaller installer/rts-desktop.spec --noconfirm --distpath dist --workpath build/pyinstaller
app=dist/rts-desktop/rts-desktop-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen RTS_DATA_DIR="$work/data" RTS_CONFIG_DIR="$work/config"
"$app" --version
"$app" init --db "$work/smoke.db"
"$app" demo-data --db "$work/smoke.db" --size small
"$app" check --db "$work/smoke.db" --json > "$work/check.json"
grep -q '"ok": true' "$work/check.json"
"$app" screenshot --db "$work/smoke.db" --view main --out "$work/main.png"
test -s "$work/main.png"
echo "smoke test passed: $(du -sh dist/rts-desktop | cut -f1) in dist/rts-desktop"
