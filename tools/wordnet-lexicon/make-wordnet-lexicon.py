#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Crosscheck authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds resources/claims/wordnet-en.tsv from Princeton WordNet 3.0 (Debian: wordnet-base).

The claim extractor groups event words into classes (communicate, meet, death, ...). The
classes start from the hand-picked English seed words in app/core/claims/claimlexicon.cpp,
read from that file so that there is one list. WordNet widens each class:

  * the synonyms of the seed's most frequent sense (verb and noun),
  * the words derivationally related to the seed in that sense ("communicate" -> "communication"),
  * for verbs of under five senses, the direct troponyms of that sense ("stab" under "injure"),
  * the irregular forms of every verb taken (verb.exc: "slew", "slain").

A seed of five senses or more gives its most frequent sense only when that sense plainly is the
class's (it, its hypernyms or its hyponyms hold another seed of the class), and a word is taken
only when that sense is its own most frequent one, it is in common use (tagged in SemCor) and
has at most four senses; a seed is read in the part of speech it is mostly used in.
A word that two classes would take is left out, and so is one of under three letters or of
more than one word. The output also lists WordNet antonyms of verbs and adjectives in their
two most frequent senses ("rise" / "fall", "win" / "lose", with irregular forms: "won" /
"lost"), for the comparison of claims.

Usage: make-wordnet-lexicon.py [--wordnet /usr/share/wordnet] [--out resources/claims/wordnet-en.tsv]
WordNet 3.0 licence: see NOTICE (permission to use, copy, modify and distribute, with the
copyright notice).
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def seed_classes(path):
    text = open(path, encoding="utf-8").read()
    start = text.index("QHash<QString, QStringList> &en = out[")
    end = text.index("QHash<QString, QStringList> &de = out[")
    block = text[start:end]
    classes = {}
    for m in re.finditer(r'en\[QStringLiteral\("(\w+)"\)\]\s*=\s*words\(((?:\s*"[^"]*")+)\s*\);', block):
        words = " ".join(re.findall(r'"([^"]*)"', m.group(2))).split()
        classes[m.group(1)] = words
    return classes


def read_index(wn, pos):
    """lemma -> (synset offsets, most frequent first; senses tagged in SemCor)"""
    index = {}
    for line in open(os.path.join(wn, "index." + pos), encoding="latin-1"):
        if line.startswith(" "):
            continue
        f = line.split()
        lemma, p_cnt = f[0], int(f[3])
        tagged = int(f[4 + p_cnt + 1])
        offsets = f[4 + p_cnt + 2:]
        index[lemma] = (offsets, tagged)
    return index


def read_data(wn, pos):
    data = {}
    for line in open(os.path.join(wn, "data." + pos), encoding="latin-1"):
        if line.startswith(" "):
            continue
        f = line.split(" | ")[0].split()
        offset = f[0]
        w_cnt = int(f[3], 16)
        words = [f[4 + 2 * i].lower() for i in range(w_cnt)]
        words = [re.sub(r"\(.*\)$", "", w) for w in words]
        k = 4 + 2 * w_cnt
        p_cnt = int(f[k])
        ptrs = []
        for i in range(p_cnt):
            sym, off, ppos, st = f[k + 1 + 4 * i: k + 5 + 4 * i]
            ptrs.append((sym, off, ppos, int(st[:2], 16), int(st[2:], 16)))
        data[offset] = (words, ptrs)
    return data


def read_exc(wn, pos):
    forms = {}
    for line in open(os.path.join(wn, pos + ".exc"), encoding="latin-1"):
        f = line.split()
        if len(f) >= 2:
            forms.setdefault(f[1], []).append(f[0])
    return forms


POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--out", default=os.path.join(ROOT, "resources", "claims", "wordnet-en.tsv"))
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.wordnet, "data.verb")):
        sys.exit("no WordNet in %s (apt-get install wordnet-base)" % args.wordnet)
    classes = seed_classes(os.path.join(ROOT, "app", "core", "claims", "claimlexicon.cpp"))
    index = {p: read_index(args.wordnet, p) for p in ("noun", "verb", "adj")}
    data = {p: read_data(args.wordnet, p) for p in ("noun", "verb", "adj")}
    verb_exc = read_exc(args.wordnet, "verb")
    lemma_of = {}
    for lemma, forms in verb_exc.items():
        for f in forms:
            lemma_of.setdefault(f, lemma)
    seeds = {w for ws in classes.values() for w in ws}

    def ok(w):
        return re.fullmatch(r"[a-z]{3,}", w) is not None

    def dominant(word, pos, offset):
        """Whether the most frequent sense of word (in pos) is the synset at offset, the word is
        in common use (a sense of it tagged in SemCor) and has few senses ("get", "back" and
        "deliver" mean too many things to mark an event)."""
        entry = index[pos].get(word)
        return (entry is not None and entry[0][0] == offset and entry[1] > 0
                and len(entry[0]) <= 4)

    def related(pos, offset, sym):
        return [(POS[pp], off) for s_, off, pp, src, tgt in data[pos][offset][1] if s_ == sym]

    def confirmed(pos, offset, cls, lemma):
        """The sense is the class's: it, its hypernyms (two levels) or its hyponyms hold another
        seed word of the class."""
        others = set()
        for w in classes[cls]:
            # The seeds as lemmas: "perished" is "perish", "spoke" is "speak".
            others.update({w, lemma_of.get(w, w)})
            for suffix in ("ed", "d", "s", "es", "ing"):
                if w.endswith(suffix) and len(w) > len(suffix) + 2:
                    others.add(w[: -len(suffix)])
        others.discard(lemma)
        seen = [(pos, offset)]
        frontier = [(pos, offset)]
        for _ in range(2):
            frontier = [r for p_, o in frontier for r in related(p_, o, "@") if p_ in data]
            seen += frontier
        seen += [r for r in related(pos, offset, "~") if r[0] in data]
        return any(others & set(data[p_][o][0]) for p_, o in seen)

    taken = {}  # word -> {class: reason}
    for cls, words in sorted(classes.items()):
        for seed in words:
            for pos in ("verb", "noun"):
                lemma = seed if seed in index[pos] else lemma_of.get(seed) if pos == "verb" else None
                if not lemma or lemma not in index[pos]:
                    continue
                # The part of speech the word is mostly used in ("die" is a verb, not dice).
                other = index["noun" if pos == "verb" else "verb"].get(lemma)
                if other and other[1] > index[pos][lemma][1]:
                    continue
                offsets = index[pos][lemma][0]
                first = offsets[0]
                # A word of many senses gives its most frequent one only when that sense is
                # plainly the class's ("call": to name someone, not to phone).
                if len(offsets) >= 5 and not confirmed(pos, first, cls, lemma):
                    continue
                syn_words, ptrs = data[pos][first]
                found = {(w, pos, first) for w in syn_words}
                for sym, off, ppos, src, tgt in ptrs:
                    tpos = POS[ppos]
                    if tpos not in data:
                        continue
                    if sym == "+" and (src == 0 or syn_words[src - 1] == lemma):
                        tw = data[tpos][off][0]
                        found.add((tw[tgt - 1] if tgt else tw[0], tpos, off))
                    # Troponyms of a word of few senses only ("hit" in its first sense is
                    # baseball's: "bunt", "single").
                    if sym == "~" and pos == "verb" and len(offsets) < 5:
                        found.update((w, tpos, off) for w in data[tpos][off][0])
                for w, wpos, woff in found:
                    # Only a word whose own most frequent sense this is: "go" and "pass" are
                    # synonyms of "die" in one sense of many.
                    if not ok(w) or w in seeds or not dominant(w, wpos, woff):
                        continue
                    taken.setdefault(w, {}).setdefault(cls, "%s:%s" % (pos, lemma))
                    for f in verb_exc.get(w, []) if wpos == "verb" else []:
                        if ok(f) and f not in seeds:
                            taken.setdefault(f, {}).setdefault(cls, "%s:%s" % (pos, lemma))
    antonyms = set()
    for pos in ("verb", "adj"):
        for lemma, (offsets, tagged) in index[pos].items():
            if not ok(lemma) or tagged == 0:
                continue
            for off in offsets[:2]:
                words, ptrs = data[pos][off]
                for sym, toff, ppos, src, tgt in ptrs:
                    if sym != "!" or src == 0 or words[src - 1] != lemma:
                        continue
                    other = data[POS[ppos]][toff][0][tgt - 1]
                    if ok(other) and other != lemma and index[POS[ppos]].get(other, ((), 0))[1] > 0:
                        # With their irregular forms: "won" / "lost" as well as "win" / "lose".
                        xs = [lemma] + (verb_exc.get(lemma, []) if pos == "verb" else [])
                        ys = [other] + (verb_exc.get(other, []) if pos == "verb" else [])
                        for x in xs:
                            for y in ys:
                                if ok(x) and ok(y) and x != y:
                                    antonyms.add(tuple(sorted((x, y))))
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by tools/wordnet-lexicon/make-wordnet-lexicon.py from WordNet 3.0\n")
        out.write("# (Princeton University, WordNet 3.0 licence; see NOTICE). Do not edit.\n")
        out.write("# event<TAB>word<TAB>class<TAB>from | antonym<TAB>word<TAB>word\n")
        n = 0
        for w in sorted(taken):
            if len(taken[w]) == 1:
                cls, why = next(iter(taken[w].items()))
                out.write("event\t%s\t%s\t%s\n" % (w, cls, why))
                n += 1
        for a, b in sorted(antonyms):
            out.write("antonym\t%s\t%s\n" % (a, b))
    print("%d event words, %d antonym pairs -> %s" % (n, len(antonyms), args.out))


if __name__ == "__main__":
    main()
