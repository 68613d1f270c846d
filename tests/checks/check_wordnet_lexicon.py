#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Crosscheck authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The shipped claim lexicon (resources/claims/wordnet-en.tsv) is what its generator makes from
WordNet and today's seed words: regenerate it into a temporary file and compare. Skips (exit 0
with a message) when WordNet is not installed (apt-get install wordnet-base)."""
import filecmp
import os
import subprocess
import sys
import tempfile

root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
wordnet = "/usr/share/wordnet"
if not os.path.exists(os.path.join(wordnet, "data.verb")):
    print("SKIP: no WordNet in %s (apt-get install wordnet-base)" % wordnet)
    sys.exit(0)
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "wordnet-en.tsv")
    subprocess.run([sys.executable, os.path.join(root, "tools", "wordnet-lexicon",
                                                 "make-wordnet-lexicon.py"),
                    "--wordnet", wordnet, "--out", out], check=True)
    shipped = os.path.join(root, "resources", "claims", "wordnet-en.tsv")
    if not filecmp.cmp(out, shipped, shallow=False):
        print("resources/claims/wordnet-en.tsv is not what tools/wordnet-lexicon makes today: "
              "run tools/wordnet-lexicon/make-wordnet-lexicon.py and commit the result")
        sys.exit(1)
print("wordnet-en.tsv matches its generator")
