# Stories: copies of a seed made here (retitled, cut, one word changed) collapse under the seed,
# different stories on one subject (seeds 001 and 002) do not, totals and facets count articles,
# and story ids stay put across incremental runs, deletions, rebuilds and shard layouts.
. "$(dirname "$0")/lib.sh"

SRC="$SCRATCH/articles"
mkdir -p "$SRC"
cp "$MSS_SOURCE_DIR"/seeds/*.txt "$SRC/"
seed0=$(ls "$SRC"/000_*.txt)
id0=$(basename "$seed0")
seed3=$(ls "$SRC"/003_*.txt)
seed4=$(ls "$SRC"/004_*.txt)
id3=$(basename "$seed3")
id4=$(basename "$seed4")
# The copies are slices of the original text: a new headline, the first four fifths of the
# body's words, one word replaced.
{ echo "Third Kenyan contingent leaves Nairobi for Haiti"; tail -n +2 "$seed3"; } >"$SRC/retitled.txt"
sed 's/tremendous/remarkable/' "$seed3" >"$SRC/one_word.txt"
cmp -s "$seed3" "$SRC/one_word.txt" && fail "the one-word copy is not changed"
python3 - "$seed4" "$SRC/cut.txt" <<'PY'
import sys
title, _, body = open(sys.argv[1], encoding="utf-8").read().partition("\n")
words = body.split(" ")
open(sys.argv[2], "w", encoding="utf-8").write(title + "\n" + " ".join(words[:len(words) * 4 // 5]))
PY

# A copy cut after its first paragraphs: the headline and the first six of seed 000's paragraphs,
# under a quarter of its words (far below the Jaccard threshold: a cut copy by containment).
head -n 13 "$seed0" >"$SRC/first_paragraphs.txt"
[ "$(wc -w <"$SRC/first_paragraphs.txt")" -lt "$(($(wc -w <"$seed0") / 4))" ] ||
    fail "the cut copy keeps less than a quarter of seed 000"

IDX="$SCRATCH/index"
"$MSS_INDEX_BIN" --quiet --index "$IDX" "$SRC" || fail "indexing seeds and copies"

# hits INDEX ARGS...: "[id,dup,dup] ..." for every hit (the hit and its duplicates, sorted: any copy
# may rank best), and the totals, from the JSON output.
hits() {
    local index=$1
    shift
    "$MSS_SEARCH_BIN" --index "$index" --json -n 100 "$@" | python3 -c '
import json, sys
r = json.load(sys.stdin)
print(" ".join(sorted("[%s]" % ",".join(sorted([h["id"]] + [d["id"] for d in h["duplicates"]]))
                      for h in r["hits"])))
print(r["total"], r["stories"], r["stories_exact"],
      sum(v["count"] for v in r["facets"]["country"] if v["id"] == "ke"))'
}
stories_of() {  # stories_of INDEX: "id story" lines for every article, sorted by id
    "$MSS_SEARCH_BIN" --index "$1" --json --no-collapse -n 100 Haiti | python3 -c '
import json, sys
for h in sorted(json.load(sys.stdin)["hits"], key=lambda h: h["id"]):
    print(h["id"], h["story"])'
}

result=$(hits "$IDX" Haiti)
listing=$(echo "$result" | head -1)
assert_contains "$listing" "[$id3,one_word.txt,retitled.txt]" "seed 003, retitled and one-word copies"
assert_contains "$listing" "[$id4,cut.txt]" "seed 004 and its cut copy"
assert_contains "$listing" "[$id0,first_paragraphs.txt]" "seed 000 and its first paragraphs"
assert_equal "$(echo "$listing" | wc -w)" 5 "one hit per story: $listing"
# Oracle: every article mentions Haiti (grep), and all nine name Kenya.
articles=$(grep -il haiti "$SRC"/*.txt | wc -l)
assert_equal "$(echo "$result" | tail -1)" "$articles 5 True $articles" \
    "total and Kenya facet count articles; five stories"
seed1=$(ls "$SRC"/001_*.txt | xargs basename)
seed2=$(ls "$SRC"/002_*.txt | xargs basename)
assert_contains "$listing" "[$seed1]" "seed 001 is a story of its own"
assert_contains "$listing" "[$seed2]" "seed 002 is a story of its own"

run "$MSS_SEARCH_BIN" --index "$IDX" --color never -n 100 Haiti
assert_contains "$OUT" "+2 similar: " "text output names the copies"
assert_contains "$OUT" "+1 similar: " "text output names the cut copy"
assert_contains "$OUT" "$articles articles matched (5 stories); showing 1-5." "text output totals"
run "$MSS_SEARCH_BIN" --index "$IDX" --count Haiti
assert_equal "$OUT" "$articles" "--count counts articles"
run "$MSS_SEARCH_BIN" --index "$IDX" --no-collapse --ids -n 100 Haiti
assert_equal "$(echo "$OUT" | wc -l)" "$articles" "--no-collapse lists every copy"
run "$MSS_SEARCH_BIN" --index "$IDX" --no-collapse --color never -n 100 Haiti
assert_not_contains "$OUT" "similar:" "--no-collapse text output"

# Templated items differing only in their numbers are not copies: 300 one-line reports.
mkdir -p "$SCRATCH/templated"
for i in $(seq 1 300); do
    printf 'Mission report %d revision 0\nThe mission patrol %d met officers in Port-au-Prince (0).\n' \
        "$i" "$i" >"$SCRATCH/templated/r$i.txt"
done
"$MSS_INDEX_BIN" --quiet --index "$SCRATCH/templated-index" "$SCRATCH/templated" ||
    fail "indexing templated items"
run "$MSS_SEARCH_BIN" --index "$SCRATCH/templated-index" --json -n 1 mission
assert_equal "$(printf '%s' "$OUT" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["total"], r["stories"])')" \
    "300 300" "templated items: articles and stories"

before=$(stories_of "$IDX")
[ "$(echo "$before" | awk '{print $2}' | sort -u | wc -l)" -eq 5 ] || fail "five stories: $before"

# A new copy joins the story; deleting the first article keeps the others' id.
story3=$(echo "$before" | awk -v id="$id3" '$1 == id {print $2}')
sed 's/Saturday/Sunday/' "$seed3" >"$SRC/corrected.txt"
"$MSS_INDEX_BIN" --quiet --index "$IDX" "$SRC" || fail "incremental run"
assert_equal "$(stories_of "$IDX" | awk '$1 == "corrected.txt" {print $2}')" "$story3" "new copy's story"
rm "$seed3"
"$MSS_INDEX_BIN" --quiet --index "$IDX" "$SRC" || fail "run after deleting seed 003"
after=$(stories_of "$IDX")
for copy in retitled.txt one_word.txt corrected.txt; do
    assert_equal "$(echo "$after" | awk -v id="$copy" '$1 == id {print $2}')" "$story3" \
        "$copy keeps its story after the first article went"
done
"$MSS_INDEX_BIN" --quiet --rebuild --index "$IDX" "$SRC" || fail "rebuild"
assert_equal "$(stories_of "$IDX")" "$after" "story ids after a rebuild"

# Over shards: the same stories, whichever shard holds each copy.
"$MSS_INDEX_BIN" --quiet --index "$SCRATCH/fresh" "$SRC" || fail "fresh unsharded index"
"$MSS_INDEX_BIN" --quiet --shards 3 --index "$SCRATCH/sharded" "$SRC" || fail "sharded index"
assert_equal "$(stories_of "$SCRATCH/sharded")" "$(stories_of "$SCRATCH/fresh")" \
    "story ids over 3 shards"
assert_equal "$(hits "$SCRATCH/sharded" Haiti)" "$(hits "$SCRATCH/fresh" Haiti)" \
    "collapsed hits over 3 shards"

# Over remote shards (xapian-tcpsrv): Xapian collapses and counts stories across the servers.
if command -v xapian-tcpsrv >/dev/null; then
    SERVE="$MSS_SOURCE_DIR/scripts/shards/serve"
    STUB="$SCRATCH/remote.stub"
    trap '"$SERVE" --stop "$STUB"; rm -rf "$SCRATCH"' EXIT
    ports=$(python3 -c '
import socket
socks = [socket.socket() for _ in range(3)]
for s in socks: s.bind(("127.0.0.1", 0))
print(",".join(str(s.getsockname()[1]) for s in socks))')
    timeout 30 "$SERVE" --ports "$ports" "$SCRATCH/sharded" "$STUB" || fail "starting the servers"
    assert_equal "$(hits "$STUB" Haiti)" "$(hits "$SCRATCH/fresh" Haiti)" \
        "collapsed hits and story count over 3 remote shards"
    assert_equal "$(stories_of "$STUB")" "$(stories_of "$SCRATCH/fresh")" "stories over remote shards"
else
    echo "remote shards: skipped (xapian-tcpsrv not installed)"
fi

finish
