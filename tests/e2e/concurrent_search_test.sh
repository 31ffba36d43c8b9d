# Searches never fail while the index is rebuilt and updated: several processes search in a loop
# while mss-index alternates --rebuild and incremental runs committing as often as it can
# (--batch 1). Every search must succeed and see the complete index (every article, none missing
# or doubled).
. "$(dirname "$0")/lib.sh"

SRC="$SCRATCH/articles"
IDX="$SCRATCH/index"
ARTICLES=300
SEARCHERS=3
SECONDS_TO_RUN=12
mkdir -p "$SRC"
write_articles() {  # write_articles REVISION: every article mentions the mission; text varies
    for i in $(seq 1 $ARTICLES); do
        printf 'Mission report %d revision %s\nThe mission patrol %d met officers in Port-au-Prince (%s).\n' \
            "$i" "$1" "$i" "$1" >"$SRC/a$i.txt"
    done
}
write_articles 0
"$MSS_INDEX_BIN" --quiet --index "$IDX" "$SRC" || fail "initial index"

search_loop() {  # search_loop N: searches until the stop file appears; one line per search
    local log="$SCRATCH/searcher$1.log"
    while [ ! -e "$SCRATCH/stop" ]; do
        if out=$("$MSS_SEARCH_BIN" --index "$IDX" --json -n 1 mission 2>&1); then
            total=$(printf '%s' "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
            if [ "$total" = "$ARTICLES" ]; then echo ok; else echo "incomplete: total $total"; fi
        else
            echo "failed: $out"
        fi
    done >"$log"
}
pids=()
for n in $(seq 1 $SEARCHERS); do
    search_loop "$n" &
    pids+=($!)
done

end=$((SECONDS + SECONDS_TO_RUN))
round=0
searches_so_far() { cat "$SCRATCH"/searcher*.log 2>/dev/null | wc -l; }
# At least two rounds and 30 searches however slow the build (a sanitizer build is several times
# slower) or busy the machine, within two minutes.
while { [ $SECONDS -lt $end ] || [ $round -lt 2 ] || [ "$(searches_so_far)" -lt 30 ]; } &&
    [ $SECONDS -lt $((end + 120)) ]; do
    round=$((round + 1))
    "$MSS_INDEX_BIN" --quiet --index "$IDX" --rebuild "$SRC" || fail "rebuild $round"
    write_articles "$round"
    "$MSS_INDEX_BIN" --quiet --index "$IDX" --batch 1 "$SRC" || fail "incremental run $round"
done
touch "$SCRATCH/stop"
wait "${pids[@]}"

searches=$(cat "$SCRATCH"/searcher*.log | wc -l)
failures=$(grep -vc '^ok$' "$SCRATCH"/searcher*.log | awk -F: '{s += $NF} END {print s}')
echo "$round rebuild+update rounds, $searches searches, $failures failures"
grep -hv '^ok$' "$SCRATCH"/searcher*.log | head -5 >&2
assert_equal "$failures" 0 "searches that failed or saw an incomplete index"
[ "$searches" -ge 30 ] || fail "only $searches searches ran; the test proves nothing"
[ "$round" -ge 2 ] || fail "only $round rounds of indexing ran"
run "$MSS_SEARCH_BIN" --index "$IDX" --json -n 1 "revision $round"
assert_contains "$OUT" "\"total\":$ARTICLES" "the last update is visible"

finish
