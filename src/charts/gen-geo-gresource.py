#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the GResource description of the maps: the world's countries and every
country's regions under data/regions/, compressed (most of them are never read)."""
import pathlib
import sys
from xml.sax.saxutils import quoteattr

data, output = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
files = ["world/countries-110m.json"]
files += sorted(str(p.relative_to(data)) for p in (data / "regions").glob("*.json"))

lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<gresources>",
         '  <gresource prefix="/io/github/escrutinio/Escrutinio/geo">']
for name in files:
    lines.append(f'    <file compressed="true" alias={quoteattr(name)}>{name}</file>')
lines += ["  </gresource>", "</gresources>", ""]
output.write_text("\n".join(lines), encoding="utf-8")
