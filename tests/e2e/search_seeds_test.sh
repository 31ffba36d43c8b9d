# The main job on the real seeds: ranked results, the JSON contract, and what a person sees.
. "$(dirname "$0")/lib.sh"
index_seeds
cd "$MSS_SOURCE_DIR" || exit 1

# "Murkomen contingent" lists exactly the three articles that contain both words.
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "Murkomen contingent"
assert_status 0 "Murkomen contingent"
ids=$(printf '%s' "$OUT" | python3 -c 'import json,sys; print(" ".join(sorted(h["id"] for h in json.load(sys.stdin)["hits"])))')
assert_equal "$ids" "000_079f2c57e2c3674a.txt 002_a86d2ab40e0cc0f1.txt 003_f810d5dfabb6c1ef.txt" "hits"
assert_golden "$OUT" murkomen_contingent.json

# Text output: every hit shows rank, headline, date or "undated", path and a highlighted snippet;
# piped output carries no escape codes unless asked.
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" "Murkomen contingent"
assert_status 0 "text output"
assert_contains "$OUT" "  1. " "text output"
assert_contains "$OUT" "undated" "text output"
assert_contains "$OUT" "2025-01-19" "text output"
assert_contains "$OUT" "seeds/003_f810d5dfabb6c1ef.txt" "text output"
assert_contains "$OUT" "3 articles matched" "text output"
assert_not_contains "$OUT" $'\x1b[' "piped text output"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --color=always "Murkomen contingent"
assert_contains "$OUT" $'\x1b[1;33mMurkomen\x1b[0m' "coloured output"
NO_COLOR=1 run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --color=auto "Murkomen"
assert_not_contains "$OUT" $'\x1b[' "NO_COLOR output"

# Accents, stems and phrases.
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "Cherizier"
assert_contains "$OUT" '"id":"003_f810d5dfabb6c1ef.txt"' "unaccented Cherizier"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json '"Haiti National Police"'
assert_contains "$OUT" '"id":"000_079f2c57e2c3674a.txt"' "exact phrase"
assert_not_contains "$OUT" '"id":"002_a86d2ab40e0cc0f1.txt"' "exact phrase (002 says Haitian)"

# The index location falls back to $MSS_INDEX.
MSS_INDEX="$SEED_INDEX" run "$MSS_SEARCH_BIN" --json "Masengeli"
assert_status 0 "MSS_INDEX"
assert_contains "$OUT" '"total":1' "MSS_INDEX"

# No article has every word: nothing matched (total 0, exit status 1), and the closest articles,
# those with some of the words, follow the notice, marked and uncounted.
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "Masengeli xylophone"
assert_status 1 "no match"
assert_equal "$(printf '%s' "$OUT" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"], d["relaxed"], d["partial_hits"] == len(d["hits"]) > 0, {h["matches_all"] for h in d["hits"]})')" \
    "0 True True {False}" "no match: closest articles only"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" "Masengeli xylophone"
assert_status 1 "no match, text"
assert_contains "$OUT" "No article has every word" "no match, text"
assert_contains "$OUT" "0 articles matched." "no match, text"
for list in --count --ids --paths; do
    run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" $list "Masengeli xylophone"
    assert_status 1 "no match, $list"
    [ "$list" = --count ] && assert_equal "$OUT" "0" "no match, --count"
    [ "$list" = --count ] || assert_equal "$OUT" "" "no match, $list lists no article"
done
# An explicit AND is strict: no closest articles.
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "Masengeli AND xylophone"
assert_status 1 "explicit AND"
assert_equal "$(printf '%s' "$OUT" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"], d["relaxed"], len(d["hits"]))')" \
    "0 False 0" "explicit AND never relaxes"

# A question (three or more words) lists its articles with every word first, then the best
# articles with some of the words, marked; keywords ("Murkomen contingent") never get partial hits.
question="Masengeli officers protecting"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "$question"
assert_status 0 "question"
assert_equal "$(printf '%s' "$OUT" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["strict_total"], d["total"], d["relaxed"], [h["matches_all"] for h in d["hits"]])')" \
    "1 1 True [True, False, False, False, False]" "question: strict matches, then partial ones"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --ids "$question"
assert_equal "$OUT" "002_a86d2ab40e0cc0f1.txt" "question: --ids lists the matches only"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --count "$question"
assert_equal "$OUT" "1" "question: --count counts the matches only"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json --offset 1 --limit 2 "$question"
assert_equal "$(printf '%s' "$OUT" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"], [h["rank"] for h in d["hits"]])')" \
    "1 [2, 3]" "question: paging and total agree with the first page"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" "$question"
assert_contains "$OUT" "-- articles with only some of the words --" "question, text output"
assert_contains "$OUT" "1 article matched; showing 1-1." "question, text output"
assert_contains "$OUT" "Hits 2-5 have only some of the words; they are not counted." "question, text output"
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "Murkomen contingent"
assert_contains "$OUT" '"strict_total":3' "keywords"
assert_contains "$OUT" '"relaxed":false' "keywords get no partial hits"

finish
