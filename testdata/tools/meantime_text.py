"""Rebuilds the running text of a MEANTIME (Wikinews) CAT XML document from its <token> elements.

The corpus stores text only as tokens (PTB-style quotes `` '' and split clitics), so sentences are re-joined
with the spacing a news page would have and straight/TeX quotes become typographic ones. Used by
build_articles.py; not part of the Java build.
"""
import re
import xml.etree.ElementTree as ET

NO_SPACE_BEFORE = {'.', ',', ';', ':', '?', '!', ')', ']', '%', '...'}
CLITIC = re.compile(r"^(?:'|’)(s|re|ve|ll|d|m|S)$|^n't$")
CURRENCY = ('$', '£', '€', '¥')


def rebuild(path):
    """Returns (doc_name, wikinews_url, creation_time_value, [sentence text, ...])."""
    root = ET.parse(path).getroot()
    sents = {}
    for t in root.findall('token'):
        sents.setdefault(int(t.get('sentence')), []).append(t.text or '')
    dct = next((x.get('value') for x in root.iter('TIMEX3')
                if x.get('functionInDocument') == 'CREATION_TIME'), None)
    return root.get('doc_name'), root.get('url'), dct, [join(sents[k]) for k in sorted(sents)]


def join(tokens):
    out = []
    glue = True
    in_quote = False
    for t in tokens:
        if t == '`':
            out.append(('' if glue else ' ') + '\u2018')
            glue = True
        elif t in ('``', '\u201c') or (t == '"' and not in_quote):
            out.append(('' if glue else ' ') + '\u201c')
            glue, in_quote = True, True
        elif t in ("''", '\u201d') or (t == '"' and in_quote):
            out.append('\u201d')
            glue, in_quote = False, False
        elif t in NO_SPACE_BEFORE or CLITIC.match(t) or t in ('\u2019', "'"):
            out.append(t.replace("'", '\u2019'))
            glue = False
        else:
            if t == '#':  # the corpus tokeniser turned the pound sign into '#'
                t = '£'
            out.append(('' if glue else ' ') + t.replace("'", '\u2019'))
            glue = t in ('(', '[') or t.endswith(CURRENCY)
    s = ''.join(out)
    s = re.sub(r"\bI’ ll\b", "I’ll", s)
    return s.replace('GB £ ', '£').replace('US $', 'US$')


def paragraphs(sentences):
    """Groups sentences into paragraphs: one per sentence, except that an open quotation continues the paragraph."""
    paras, cur = [], []
    for s in sentences:
        cur.append(s)
        text = ' '.join(cur)
        if text.count('\u201c') <= text.count('\u201d'):
            paras.append(text)
            cur = []
    if cur:
        paras.append(' '.join(cur))
    return paras
