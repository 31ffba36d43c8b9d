# Queries of fields alone on real data: Reuters-21578 from ../shared/corpora. They are ranked by
# how much each article is about the entity, checked against the raw text: the first hits name
# the person more often, and in the headline more often, than the hits on average. A value that
# names no known person matches the people whose name ends in it, and says so. Skipped (exit 77)
# when the corpora are absent.
. "$(dirname "$0")/lib.sh"
index_reuters_or_skip
S=("$MSS_SEARCH_BIN" --index "$REUTERS_INDEX")

run "${S[@]}" --json --limit 1000 --snippet-chars 0 'person:"Paul Volcker"'
assert_status 0 'person:"Paul Volcker"'
printf '%s' "$OUT" >"$SCRATCH/volcker.json"
verdict=$(python3 - "$CORPUS" "$SCRATCH/volcker.json" <<'PY'
import json, re, sys
text = {}
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    text[a["id"]] = (a.get("title", ""), a.get("body", ""))
hits = json.load(open(sys.argv[2]))["hits"]
def mentions(h):
    title, body = text[h["id"]]
    return len(re.findall(r"volcker", title + " " + body, re.I))
def in_headline(h):
    return bool(re.search(r"volcker", text[h["id"]][0], re.I))
top = hits[:10]
mean = lambda xs: sum(xs) / len(xs)
print(len(hits) > 20,
      all(h["score"] > 0 for h in hits),
      mean([mentions(h) for h in top]) > mean([mentions(h) for h in hits]),
      mean([in_headline(h) for h in top]) > mean([in_headline(h) for h in hits]))
PY
)
assert_equal "$verdict" "True True True True" \
    'person:"Paul Volcker": scored, hits naming him most and in the headline first'

# No person is called just "Baker": the people whose name ends in Baker, never the text search
# that found the company BAKER <BKO>; the note says what was done.
run "${S[@]}" --json --limit 1000 --snippet-chars 0 'person:Baker'
assert_status 0 "person:Baker"
assert_equal "$(printf '%s' "$OUT" | python3 -c '
import json, sys
d = json.load(sys.stdin)
bakers = lambda h: [p["id"] for p in h["entities"]["person"] if p["id"].lower().endswith("baker")]
# Near-copies are collapsed under the hit of their story: each article is a hit or a duplicate.
articles = len(d["hits"]) + sum(len(h["duplicates"]) for h in d["hits"])
print(d["total"] == articles > 0, all(bakers(h) for h in d["hits"]),
      any("names no known person" in n for n in d.get("notes", [])))')" \
    "True True True" "person:Baker: people whose name ends in Baker, with a note"
finish
