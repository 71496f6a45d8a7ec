#!/bin/sh
# Install the PyInstaller bundle for the current user and add HealDesk to the app menu.
#
#   packaging/linux/install-bundle.sh [BUNDLE_DIR]    BUNDLE_DIR defaults to dist/healdesk
#   packaging/linux/install-bundle.sh --uninstall
#
# Puts the bundle in ~/.local/opt/healdesk, `healdesk` in ~/.local/bin, and the desktop file,
# metainfo and icons under ${XDG_DATA_HOME:-~/.local/share}. Uninstalling removes exactly
# those; the journal itself (~/.local/share/org.healdesk.HealDesk) is never touched.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APP_ID=org.healdesk.HealDesk
SIZES="16 24 32 48 64 128 256 512"
PREFIX="$HOME/.local/opt/healdesk"
BIN="$HOME/.local/bin"
SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"

refresh_caches() {
    # Menus pick the change up without these too, only later; missing tools are fine.
    update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
    gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$PREFIX"
    rm -f "$BIN/healdesk" "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml"
    rm -f "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    refresh_caches
    echo "HealDesk removed. Your journal is still in $SHARE/$APP_ID."
    exit 0
fi

BUNDLE=${1:-$ROOT/dist/healdesk}
if [ ! -x "$BUNDLE/healdesk" ]; then
    echo "No bundle at $BUNDLE: build it first with packaging/pyinstaller/build.sh" >&2
    exit 1
fi
rm -rf "$PREFIX"
mkdir -p "$(dirname "$PREFIX")" "$BIN"
cp -a "$BUNDLE" "$PREFIX"
ln -sf "$PREFIX/healdesk" "$BIN/healdesk"
mkdir -p "$SHARE/applications"
# The menu must find the program even when ~/.local/bin is not on the session's PATH.
sed "s|^Exec=healdesk|Exec=\"$PREFIX/healdesk\"|" "$ROOT/packaging/linux/$APP_ID.desktop" \
    > "$SHARE/applications/$APP_ID.desktop"
install -Dm644 "$ROOT/packaging/linux/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "$ROOT/resources/icons/$APP_ID.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $SIZES; do
    install -Dm644 "$ROOT/resources/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
        "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
refresh_caches
echo "HealDesk installed: find it in the app menu, or run $BIN/healdesk"
