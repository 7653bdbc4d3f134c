"""Builds testdata/articles/ from the seed article, MEANTIME/Wikinews documents and the synthetic articles.

Usage (from the repository root):
  python3 testdata/tools/build_articles.py /work/shared/seeds/000_c2cf1a3736ccef2d.txt \
      /work/shared/corpora/actors/meantime-en/intra_cross-doc_annotation testdata/articles

Output is deterministic (fixed times, gzip without timestamp). Sites, templates and bylines are fictional;
Wikinews text is CC BY 2.5 and each page says so. See testdata/README.md.
"""
import datetime
import glob
import gzip
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import meantime_text  # noqa: E402
import synthetic  # noqa: E402

# Repairs of tokenisation artefacts in the MEANTIME token stream (brackets lost, inch marks read as quotes, ...).
FIXES = {
    '10450': [('This \u2019switch\u2019', 'This \u2018switch\u2019'), ('processors] for', 'processors for')],
    '143480': [('\u201cGM\u2019s] behaviour', '\u201c[GM\u2019s] behaviour')],
    '118175': [('TARP Troubled Assets Relief Program]', 'TARP [Troubled Assets Relief Program]')],
    '126311': [('long term... the dealer network]', 'long term... [the dealer network]')],
    '87805': [('buy aircraft] from', 'buy [aircraft] from'), ('Indonesian in Europe]', 'Indonesian [in Europe]')],
    '61389': [('150px ', '')],
    '40986': [('13.3\u201d', '13.3"'), ('15\u201d', '15"'), ('17\u201d', '17"')],
}

# (file stem, source, template, publication time UTC, byline, section, caption, extra)
PAGES = [
    ('ledger-us-military-iraq', 'seed', 'ledger', '2020-01-07T10:42:00Z', 'Ledger staff', 'World',
     None, {}),
    ('ledger-northrop-eads-tanker', '100911', 'ledger', '2008-03-01T14:20:00Z', None, 'Business', None, {}),
    ('ledger-gm-new-gm-plan', '127248', 'ledger', '2009-06-04T09:05:00Z', None, 'Business', None, {}),
    ('ledger-markets-bernanke', '131162', 'ledger', '2009-08-21T21:40:00Z', None, 'Markets', None, {}),
    ('ledger-apple-free-cases', '195869', 'ledger', '2010-07-17T08:30:00Z', None, 'Technology', None, {}),
    ('ledger-port-halvard-mayor-reversal', 'port-halvard-3', 'ledger', None, None, None, None, {}),
    ('metrowire-tanker-contract', '100911', 'metrowire', '2008-03-01T18:05:00Z', None, 'Business',
     'A KC-30 aerial refuelling tanker, the type offered by Northrop Grumman and EADS.',
     {'syndicated_from': 'The Daily Ledger'}),
    ('metrowire-opel-job-cuts', '143480', 'metrowire', '2009-11-05T12:10:00Z', None, 'Business',
     'An Opel assembly line in Germany.', {}),
    ('metrowire-white-house-auto-rescue', '118175', 'metrowire', '2008-12-13T16:25:00Z', None, 'Politics',
     'The White House in Washington.', {}),
    ('metrowire-gm-chrysler-aid', '121134', 'metrowire', '2009-02-18T10:00:00Z', None, 'Business',
     'New cars at a dealership lot.', {}),
    ('metrowire-indonesia-aircraft', '87805', 'metrowire', '2007-12-20T05:35:00Z', None, 'World',
     'Aircraft on the apron at Jakarta airport.', {}),
    ('metrowire-port-halvard-vote', 'port-halvard-2', 'metrowire', None, None, None, None, {}),
    ('harbortimes-senate-auto-bailout', '118147', 'harbortimes', '2008-12-12T11:15:00Z', None, 'Business',
     'The United States Capitol.', {}),
    ('harbortimes-apple-corps', '60083', 'harbortimes', '2007-02-06T09:50:00Z', None, 'Technology',
     None, {}),
    ('harbortimes-ford-craiova', '79240', 'harbortimes', '2007-09-08T13:30:00Z', None, 'Business',
     'The Automobile Craiova plant in Romania.', {'charset': 'windows-1252'}),
    ('harbortimes-boeing-737', '106653', 'harbortimes', '2008-05-24T15:05:00Z', None, 'Business',
     'A Boeing 737 on final approach.', {}),
    ('harbortimes-markets-fall', '114565', 'harbortimes', '2008-10-06T17:20:00Z', None, 'Markets',
     None, {}),
    ('harbortimes-port-halvard-charge', 'port-halvard-1', 'harbortimes', None, None, None, None, {}),
    ('northfield-wwdc-keynote', '10450', 'northfield', '2005-06-06T22:10:00Z', None, 'Technology', None, {}),
    ('northfield-markets-surge', '113330', 'northfield', '2008-09-20T15:30:00Z', None, 'Markets', None, {}),
    ('northfield-ford-profit', '143300', 'northfield', '2009-11-03T14:45:00Z', None, 'Business', None,
     {'gzip': True}),
    ('northfield-airbus-job-cuts', '61389', 'northfield', '2007-02-28T19:00:00Z', None, 'Business', None, {}),
    ('northfield-chrysler-dealers', '126311', 'northfield', '2009-05-14T20:35:00Z', None, 'Business', None, {}),
    ('northfield-macbook', '40986', 'northfield', '2006-05-17T16:00:00Z', None, 'Technology', None, {}),
]

NAV = ['World', 'Politics', 'Business', 'Markets', 'Technology', 'Local', 'Opinion', 'Sport']
RELATED = [
    ('Regional rail fares to rise in January', '2019-11-30T09:00:00Z'),
    ('Harbour bridge repairs finish ahead of schedule', '2018-06-14T07:45:00Z'),
    ('Five things to watch in the budget', '2016-03-15T06:00:00Z'),
    ('Library opening hours extended over summer', '2017-07-02T10:30:00Z'),
    ('Weather service warns of early frost', '2015-10-21T05:15:00Z'),
]


def slugify(title):
    return re.sub(r'[^a-z0-9]+', '-', title.lower()).strip('-')[:70].strip('-')


def human_date(ts):
    d = datetime.datetime.strptime(ts, '%Y-%m-%dT%H:%M:%SZ')
    return d.strftime('%B ') + str(d.day) + d.strftime(', %Y')


def e(s):
    return html.escape(s, quote=True)


def load_sources(seed_path, meantime_dir):
    src = {}
    lines = [ln.strip() for ln in open(seed_path, encoding='utf-8').read().split('\n')]
    lines = [ln for ln in lines if ln]
    title = lines[0]
    body = [ln for ln in lines[1:] if ln != title + ' 1']  # scrape junk "<title> 1"
    src['seed'] = dict(title=title, paras=body, credit=None)
    for page in PAGES:
        key = page[1]
        if key in src or key.startswith('port-halvard') or key == 'seed':
            continue
        path = glob.glob(os.path.join(meantime_dir, '*', key + '_*.xml'))[0]
        name, url, dct, sents = meantime_text.rebuild(path)
        paras = meantime_text.paragraphs(sents[2:])  # sentence 0 = headline, 1 = dateline
        text = '\n'.join(paras)
        for old, new in FIXES.get(key, []):
            assert old in text, (key, old)
            text = text.replace(old, new)
        src[key] = dict(title=sents[0], paras=text.split('\n'), credit=(name, url), dct=dct)
    for a in synthetic.ARTICLES:
        src[a['key']] = dict(a, credit=None, synthetic=True)
    return src


def provenance_comment(key, s):
    if s.get('synthetic'):
        return '<!-- SYNTHETIC test article: fictional city, people and outlet. quotebeam testdata. -->'
    if key == 'seed':
        return '<!-- quotebeam seed article 000_c2cf1a3736ccef2d, text verbatim; site template fictional. -->'
    return '<!-- Text: Wikinews %s (CC BY 2.5), via MEANTIME (CC BY 4.0); site template fictional. -->' % s['credit'][0]


def credit_html(s):
    if not s['credit']:
        return ''
    name, url = s['credit']
    return ('<p class="source-credit">Adapted from the Wikinews article <a href="%s">%s</a>, '
            'licensed under <a href="https://creativecommons.org/licenses/by/2.5/">CC BY 2.5</a>.</p>'
            % (e(url), e(s['title'])))


def byline_of(s, page):
    if page[4]:
        return page[4]
    if s.get('byline'):
        return s['byline']
    return 'Wikinews contributors'


def paras_html(paras, indent='      '):
    return '\n'.join('%s<p>%s</p>' % (indent, e(p)) for p in paras)


def ledger(key, s, page, pub):
    title, byline, section = s['title'], byline_of(s, page), page[5] or s.get('section')
    url = 'https://www.dailyledger.example/%s/%s-%s' % (section.lower(), slugify(title), abs(hash_id(key)) % 100000)
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'datePublished': pub,
          'author': {'@type': 'Organization' if byline in ('Wikinews contributors', 'Ledger staff') else 'Person',
                     'name': byline},
          'publisher': {'@type': 'Organization', 'name': 'The Daily Ledger'}, 'mainEntityOfPage': url}
    related = '\n'.join('        <li><a href="/news/%s">%s</a> <time datetime="%s">%s</time></li>'
                        % (slugify(t), e(t), d, human_date(d)) for t, d in RELATED[:3])
    nav = '\n'.join('        <li><a href="/%s/">%s</a></li>' % (n.lower(), n) for n in NAV)
    return f'''<!DOCTYPE html>
{provenance_comment(key, s)}
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(title)} | The Daily Ledger</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{e(s['paras'][0][:150])}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="The Daily Ledger">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{url}">
  <meta property="og:image" content="https://www.dailyledger.example/img/share/{slugify(title)}.jpg">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{section}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
  <link rel="stylesheet" href="/static/ledger.css">
</head>
<body class="article-page">
  <header class="site-header">
    <a class="logo" href="/">The Daily Ledger</a>
    <nav class="main-nav">
      <ul>
{nav}
      </ul>
    </nav>
    <form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form>
    <a class="subscribe" href="/subscribe">Subscribe</a>
  </header>
  <nav class="breadcrumbs" aria-label="Breadcrumb">
    <ol><li><a href="/">Home</a></li><li><a href="/{section.lower()}/">{section}</a></li><li>Article</li></ol>
  </nav>
  <main>
    <article class="story">
      <h1 class="headline">{e(title)}</h1>
      <div class="story-meta">
        <span class="byline">By <a rel="author" href="/staff/{slugify(byline)}">{e(byline)}</a></span>
        <time datetime="{pub}">{human_date(pub)}</time>
      </div>
      <ul class="share">
        <li><a href="https://twitter.com/intent/tweet?url={url}">Share on Twitter</a></li>
        <li><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Share on Facebook</a></li>
        <li><a href="mailto:?subject={e(title)}">Email</a></li>
      </ul>
      <div class="story-body">
{paras_html(s['paras'])}
      </div>
      {credit_html(s)}
    </article>
    <aside class="related">
      <h2>Related stories</h2>
      <ul>
{related}
      </ul>
    </aside>
    <section class="newsletter">
      <h2>The Morning Ledger</h2>
      <p>\u201cThe only newsletter I read every day,\u201d says one reader. Get the top stories in your inbox at 6 a.m.</p>
      <form action="/newsletter"><input type="email" name="email" placeholder="Your email"><button>Sign up</button></form>
    </section>
    <div class="comments-teaser"><a href="#comments">Comments (12)</a> Join the conversation: readers said what they think.</div>
  </main>
  <footer class="site-footer">
    <p>&copy; 2024 The Daily Ledger. All rights reserved.</p>
    <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li></ul>
  </footer>
</body>
</html>
'''


def metrowire(key, s, page, pub):
    title, byline = s['title'], byline_of(s, page)
    url = 'https://metrowire.example/news/%d-%s' % (abs(hash_id(key + 'mw')) % 1000000, slugify(title))
    modified = s.get('modified') or pub[:11] + '%02d' % min(23, int(pub[11:13]) + 3) + pub[13:]
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title,
          'datePublished': pub.replace('Z', '+00:00'), 'dateModified': modified.replace('Z', '+00:00'),
          'author': [{'@type': 'Person', 'name': byline}], 'publisher': {'@type': 'Organization', 'name': 'Metro Wire'}}
    caption = page[6] or s.get('caption')
    paras = s['paras']
    head, tail = paras[:2], paras[2:]
    figure = ''
    if caption:
        figure = f'''      <figure class="lead-image">
        <img src="https://cdn.metrowire.example/img/{slugify(title)[:30]}.jpg" alt="">
        <figcaption>{e(caption)} <span class="credit">Photo: Metro Wire archive</span></figcaption>
      </figure>
'''
    syndicated = ''
    if page[7].get('syndicated_from'):
        syndicated = '      <p class="syndication">This story was first published by %s.</p>\n' % page[7]['syndicated_from']
    credit_line = 'Reporting by %s; editing by Ana Brook' % e(byline)
    return f'''<!doctype html>
{provenance_comment(key, s)}
<html>
<head>
<meta charset="UTF-8">
<title>{e(title)} - Metro Wire</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{e(title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Metro Wire">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=1)}
</script>
</head>
<body>
<div id="top-bar"><a href="/">Metro Wire</a> | <a href="/news">News</a> | <a href="/markets">Markets</a> | <a href="/login">Sign in</a></div>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<div id="page">
  <div class="story-header">
    <h1>{e(title)}</h1>
    <div class="updated">Updated {human_date(modified)}</div>
  </div>
  <div class="story-body">
{figure}{paras_html(head, '    ')}
    <p class="inline-related"><strong>Read more:</strong> <a href="/news/1-market-wrap">Markets wrap: what moved today</a></p>
{paras_html(tail, '    ')}
{syndicated}    <p class="credit">{credit_line}</p>
    {credit_html(s)}
  </div>
  <div class="more-from">
    <h3>More from Metro Wire</h3>
    <a href="/news/2-city-budget">City budget talks stall again</a>
    <a href="/news/3-airport-expansion">Airport expansion plan goes to public consultation</a>
  </div>
</div>
<div id="footer">Metro Wire &middot; <a href="/terms">Terms</a> &middot; <a href="/contact">Contact</a></div>
</body>
</html>
'''


def harbortimes(key, s, page, pub):
    title, byline = s['title'], byline_of(s, page)
    url = 'https://www.harbortimes.example/%s/%s/%s/%s.html' % (pub[0:4], pub[5:7], pub[8:10], slugify(title))
    charset = page[7].get('charset', 'utf-8')
    caption = page[6] or s.get('caption')
    paras = s['paras']
    fig = ''
    if caption:
        fig = f'''      <div class="photo">
        <img src="/photos/{pub[0:4]}/{slugify(title)[:24]}.jpg" width="640" height="360" alt="{e(caption)}">
        <p class="caption">{e(caption)}</p>
      </div>
'''
    mid = min(3, len(paras))
    return f'''<!DOCTYPE html>
{provenance_comment(key, s)}
<html lang="en-GB">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{e(title)} | Harbor Times</title>
<link rel="canonical" href="{url}">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{e(title)}">
<meta name="keywords" content="{e(page[5] or s.get('section'))}, news">
</head>
<body>
<div class="masthead"><a href="/"><img src="/logo.png" alt="Harbor Times"></a>
  <ul class="menu"><li><a href="/news/">News</a></li><li><a href="/business/">Business</a></li><li><a href="/what-s-on/">What&#39;s on</a></li><li><a href="/obituaries/">Obituaries</a></li></ul>
</div>
<main>
  <section class="article">
    <header>
      <h1>{e(title)}</h1>
      <span class="author">{e(byline)}, Harbor Times</span>
    </header>
{fig}{paras_html(paras[:mid], '    ')}
    <div class="advert">Advertisement</div>
{paras_html(paras[mid:], '    ')}
    {credit_html(s)}
  </section>
  <section class="most-read">
    <h2>Most read</h2>
    <ol><li><a href="/2019/05/02/ferry-timetable-changes.html">Ferry timetable changes from Monday</a></li><li><a href="/2018/11/20/market-hall-reopens.html">Market hall reopens after refit</a></li><li><a href="/2020/02/11/school-places.html">Parents warned over school places deadline</a></li></ol>
  </section>
</main>
<div class="footer">Harbor Times, 1 Quay Street. Letters to the editor: letters@harbortimes.example</div>
</body>
</html>
'''


def northfield(key, s, page, pub):
    title, byline, section = s['title'], byline_of(s, page), page[5] or s.get('section')
    url = 'https://northfieldpost.example/%s/%s/' % (section.lower(), slugify(title))

    def ent(text):  # this site's CMS writes typographic characters as named entities
        t = e(text)
        for ch, name in (('\u201c', '&ldquo;'), ('\u201d', '&rdquo;'), ('\u2018', '&lsquo;'), ('\u2019', '&rsquo;'),
                         ('\u00a3', '&pound;'), ('\u2014', '&mdash;')):
            t = t.replace(ch, name)
        return t
    body = '\n'.join('        <p>%s</p>' % ent(p) for p in s['paras'])
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
{provenance_comment(key, s)}
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{ent(title)} &laquo; Northfield Post</title>
<link rel="canonical" href="{url}" />
<link rel="alternate" type="application/rss+xml" title="Northfield Post RSS" href="https://northfieldpost.example/feed/" />
</head>
<body class="single">
<div id="wrapper">
  <div id="header"><h1 id="site-title"><a href="/">Northfield Post</a></h1><p class="tagline">News and views from the valley</p></div>
  <div id="menu"><a href="/">Home</a> <a href="/business/">Business</a> <a href="/technology/">Technology</a> <a href="/markets/">Markets</a> <a href="/about/">About</a></div>
  <div id="content">
    <div class="post" id="post-{abs(hash_id(key)) % 9000 + 1000}">
      <h2 class="entry-title">{ent(title)}</h2>
      <div class="postmeta">Posted by <span class="author vcard">{e(byline)}</span> in <a href="/{section.lower()}/" rel="category tag">{section}</a> on <time class="published" datetime="{pub}" pubdate="pubdate">{human_date(pub)}</time></div>
      <div class="entry">
{body}
        {credit_html(s)}
      </div>
      <div class="tags">Tags: <a href="/tag/{section.lower()}/">{section.lower()}</a>, <a href="/tag/news/">news</a></div>
    </div>
    <div id="comments">
      <h3>2 Responses</h3>
      <ol class="commentlist">
        <li class="comment"><cite>valleyreader</cite> said: Thanks for posting this, very useful summary.</li>
        <li class="comment"><cite>J. Pike</cite> said: I will believe it when I see it.</li>
      </ol>
      <p><a href="#respond">Leave a reply</a></p>
    </div>
  </div>
  <div id="sidebar"><h3>Archives</h3><ul><li><a href="/2009/">2009</a></li><li><a href="/2008/">2008</a></li><li><a href="/2007/">2007</a></li></ul></div>
  <div id="footer">Powered by a blog engine. Northfield Post &copy; 2005&ndash;2011</div>
</div>
</body>
</html>
'''


def hash_id(s):
    h = 0
    for ch in s:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


TEMPLATES = dict(ledger=ledger, metrowire=metrowire, harbortimes=harbortimes, northfield=northfield)


def main(seed_path, meantime_dir, out_dir):
    src = load_sources(seed_path, meantime_dir)
    os.makedirs(out_dir, exist_ok=True)
    for page in PAGES:
        stem, key, template = page[0], page[1], page[2]
        s = src[key]
        pub = page[3] or s['published']
        doc = TEMPLATES[template](key, s, page, pub)
        data = doc.encode(page[7].get('charset', 'utf-8'))
        if page[7].get('gzip'):
            with open(os.path.join(out_dir, stem + '.html.gz'), 'wb') as f:
                f.write(gzip.compress(data, mtime=0))
        else:
            with open(os.path.join(out_dir, stem + '.html'), 'wb') as f:
                f.write(data)
        print(stem, key, pub)


if __name__ == '__main__':
    main(*sys.argv[1:4])
