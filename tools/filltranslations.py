#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills berth_ru.ts from resources/translations/ru.py and berth_en.ts with the source texts
(English is the source language, so its file only carries plural forms). Run after lupdate
(cmake --build build --target berth_lupdate). Exits 1 listing any string with no translation."""
import os, sys
import xml.etree.ElementTree as ET

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tsdir = os.path.join(root, "resources", "translations")
sys.path.insert(0, tsdir)
from ru import RU  # noqa: E402

def fill(path, lookup, plurals):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        tr = message.find("translation")
        value = lookup(source)
        if value is None:
            missing.append(source)
            continue
        tr.attrib.pop("type", None)
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value] * plurals
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    return missing

missing = fill(os.path.join(tsdir, "berth_ru.ts"), RU.get, 3)
def english(source):
    return [source.replace("(s)", ""), source.replace("(s)", "s")] if "%n" in source else source
fill(os.path.join(tsdir, "berth_en.ts"), english, 2)
if missing:
    print("no Russian for:", *missing, sep="\n  ")
    sys.exit(1)
