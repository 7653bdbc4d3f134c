#!/usr/bin/env python3
"""Trains the learned cue + content model read by dev.quotebeam.extract.ContentModel on the PolNeAR TRAIN split.

Usage (from the repository root, after `mvn -o test-compile`):
    scripts/polnear-train-content-model.py <polnear dir> > src/main/resources/dev/quotebeam/extract/content-model.txt
    scripts/polnear-train-content-model.py --cv <polnear dir>      # prints the cross-validation table only
    python3 -m doctest scripts/polnear-train-content-model.py      # the examples of the threshold choice

Steps (train split only; dev and test are never read):
1. Words: the head of the Cue span of each gold relation with a Content (one annotator per article: the first .ann
   file by name, as PolnearEval reads it): its first word not in LEADING ("is widely expected" -> expected),
   lower-cased; words seen at least MIN_CUE times and not in NOT_CUES are offered to the Java side.
2. Candidates: the Java side (dev.quotebeam.extract.ContentModelDump, test classes) runs the extractor's rules alone
   (QuoteExtractor.rulesOnly) and lists, per article, its statements (with their speakers placed as PolnearEval
   places them) and every content choice of every offered word that no statement overlaps, with the features and
   the speaker kind ContentModel computes. So the features are computed by one implementation, the one that ships.
3. Labels: a choice is right when its span matches a gold content that no extractor statement matches (word
   characters overlapping by at least half of each, as PolnearEval scores), whose Cue overlaps the cue word, and
   whose Source its speaker gets right (Article.speaker_right).
4. Vocabulary (vocabulary()): from the articles trained on only, the words seen as a Cue head at least MIN_CUE times
   with at least MIN_RIGHT right candidates (a count of labels, not of a model's matches, so a rule change that
   moves a handful of predictions does not flip a word), the MAX_WORDS with the most right candidates. In
   cross-validation it is chosen inside each training fold, so the CV numbers are honest about it.
5. Model: per cue word of the vocabulary, a structured averaged perceptron picks the best choice or none (score <= 0),
   EPOCHS epochs in a seeded order; the weights are the mean of one such run per seed of SEEDS (the shuffle order
   alone moved a score by 5, e.g. a number's noun "30 points to lead the Lakers" -0.9 with seed 13 and -2.4 to -6.1
   with seeds 14-17, so one run's weights are as noisy as the threshold range). Features seen in fewer than
   MIN_FEATURE articles are dropped (so no rare word is shipped; the Java side already turns capitalised neighbours
   into one class, so no name is a feature).
6. Thresholds: 5-fold cross-validation by article; each held-out cue word keeps its best choice and score, in text
   order, skipping choices that overlap an earlier learned statement (as AttitudeRelations.learned does). A
   threshold is allowed where the model's own CV precision is at least MIN_PRECISION and its speakers lower the
   system's speaker accuracy by at most SPEAKER_LOSS (the extractor's and the model's speakers both judged by
   Article.speaker_right, as PolnearEval judges them, near enough). The simulated all-relations F1 of extractor +
   model on train is flat over the allowed thresholds (a rule commit moved the argmax from -4.23 to -2.76 at equal
   F1), so choose() takes the centre of the plateau, not its argmax: one threshold, the middle one of the run of
   allowed grid thresholds around the best whose F1 is within PLATEAU of the best. Then a speaker kind
   (ContentModel.speakerKind: name, pronoun, possessive, borrowed, other) gets a threshold of its own, the centre of
   its own plateau, only when its best allowed F1 beats the shared threshold's by more than KIND_GAIN; otherwise it
   keeps the shared one. The "honest" line chooses the thresholds on four folds' CV predictions and scores the
   fifth, so neither the vocabulary nor the thresholds are chosen on the articles scored. Then the model is trained
   on all of train and printed as "cue<TAB>word", "threshold<TAB>t", "threshold:kind<TAB>t" and
   "feature<TAB>weight" lines (a summary line goes to stderr). Only words, feature strings and numbers are printed,
   no corpus text. Needs Python 3 and numpy.
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
# The model may lower the whole system's speaker accuracy by at most SPEAKER_LOSS, both judged by
# Article.speaker_right: the extractor's on its own matches, the model's on its CV matches.
SPEAKER_LOSS = 0.002
# Thresholds whose simulated system F1 is within PLATEAU of the best count as equally good (about 7 matches of
# PolNeAR train, a tenth of what the model adds): choose() takes the middle of that run, which a small rule change
# does not move far. A speaker kind gets its own threshold only when that gains more than KIND_GAIN.
PLATEAU = 0.0005
KIND_GAIN = 0.0005
MIN_RIGHT = 2
MAX_WORDS = 300
KINDS = ("name", "pronoun", "possessive", "borrowed", "other")
SEEDS = (13, 14, 15, 16, 17)
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
# Words a Cue span may open with before its head ("is widely expected", "to endorse", "the idea"): the head names
# the cue word the model scores. Auxiliaries, modals, negation and adverbs of NOT_CUES, "to" and articles.
LEADING = {"to", "the", "a", "an"} | {w for w in NOT_CUES if not w.endswith("ed") and w not in (
    "went", "gave", "cast", "began", "takes", "took", "won", "lost", "looking", "made", "makes", "making", "lists")}
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


def cue_heads(text, gold):
    """The head word of each gold Cue span (its first word not in LEADING), lower-cased, counted."""
    counts = collections.Counter()
    for _, cue, _ in gold:
        if cue:
            words = [m.group().lower() for m in WORD.finditer(text[cue[0][0]:cue[0][1]])]
            head = next((w for w in words if w not in LEADING), None)
            if head and head not in NOT_CUES:
                counts[head] += 1
    return counts


def offered(root, files):
    """The words the Java side lists candidates for: Cue heads seen at least MIN_CUE times in all of train."""
    counts = collections.Counter()
    for name, path in files.items():
        counts.update(cue_heads(read_gz(root + "/train/text/" + name + ".txt.gz"), parse_gold(read_gz(path))))
    return sorted(w for w, c in counts.items() if c >= MIN_CUE)


def vocabulary(arts):
    """The vocabulary chosen from arts alone (step 4 of the module doc): a set of words."""
    heads = collections.Counter()
    right = collections.Counter()
    for a in arts:
        heads.update(a.heads)
        for key, y in a.labels.items():
            if y >= 0:
                right[a.cue_word[key]] += 1
    ok = [w for w, c in right.items() if c >= MIN_RIGHT and heads[w] >= MIN_CUE]
    return set(sorted(ok, key=lambda w: (-right[w], w))[:MAX_WORDS])


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
    vocab = offered(root, files)
    arts = []
    art = None
    for line in dump(root, vocab):
        f = line.split("\t")
        if f[0] == "A":
            name = f[1]
            art = Article(name, read_gz(root + "/train/text/" + name + ".txt.gz"), parse_gold(read_gz(files[name])))
            art.heads = cue_heads(art.text, art.gold)
            art.cue_word = {}
            arts.append(art)
        elif f[0] == "P":
            art.preds.append((int(f[1]), int(f[2]), int(f[3]), int(f[4])))
        elif f[0] == "C":
            key = (int(f[1]), int(f[2]))
            feats = f[8].split(" ")
            art.cues.setdefault(key, []).append((f[3], int(f[4]), int(f[5]), feats, int(f[6]), int(f[7]), f[9]))
            art.cue_word[key] = feats[1][2:]
    return vocab, arts


def label(arts):
    """Marks the golds the extractor matches; per article, per cue: the index of its best right choice or -1."""
    for a in arts:
        used = set()
        a.rule_speakers = 0
        for s, e, ss, se in a.preds:
            g = a.best_gold(s, e, used)
            if g >= 0:
                used.add(g)
                a.rule_speakers += a.speaker_right(ss, se, g)
        a.rule_matched = len(used)
        a.free = used
        a.labels = {}
        for (cs, ce), rows in a.cues.items():
            best, best_score = -1, -1.0
            for k, (_, s, e, _, ss, se, _) in enumerate(rows):
                for g in range(len(a.gold)):
                    cue = a.gold[g][1]
                    if g in used or not cue or not any(fs < ce and cs < fe for fs, fe in cue) \
                            or not a.speaker_right(ss, se, g):
                        continue
                    ok, inter = a.matches(s, e, g)
                    if ok and inter / a.wc(s, e) + inter / a.gold_wc[g] > best_score:
                        best, best_score = k, inter / a.wc(s, e) + inter / a.gold_wc[g]
            a.labels[(cs, ce)] = best


def groups(arts, index, vocab):
    """Per cue of a word of vocab: (article, key, [feature id arrays], label)."""
    out = []
    for a in arts:
        for key, rows in a.cues.items():
            if a.cue_word[key] not in vocab:
                continue
            ids = []
            for feats in (r[3] for r in rows):
                row = []
                for f in feats:
                    i = index.get(f)
                    if i is not None:
                        row.append(i)
                ids.append(np.array(row, dtype=np.int64))
            out.append((a, key, ids, a.labels[key]))
    return out


def allowed(arts, vocab):
    """Features of vocab's cues seen in at least MIN_FEATURE articles (one article's repeated words never make a
    feature)."""
    counts = collections.Counter()
    for a in arts:
        counts.update(set(f for key, rows in a.cues.items() if a.cue_word[key] in vocab for r in rows for f in r[3]))
    return {f for f, c in counts.items() if c >= MIN_FEATURE}


def train(arts, vocab):
    keep = allowed(arts, vocab)
    index = {}
    for f in sorted(keep):
        index[f] = len(index)
    data = groups(arts, index, vocab)
    mean = np.zeros(len(index))
    for seed in SEEDS:
        w = np.zeros(len(index))
        total = np.zeros(len(index))
        order = list(range(len(data)))
        rnd = random.Random(seed)
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
        mean += (w - total / c) / len(SEEDS)
    return {f: mean[i] for f, i in index.items()}


def best_choices(w, arts, vocab):
    """Per article, per cue of a word of vocab in text order: its choices as (score, start, end, speaker start,
    speaker end, word, speaker kind), in the order the Java side offers them."""
    out = {}
    for a in arts:
        out[a.name] = [[(sum(w.get(f, 0.0) for f in r[3]), r[1], r[2], r[4], r[5], r[3][1][2:], r[6]) for r in rows]
                       for key, rows in a.cues.items() if a.cue_word[key] in vocab]
    return out


def simulate(arts, picks, th):
    """Predictions, matches and matches with a right speaker of the model with thresholds th (speaker kind ->
    threshold), and the extractor's predictions, matches and matches with a right speaker, and the gold count,
    summed."""
    n = k = ks = pr = mr = ms = gold = 0
    for a in arts:
        pr += len(a.preds)
        mr += a.rule_matched
        ms += a.rule_speakers
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
            score, s, e, ss, se, word, kind = best
            if score <= th[kind]:
                continue
            taken.append((s, e))
            n += 1
            g = a.best_gold(s, e, used)
            if g >= 0:
                used.add(g)
                k += 1
                ks += a.speaker_right(ss, se, g)
    return n, k, ks, pr, mr, ms, gold


def f1(p, r):
    return 0 if p + r == 0 else 2 * p * r / (p + r)


def row(arts, picks, th):
    """(thresholds, predicted, matched, model precision, model speaker accuracy, system F1, rules-alone F1, system
    speaker accuracy, rules-alone speaker accuracy) of the model with thresholds th."""
    n, k, ks, pr, mr, ms, gold = simulate(arts, picks, th)
    p, r = (mr + k) / max(1, pr + n), (mr + k) / max(1, gold)
    return (dict(th), n, k, k / max(1, n), ks / max(1, k), f1(p, r), f1(mr / pr, mr / gold),
            (ms + ks) / max(1, mr + k), ms / max(1, mr))


def allowed_row(r):
    return r[3] >= MIN_PRECISION and r[2] >= 20 and r[7] >= r[8] - SPEAKER_LOSS


def cross_validate(arts):
    """Per article, per cue: its choices scored by a model (and vocabulary) trained on the other folds."""
    picks = {}
    for fold in range(FOLDS):
        training = [a for i, a in enumerate(arts) if i % FOLDS != fold]
        vocab = vocabulary(training)
        picks.update(best_choices(train(training, vocab), [a for i, a in enumerate(arts) if i % FOLDS == fold], vocab))
    return picks


def centre(f1s, ok):
    """The plateau of a curve of system F1s (one per grid threshold, in grid order; ok tells which thresholds are
    allowed): the index of the middle of the contiguous run of allowed thresholds, around the best allowed one, whose
    F1 is within PLATEAU of it (of two middles, the higher threshold); None when none is allowed.

    >>> centre([0.6460, 0.6450, 0.6448, 0.6447, 0.6430, 0.6446], [False, True, True, True, True, True])
    2
    >>> centre([0.6450, 0.6440, 0.6446], [True, True, True])
    0
    >>> centre([0.6450], [False]) is None
    True
    """
    allowed = [i for i in range(len(f1s)) if ok[i]]
    if not allowed:
        return None
    top = max(allowed, key=lambda i: f1s[i])
    near = lambda i: 0 <= i < len(f1s) and ok[i] and f1s[i] >= f1s[top] - PLATEAU
    lo = hi = top
    while near(lo - 1):
        lo -= 1
    while near(hi + 1):
        hi += 1
    return (lo + hi + 1) // 2


def choose(arts, picks):
    """The thresholds per speaker kind (step 6 of the module doc) and the table of the single thresholds tried."""
    scores = sorted(max(c[0] for c in choices) for a in arts for choices in picks[a.name])
    grid = sorted(set(scores[int(q * (len(scores) - 1))] for q in np.linspace(0.9, 0.9995, 50))) + [float("inf")]
    table = [row(arts, picks, {kind: t for kind in KINDS}) for t in grid]
    i = centre([r[5] for r in table], [allowed_row(r) for r in table])
    if i is None:
        raise ValueError("no threshold meets MIN_PRECISION and SPEAKER_LOSS")
    shared = table[i]
    th = dict(shared[0])
    for kind in KINDS:
        rows = [row(arts, picks, dict(shared[0], **{kind: t})) for t in grid]
        ok = [allowed_row(r) for r in rows]
        j = centre([r[5] for r in rows], ok) if any(ok) else None
        if j is not None and rows[j][5] > shared[5] + KIND_GAIN:  # the centre's own gain, not the plateau's top
            th[kind] = grid[j]
    best = row(arts, picks, th)
    # each kind was chosen with the others shared; together they must still meet the limits
    return (best if allowed_row(best) else shared), table


def honest(arts, picks):
    """The system on each fold with thresholds chosen on the other four (vocabulary and weights already are)."""
    totals = np.zeros(7)
    for fold in range(FOLDS):
        th = choose([a for i, a in enumerate(arts) if i % FOLDS != fold], picks)[0][0]
        totals += simulate([a for i, a in enumerate(arts) if i % FOLDS == fold], picks, th)
    n, k, ks, pr, mr, ms, gold = totals
    return n, k, ks, f1((mr + k) / (pr + n), (mr + k) / gold), (ms + ks) / (mr + k), ms / mr


def describe(r):
    return ("thresholds %s  predicted %d  matched %d  P %.3f  speaker %.3f  system F1 %.4f (rules alone %.4f)  "
            "system speaker %.4f (rules alone %.4f)" % ((" ".join("%s %.3f" % (k, r[0][k]) for k in KINDS),)
                                                          + tuple(r[1:])))


def number(t):
    """t as ContentModel reads it (Java's Double.parseDouble spells infinity "Infinity")."""
    return "Infinity" if t == float("inf") else "%.4f" % t


def main(argv):
    cv = argv[:1] == ["--cv"]
    root = argv[-1]
    _, arts = load(root)
    label(arts)
    picks = cross_validate(arts)
    best, table = choose(arts, picks)
    if cv:
        print("candidate cues %d, right %d" % (sum(len(a.cues) for a in arts),
                                                sum(1 for a in arts for y in a.labels.values() if y >= 0)))
        for r in table:
            print(describe(r))
        n, k, ks, sf, sp, rp = honest(arts, picks)
        print("honest (thresholds chosen on the other folds): predicted %d matched %d P %.3f speaker %.3f system F1 "
              "%.4f system speaker %.4f (rules alone %.4f)" % (n, k, k / n, ks / k, sf, sp, rp))
    vocab = vocabulary(arts)
    print("chosen, %d cue words: %s" % (len(vocab), describe(best)), file=sys.stderr)
    if cv:
        return
    w = train(arts, vocab)
    print("# Learned cue + content model; made by scripts/polnear-train-content-model.py from PolNeAR train (see the")
    print("# package README). Cue words, thresholds (5-fold CV: the centre of the plateau; a speaker kind's own only")
    print("# where it gains), feature weights.")
    for word in sorted(vocab):
        print("cue\t%s" % word)
    th = best[0]
    default = collections.Counter(th.values()).most_common(1)[0][0]
    print("threshold\t%s" % number(default))
    for kind in KINDS:
        if th[kind] != default:
            print("threshold:%s\t%s" % (kind, number(th[kind])))
    for f in sorted(w):
        if round(w[f], 4) != 0:
            print("%s\t%.4f" % (f, w[f]))


if __name__ == "__main__":
    main(sys.argv[1:])
