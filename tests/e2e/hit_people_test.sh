# The people a hit lists are those the person facet counts: a surname alone that counts under the
# one full name of the index is listed as that person, once, in mss-search --json, --show (text
# and JSON) and mss-serve alike, and the facet count of every person equals the number of
# matching articles whose hit lists it (brute force over every match). The oracle is the text
# the test writes.
. "$(dirname "$0")/lib.sh"

SRC="$SCRATCH/articles"
mkdir -p "$SRC"
printf '%s\n' "Budget report" \
    "Prime Minister Margaret Thatcher said the budget would pass. Thatcher left." >"$SRC/a.txt"
printf '%s\n' "Election report" \
    "Prime Minister Thatcher said the election would wait." >"$SRC/b.txt"
printf '%s\n' "Treasury report" \
    "Treasury Secretary James Baker said the dollar was fair." >"$SRC/c.txt"
"$MSS_INDEX_BIN" --quiet --index "$SCRATCH/index" "$SRC" || fail "indexing"
S=("$MSS_SEARCH_BIN" --index "$SCRATCH/index")

# people_of JSON: "id=name" of every hit's people, a line per hit, by hit id.
people_of() {
    python3 -c 'import json,sys
for hit in sorted(json.load(sys.stdin)["hits"], key=lambda h: h["id"]):
    print(hit["id"], " ".join(p["id"] + "=" + p["name"] for p in hit["entities"]["person"]))'
}
run "${S[@]}" --json --no-collapse report
assert_equal "$(printf '%s' "$OUT" | people_of)" "a.txt margaret-thatcher=Margaret Thatcher
b.txt margaret-thatcher=Margaret Thatcher
c.txt james-baker=James Baker" "the surname alone is listed as the one Thatcher, once"
run "${S[@]}" --json --facets --no-collapse -n 100 report
assert_equal "$(printf '%s' "$OUT" | facet_matches_hits)" "agree" "facet counts are the hits' lists"

run "${S[@]}" --show b.txt
assert_contains "$OUT" "person: Margaret Thatcher" "--show lists the full name"
run "${S[@]}" --json --show b.txt
assert_equal "$(printf '%s' "$OUT" | python3 -c 'import json,sys; print([p["id"] for p in json.load(sys.stdin)["entities"]["person"]])')" \
    "['margaret-thatcher']" "--show --json lists the full name's id"

if command -v curl >/dev/null; then
    start_server --index "$SCRATCH/index" || finish
    "${S[@]}" --json report >"$SCRATCH/cli.json"
    curl -s -o "$SCRATCH/http.json" "$SERVE_URL/search?q=report"
    cmp -s "$SCRATCH/cli.json" "$SCRATCH/http.json" || fail "mss-serve lists other people than the CLI"
    assert_equal "$(people_of <"$SCRATCH/http.json" | sed -n 2p)" \
        "b.txt margaret-thatcher=Margaret Thatcher" "mss-serve lists the full name"
    stop_server
fi

# A second Thatcher: the surname names no one person, and hits list it as it is.
printf '%s\n' "Dinner report" "Denis Thatcher said the dinner was fine." >"$SRC/d.txt"
"$MSS_INDEX_BIN" --quiet --index "$SCRATCH/index" "$SRC" || fail "incremental run"
run "${S[@]}" --json --no-collapse report
assert_equal "$(printf '%s' "$OUT" | people_of | sed -n 2p)" "b.txt thatcher=Thatcher" \
    "two Thatchers: the surname alone stays itself"
run "${S[@]}" --json --facets --no-collapse -n 100 report
assert_equal "$(printf '%s' "$OUT" | facet_matches_hits)" "agree" "and the facet still agrees"

# The seeds: every person facet over wide queries is the count of the hits listing the person.
index_seeds
for query in Haiti police Kenya; do
    run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json --facets --no-collapse -n 1000 "$query"
    assert_equal "$(printf '%s' "$OUT" | facet_matches_hits)" "agree" "seeds: $query"
done
finish
