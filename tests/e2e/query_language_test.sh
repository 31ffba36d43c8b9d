# The query language on the real seeds: dates, filters, sorting, paging, spelling, facets and
# the errors of docs/QUERY.md. Entity fields and synonyms need the entity data the indexer
# stores; those checks run only when the index has entity terms.
. "$(dirname "$0")/lib.sh"
index_seeds
S=("$MSS_SEARCH_BIN" --index "$SEED_INDEX")

# json_field JSON EXPR: evaluates a Python expression over the parsed JSON object `d`.
json_field() {
    printf '%s' "$1" | python3 -c "import json,sys; d=json.load(sys.stdin); print($2)"
}
hit_ids() { json_field "$1" '" ".join(h["id"][:3] for h in d["hits"])'; }

# Dates: a month covers every day in it; undated articles are left out and counted.
run "${S[@]}" --json "date:2025-01 Kenya"
assert_status 0 "date:2025-01"
assert_equal "$(hit_ids "$OUT")" "003 000" "date:2025-01 Kenya"
assert_equal "$(json_field "$OUT" 'd["undated_excluded"]')" 3 "undated articles left out"
run "${S[@]}" "date:2025-01 Kenya"
assert_contains "$OUT" "3 undated articles left out by the date filter." "text note on undated"
run "${S[@]}" --json --from 2025-01-20 Kenya
assert_equal "$(hit_ids "$OUT")" "000" "--from"
run "${S[@]}" --json --to 2025-01 --from 2025-01 Kenya
assert_equal "$(json_field "$OUT" 'd["total"]')" 2 "--from and --to a month"
run "${S[@]}" --json --now 2025-01-25 "date:last-week police"
assert_equal "$(json_field "$OUT" 'd["total"]')" 2 "relative date against --now"
run "${S[@]}" --json --now 2025-03-01 "date:last-week police"
assert_status 1 "relative date a month later finds nothing"

# mentions: finds articles by the dates their text speaks of, as mss-index --explain lists them.
EXPLAINED=$(cd "$MSS_SOURCE_DIR" && "$MSS_INDEX_BIN" --explain seeds --explain-format json)
mentioning() {  # mentioning PYTHON-CONDITION-ON-value: sorted ids of articles with such a date
    printf '%s\n' "$EXPLAINED" | python3 -c "
import json, sys
ids = {a['id'] for a in map(json.loads, sys.stdin) for m in a['dates'] if $1}
print(' '.join(sorted(ids)))"
}
sorted_ids() { tr ' ' '\n' | sort | tr '\n' ' ' | sed 's/ $//'; }
expected=$(mentioning "m['value'] == '20241002'")
[ -n "$expected" ] || fail "no seed mentions 2 October 2024 any more: pick another date"
run "${S[@]}" --ids "mentions:2024-10-02"
assert_equal "$(printf '%s' "$OUT" | tr '\n' ' ' | sorted_ids)" "$expected" "mentions: a day"
run "${S[@]}" --ids "mentions:2024"
assert_equal "$(printf '%s' "$OUT" | tr '\n' ' ' | sorted_ids)" \
    "$(mentioning "m['value'].startswith('2024')")" "mentions: a year"
run "${S[@]}" "mentions:2024-02-30"
assert_status 2 "mentions: an impossible day"
assert_contains "$ERR" "mentions: '2024-02-30' is not a calendar day" "mentions: error"

# Sorting and paging; ties are deterministic.
run "${S[@]}" --json --sort=-date Kenya
assert_equal "$(json_field "$OUT" '" ".join(h["id"][:3] for h in d["hits"][:2])')" "000 003" "--sort -date"
run "${S[@]}" --json --sort date Kenya
assert_equal "$(json_field "$OUT" '" ".join(h["id"][:3] for h in d["hits"][:2])')" "003 000" "--sort date"
run "${S[@]}" --json --limit 2 --offset 1 Kenya
assert_equal "$(json_field "$OUT" '[h["rank"] for h in d["hits"]]')" "[2, 3]" "paging ranks"
first=$("${S[@]}" --json police)
second=$("${S[@]}" --json police)
assert_equal "$first" "$second" "same query, same answer"

# Ranking: the article where Murkomen flags off the contingent comes first.
run "${S[@]}" --json "Murkomen contingent"
assert_equal "$(json_field "$OUT" 'd["hits"][0]["id"][:3]')" "003" "proximity ranking"

# Operators.
run "${S[@]}" --json "Kenya -Guatemala"
assert_not_contains "$OUT" '"id":"000_' "NOT excludes"
run "${S[@]}" --json "Masengeli OR Chérizier"
assert_equal "$(json_field "$OUT" 'd["total"]')" 2 "OR"
run "${S[@]}" --json '"Haiti National'
assert_status 0 "unclosed quote"
run "${S[@]}" --json "Murkomen AND"
assert_status 0 "dangling AND"

# Spelling: a misspelt name is corrected when it finds nothing; acronyms are left alone.
run "${S[@]}" --json "Murkomin contingent"
assert_status 0 "misspelt name"
assert_equal "$(json_field "$OUT" 'd["suggestion"], d["corrected"], d["total"]')" \
    "Murkomen contingent True 3" "spelling correction"
run "${S[@]}" "Murkomin contingent"
assert_contains "$OUT" 'showing results for "Murkomen contingent"' "text correction note"
# A count or an id list answers the query as typed: none has "Murkomin"; the suggestion goes
# to stderr, and the exit status says nothing matched.
for flag in --count --ids --paths; do
    run "${S[@]}" "$flag" "Murkomin contingent"
    assert_status 1 "$flag of a misspelt query"
    assert_equal "$OUT" "$([ "$flag" = --count ] && echo 0)" "$flag of a misspelt query"
    assert_contains "$ERR" "did you mean: Murkomen contingent" "$flag suggestion on stderr"
done
run "${S[@]}" --json "MSS"
assert_equal "$(json_field "$OUT" 'd["suggestion"]')" None "acronym"

# Facets: over all matches, not the page; dates by month, day or year; totals exact.
run "${S[@]}" --json --limit 1 Kenya
assert_equal "$(json_field "$OUT" 'sorted(d["facets"])')" \
    "['country', 'date', 'lang', 'organisation', 'person', 'place', 'source', 'undated']" "facet keys"
assert_equal "$(json_field "$OUT" 'd["facets"]["date"], d["undated"]')" \
    "[{'bucket': '2025-01', 'count': 2}] 3" "date facet over all matches"
assert_equal "$(json_field "$OUT" 'd["exact"], d["total_lower"] == d["total"] == d["total_upper"]')" \
    "True True" "exact total with facets"
run "${S[@]}" --json --by day Kenya
assert_equal "$(json_field "$OUT" '[b["bucket"] for b in d["facets"]["date"]]')" \
    "['2025-01-19', '2025-01-22']" "--by day"
run "${S[@]}" --facets --by year Kenya
assert_contains "$OUT" "2025 (2), undated (3)" "text facets"

# Errors: exit 2 and one line pointing at the position.
for case in "Murkomen AND OR contingent|14" "date:2025-13|11" "police) Haiti|7" "person: Haiti|8"; do
    query=${case%|*}
    run "${S[@]}" "$query"
    assert_status 2 "$query"
    assert_contains "$ERR" "bad query at character ${case#*|}:" "$query"
    assert_equal "$(printf '%s\n' "$ERR" | wc -l)" 1 "$query: one line"
done
for flags in "--sort sideways" "--by week" "--now 2025-02-30" "--from soon" "--from 2025-02 --to 2025-01"; do
    # shellcheck disable=SC2086
    run "${S[@]}" $flags Kenya
    assert_status 2 "$flags"
    assert_equal "$(printf '%s\n' "$ERR" | wc -l)" 1 "$flags: one line"
done

# Entity fields: a name the index does not know is searched as words.
run "${S[@]}" --json "person:Masengeli"
assert_equal "$(hit_ids "$OUT")" "002" "person: without entity data"

# With entity data in the index, aliases resolve to the canonical entity.
if [ -z "$(xapian-delve -A XP -1 "$SEED_INDEX" 2>/dev/null | grep "^XP" | head -1)" ]; then
    echo "SKIP: the seed index has no entity terms (XP...); entity alias checks not run"
else
    run "${S[@]}" --json "person:barbeque"
    assert_equal "$(hit_ids "$OUT")" "003" "person:barbeque"
    run "${S[@]}" --json "person:Cherizier"
    assert_equal "$(hit_ids "$OUT")" "003" "person:Cherizier"
    run "${S[@]}" --json "Barbeque"
    assert_contains "$(hit_ids "$OUT")" "003" "Barbeque as a synonym"
    run "${S[@]}" --json "PNH"
    assert_contains "$(hit_ids "$OUT")" "002" "PNH finds Haitian National Police"
    run "${S[@]}" --json "MSS"
    assert_contains "$(hit_ids "$OUT")" "003" "MSS finds MSSM"
    assert_contains "$(hit_ids "$OUT")" "004" "MSS finds MMSS"
    run "${S[@]}" --json --person Masengeli Haiti
    assert_equal "$(hit_ids "$OUT")" "002" "--person"
    run "${S[@]}" --json Masengeli
    assert_contains "$(json_field "$OUT" '[p["id"] for p in d["facets"]["person"]]')" \
        "masengeli" "who is mentioned with Masengeli"
    run "${S[@]}" --json "country:kenyan"
    assert_equal "$(json_field "$OUT" 'd["total"]')" 5 "country:kenyan"
fi

finish
