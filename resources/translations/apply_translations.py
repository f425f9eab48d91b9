#!/usr/bin/env python3
"""Fills Fieldbook's Qt Linguist files from the reviewed dictionaries, and says what is left.

    python3 resources/translations/apply_translations.py            # apply, then report
    python3 resources/translations/apply_translations.py --check    # also exit 1 if anything is unfinished
    python3 resources/translations/apply_translations.py --missing DIR
        # writes DIR/missing_<lang>.json: every unfinished message as {"Context": {"source": ""}},
        # with the translation of the same source in another context as a hint; fill it in and
        # merge it into fieldbook_<lang>.json (the dictionary), then run this script again.
    python3 resources/translations/apply_translations.py --harvest
        # the other way: copies translations typed in Qt Linguist (finished in the .ts, absent from
        # the dictionary) into the dictionary, so the dictionary stays the one reviewed source.

The dictionaries fieldbook_<lang>.json map context -> source -> translation. A translation is a
string, or a list of strings for a message with %n (one per plural form of the language:
one for Chinese, two for Spanish). A source with a disambiguation comment is written
"source\u0004comment". Only the standard library is used (xml.etree), no pip packages.

The checks applied to every translation: the same %1..%9 placeholders as the source, %n kept in
plural messages, and an accelerator (&) kept when the source has one. A translation that fails
them is not applied and is reported.
"""
import argparse
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = ["zh_CN", "es"]
PLACEHOLDER = re.compile(r"%(\d)")


def key_of(message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment")
    return source + ("\u0004" + comment if comment else "")


def problems(source, translation, numerus):
    found = []
    texts = translation if isinstance(translation, list) else [translation]
    for text in texts:
        if not isinstance(text, str) or not text.strip():
            found.append("empty translation")
            continue
        if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
            found.append("placeholders differ: %r" % text)
        if numerus and "%n" in source and "%n" not in text:
            found.append("%%n missing: %r" % text)
        # "&&" is a literal ampersand; a single & marks the keyboard accelerator.
        if re.search(r"&(?!&)\w", source) and not re.search(r"&(?!&)\S", text) and "<" not in source:
            found.append("accelerator (&) missing: %r" % text)
    return found


def set_translation(message, value):
    tr = message.find("translation")
    if tr is None:
        tr = ET.SubElement(message, "translation")
    for child in list(tr):
        tr.remove(child)
    tr.text = None
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = value if isinstance(value, str) else value[0]
    tr.attrib.pop("type", None)


def translation_of(message):
    tr = message.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    if message.get("numerus") == "yes":
        forms = [f.text or "" for f in tr.findall("numerusform")]
        return forms if any(forms) else None
    return tr.text or None


def write_ts(tree, path):
    # Keep lupdate's layout (4-space indent, DOCTYPE) so Linguist and lupdate diffs stay small.
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def process(lang, args):
    ts_path = os.path.join(HERE, "fieldbook_%s.ts" % lang)
    dict_path = os.path.join(HERE, "fieldbook_%s.json" % lang)
    dictionary = {}
    if os.path.exists(dict_path):
        with open(dict_path, encoding="utf-8") as f:
            dictionary = json.load(f)
    tree = ET.parse(ts_path)
    by_source = {}
    for ctx, entries in dictionary.items():
        for source, value in entries.items():
            by_source.setdefault(source, value)
    unfinished, rejected, vanished, harvested = [], [], [], 0
    missing = {}
    for context in tree.getroot().findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            key = key_of(message)
            tr = message.find("translation")
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                vanished.append((name, key))
                continue
            value = dictionary.get(name, {}).get(key)
            numerus = message.get("numerus") == "yes"
            if value is not None:
                issues = problems(key.split("\u0004")[0], value, numerus)
                if issues:
                    rejected.append((name, key, issues))
                else:
                    set_translation(message, value)
                    continue
            existing = translation_of(message)
            if existing is not None and not problems(key.split("\u0004")[0], existing, numerus):
                if args.harvest:
                    dictionary.setdefault(name, {})[key] = existing
                    harvested += 1
                continue
            unfinished.append((name, key))
            missing.setdefault(name, {})[key] = by_source.get(key.split("\u0004")[0], "")
    write_ts(tree, ts_path)
    if args.harvest and harvested:
        with open(dict_path, "w", encoding="utf-8") as f:
            json.dump(dictionary, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
    if args.missing:
        os.makedirs(args.missing, exist_ok=True)
        with open(os.path.join(args.missing, "missing_%s.json" % lang), "w", encoding="utf-8") as f:
            json.dump(missing, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("%s: %d unfinished, %d rejected, %d vanished%s" %
          (lang, len(unfinished), len(rejected), len(vanished),
           ", %d harvested from the .ts" % harvested if args.harvest else ""))
    for name, key in unfinished[:40]:
        print("  unfinished  %s: %s" % (name, key.replace("\n", "\\n")))
    if len(unfinished) > 40:
        print("  ... and %d more (use --missing DIR for the full list)" % (len(unfinished) - 40))
    for name, key, issues in rejected:
        print("  rejected    %s: %s: %s" % (name, key.replace("\n", "\\n"), "; ".join(issues)))
    for name, key in vanished:
        print("  vanished    %s: %s (no longer in the sources; lupdate -no-obsolete drops it)" % (name, key))
    return not unfinished and not rejected and not vanished


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when anything is unfinished")
    parser.add_argument("--missing", metavar="DIR", help="write the unfinished messages as JSON templates")
    parser.add_argument("--harvest", action="store_true", help="copy .ts-only translations into the dictionary")
    parser.add_argument("languages", nargs="*", default=LANGUAGES)
    args = parser.parse_args()
    complete = all([process(lang, args) for lang in args.languages])
    return 0 if complete or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
