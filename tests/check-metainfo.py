#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a software centre needs from the metainfo, beyond what appstreamcli validates
offline: screenshots that exist in the checkout, fit 1000×700 and say what they show, a
developer id, branding for both styles, a release for this version.

Usage: check-metainfo.py METAINFO.xml.in SCREENSHOTS_DIR DESKTOP_ID VERSION
"""
import os
import struct
import sys
import xml.etree.ElementTree as ET

MAX_WIDTH, MAX_HEIGHT = 1000, 700
URL_PREFIX = "https://raw.githubusercontent.com/escrutinio/escrutinio/main/data/screenshots/"


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    return struct.unpack(">II", header[16:24])


def screenshot_problems(root, shots_dir):
    shots = root.findall("screenshots/screenshot")
    if len(shots) < 2:
        yield "fewer than two screenshots"
    if [s.get("type") for s in shots].count("default") != 1:
        yield "not exactly one default screenshot"
    for shot in shots:
        image, caption = shot.find("image"), shot.find("caption")
        url = image.text.strip() if image is not None else ""
        if caption is None or not caption.text.strip():
            yield f"{url}: no caption"
        if not url.startswith(URL_PREFIX):
            yield f"{url}: not under data/screenshots/ in the repository"
            continue
        path = os.path.join(shots_dir, url[len(URL_PREFIX):])
        try:
            width, height = png_size(path)
        except (OSError, ValueError) as e:
            yield f"{path}: {e}"
            continue
        if width > MAX_WIDTH or height > MAX_HEIGHT:
            yield f"{path}: {width}×{height} is larger than {MAX_WIDTH}×{MAX_HEIGHT}"
        if (image.get("width"), image.get("height")) != (str(width), str(height)):
            yield f"{path}: the metainfo says {image.get('width')}×{image.get('height')}, the file is {width}×{height}"


def problems(root, shots_dir, desktop_id, version):
    yield from screenshot_problems(root, shots_dir)
    developer = root.find("developer")
    if developer is None or not developer.get("id") or developer.find("name") is None:
        yield "no <developer> with an id and a name"
    if root.findtext("launchable[@type='desktop-id']") != desktop_id:
        yield f"launchable is not {desktop_id}"
    rating = root.find("content_rating")
    if rating is None or rating.get("type") != "oars-1.1":
        yield "no OARS 1.1 content rating"
    schemes = {c.get("scheme_preference") for c in root.findall("branding/color[@type='primary']")}
    if schemes != {"light", "dark"}:
        yield "branding needs a primary colour for both light and dark"
    if root.findtext("translation[@type='gettext']") != "escrutinio":
        yield "no gettext translation domain"
    if not root.findtext("url[@type='homepage']"):
        yield "no homepage"
    release = root.find("releases/release")
    if release is None or release.get("version") != version:
        yield f"the newest release is not {version}, the project's version"
    elif release.find("description") is None:
        yield "the newest release has no description"


def main():
    path, shots_dir, desktop_id, version = sys.argv[1:5]
    root = ET.parse(path).getroot()
    found = list(problems(root, shots_dir, desktop_id, version))
    for p in found:
        print(f"{path}: {p}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
