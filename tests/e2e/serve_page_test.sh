# The search page in a real browser (headless Chromium driven by Selenium): a search shows the
# hits mss-search finds, a facet click narrows them to the hits of the filtered search, the URL
# restores the search; paging and a month bar narrow as mss-search's --offset and --from/--to do;
# a completion offers a person with their article count and filters by them; a story's copies are
# collapsed under one hit that says "+1 similar: OUTLET" as mss-search does.
# Screenshots are kept in the build folder (artifacts/serve_page_*.png).
. "$(dirname "$0")/lib.sh"

[ -x /usr/bin/chromium ] || skip "chromium is not installed (scripts/install-deps)"
[ -x /usr/bin/chromedriver ] || skip "chromium-driver is not installed (scripts/install-deps)"
/usr/bin/python3 -c 'import selenium' 2>/dev/null || skip "python3-selenium is not installed"

index_seeds
start_server --index "$SEED_INDEX" --quiet || finish

# The oracle: mss-search's own hits for the query, and for the query with a person filter that
# keeps some of them but not all.
ids() { python3 -c 'import json,sys; print(json.dumps([h["id"] for h in json.load(sys.stdin)["hits"]]))'; }
query=contingent
all=$("$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "$query" | ids)
narrowed=$("$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json --person kipchumba-murkomen "$query" | ids)
[ "$all" != "$narrowed" ] || fail "the facet chosen does not narrow the seeds' results"
# A completion of "Murk": the person, the articles that name them, and the search choosing it
# runs (the name, filtered by the person).
person=kipchumba-murkomen
named=$("$MSS_SEARCH_BIN" --index "$SEED_INDEX" --count "person:$person")
chosen=$("$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json --person "$person" "Kipchumba Murkomen" | ids)
cat >"$SCRATCH/expected.json" <<JSON
{"query": "$query", "facet_kind": "person", "facet_parameter": "person",
 "facet_id": "$person", "all_ids": $all, "narrowed_ids": $narrowed,
 "complete_typed": "Murk", "complete_id": "$person", "complete_articles": $named,
 "complete_ids": $chosen}
JSON

artifacts="${MSS_BUILD_DIR:-$SCRATCH}/artifacts"
mkdir -p "$artifacts"
/usr/bin/python3 "$MSS_SOURCE_DIR/tests/e2e/serve_page.py" "$SERVE_URL" "$SCRATCH/expected.json" \
    "$artifacts" || fail "the page in Chromium (see above)"
[ -s "$artifacts/serve_page_facet.png" ] || fail "no screenshot in $artifacts"
stop_server

# Paging and the month bars, on 24 dated articles over three months (more than a page).
mkdir -p "$SCRATCH/dated"
for n in $(seq 1 24); do
    month=$(( (n - 1) % 3 + 1 ))
    printf ' date 2025-0%d-%02d Patrol report %d\nThe patrol %d went out in Port-au-Prince.\n' \
        "$month" "$n" "$n" "$n" >"$SCRATCH/dated/report$n.txt"
done
"$MSS_INDEX_BIN" --quiet --index "$SCRATCH/dated-index" "$SCRATCH/dated" || fail "indexing dated"
start_server --index "$SCRATCH/dated-index" --quiet || finish
S=("$MSS_SEARCH_BIN" --index "$SCRATCH/dated-index" --json)
cat >"$SCRATCH/paging.json" <<JSON
{"paging": true, "query": "patrol", "month": "2025-02",
 "page1_ids": $("${S[@]}" patrol | ids), "page2_ids": $("${S[@]}" --offset 10 patrol | ids),
 "month_ids": $("${S[@]}" --from 2025-02 --to 2025-02 patrol | ids)}
JSON
/usr/bin/python3 "$MSS_SOURCE_DIR/tests/e2e/serve_page.py" "$SERVE_URL" "$SCRATCH/paging.json" \
    "$artifacts" || fail "paging and month bars in Chromium (see above)"
stop_server

# Copies of a story: the seeds and a copy of one from another outlet, retitled, as JSON Lines.
mkdir -p "$SCRATCH/stories"
cp "$MSS_SOURCE_DIR"/seeds/*.txt "$SCRATCH/stories/"
python3 - "$MSS_SOURCE_DIR/seeds/002_a86d2ab40e0cc0f1.txt" >"$SCRATCH/stories/copies.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n", 1)
print(json.dumps({"id": "wire-copy", "title": "Kenya sends more police to Haiti",
                  "source": "Island Wire", "body": lines[1]}))
PY
"$MSS_INDEX_BIN" --quiet --index "$SCRATCH/stories-index" "$SCRATCH/stories" || fail "indexing copies"
start_server --index "$SCRATCH/stories-index" --quiet || finish
text=$("$MSS_SEARCH_BIN" --index "$SCRATCH/stories-index" --color never contingent)
similar=$(printf '%s\n' "$text" | python3 -c '
import json, re, sys
lines, hits = sys.stdin.read().split("\n"), []
for line in lines:
    if re.match(r"^\s*\d+\. ", line): hits.append("")
    elif hits and line.strip().startswith("+") and " similar: " in line: hits[-1] = line.strip()
print(json.dumps(hits))')
cat >"$SCRATCH/stories.json" <<JSON
{"stories": true, "query": "contingent",
 "ids": $("$MSS_SEARCH_BIN" --index "$SCRATCH/stories-index" --json contingent | ids),
 "similar": $similar}
JSON
grep -q '"+1 similar' "$SCRATCH/stories.json" || fail "the copy is not collapsed: $(cat "$SCRATCH/stories.json")"
/usr/bin/python3 "$MSS_SOURCE_DIR/tests/e2e/serve_page.py" "$SERVE_URL" "$SCRATCH/stories.json" \
    "$artifacts" || fail "collapsed copies in Chromium (see above)"
echo "screenshots: $artifacts/serve_page_{search,facet,phone,month,similar}.png"
finish
