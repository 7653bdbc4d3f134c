#!/usr/bin/env python3
"""Trains the learned cue + content model read by dev.quotebeam.extract.ContentModel on the PolNeAR TRAIN split.

Usage (from the repository root, after `mvn -o test-compile`):
    scripts/polnear-train-content-model.py <polnear dir> > src/main/resources/dev/quotebeam/extract/content-model.txt
    scripts/polnear-train-content-model.py --cv <polnear dir>      # prints the cross-validation table only

Steps (train split only; dev and test are never read):
1. Vocabulary: the first word of the Cue span of each gold relation with a Content (one annotator per article: the
   first .ann file by name, as PolnearEval reads it), lower-cased; words seen at least MIN_CUE times and not in
   NOT_CUES are candidates.
2. Candidates: the Java side (dev.quotebeam.extract.ContentModelDump, test classes) runs the extractor with a model
   that accepts nothing (QuoteExtractor.rulesOnly) and lists, per article, its statements and every
   content choice of every vocabulary word that no statement overlaps, with the features ContentModel computes.
   So the features are computed by one implementation, the one that ships.
3. Labels: a choice is right when its span matches a gold content that no extractor statement matches (word
   characters overlapping by at least half of each, as PolnearEval scores), whose Cue overlaps the cue word, and
   whose Source its speaker gets right (Article.speaker_right).
4. Model: per cue word, a structured averaged perceptron picks the best choice or none (score <= 0), EPOCHS epochs in a
   seeded order. Features seen in fewer than MIN_FEATURE articles are dropped (so no rare word is shipped; the Java
   side already turns capitalised neighbours into one class, so no name is a feature).
5. Threshold: 5-fold cross-validation by article; each held-out cue word keeps its best choice and score; the
   threshold maximises the simulated all-relations F1 of extractor + model on train among thresholds where the
   model's own CV precision is at least MIN_PRECISION and its speakers (judged as PolnearEval does, near enough)
   lower the system's speaker accuracy by at most SPEAKER_LOSS. The vocabulary shipped keeps the words with at least
   MIN_WORD_MATCHES CV matches at that threshold (fewer words to score, same F1). Then the model is trained on all of
   train and printed as "cue<TAB>word", "threshold<TAB>t" and "feature<TAB>weight" lines (a summary line goes to
   stderr). Only words, feature strings and numbers are printed, no corpus text. Needs Python 3 and numpy.
"""
import collections
import glob
import gzip
import os
import random
import re
import subprocess
import sys
import tempfile

import numpy as np

MIN_CUE = 3
MIN_FEATURE = 3
EPOCHS = 8
FOLDS = 5
MIN_PRECISION = 0.45
# Speaker accuracy of the extractor alone on train (PolnearEval, 2026-12-05): the model may lower the whole
# system's by at most SPEAKER_LOSS, judged on its own CV matches.
RULE_SPEAKER = 0.910
SPEAKER_LOSS = 0.002
MIN_WORD_MATCHES = 2
SEED = 13
PRONOUNS = {"he", "she", "they", "i", "we"}
# Words PolNeAR's Cue spans open with that do not name a statement: auxiliaries, modals, negation, pronouns and
# adverbs ("did not immediately respond", "has long argued": the statement's cue would read "did" or "long"), and
# verbs of events rather than of speech, thought or stance ("hired", "opened", "went"), which PolNeAR annotates when
# a source's act implies a position but which a table of who said what should not list. Hand-written (CC0).
NOT_CUES = {
    "am", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "don’t",
    "don't", "didn’t", "didn't", "haven’t", "haven't", "hasn’t", "hasn't", "isn’t", "isn't", "wasn’t", "wasn't", "will", "would", "could", "should", "can", "may", "might", "must", "not", "it",
    "also", "then", "now", "later", "long", "more", "often", "still", "already", "just", "even", "repeatedly",
    "specifically", "immediately", "increasingly", "publicly", "privately", "never", "once", "again", "recently", "previously",
    "hired", "opened", "went", "gave", "used", "cast", "displayed", "appointed", "began", "takes", "took",
    "included", "passed", "blocked", "ordered", "focused", "attempted", "failed", "aimed", "looking", "won", "lost",
    "issued", "posted", "presented", "named", "signed", "filed", "released", "listed", "lists", "picked", "provided",
    "knocked", "made", "makes", "making",
}
WORD = re.compile(r"[^\W_](?:[^\W_]|['’\-.&](?=[^\W_]))*", re.UNICODE)


def read_gz(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return f.read()


def annotation_files(root):
    files = {}
    for path in sorted(glob.glob(root + "/train/attributions/*.ann.gz")):
        name = os.path.basename(path)[: -len(".ann.gz")]
        files.setdefault(name[: name.rfind("_")], path)
    return files


def parse_gold(ann):
    """Gold relations: (content fragments, cue fragments or None, source fragments or None) per Content."""
    spans = {}
    rels = []
    for line in ann.split("\n"):
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            frags = []
            for frag in parts[1].split(" ", 1)[1].split(";"):
                s, e = frag.split()
                frags.append((int(s), int(e)))
            spans[parts[0]] = frags
        elif line.startswith("E") and len(parts) >= 2:
            rels.append([r.split(":", 1) for r in parts[1].split(" ") if ":" in r])
    out = []
    for rel in rels:
        cue = next((spans.get(v) for k, v in rel if k.startswith("Cue")), None)
        source = next((spans.get(v) for k, v in rel if k.startswith("Source")), None)
        for k, v in rel:
            if k.startswith("Content") and v in spans:
                out.append((spans[v], cue, source))
    return out


class Article:
    def __init__(self, name, text, gold):
        self.name = name
        self.text = text
        alnum = np.fromiter((c.isalnum() for c in text), dtype=np.int32, count=len(text))
        self.cum = np.concatenate([[0], np.cumsum(alnum)])
        self.gold = gold
        self.gold_wc = [sum(self.wc(s, e) for s, e in g[0]) for g in gold]
        self.preds = []
        self.cues = collections.OrderedDict()

    def wc(self, s, e):
        return int(self.cum[e] - self.cum[s]) if e > s else 0

    def matches(self, s, e, g):
        """True when span [s, e) and gold g overlap by at least half of the word characters of each."""
        inter = sum(self.wc(max(s, fs), min(e, fe)) for fs, fe in self.gold[g][0])
        pw = self.wc(s, e)
        return pw > 0 and self.gold_wc[g] > 0 and inter * 2 >= pw and inter * 2 >= self.gold_wc[g], inter

    def speaker_right(self, ss, se, g):
        """As PolnearEval judges a speaker, near enough: none for a gold without Source, else overlapping the Source,
        sharing a capitalised word with it, naming the antecedent of a relative pronoun Source, or a pronoun (the eval
        judges the name SpeakerResolver gives it, which this script does not run: a pronoun counts as resolved)."""
        source = self.gold[g][2]
        if source is None or ss < 0:
            return source is None and ss < 0
        if any(fs < se and ss < fe for fs, fe in source) or self.text[ss:se].lower() in PRONOUNS:
            return True
        if self.text[source[0][0]:source[-1][1]].strip().lower() in ("who", "which", "that") \
                and se <= source[0][0] and re.fullmatch(r"[\s,]*", self.text[se:source[0][0]]):
            return True
        words = set(WORD.findall(self.text[source[0][0]:source[-1][1]]))
        return any(w[0].isupper() and len(w) > 1 and w in words for w in WORD.findall(self.text[ss:se]))

    def best_gold(self, s, e, used):
        best, best_score = -1, -1.0
        for g in range(len(self.gold)):
            if g in used:
                continue
            ok, inter = self.matches(s, e, g)
            if ok:
                score = inter / self.wc(s, e) + inter / self.gold_wc[g]
                if score > best_score:
                    best, best_score = g, score
        return best


def vocabulary(root, files):
    counts = collections.Counter()
    for name, path in files.items():
        text = read_gz(root + "/train/text/" + name + ".txt.gz")
        for _, cue, _ in parse_gold(read_gz(path)):
            if cue:
                m = WORD.search(text[cue[0][0]:cue[0][1]])
                if m:
                    counts[m.group().lower()] += 1
    return sorted(w for w, c in counts.items() if c >= MIN_CUE and w not in NOT_CUES)


def dump(root, vocab):
    """Runs ContentModelDump (the extractor's rules alone, QuoteExtractor.rulesOnly); yields its lines."""
    cp = subprocess.run(["scripts/test-classpath.sh"], capture_output=True, text=True, check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        with open(tmp + "/vocabulary.txt", "w") as f:
            f.write("\n".join(vocab) + "\n")
        out = subprocess.run(["java", "-Xss8m", "-Xmx3g", "-cp", cp,
                              "dev.quotebeam.extract.ContentModelDump", root, "train", tmp + "/vocabulary.txt"],
                             capture_output=True, check=True).stdout.decode("utf-8")
    return out.split("\n")


def load(root):
    files = annotation_files(root)
    vocab = vocabulary(root, files)
    arts = []
    art = None
    for line in dump(root, vocab):
        f = line.split("\t")
        if f[0] == "A":
            name = f[1]
            art = Article(name, read_gz(root + "/train/text/" + name + ".txt.gz"), parse_gold(read_gz(files[name])))
            arts.append(art)
        elif f[0] == "P":
            art.preds.append((int(f[1]), int(f[2])))
        elif f[0] == "C":
            key = (int(f[1]), int(f[2]))
            art.cues.setdefault(key, []).append((f[3], int(f[4]), int(f[5]), f[8].split(" "), int(f[6]), int(f[7])))
    return vocab, arts


def label(arts):
    """Marks the golds the extractor matches; per article, per cue: the index of its best right choice or -1."""
    for a in arts:
        used = set()
        for s, e in a.preds:
            g = a.best_gold(s, e, used)
            if g >= 0:
                used.add(g)
        a.rule_matched = len(used)
        a.free = used
        a.labels = {}
        for (cs, ce), rows in a.cues.items():
            best, best_score = -1, -1.0
            for k, (_, s, e, _, ss, se) in enumerate(rows):
                for g in range(len(a.gold)):
                    cue = a.gold[g][1]
                    if g in used or not cue or not any(fs < ce and cs < fe for fs, fe in cue) \
                            or not a.speaker_right(ss, se, g):
                        continue
                    ok, inter = a.matches(s, e, g)
                    if ok and inter / a.wc(s, e) + inter / a.gold_wc[g] > best_score:
                        best, best_score = k, inter / a.wc(s, e) + inter / a.gold_wc[g]
            a.labels[(cs, ce)] = best


def groups(arts, index, grow):
    """Per cue: (article, key, [feature id arrays], label)."""
    out = []
    for a in arts:
        for key, rows in a.cues.items():
            ids = []
            for feats in (r[3] for r in rows):
                row = []
                for f in feats:
                    i = index.get(f)
                    if i is None and grow:
                        i = index[f] = len(index)
                    if i is not None:
                        row.append(i)
                ids.append(np.array(row, dtype=np.int64))
            out.append((a, key, ids, a.labels[key]))
    return out


def allowed(arts):
    """Features seen in at least MIN_FEATURE articles (one article's repeated words never make a feature)."""
    counts = collections.Counter()
    for a in arts:
        counts.update(set(f for rows in a.cues.values() for r in rows for f in r[3]))
    return {f for f, c in counts.items() if c >= MIN_FEATURE}


def train(arts):
    keep = allowed(arts)
    index = {}
    for f in sorted(keep):
        index[f] = len(index)
    data = groups(arts, index, False)
    w = np.zeros(len(index))
    total = np.zeros(len(index))
    order = list(range(len(data)))
    rnd = random.Random(SEED)
    c = 0
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for k in order:
            _, _, ids, y = data[k]
            scores = [w[r].sum() for r in ids]
            guess = int(np.argmax(scores)) if scores and max(scores) > 0 else -1
            if guess != y:
                if y >= 0:
                    w[ids[y]] += 1
                    total[ids[y]] += c
                if guess >= 0:
                    w[ids[guess]] -= 1
                    total[ids[guess]] -= c
            c += 1
    avg = w - total / c
    return {f: avg[i] for f, i in index.items()}


def best_choices(w, arts):
    """Per article, per cue in text order: its choices as (score, start, end, speaker start, speaker end, word), in
    the order the Java side offers them."""
    out = {}
    for a in arts:
        out[a.name] = [[(sum(w.get(f, 0.0) for f in r[3]), r[1], r[2], r[4], r[5], r[3][1][2:]) for r in rows]
                       for rows in a.cues.values()]
    return out


def simulate(arts, picks, t, vocab=None):
    """Predictions, matches and matches with a right speaker of the model at threshold t (only words of vocab when
    given), and the extractor's predictions and matches, summed; and the matches per word."""
    n = k = ks = pr = mr = gold = 0
    per_word = collections.Counter()
    for a in arts:
        pr += len(a.preds)
        mr += a.rule_matched
        gold += len(a.gold)
        used = set(a.free)
        taken = []
        for choices in picks[a.name]:
            # As AttitudeRelations.learned: the first best of the choices that overlap no earlier learned statement.
            best = None
            for c in choices:
                if not any(ts < c[2] and c[1] < te for ts, te in taken) and (best is None or c[0] > best[0]):
                    best = c
            if best is None:
                continue
            score, s, e, ss, se, word = best
            if score <= t or vocab is not None and word not in vocab:
                continue
            taken.append((s, e))
            n += 1
            g = a.best_gold(s, e, used)
            if g >= 0:
                used.add(g)
                k += 1
                ks += a.speaker_right(ss, se, g)
                per_word[word] += 1
    return n, k, ks, pr, mr, gold, per_word


def f1(p, r):
    return 0 if p + r == 0 else 2 * p * r / (p + r)


def cross_validate(arts):
    picks = {}
    for fold in range(FOLDS):
        w = train([a for i, a in enumerate(arts) if i % FOLDS != fold])
        picks.update(best_choices(w, [a for i, a in enumerate(arts) if i % FOLDS == fold]))
    scores = sorted(max(c[0] for c in choices) for ps in picks.values() for choices in ps)
    table = []
    for q in np.linspace(0.9, 0.9995, 50):
        t = scores[int(q * (len(scores) - 1))]
        n, k, ks, pr, mr, gold, per_word = simulate(arts, picks, t)
        p, r = (mr + k) / max(1, pr + n), (mr + k) / max(1, gold)
        table.append((t, n, k, k / max(1, n), ks / max(1, k), f1(p, r), f1(mr / pr, mr / gold), per_word))
    return table, picks


def main(argv):
    cv = argv[:1] == ["--cv"]
    root = argv[-1]
    vocab, arts = load(root)
    label(arts)
    table, picks = cross_validate(arts)
    if cv:
        print("candidate cues %d, right %d" % (sum(len(a.cues) for a in arts),
                                                sum(1 for a in arts for y in a.labels.values() if y >= 0)))
        for row in table:
            print("threshold %7.3f  predicted %6d  matched %5d  P %.3f  speaker %.3f  system F1 %.4f (rules alone %.4f)"
                  % row[:7])
    mr = sum(a.rule_matched for a in arts)
    ok = [row for row in table if row[3] >= MIN_PRECISION and row[2] >= 20
          and (RULE_SPEAKER * mr + row[4] * row[2]) / (mr + row[2]) >= RULE_SPEAKER - SPEAKER_LOSS]
    best = max(ok, key=lambda row: row[5])
    t = best[0]
    vocab = sorted(w for w, c in best[7].items() if c >= MIN_WORD_MATCHES)
    n, k, ks, pr, mr, gold, _ = simulate(arts, picks, t, set(vocab))
    p, r = (mr + k) / max(1, pr + n), (mr + k) / max(1, gold)
    if cv:
        print("chosen %.3f, %d cue words: predicted %d matched %d P %.3f speaker %.3f system F1 %.4f"
              % (t, len(vocab), n, k, k / max(1, n), ks / max(1, k), f1(p, r)), file=sys.stderr)
        return
    print("chosen %.3f, %d cue words: predicted %d matched %d P %.3f speaker %.3f system F1 %.4f"
          % (t, len(vocab), n, k, k / max(1, n), ks / max(1, k), f1(p, r)), file=sys.stderr)
    w = train(arts)
    print("# Learned cue + content model; made by scripts/polnear-train-content-model.py from PolNeAR train (see the")
    print("# package README). Cue words, threshold (5-fold CV), feature weights.")
    for word in vocab:
        print("cue\t%s" % word)
    print("threshold\t%.4f" % t)
    for f in sorted(w):
        if round(w[f], 4) != 0:
            print("%s\t%.4f" % (f, w[f]))


if __name__ == "__main__":
    main(sys.argv[1:])
