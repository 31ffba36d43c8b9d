# mss-index reads seed .txt files and JSON Lines, replaces articles by id, and reports bad input.
. "$(dirname "$0")/lib.sh"

cat >"$SCRATCH/articles.jsonl" <<'JSONL'
{"id": "wire-1", "title": "Kenyan contingent lands in Port-au-Prince", "body": "The officers landed.", "date": "2025-02-01"}
{"id": "wire-2", "title": "Gangs", "body": "Barbeque spoke.", "date": "2025-02-30"}
not json at all
{"title": "no id"}
JSONL
run "$MSS_INDEX_BIN" --index "$SCRATCH/index" "$SCRATCH/articles.jsonl"
assert_status 5 "indexing with bad lines"
assert_contains "$OUT" "2 added, 0 updated, 0 deleted, 0 unchanged, 0 kept; 2 skipped, 1 repaired" "summary"
assert_contains "$ERR" "articles.jsonl:2: date '2025-02-30'" "bad date warning"
assert_contains "$ERR" "articles.jsonl:3: not valid JSON" "bad line warning"
assert_contains "$ERR" "articles.jsonl:4: no \"id\"" "missing id warning"

run "$MSS_SEARCH_BIN" --index "$SCRATCH/index" --json "contingent"
assert_contains "$OUT" '"id":"wire-1"' "JSON Lines article found"
assert_contains "$OUT" '"date":"2025-02-01"' "JSON Lines date"
assert_contains "$OUT" "articles.jsonl:1" "JSON Lines path names the line"

# Indexing the same article again replaces it rather than adding a copy.
run "$MSS_INDEX_BIN" --index "$SCRATCH/index" "$SCRATCH/articles.jsonl"
assert_contains "$OUT" "the index holds 2 articles" "re-index keeps one copy per id"

# Seeds: a folder is read recursively, ids are paths relative to it.
run "$MSS_INDEX_BIN" --index "$SCRATCH/seeds-index" "$MSS_SOURCE_DIR/seeds"
assert_status 0 "indexing the seeds"
assert_contains "$OUT" "5 added, 0 updated, 0 deleted, 0 unchanged, 0 kept; 0 skipped, 0 repaired" "seed summary"
run "$MSS_SEARCH_BIN" --index "$SCRATCH/seeds-index" --json "Masengeli"
assert_contains "$OUT" '"id":"002_a86d2ab40e0cc0f1.txt"' "seed id"

finish
