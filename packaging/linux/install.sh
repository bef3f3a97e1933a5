#!/bin/sh
# Installs this copy of Daybook for you alone (no administrator needed):
#   ./install.sh            into ~/.local (the program in ~/.local/lib/daybook)
#   ./install.sh /opt/x     into another prefix (as root for a system-wide copy)
# ./install.sh --remove takes it away again; your diary is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
remove=0
if [ "${1:-}" = "--remove" ]; then remove=1; shift; fi
prefix=${1:-"$HOME/.local"}
id=org.daybook.Daybook
if [ "$remove" = 1 ]; then
  rm -rf "$prefix/lib/daybook"
  rm -f "$prefix/bin/daybook" "$prefix/share/applications/$id.desktop" \
    "$prefix/share/metainfo/$id.metainfo.xml"
  find "$prefix/share/icons/hicolor" -name "$id.*" -delete 2>/dev/null || true
  echo "Daybook's program files were removed from $prefix. Your diary was left as it was."
  exit 0
fi
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share"
rm -rf "$prefix/lib/daybook"
cp -a "$here/lib/daybook" "$prefix/lib/daybook"
ln -sf "$prefix/lib/daybook/daybook" "$prefix/bin/daybook"
cp -a "$here/share/." "$prefix/share/"
# Point the menu entry at this copy, so it starts even when $prefix/bin is not on PATH.
sed -i "s|^Exec=daybook|Exec=$prefix/lib/daybook/daybook|" "$prefix/share/applications/$id.desktop"
command -v update-desktop-database >/dev/null 2>&1 &&
  update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 &&
  gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" 2>/dev/null || true
echo "Daybook is installed in $prefix. Open it from your menu, or run $prefix/bin/daybook."
