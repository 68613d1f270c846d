#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Crosscheck authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every source file (C++, CMake, shell, Python) names its licence in an SPDX header within its
first lines, and LICENSE holds the licence it names."""
import argparse
import pathlib
import sys

CODE = ('.cpp', '.h', '.cmake', '.sh', '.py')
DIRS = ('app', 'ui', 'tests', 'tools', 'scripts', 'cmake', 'packaging', '.ci')
LICENCE = 'SPDX-License-Identifier: GPL-3.0-or-later'


def sources(root):
    yield root / 'CMakeLists.txt'
    for d in DIRS:
        for p in sorted((root / d).rglob('*')):
            rel = p.relative_to(root).as_posix()
            if not p.is_file() or rel.startswith('tests/data/'):
                continue
            if p.suffix in CODE or p.name == 'CMakeLists.txt' or rel == '.ci/run':
                yield p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--source-root', required=True)
    root = pathlib.Path(ap.parse_args().source_root)
    missing, checked = [], 0
    for p in sources(root):
        checked += 1
        head = p.read_text(encoding='utf-8', errors='replace').splitlines()[:4]
        if not any(LICENCE in line for line in head):
            missing.append(p.relative_to(root).as_posix())
    licence = (root / 'LICENSE').read_text(encoding='utf-8')
    if 'GNU GENERAL PUBLIC LICENSE' not in licence or 'Version 3, 29 June 2007' not in licence:
        print('LICENSE is not the GNU GPL version 3')
        return 1
    if missing:
        print(f'{len(missing)} of {checked} source files lack "{LICENCE}" in their first lines:')
        print('\n'.join('  ' + m for m in missing))
        return 1
    print(f'{checked} source files carry the SPDX header')
    return 0


if __name__ == '__main__':
    sys.exit(main())
