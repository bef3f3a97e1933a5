# dmgbuild settings for Daybook's disk image; packaging/build runs:
#   python -m dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/Daybook.app Daybook dist/Daybook-VERSION.dmg
# (dmgbuild executes this file with `defines` set from -D.)
import os.path

application = defines.get("app", "dist/Daybook.app")  # noqa: F821 (set by dmgbuild)
appname = os.path.basename(application)

format = "UDZO"
filesystem = "HFS+"
size = None  # dmgbuild works it out
files = [application]
symlinks = {"Applications": "/Applications"}
badge_icon = None
icon_locations = {appname: (140, 120), "Applications": (500, 120)}
window_rect = ((100, 100), (640, 280))
default_view = "icon-view"
show_icon_preview = False
icon_size = 128
