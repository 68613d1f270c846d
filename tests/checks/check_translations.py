#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Crosscheck authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a shipped translation is incomplete or out of date.

Copies translations/*.ts to a temporary folder, refreshes the copies with lupdate from today's
sources (as `update_translations` would), then checks that every message is translated, every
plural form is filled in, and no message was added or dropped (i.e. the committed files are
current). English is the source language: its catalogue holds the plural forms only."""
import argparse, glob, os, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET


def messages(path):
    tree = ET.parse(path)
    out = {}
    for ctx in tree.getroot().findall('context'):
        name = ctx.findtext('name')
        for m in ctx.findall('message'):
            tr = m.find('translation')
            kind = tr.get('type') if tr is not None else 'missing'
            if kind in ('vanished', 'obsolete'):
                continue
            forms = [f.text or '' for f in tr.findall('numerusform')] if m.get('numerus') == 'yes' else [tr.text or '']
            out[(name, m.findtext('source'), m.findtext('comment') or '')] = (kind, forms)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--lupdate', required=True)
    ap.add_argument('--source-root', required=True)
    args = ap.parse_args()
    root = args.source_root
    problems = []
    files = sorted(glob.glob(os.path.join(root, 'translations', 'crosscheck_*.ts')))
    if not files:
        print('no translations found'); return 1
    with tempfile.TemporaryDirectory() as tmp:
        for ts in files:
            lang = os.path.basename(ts)[len('crosscheck_'):-3]
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copy(ts, copy)
            cmd = [args.lupdate, '-locations', 'none', '-no-obsolete', '-silent',
                   os.path.join(root, 'app'), os.path.join(root, 'ui'), '-ts', copy]
            if lang == 'en':
                cmd.insert(1, '-pluralonly')
            subprocess.run(cmd, check=True, capture_output=True)
            before, after = messages(ts), messages(copy)
            added = sorted(set(after) - set(before))
            dropped = sorted(set(before) - set(after))
            for key in added:
                problems.append(f'{lang}: new string not in the committed file: {key[0]}: {key[1]!r}')
            for key in dropped:
                problems.append(f'{lang}: string no longer in the sources: {key[0]}: {key[1]!r}')
            for key, (kind, forms) in after.items():
                if kind == 'unfinished' or any(not f.strip() for f in forms):
                    problems.append(f'{lang}: untranslated: {key[0]}: {key[1]!r}')
            print(f'{lang}: {len(after)} messages checked')
    for p in problems:
        print(p)
    if problems:
        print(f'{len(problems)} problem(s): translate them and run `cmake --build BUILD --target update_translations`')
        return 1
    print('all translations complete and current')
    return 0


if __name__ == '__main__':
    sys.exit(main())
