# One set of search cases, answered by every backend: one index, 2 and 3 local shards, and 2
# shards served by xapian-tcpsrv on 127.0.0.1, all written by the real mss-index from the seeds,
# give the same JSON (hits, order, scores, snippets, totals, facets, notes) for every query
# docs/QUERY.md shows and for filters, sort orders and pages. Needs no ../shared; skipped
# without xapian-tcpsrv. (shards_reuters_test.sh does the same at scale on Reuters-21578.)
. "$(dirname "$0")/lib.sh"
if ! command -v xapian-tcpsrv >/dev/null; then
    skip "xapian-tcpsrv not installed (package xapian-tools)"
fi
SERVE="$MSS_SOURCE_DIR/scripts/shards/serve"
cleanup() {
    "$SERVE" --stop "$SCRATCH/remote-2.stub" 2>/dev/null
    rm -rf "$SCRATCH"
}
trap cleanup EXIT

SEEDS="$MSS_SOURCE_DIR/seeds"
"$MSS_INDEX_BIN" --quiet --index "$SCRATCH/one" "$SEEDS" || fail "indexing one index"
for shards in 2 3; do
    "$MSS_INDEX_BIN" --quiet --shards "$shards" --index "$SCRATCH/shards-$shards" "$SEEDS" ||
        fail "indexing $shards shards"
done
ports=$(python3 -c "
import socket
socks = [socket.socket() for _ in range(2)]
for s in socks: s.bind(('127.0.0.1', 0))
print(','.join(str(s.getsockname()[1]) for s in socks))")
timeout 30 "$SERVE" --ports "$ports" "$SCRATCH/shards-2" "$SCRATCH/remote-2.stub" ||
    fail "serving 2 shards"

# The cases: every query of docs/QUERY.md's tables of readings (not its errors), and the words of the seeds'
# headlines one at a time (names, places and common words alike).
python3 - "$MSS_SOURCE_DIR/docs/QUERY.md" "$SEEDS" >"$SCRATCH/queries.txt" <<'PY'
import os, re, sys
queries, section = [], ""
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("## "):
        section = line[3:].strip()
    m = re.match(r"\| `([^`]+)` \|", line)
    if m and section in ("How a query reads", "Lenient readings"):
        queries.append(m.group(1))
for name in sorted(os.listdir(sys.argv[2])):
    headline = open(os.path.join(sys.argv[2], name), encoding="utf-8").readline()
    queries += [w for w in re.findall(r"[A-Za-zÀ-ÿ][\w'’-]+", headline) if w != "date"]
print("\n".join(dict.fromkeys(queries)))
PY
[ "$(grep -c . "$SCRATCH/queries.txt")" -ge 40 ] || fail "too few cases: $(cat "$SCRATCH/queries.txt")"

QUERY_SET_NOW=2025-03-15 QUERY_SET_SECONDS=120 QUERY_SET_STATUS=2

flag_sets=("--limit 10" "--sort -date --offset 1 --limit 2 --by day"
    "--sort date --limit 3 --exact --country kenya" "--from 2025-01 --to 2025-02 --limit 4")
assert_layouts_agree shards-2 shards-3 remote-2.stub

# Something was compared: most cases find articles, and the facets are not empty.
summary=$(python3 -c '
import json, sys
results = [json.loads(line) for line in open(sys.argv[1]) if line.startswith("{")]
found = sum(1 for r in results if r.get("hits"))
faceted = sum(1 for r in results if r.get("facets", {}).get("country"))
print(len(results) >= 40, found >= 30, faceted >= 20)
' "$SCRATCH/one-0.jsonl")
assert_equal "$summary" "True True True" "cases answered, cases with hits, cases with facets"

finish
