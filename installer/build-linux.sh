#!/usr/bin/env bash
# Build the one-folder Linux app with PyInstaller and its .deb, then smoke-test the frozen
# app headless: --self-test (encrypted database, sign-in, a record, a PDF, translations,
# the main window), then init, demo data, integrity check and a screenshot through the CLI.
# A missing hidden import or data file fails the build here.
#
# Usage (from anywhere):  installer/build-linux.sh   [PYTHON=... DIST=... WORK=... DEB_MAINTAINER=...]
# Output: $DIST/rts-desktop/ (the app) and $DIST/rts-desktop_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python}
dist=${DIST:-dist}
work=${WORK:-build}

seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.1f", b - a }'; }

if ! "$python" -c 'import PyInstaller' 2>/dev/null; then
  "$python" -m pip install -q -e '.[installer]'
fi
version=$("$python" -c 'import rts_desktop; print(rts_desktop.__version__)')
began=$(seconds)

# 1. what the spec ships but the source tree does not hold: compiled catalogues, icons
"$python" -m rts_desktop.i18n build
"$python" installer/make_icons.py "$work/icons" >/dev/null

# 2. the one-folder app
RTS_BUILD_ICONS="$work/icons" "$python" -m PyInstaller installer/rts-desktop.spec --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$work/pyinstaller"
folder="$dist/rts-desktop"
app="$folder/rts-desktop"
built=$(elapsed "$began")

# 3. smoke test, in throw-away folders (never the builder's data)
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
export RTS_DATA_DIR="$smoke/data" RTS_CONFIG_DIR="$smoke/config"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
t=$(seconds)
"$app" --version
start_time=$(elapsed "$t")
t=$(seconds)
"$app" --self-test
self_test_time=$(elapsed "$t")
export RTS_USER=admin RTS_PASSWORD="prova-$(date +%s)-build"
"$app" init --db "$smoke/smoke.db" >/dev/null
"$app" demo-data --db "$smoke/smoke.db" --size small >/dev/null
"$app" check --db "$smoke/smoke.db" --json >"$smoke/check.json"
grep -q '"ok": true' "$smoke/check.json"
"$app" screenshot --db "$smoke/smoke.db" --view main --out "$smoke/main.png" >/dev/null
test -s "$smoke/main.png"

# 4. the .deb: the app in /opt, the command in /usr/bin, menu entry, icons, bundle type
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
if command -v dpkg-deb >/dev/null; then
  root="$work/deb/rts-desktop_${version}_${arch}"
  maintainer=${DEB_MAINTAINER:-Comune di Milano - RTS Desktop <rts-desktop@invalid>}
  rm -rf "$root"
  mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/mime/packages" "$root/usr/share/icons/hicolor/scalable/apps"
  cp -al "$folder" "$root/opt/rts-desktop" 2>/dev/null \
    || { rm -rf "$root/opt/rts-desktop"; cp -a "$folder" "$root/opt/rts-desktop"; }
  ln -s /opt/rts-desktop/rts-desktop "$root/usr/bin/rts-desktop"
  install -m 0644 installer/linux/rts-desktop.desktop "$root/usr/share/applications/"
  install -m 0644 installer/linux/rts-desktop-mime.xml \
    "$root/usr/share/mime/packages/rts-desktop.xml"
  install -m 0644 resources/icons/rts-desktop.svg "$root/usr/share/icons/hicolor/scalable/apps/"
  for size in 16 24 32 48 64 128 256; do
    mkdir -p "$root/usr/share/icons/hicolor/${size}x${size}/apps"
    install -m 0644 "$work/icons/rts-desktop-$size.png" \
      "$root/usr/share/icons/hicolor/${size}x${size}/apps/rts-desktop.png"
  done
  sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" \
    -e "s/@SIZE@/$(du -sk "$root" | cut -f1)/" -e "s|@MAINTAINER@|$maintainer|" \
    installer/linux/control >"$root/DEBIAN/control"
  deb="$dist/rts-desktop_${version}_${arch}.deb"
  dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "$deb" >/dev/null
  dpkg-deb --contents "$deb" >"$smoke/contents.txt"
  for needed in ./usr/share/applications/rts-desktop.desktop \
    ./usr/share/mime/packages/rts-desktop.xml ./opt/rts-desktop/rts-desktop \
    ./usr/share/icons/hicolor/scalable/apps/rts-desktop.svg ./usr/bin/rts-desktop; do
    grep -q " $needed" "$smoke/contents.txt" || { echo "missing in the .deb: $needed"; exit 1; }
  done
  echo "package: $deb ($(du -h "$deb" | cut -f1))"
else
  echo "dpkg-deb not found: .deb not built"
fi

echo "frozen app: $(du -sh "$folder" | cut -f1) in $folder; built in ${built}s;" \
  "start (--version) ${start_time}s; --self-test ${self_test_time}s; total $(elapsed "$began")s"
