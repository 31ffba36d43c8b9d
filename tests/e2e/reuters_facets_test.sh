# Facets and date filters on real data: Reuters-21578 from ../shared/corpora, counted against a
# brute-force count over the same JSON Lines file. Skipped when the corpora are absent.
. "$(dirname "$0")/lib.sh"
CORPUS="$MSS_SOURCE_DIR/../shared/corpora/reuters21578/articles.jsonl"
if [ ! -f "$CORPUS" ]; then
    skip "$CORPUS not found (the shared corpora live beside the repository)"
fi
INDEX="$SCRATCH/reuters"
"$MSS_INDEX_BIN" --quiet --index "$INDEX" "$CORPUS" || fail "indexing Reuters"
S=("$MSS_SEARCH_BIN" --index "$INDEX")

# expected PYTHON_EXPR: evaluates over `articles`, the corpus as a list of dicts.
expected() {
    python3 -c "import json,collections; articles=[json.loads(l) for l in open('$CORPUS')]; print($1)"
}
json_field() {
    printf '%s' "$1" | python3 -c "import json,sys; d=json.load(sys.stdin); print($2)"
}

# A whole year by month: the histogram equals the dates in the file; undated ones are counted.
run "${S[@]}" --json --limit 1 "date:1987"
assert_status 0 "date:1987"
assert_equal "$(json_field "$OUT" '{b["bucket"]: b["count"] for b in d["facets"]["date"]}')" \
    "$(expected 'dict(sorted(collections.Counter(a["date"][:7] for a in articles if a.get("date")).items()))')" \
    "month histogram of 1987"
assert_equal "$(json_field "$OUT" 'd["undated_excluded"]')" \
    "$(expected 'sum(1 for a in articles if not a.get("date"))')" "undated articles"

# A day range: the exact total equals the brute-force count.
run "${S[@]}" --json --exact --limit 0 "date:1987-03-02..1987-03-05"
assert_equal "$(json_field "$OUT" 'd["total"], d["exact"]')" \
    "$(expected 'sum(1 for a in articles if "1987-03-02" <= a.get("date", "") <= "1987-03-05"), True')" \
    "day range total"

# People and places: the count a facet shows is the count its filter finds.
if [ -z "$(xapian-delve -A XL -1 "$INDEX" 2>/dev/null | grep "^XL" | head -1)" ] &&
    [ -z "$(xapian-delve -A XC -1 "$INDEX" 2>/dev/null | grep "^XC" | head -1)" ]; then
    echo "SKIP: the index has no entity terms; people and places facet checks not run"
else
    run "${S[@]}" --json --limit 0 cocoa
    for facet in country person place; do
        top=$(json_field "$OUT" "(d['facets']['$facet'] or [{'id': ''}])[0]['id']")
        [ -n "$top" ] || continue
        count=$(json_field "$OUT" "d['facets']['$facet'][0]['count']")
        run "${S[@]}" --json --exact --limit 0 "cocoa $facet:$top"
        assert_equal "$(json_field "$OUT" 'd["total"]')" "$count" "$facet:$top count"
        run "${S[@]}" --json --limit 0 cocoa
    done
fi

# The person facet counts what the hits list: over every match of a few names, brute force, each
# person's facet count is the number of matching hits that list it (a surname alone linked to
# its one full name is listed as that person, once).
for query in Volcker Thatcher Yeutter Baker; do
    run "${S[@]}" --json --facets --no-collapse --snippet-chars 0 -n 5000 "$query"
    assert_equal "$(printf '%s' "$OUT" | facet_matches_hits)" "agree" \
        "$query: the person facet counts the people its hits list, each once"
done

finish
