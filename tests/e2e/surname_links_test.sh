# A surname alone counts under the one person of the index with that surname, in the person facet
# and in person: filters, and the link follows the index: an incremental run that adds a second
# person of that surname undoes it, deleting that article restores it, and over shards the
# links are those of one index of the same articles. The oracle is the text the test writes.
. "$(dirname "$0")/lib.sh"

SRC="$SCRATCH/articles"
mkdir -p "$SRC"
printf '%s\n' "Budget report" \
    "Prime Minister Margaret Thatcher said the budget would pass." >"$SRC/a.txt"
printf '%s\n' "Election report" \
    "LONDON, March 3 - Prime Minister Thatcher said the election would wait." >"$SRC/b.txt"
printf '%s\n' "Summit report" \
    "President Thatcher met the press, and the Thatchers left." >"$SRC/c.txt"
SECOND="Denis Thatcher said the dinner was fine."

person_count() {  # person_count INDEX ID: the person facet's count for ID over every article
    "$MSS_SEARCH_BIN" --index "$1" --json --facets -n 0 report |
        python3 -c 'import json,sys
facet = {p["id"]: (p["name"], p["count"]) for p in json.load(sys.stdin)["facets"]["person"]}
print(*facet.get(sys.argv[1], ("-", 0)))' "$2"
}
filtered() {  # filtered INDEX VALUE: the ids a person: filter finds, one line
    "$MSS_SEARCH_BIN" --index "$1" --ids -n 100 "person:$2" | sort | tr '\n' ' '
}

"$MSS_INDEX_BIN" --quiet --index "$SCRATCH/one" "$SRC" || fail "indexing"
# Every article writes "Thatcher"; one writes the full name.
assert_equal "$(person_count "$SCRATCH/one" margaret-thatcher)" "Margaret Thatcher 3" \
    "surname and plural count under the one Thatcher"
assert_equal "$(person_count "$SCRATCH/one" thatcher)" "- 0" "no second Thatcher entry"
assert_equal "$(filtered "$SCRATCH/one" margaret-thatcher)" "a.txt b.txt c.txt " \
    "the filter finds what the facet counts"
assert_equal "$(filtered "$SCRATCH/one" thatcher)" "a.txt b.txt c.txt " \
    "the surname as a filter means the same person"

run "$MSS_SEARCH_BIN" --index "$SCRATCH/one" --json person:thatcher
note="person:thatcher means margaret-thatcher, and also finds the articles that name only"
note="$note thatcher: the index has no other person that could be"
assert_contains "$OUT" "$note" "a note says the filter links the surname"

# Over two shards the links are read from both shards' people.
"$MSS_INDEX_BIN" --quiet --shards 2 --index "$SCRATCH/two" "$SRC" || fail "indexing shards"
assert_equal "$(person_count "$SCRATCH/two" margaret-thatcher)" "Margaret Thatcher 3" \
    "shards link as one index does"
assert_equal "$(filtered "$SCRATCH/two" margaret-thatcher)" "a.txt b.txt c.txt " \
    "shards filter as one index does"

# A second Thatcher makes the surname ambiguous: it stands for itself again.
printf '%s\n' "Dinner report" "$SECOND" >"$SRC/d.txt"
"$MSS_INDEX_BIN" --quiet --index "$SCRATCH/one" "$SRC" || fail "incremental run"
assert_equal "$(person_count "$SCRATCH/one" margaret-thatcher)" "Margaret Thatcher 1" \
    "two Thatchers: the surname is linked to neither"
assert_equal "$(person_count "$SCRATCH/one" thatcher)" "Thatcher 2" "the surname alone"
assert_equal "$(person_count "$SCRATCH/one" denis-thatcher)" "Denis Thatcher 1" "the other one"
assert_equal "$(filtered "$SCRATCH/one" margaret-thatcher)" "a.txt " "filter without the link"

rm "$SRC/d.txt"
"$MSS_INDEX_BIN" --quiet --index "$SCRATCH/one" "$SRC" || fail "run after deleting"
assert_equal "$(person_count "$SCRATCH/one" margaret-thatcher)" "Margaret Thatcher 3" \
    "deleting the second Thatcher restores the link"
finish
