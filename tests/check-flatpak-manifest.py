#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Flatpak manifest: valid JSON, the right app and command, a current GNOME runtime,
and a sandbox exactly as narrow as the app needs.

Usage: check-flatpak-manifest.py MANIFEST APP_ID COMMAND
"""
import json
import sys

# Files come through the file chooser portal and drag and drop; nothing goes on the
# network. Any other permission is a review question, so it fails here first.
FINISH_ARGS = ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"]
OLDEST_GNOME = 49


def problems(manifest, app_id, command):
    if manifest.get("id", manifest.get("app-id")) != app_id:
        yield f"id is {manifest.get('id')!r}, not {app_id!r}"
    if manifest.get("command") != command:
        yield f"command is {manifest.get('command')!r}, not {command!r}"
    if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
        yield "runtime and sdk must be org.gnome.Platform and org.gnome.Sdk"
    version = str(manifest.get("runtime-version", ""))
    if not version.isdigit() or int(version) < OLDEST_GNOME:
        yield f"runtime-version {version!r} is not GNOME {OLDEST_GNOME} or later"
    if manifest.get("finish-args") != FINISH_ARGS:
        yield f"finish-args are {manifest.get('finish-args')}, not exactly {FINISH_ARGS}"
    # A single-file bundle carries no Locale extension: translations must stay in the app.
    if manifest.get("separate-locales") is not False:
        yield "separate-locales must be false, or the bundle loses its translations"
    modules = manifest.get("modules") or [{}]
    app_module = modules[-1]
    if app_module.get("buildsystem") != "meson":
        yield "the last module must build the app with meson"
    sources = app_module.get("sources") or [{}]
    if sources[0].get("type") != "dir" or sources[0].get("path") != "..":
        yield "the app module must build the checkout it sits in (a dir source at ..)"
    if "-Dtests=false" not in app_module.get("config-opts", []):
        yield "the app module must not build the tests (they need Xvfb and the checkout)"


def main():
    path, app_id, command = sys.argv[1:4]
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{path}: {e}")
        return 1
    found = list(problems(manifest, app_id, command))
    for p in found:
        print(f"{path}: {p}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
