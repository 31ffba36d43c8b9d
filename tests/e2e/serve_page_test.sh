# The search page in a real browser (headless Chromium driven by Selenium): a search shows the
# hits mss-search finds, a facet click narrows them to the hits of the filtered search, the URL
# restores the search. Screenshots are kept in the build folder (artifacts/serve_page_*.png).
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
cat >"$SCRATCH/expected.json" <<JSON
{"query": "$query", "facet_kind": "person", "facet_parameter": "person",
 "facet_id": "kipchumba-murkomen", "all_ids": $all, "narrowed_ids": $narrowed}
JSON

artifacts="${MSS_BUILD_DIR:-$SCRATCH}/artifacts"
mkdir -p "$artifacts"
/usr/bin/python3 "$MSS_SOURCE_DIR/tests/e2e/serve_page.py" "$SERVE_URL" "$SCRATCH/expected.json" \
    "$artifacts" || fail "the page in Chromium (see above)"
[ -s "$artifacts/serve_page_facet.png" ] || fail "no screenshot in $artifacts"
echo "screenshots: $artifacts/serve_page_search.png serve_page_facet.png serve_page_phone.png"
finish
