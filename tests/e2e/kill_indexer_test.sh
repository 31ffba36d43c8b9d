# Crash safety on a large run: mss-index is SIGKILLed at several points of a Reuters-21578 run
# (incremental and --rebuild); after each kill the last good index is searchable and passes
# xapian-check, and the next run completes the work. SIGINT stops cleanly with status 130.
. "$(dirname "$0")/lib.sh"

REUTERS="$MSS_SOURCE_DIR/../shared/corpora/reuters21578/articles.jsonl"
if [ ! -f "$REUTERS" ]; then
    skip "$REUTERS not found (the shared corpora sit beside the repository)"
fi
REUTERS_ARTICLES=$(grep -c . "$REUTERS")
IDX="$SCRATCH/index"
SEEDS="$MSS_SOURCE_DIR/seeds"

live_generation() { echo "$IDX/$(awk '{print $2}' "$IDX/XAPIANDB")"; }

check_index() {  # check_index WHEN: the live index is consistent and answers a search
    xapian-check "$(live_generation)" >/dev/null 2>&1 || fail "$1: xapian-check failed"
    run "$MSS_SEARCH_BIN" --index "$IDX" --json -n 1 "Murkomen"
    assert_status 0 "$1: search"
}

# The last good index: the seeds.
"$MSS_INDEX_BIN" --quiet --index "$IDX" "$SEEDS" || fail "indexing the seeds"
check_index "baseline"

kill_after() {  # kill_after SECONDS ARGS...: starts mss-index ARGS, SIGKILLs it after SECONDS
    local delay=$1
    shift
    "$MSS_INDEX_BIN" --quiet --index "$IDX" "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep "$delay"
    kill -KILL "$pid" 2>/dev/null || echo "note: run finished before the kill at ${delay}s"
    wait "$pid" 2>/dev/null
}

for delay in 0.3 1.5 3; do
    kill_after "$delay" --batch 1000 "$SEEDS" "$REUTERS"
    check_index "incremental run killed after ${delay}s"
done
for delay in 0.8 2.5; do
    before=$(live_generation)
    kill_after "$delay" --rebuild --batch 1000 "$SEEDS" "$REUTERS"
    check_index "rebuild killed after ${delay}s"
    assert_equal "$(live_generation)" "$before" "a killed rebuild leaves the old generation live"
done

# The next run completes the work, and clears what the killed rebuilds left behind.
run "$MSS_INDEX_BIN" --index "$IDX" "$SEEDS" "$REUTERS"
assert_status 0 "run after the kills"
assert_contains "$OUT" "the index holds $((REUTERS_ARTICLES + 5)) articles" "completed index"
check_index "after completion"
[ "$(ls -d "$IDX"/gen-* | wc -l)" -le 2 ] || fail "abandoned generations left behind: $(ls "$IDX")"

# Ctrl-C during a rebuild: exit 130, the previous index stays live and whole.
before=$(live_generation)
"$MSS_INDEX_BIN" --index "$IDX" --rebuild "$SEEDS" "$REUTERS" >"$SCRATCH/sigint.out" 2>"$SCRATCH/sigint.err" &
pid=$!
sleep 1
kill -INT "$pid"
wait "$pid"
STATUS=$?
ERR=$(cat "$SCRATCH/sigint.err")
OUT=$(cat "$SCRATCH/sigint.out")
assert_status 130 "SIGINT during a rebuild"
# The summary says what happened: the rebuild was abandoned, not "N added ... the next run
# completes the work".
assert_contains "$ERR" "the rebuild was abandoned" "SIGINT message"
assert_not_contains "$ERR" "the next run completes the work" "SIGINT message"
assert_not_contains "$OUT" "added" "SIGINT summary"
assert_equal "$(live_generation)" "$before" "an interrupted rebuild leaves the old generation live"
check_index "after SIGINT"

finish
