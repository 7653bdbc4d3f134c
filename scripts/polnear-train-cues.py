#!/usr/bin/env python3
"""Derives extra cue verbs from the PolNeAR TRAIN split (never dev or test).

Usage: scripts/polnear-train-cues.py <polnear dir> [min count] > src/main/resources/dev/quotebeam/extract/train-cues.txt
       scripts/polnear-train-cues.py --rates <polnear dir> [min count] [min rate]

--rates prints, for every word group (forms grouped as below) seen in a train Cue span at least <min count> times
(default 20), how often its words are cue words: cue-span occurrences / all occurrences in the train texts, groups
with a rate of at least <min rate> (default 0.15), most frequent first. It is the table relation-verbs.txt (read by
AttitudeRelations) was hand-picked from in session 4; it prints words and counts only.

Counts the lower-cased text of every one-word Cue span in <dir>/train/attributions/*.ann.gz, groups the forms of a
verb by stripping -s/-es/-ed/-d/-ing (with a doubled final consonant and a dropped e), keeps groups that occur at
least <min count> times (default 15) and hold a past or -ing form (so nouns such as "criticism" and words such as
"in" drop out), leaves out the NOT_SPEECH verbs below, and prints them in the speech-verbs.txt format: stem, then the forms seen. Only words and counts are
kept from the corpus, no text. The first word is the bare form
when seen, else the stem. Deterministic: groups sorted by descending count, then stem.
"""
import collections
import glob
import gzip
import re
import sys

# Bare forms left out by hand: PolNeAR marks beliefs, wishes, evidence and stances as attributions, but in a product
# "she supports the charge" or "the data show growth" is not a statement; nouns ("states", "offers") also misfire.
NOT_SPEECH = {"want", "support", "seem", "appear", "show", "see", "think", "know", "plan", "offer", "back", "look",
              "continue", "decline", "include", "allow", "consider", "view", "oppose", "seek", "prefer", "expect",
              "fear", "hope", "believe", "agree", "refuse", "question", "estimate", "decide", "state", "cite",
              "endorse", "find", "call"}


def stem(w):
    for suf in ("ing", "ed", "es", "s", "d"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            s = w[: -len(suf)]
            if suf in ("ing", "ed") and len(s) > 3 and s[-1] == s[-2] and s[-1] not in "lsz":
                s = s[:-1]
            return s.rstrip("e") if suf in ("ing", "ed", "d", "es") else s.rstrip("e")
    return w.rstrip("e")

def rates(root, minimum, min_rate):
    """Cue rate per word group on train: occurrences inside Cue spans / all occurrences in the texts."""
    total = collections.Counter()
    cue = collections.Counter()
    seen = set()
    for path in sorted(glob.glob(root + "/train/attributions/*.ann.gz")):
        name = path.rsplit("/", 1)[-1][: -len(".ann.gz")]
        article = name[: name.rfind("_")]
        if article in seen:
            continue
        seen.add(article)
        with gzip.open(root + "/train/text/" + article + ".txt.gz", "rt", encoding="utf-8") as f:
            text = f.read()
        starts = set()
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if line.startswith("T") and len(parts) >= 3 and parts[1].startswith("Cue "):
                    for frag in parts[1].split(" ", 1)[1].split(";"):
                        a, b = map(int, frag.split())
                        starts.update(a + m.start() for m in re.finditer(r"[A-Za-z]+", text[a:b]))
        for m in re.finditer(r"[A-Za-z]+", text):
            word = m.group(0).lower()
            total[word] += 1
            cue[word] += m.start() in starts
    groups = collections.defaultdict(lambda: [0, 0, set()])
    for word, n in total.items():
        g = groups[stem(word)]
        g[0] += cue[word]
        g[1] += n
        g[2].add(word)
    print("# stem, cue occurrences, all occurrences, rate, forms (PolNeAR train; words and counts only)")
    for s, (c, n, forms) in sorted(groups.items(), key=lambda kv: (-kv[1][0], kv[0])):
        if c >= minimum and c / n >= min_rate:
            print("%s\t%d\t%d\t%.2f\t%s" % (s, c, n, c / n, " ".join(sorted(forms))))


def main():
    if sys.argv[1] == "--rates":
        rates(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 20,
              float(sys.argv[4]) if len(sys.argv) > 4 else 0.15)
        return
    root = sys.argv[1]
    minimum = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    counts = collections.Counter()
    for path in sorted(glob.glob(root + "/train/attributions/*.ann.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if line.startswith("T") and len(parts) >= 3 and parts[1].startswith("Cue "):
                    word = parts[2].strip().lower()
                    if re.fullmatch(r"[a-z]+", word):
                        counts[word] += 1
    groups = collections.defaultdict(collections.Counter)
    for word, n in counts.items():
        groups[stem(word)][word] += n
    print("# Cue verbs derived from PolNeAR train cue spans by scripts/polnear-train-cues.py (min count %d)." % minimum)
    print("# Format as speech-verbs.txt: bare form (or stem), then the forms seen. Words and counts only; no corpus text.")
    rows = []
    for s, forms in groups.items():
        total = sum(forms.values())
        if total >= minimum and any(f.endswith(("ed", "ing")) for f in forms):
            rows.append((-total, s, sorted(forms)))
    for _, s, forms in sorted(rows):
        bare = [f for f in forms if not f.endswith(("s", "ed", "ing"))]
        head = min(bare, key=len) if bare else s
        if head not in NOT_SPEECH and s not in {stem(w) for w in NOT_SPEECH}:
            print(" ".join([head] + forms))

if __name__ == "__main__":
    main()
