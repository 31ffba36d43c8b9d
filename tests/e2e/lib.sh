# Shared by the end-to-end tests: where the binaries are, a scratch folder, and assertions that
# say what differed. Each test script sources this file and calls `finish` at the end.
set -u

: "${MSS_BIN_DIR:?set by ctest}"
: "${MSS_SOURCE_DIR:?set by ctest}"
MSS_INDEX_BIN="$MSS_BIN_DIR/mss-index"
MSS_SEARCH_BIN="$MSS_BIN_DIR/mss-search"
MSS_SERVE_BIN="$MSS_BIN_DIR/mss-serve"
SCRATCH=$(mktemp -d)
SERVE_PID=
SITE_PID=
trap 'stop_server; stop_site; rm -rf "$SCRATCH"' EXIT
FAILURES=0

# skip REASON: the test cannot run here (data or a tool absent). Exit status 77 is the
# SKIP_RETURN_CODE tests/CMakeLists.txt gives every e2e test, so ctest reports it as skipped.
skip() {
    echo "SKIP: $*"
    exit 77
}

# search_query_set NAME INDEX FLAGS...: mss-search --json FLAGS on every query of
# $SCRATCH/queries.txt, one JSON line per query into $SCRATCH/NAME.jsonl, dates counted from the
# caller's $QUERY_SET_NOW, within $QUERY_SET_SECONDS; an exit status over $QUERY_SET_STATUS fails
# (1: a query matched nothing, 2: a query was refused).
search_query_set() {
    local name=$1 index=$2
    shift 2
    timeout "$QUERY_SET_SECONDS" "$MSS_SEARCH_BIN" --index "$index" --json --now "$QUERY_SET_NOW" \
        "$@" --queries "$SCRATCH/queries.txt" >"$SCRATCH/$name.jsonl"
    [ $? -le "$QUERY_SET_STATUS" ] || fail "searching $index ($*)"
}

# assert_layouts_agree INDEX...: for every flag set of the caller's array flag_sets,
# search_query_set gives for each INDEX under $SCRATCH exactly what it gives for $SCRATCH/one; a
# difference names the first query that differs.
assert_layouts_agree() {
    local f index first
    local -a flags
    for f in "${!flag_sets[@]}"; do
        read -r -a flags <<<"${flag_sets[$f]}"
        search_query_set "one-$f" "$SCRATCH/one" "${flags[@]}"
        for index in "$@"; do
            search_query_set "$index-$f" "$SCRATCH/$index" "${flags[@]}"
            if ! cmp -s "$SCRATCH/one-$f.jsonl" "$SCRATCH/$index-$f.jsonl"; then
                first=$(cmp "$SCRATCH/one-$f.jsonl" "$SCRATCH/$index-$f.jsonl" | grep -o 'line [0-9]*')
                fail "$index (${flag_sets[$f]}) differs from one index at query ${first#line }:" \
                    "$(sed -n "${first#line }p" "$SCRATCH/queries.txt")"
            fi
        done
    done
}

fail() {
    echo "FAIL: $*" >&2
    FAILURES=$((FAILURES + 1))
}

# run CMD...: runs a command, keeping its stdout, stderr and exit status in OUT, ERR and STATUS.
run() {
    OUT=$("$@" 2>"$SCRATCH/stderr")
    STATUS=$?
    ERR=$(cat "$SCRATCH/stderr")
}

assert_status() {
    [ "$STATUS" -eq "$1" ] || fail "${2:-command}: exit status $STATUS, expected $1 (stderr: $ERR)"
}

assert_contains() {
    case "$1" in
        *"$2"*) ;;
        *) fail "${3:-output} does not contain '$2': $1" ;;
    esac
}

assert_not_contains() {
    case "$1" in
        *"$2"*) fail "${3:-output} contains '$2': $1" ;;
        *) ;;
    esac
}

assert_equal() {
    [ "$1" = "$2" ] || fail "${3:-value}: got '$1', expected '$2'"
}

# assert_golden ACTUAL_JSON GOLDEN_FILE: compares JSON after pretty-printing both sides. Paths are
# stored resolved at index time; the source folder is cut from them so the file holds on any
# machine. With MSS_UPDATE_GOLDEN=1 it rewrites the golden file instead: review the diff before
# committing.
assert_golden() {
    local golden="$MSS_SOURCE_DIR/tests/e2e/golden/$2"
    printf '%s\n' "${1//"$MSS_SOURCE_DIR/"/}" | python3 -m json.tool --indent 2 --no-ensure-ascii >"$SCRATCH/actual.json" ||
        { fail "output is not JSON: $1"; return; }
    if [ "${MSS_UPDATE_GOLDEN:-0}" = 1 ]; then
        cp "$SCRATCH/actual.json" "$golden"
        return
    fi
    diff -u "$golden" "$SCRATCH/actual.json" >&2 || fail "JSON differs from golden file $2"
}

# Indexes the repository's seeds into a scratch index, from the source root, by the relative path
# seeds (stored resolved: MSS_SOURCE_DIR/seeds/NNN.txt).
index_seeds() {
    SEED_INDEX="$SCRATCH/index"
    (cd "$MSS_SOURCE_DIR" && "$MSS_INDEX_BIN" --quiet --index "$SEED_INDEX" seeds) ||
        fail "indexing the seeds failed"
}

# facet_matches_hits < JSON: prints "agree" when every person facet count equals the number of
# matching hits that list the person (every match on the page), and no hit lists a person twice.
facet_matches_hits() {
    python3 -c 'import collections,json,sys
result = json.load(sys.stdin)
listed = collections.Counter()
for hit in result["hits"]:
    if hit["matches_all"]:
        ids = [p["id"] for p in hit["entities"]["person"]]
        assert len(ids) == len(set(ids)), (hit["id"], ids)
        listed.update(ids)
assert result["exact"] and len([h for h in result["hits"] if h["matches_all"]]) == result["total"]
facet = {p["id"]: p["count"] for p in result["facets"]["person"]}
print("agree" if facet == dict(listed) else "facet %s, hits %s" % (facet, dict(listed)))'
}

# Indexes Reuters-21578 from ../shared/corpora into REUTERS_INDEX (CORPUS names the file), or
# ends the test as skipped (exit 77, which ctest reports as skipped) when the corpora are absent.
index_reuters_or_skip() {
    CORPUS="$MSS_SOURCE_DIR/../shared/corpora/reuters21578/articles.jsonl"
    if [ ! -f "$CORPUS" ]; then
        skip "$CORPUS not found (the shared corpora live beside the repository)"
    fi
    REUTERS_INDEX="$SCRATCH/reuters"
    "$MSS_INDEX_BIN" --quiet --index "$REUTERS_INDEX" "$CORPUS" || fail "indexing Reuters"
}

# start_server ARGS...: starts mss-serve with ARGS on a free loopback port and waits until it
# listens; SERVE_URL is its address (http://127.0.0.1:PORT), SERVE_LOG its stderr. The server is
# stopped by stop_server, or when the test exits however it exits.
start_server() {
    stop_server
    SERVE_LOG="$SCRATCH/serve.log"
    "$MSS_SERVE_BIN" --listen 127.0.0.1:0 "$@" 2>"$SERVE_LOG" &
    SERVE_PID=$!
    SERVE_URL=
    for _ in $(seq 1 100); do
        SERVE_URL=$(sed -n 's|^mss-serve: listening on \(http://[^/]*\)/$|\1|p' "$SERVE_LOG")
        [ -n "$SERVE_URL" ] && return 0
        kill -0 "$SERVE_PID" 2>/dev/null || break
        sleep 0.1
    done
    fail "mss-serve did not start: $(cat "$SERVE_LOG")"
    return 1
}

# start_site LOG SED CMD...: starts a test's own HTTP server (CMD in the background, its stdout
# and stderr in LOG) and waits until the sed expression SED finds in LOG the port it listens on;
# SITE_PORT is that port. The server is stopped by stop_site, or when the test exits.
start_site() {
    local log=$1 pattern=$2
    shift 2
    "$@" >"$log" 2>&1 &
    SITE_PID=$!
    for _ in $(seq 50); do
        SITE_PORT=$(sed -n "$pattern" "$log")
        [ -n "$SITE_PORT" ] && return 0
        sleep 0.1
    done
    fail "the HTTP server did not start: $(cat "$log")"
    return 1
}

stop_site() {
    [ -z "${SITE_PID:-}" ] || kill "$SITE_PID" 2>/dev/null
    SITE_PID=
}

# A server that does not stop cleanly on SIGTERM (exit 0) fails the test: in a sanitizer build
# that is how a leak or an error it found shows.
stop_server() {
    if [ -n "${SERVE_PID:-}" ]; then
        kill "$SERVE_PID" 2>/dev/null
        wait "$SERVE_PID" 2>/dev/null
        local status=$?
        SERVE_PID=
        [ "$status" -eq 0 ] || fail "mss-serve exited with status $status: $(tail -5 "$SERVE_LOG")"
    fi
}

finish() {
    if [ "$FAILURES" -ne 0 ]; then
        echo "$FAILURES check(s) failed" >&2
        exit 1
    fi
    echo "all checks passed"
}
