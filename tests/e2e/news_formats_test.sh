# A folder as news arrives: HTML pages, RSS and Atom feeds, .ndjson, upper-case extensions and
# gzip, read by the real mss-index; other files warned about; feed items kept when they drop out of
# the feed and updated when they change.
. "$(dirname "$0")/lib.sh"

DATA="$MSS_SOURCE_DIR/tests/data"
NEWS="$SCRATCH/news"
mkdir -p "$NEWS/pages" "$NEWS/feeds"
cp "$DATA/pages/cw_landing.html" "$NEWS/pages/"
cp "$DATA/pages/hd_patrol.htm" "$NEWS/pages/PATROL.HTM"
cp "$DATA/feeds/haiti_depeche.atom" "$NEWS/feeds/"
cp "$DATA/feeds/wire_feed.xml" "$NEWS/feeds/"                      # a feed named .xml
gzip -c "$DATA/feeds/caribbean_wire.rss" >"$NEWS/feeds/cw.rss.gz"
printf '{"id":"nd-1","title":"Ndjson wire on the contingent","source":"Nairobi Desk"}\n' >"$NEWS/wire.ndjson"
printf '{"id":"up-1","title":"Upper-case wire on the contingent"}\n' | gzip -c >"$NEWS/WIRE.JSONL.GZ"
printf 'Upper-case text file\nThe contingent patrolled.\n' >"$NEWS/NOTE.TXT"
printf '%%PDF-1.4\n' >"$NEWS/report.pdf"
printf 'no extension\n' >"$NEWS/LICENSE"
printf '<?xml version="1.0"?><urlset/>\n' >"$NEWS/sitemap.xml"
INDEX="$SCRATCH/index"

run "$MSS_INDEX_BIN" --index "$INDEX" "$NEWS"
assert_status 5 "a folder with files of no known type"
# 2 pages, 2 + 2 + 1 feed items, 2 JSON lines, 1 text file.
assert_contains "$OUT" "10 added, 0 updated, 0 deleted, 0 unchanged, 0 kept; 3 skipped" "summary"
assert_contains "$ERR" "news/report.pdf: not a format the indexer reads" "pdf"
assert_contains "$ERR" "news/LICENSE: not a format" "no extension"
assert_contains "$ERR" "news/sitemap.xml: XML that is neither an RSS nor an Atom feed" "other XML"
# A file named on the command line is no different.
run "$MSS_INDEX_BIN" --index "$SCRATCH/other" "$NEWS/report.pdf"
assert_status 5 "a pdf named on the command line"
assert_contains "$ERR" "report.pdf: not a format" "a pdf named on the command line"

run "$MSS_SEARCH_BIN" --index "$INDEX" --ids --sort date --limit 20 'contingent OR patrolled'
assert_equal "$(printf '%s\n' "$OUT" | head -n 6)" "cw-2024-0625-01
pages/cw_landing.html
pages/PATROL.HTM
https://caribbeanwire.example/2024/07/gangs-test
urn:example:hd:2024-08-14-base
https://nairobidesk.example/ruto-haiti" "dated articles, oldest first"
assert_equal "$(printf '%s\n' "$OUT" | tail -n +7 | sort | tr '\n' ' ')" "NOTE.TXT nd-1 up-1 " \
    "undated articles"
run "$MSS_SEARCH_BIN" --index "$INDEX" --json --show pages/cw_landing.html
assert_contains "$OUT" '"date_source":"json-ld"' "HTML date source"
assert_contains "$OUT" '"url":"https://caribbeanwire.example/2024/06/kenyan-officers-land"' "HTML url"
assert_not_contains "$OUT" "cookies" "HTML body"

# Tomorrow's feed: one item dropped out, one changed. The dropped one stays; the changed one is
# updated; the page that was deleted from the folder goes, as files always have.
python3 - "$NEWS/feeds/haiti_depeche.atom" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = re.sub(r"<entry>.*?2024-08-14-base.*?</entry>", "", text, flags=re.S)
text = text.replace("shops reopened", "shops and schools reopened")
open(path, "w", encoding="utf-8").write(text)
PY
rm "$NEWS/pages/cw_landing.html" "$NEWS/report.pdf" "$NEWS/LICENSE" "$NEWS/sitemap.xml"
run "$MSS_INDEX_BIN" --index "$INDEX" "$NEWS"
assert_status 0 "the next night"
assert_contains "$OUT" "0 added, 1 updated, 1 deleted, 7 unchanged" "the next night"
run "$MSS_SEARCH_BIN" --index "$INDEX" --ids '"second base"'
assert_equal "$OUT" "urn:example:hd:2024-08-14-base" "an item that left the feed is kept"
run "$MSS_SEARCH_BIN" --index "$INDEX" --ids "schools reopened"
assert_equal "$OUT" "urn:example:hd:2024-08-16-curfew" "a changed item is updated"

# The same feed saved again elsewhere (tomorrow's folder of an archive) changes nothing.
mkdir -p "$NEWS/2024-08-17"
cp "$NEWS/feeds/haiti_depeche.atom" "$NEWS/2024-08-17/"
rm "$NEWS/feeds/haiti_depeche.atom"
run "$MSS_INDEX_BIN" --index "$INDEX" "$NEWS"
assert_contains "$OUT" "0 added, 0 updated, 0 deleted, 8 unchanged" "a feed moved to another folder"

# A page with no date in its markup is dated by the text rules, as a text file is; a <time>
# in the page's own header (not the story's) is not its date.
cat >"$SCRATCH/undated.html" <<'HTML'
<html><head><title>Curfew lifted in Petion-Ville | Hills Herald</title></head>
<body><header><time datetime="2019-05-01">Since 2019</time></header>
<article><p>PETION-VILLE, March 3, 2025 - The curfew was lifted on Monday.</p></article></body></html>
HTML
run "$MSS_INDEX_BIN" --index "$SCRATCH/undated" "$SCRATCH/undated.html"
assert_status 0 "a page dated by its text"
run "$MSS_SEARCH_BIN" --index "$SCRATCH/undated" --format '{date} {title}' curfew
assert_equal "$OUT" "2025-03-03 Curfew lifted in Petion-Ville" "a page dated by its text"
run "$MSS_SEARCH_BIN" --index "$SCRATCH/undated" --json --show undated.html
assert_contains "$OUT" '"date_source":"text"' "the date source of a page dated by its text"

# A huge page is capped by --max-bytes, compressed or not.
{
    printf '<html><body><article><h1>Huge page</h1>'
    head -c 6000 /dev/zero | tr '\0' 'x'
    printf '</article></body></html>'
} >"$SCRATCH/huge.html"
gzip -c "$SCRATCH/huge.html" >"$SCRATCH/huge.htm.gz"
run "$MSS_INDEX_BIN" --index "$SCRATCH/huge" --max-bytes 4000 "$SCRATCH/huge.html" "$SCRATCH/huge.htm.gz"
assert_status 5 "pages over --max-bytes"
assert_contains "$ERR" "huge.html: 6" "a page over --max-bytes"
assert_contains "$ERR" "huge.htm.gz: over the size limit of 4000 bytes when decompressed" "a .gz page over it"

# A damaged .gz keeps what came before the damage and warns: a feed cut short in its download
# keeps the items that end before the cut, as a feed cut short uncompressed does. The oracle
# is the decompressed prefix: items closed by "</item>" and a newline before it ends.
python3 - "$SCRATCH/long.rss" <<'PY'
import random, sys
words = random.Random(17).choices(["patrol", "convoy", "airport", "officers", "road", "police",
                                   "Delmas", "Kenscoff", "checkpoint", "residents"], k=6000)
items = "".join(
    f"<item><title>Night report {n}</title><guid>night-{n}</guid>\n"
    f"<description>Contingent log {n}: {' '.join(words[n * 150:(n + 1) * 150])}</description>\n</item>\n"
    for n in range(40))
open(sys.argv[1], "w").write('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Night Desk</title>\n'
                             + items + "</channel></rss>\n")
PY
gzip -c "$SCRATCH/long.rss" >"$SCRATCH/long.rss.gz"
head -c "$(($(stat -c %s "$SCRATCH/long.rss.gz") / 2))" "$SCRATCH/long.rss.gz" >"$SCRATCH/cut.rss.gz"
complete=$(python3 -c '
import sys, zlib
data = open(sys.argv[1], "rb").read()
print(zlib.decompressobj(31).decompress(data).decode().count("</item>\n"))' "$SCRATCH/cut.rss.gz")
run "$MSS_INDEX_BIN" --index "$SCRATCH/cut" "$SCRATCH/cut.rss.gz"
assert_status 5 "a cut .gz"
assert_contains "$ERR" "cut.rss.gz: compressed data damaged" "a cut .gz is named"
[ "$complete" -gt 5 ] || fail "the cut left only $complete whole items; the test needs more"
run "$MSS_SEARCH_BIN" --index "$SCRATCH/cut" --count 'contingent'
assert_equal "$OUT" "$complete" "the items before the cut of a .gz feed"

finish
