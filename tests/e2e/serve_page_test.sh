# The search page in a real browser (headless Chromium driven by Selenium): a search shows the
# hits mss-search finds, a facet click narrows them to the hits of the filtered search, the URL
# restores the search; paging and a month bar narrow as mss-search's --offset and --from/--to do.
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
cat >"$SCRATCH/expected.json" <<JSON
{"query": "$query", "facet_kind": "person", "facet_parameter": "person",
 "facet_id": "kipchumba-murkomen", "all_ids": $all, "narrowed_ids": $narrowed}
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
echo "screenshots: $artifacts/serve_page_{search,facet,phone,month}.png"
finish
