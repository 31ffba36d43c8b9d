# Sharded search on Reuters-21578 gives exactly the results of one index holding the same
# articles: 2 and 4 local shards, and the 4 served by xapian-tcpsrv on 127.0.0.1, answer the query
# benchmark set (bench/queries_latency/make_queries.py) with the same JSON: hits, order (ties
# included), scores, snippets, facets and spelling suggestions. The JSON has no timing fields, so
# the whole output is compared. A slice of the corpus keeps the test within CI limits; the unit
# test search_backends_test.cpp runs the search cases on every backend on a small corpus. Skipped
# without ../shared/corpora or xapian-tcpsrv.
. "$(dirname "$0")/lib.sh"
CORPUS="$MSS_SOURCE_DIR/../shared/corpora/reuters21578/articles.jsonl"
if [ ! -f "$CORPUS" ]; then
    skip "$CORPUS not found (the shared corpora live beside the repository)"
fi
if ! command -v xapian-tcpsrv >/dev/null; then
    skip "xapian-tcpsrv not installed (package xapian-tools)"
fi
SERVE="$MSS_SOURCE_DIR/scripts/shards/serve"
cleanup() {
    "$SERVE" --stop "$SCRATCH/remote-4.stub"
    rm -rf "$SCRATCH"
}
trap cleanup EXIT

# Sanitizer builds run several times slower: a smaller slice and every fourth query.
articles=6000 every=1
if [ "${MSS_SANITIZE:-0}" = 1 ]; then articles=2000 every=4; fi
head -n "$articles" "$CORPUS" >"$SCRATCH/reuters.jsonl"
python3 "$MSS_SOURCE_DIR/bench/queries_latency/make_queries.py" "$SCRATCH/reuters.jsonl" 8 40 |
    awk -v every="$every" 'NR % every == 0' >"$SCRATCH/queries.txt"

I=(timeout 300 "$MSS_INDEX_BIN" --quiet --threads 2)
"${I[@]}" --index "$SCRATCH/one" "$SCRATCH/reuters.jsonl" || fail "indexing one index"
for shards in 2 4; do
    "${I[@]}" --shards "$shards" --index "$SCRATCH/shards-$shards" "$SCRATCH/reuters.jsonl" ||
        fail "indexing $shards shards"
done
ports=$(python3 -c "
import socket
socks = [socket.socket() for _ in range(4)]
for s in socks: s.bind(('127.0.0.1', 0))
print(','.join(str(s.getsockname()[1]) for s in socks))")
timeout 30 "$SERVE" --ports "$ports" "$SCRATCH/shards-4" "$SCRATCH/remote-4.stub" ||
    fail "serving 4 shards"
assert_equal "$(grep -c '^remote 127.0.0.1:' "$SCRATCH/remote-4.stub")" 4 "remote lines in the stub"

QUERY_SET_NOW=1987-12-31 QUERY_SET_SECONDS=300 QUERY_SET_STATUS=1

# The same query set in three orders and pages: ties, days and paging all meet shard boundaries.
flag_sets=("--limit 10" "--sort -date --offset 7 --limit 5 --by day" "--sort date --offset 3 --limit 5 --by year")
assert_layouts_agree shards-2 shards-4 remote-4.stub

# The comparison must have something to compare: hits, suggestions, facets, ties by score.
summary=$(python3 -c '
import json, sys
results = [json.loads(line) for line in open(sys.argv[1])]
hits = sum(len(r["hits"]) for r in results)
suggested = sum(r["suggestion"] is not None for r in results)
faceted = sum(bool(r["facets"]["place"]) for r in results)
tied = sum(any(a["score"] == b["score"] for a, b in zip(r["hits"], r["hits"][1:])) for r in results)
partial = sum(r["partial"] for r in results)
print(len(results) >= 50, hits > 200, suggested > 0, faceted > 10, tied > 0, partial == 0)
' "$SCRATCH/one-0.jsonl")
assert_equal "$summary" "True True True True True True" \
    "queries, hits, suggestions, facets, ties and no partial results in the compared output"

finish
