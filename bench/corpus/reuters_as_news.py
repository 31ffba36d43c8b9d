#!/usr/bin/python3
"""Writes the same stories four ways, to time the article readers against each other: as the
JSON Lines they came in, as one HTML page per story (og: and JSON-LD metadata, navigation,
cookie box and footer around an <article> of <p> paragraphs), as RSS 2.0 feeds of 100 items
(content:encoded HTML) and as Atom feeds of 100 entries (escaped HTML in <content
type="html">). The text of each story is the same in all four; only the wrapping differs. Used
by bench/formats/run and docs/BENCHMARKS.md, "Article readers".

    bench/corpus/reuters_as_news.py ARTICLES.jsonl OUT_DIR [--articles N]
"""

import argparse
import html
import json
import pathlib

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Reuters Archive</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Reuters Archive">
<link rel="canonical" href="https://archive.example/{id}">
<script type="application/ld+json">{ld}</script>
<style>body {{ font-family: serif; }}</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<div class="cookie-consent">This site uses cookies. <button>Accept</button></div>
<main><article><h1>{title}</h1>
{paragraphs}
</article></main>
<footer><p>Archive copy for benchmarking.</p></footer>
</body></html>
"""

ITEM = """<item><title>{title}</title><link>https://archive.example/{id}</link>
<guid isPermaLink="false">{id}</guid>{date}
<content:encoded><![CDATA[{paragraphs}]]></content:encoded></item>
"""


ENTRY = """<entry><title>{title}</title><id>urn:archive:{id}</id>
<link rel="alternate" href="https://archive.example/{id}"/>{date}
<content type="html">{paragraphs}</content></entry>
"""


def paragraphs(body):
    # Reuters marks paragraphs by an indented line; the seeds by blank lines.
    parts, current = [], []
    for line in body.split("\n"):
        if (line.startswith("    ") or not line.strip()) and current:
            parts.append(" ".join(current))
            current = []
        if line.strip():
            current.append(line.strip())
    if current:
        parts.append(" ".join(current))
    return "\n".join("<p>" + html.escape(p) + "</p>" for p in parts)


def rfc822(iso):
    import datetime

    day = datetime.date.fromisoformat(iso)
    return day.strftime("%a, %d %b %Y 12:00:00 +0000")


def rss_item(story):
    date = f"<pubDate>{rfc822(story['date'])}</pubDate>" if story.get("date") else ""
    return ITEM.format(title=html.escape(story.get("title", "")), id=html.escape(story["id"]),
                       date=date,
                       paragraphs=paragraphs(story.get("body", "")).replace("]]>", "]]&gt;"))


def atom_entry(story):
    date = f"<published>{story['date']}T12:00:00+00:00</published>" if story.get("date") else ""
    return ENTRY.format(title=html.escape(story.get("title", "")), id=html.escape(story["id"]),
                        date=date, paragraphs=html.escape(paragraphs(story.get("body", ""))))


def write_feeds(stories, folder, extension, head, tail, entry):
    """Feeds of 100 stories each: NNNN.EXTENSION holding head, entry(story) for each, tail."""
    for start in range(0, len(stories), 100):
        (folder / f"{start // 100:04d}.{extension}").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n' + head
            + "".join(entry(story) for story in stories[start:start + 100]) + tail,
            encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", type=pathlib.Path)
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--articles", type=int, default=0, dest="limit")
    args = parser.parse_args()
    (args.out / "pages").mkdir(parents=True, exist_ok=True)
    (args.out / "feeds").mkdir(parents=True, exist_ok=True)
    (args.out / "atom").mkdir(parents=True, exist_ok=True)
    stories = []
    with args.articles.open(encoding="utf-8") as lines:
        for line in lines:
            stories.append(json.loads(line))
            if args.limit and len(stories) == args.limit:
                break
    with (args.out / "stories.jsonl").open("w", encoding="utf-8") as out:
        for story in stories:
            out.write(json.dumps(story, ensure_ascii=False) + "\n")
    for n, story in enumerate(stories):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": story.get("title", "")}
        if story.get("date"):
            ld["datePublished"] = story["date"] + "T12:00:00+00:00"
        (args.out / "pages" / f"{n:06d}.html").write_text(
            PAGE.format(title=html.escape(story.get("title", "")), id=html.escape(story["id"]),
                        ld=json.dumps(ld).replace("</", "<\\/"),
                        paragraphs=paragraphs(story.get("body", ""))),
            encoding="utf-8")
    write_feeds(stories, args.out / "feeds", "rss",
                '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
                "<channel><title>Reuters Archive</title>\n", "</channel></rss>\n", rss_item)
    write_feeds(stories, args.out / "atom", "atom",
                '<feed xmlns="http://www.w3.org/2005/Atom"><title>Reuters Archive</title>\n',
                "</feed>\n", atom_entry)

if __name__ == "__main__":
    main()
