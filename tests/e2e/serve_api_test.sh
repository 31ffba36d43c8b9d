# mss-serve over loopback: GET /search answers byte for byte what mss-search --json prints for the
# same query and options; errors are JSON with the statuses the README gives; /suggest, /stats
# and /health agree with what the CLI and the seed files say; the server follows incremental runs
# in every worker thread, honours --cors and --quiet, and answers 503 until its index exists.
. "$(dirname "$0")/lib.sh"

command -v curl >/dev/null || skip "curl is not installed"
index_seeds
start_server --index "$SEED_INDEX" --threads 3 || finish

encode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

# get PATH_AND_QUERY: BODY, HTTP and HEADERS of the answer.
get() {
    BODY=$(curl -s -D "$SCRATCH/headers" -o "$SCRATCH/body" -w '%{http_code}' "$SERVE_URL$1"; echo)
    HTTP=${BODY%$'\n'}
    BODY=$(cat "$SCRATCH/body")
    HEADERS=$(cat "$SCRATCH/headers")
}

# same_as_cli QUERY 'PARAMETERS' CLI_FLAGS...: /search?q=QUERY&PARAMETERS gives the bytes that
# mss-search --json CLI_FLAGS QUERY prints.
same_as_cli() {
    local query=$1 parameters=$2
    shift 2
    "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "$@" -- "$query" >"$SCRATCH/cli.json"
    curl -s -o "$SCRATCH/http.json" "$SERVE_URL/search?q=$(encode "$query")${parameters:+&$parameters}"
    cmp -s "$SCRATCH/cli.json" "$SCRATCH/http.json" ||
        fail "/search?q=$query&$parameters differs from mss-search --json $*: $(diff "$SCRATCH/cli.json" "$SCRATCH/http.json" | head -c 400)"
}

same_as_cli contingent ''
same_as_cli 'Murkomen contingent' 'limit=2&offset=1' --limit 2 --offset 1
same_as_cli Haiti 'collapse=0&source=Nobody%20Wire' --no-collapse --source 'Nobody Wire' 
same_as_cli police 'country=kenya&person=barbeque' --country kenya --person barbeque
same_as_cli police 'org=hnp&org=nps&place=nairobi' --org hnp --org nps --place nairobi
same_as_cli Haiti 'from=2025-01-20&to=2025-01&sort=-date&by=day' --from 2025-01-20 --to 2025-01 --sort -date --by day
same_as_cli 'Chérizier OR "Kenya Airways"' 'exact=1&snippet_chars=40' --exact --snippet-chars 40
same_as_cli 'date:..2025-01-19 officers' 'now=2025-02-01&sort=date' --now 2025-02-01 --sort date
same_as_cli 'contingnet' ''  # a spelling correction
same_as_cli 'zzzunknownword' ''

# Errors: JSON with the CLI's message and character, and the status for each kind.
bad_query='date:2025-02-30'
run "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json "$bad_query"
get "/search?q=$(encode "$bad_query")"
assert_equal "$HTTP" 400 "status of a bad query"
assert_equal "$(printf '%s' "$BODY" | python3 -c 'import json,sys; e=json.load(sys.stdin)["error"]; print("mss-search: bad query at character %d: %s" % (e["character"], e["message"]))')" \
    "$ERR" "the bad query's error, as the CLI prints it"
assert_contains "$HEADERS" "application/json" "bad query content type"
for case in 'limit=101' 'limit=-1' 'limit=5x' 'offset=10001' 'snippet_chars=99999' 'sort=up' \
            'by=week' 'exact=maybe' 'language=fr' 'collapse=maybe' 'limit=1&limit=2'; do
    get "/search?q=police&$case"
    assert_equal "$HTTP" 400 "status of /search?q=police&$case"
    assert_contains "$BODY" '"kind":"invalid-argument"' "/search?q=police&$case"
    assert_contains "$BODY" "parameter '${case%%=*}'" "/search?q=police&$case"
done
# lang narrows as mss-search --lang does; a language the index cannot know is refused.
get "/search?q=police&lang=en"
assert_equal "$HTTP" 200 "status of /search?q=police&lang=en"
assert_equal "$(printf '%s' "$BODY" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"] > 0, {h["lang"] for h in d["hits"]})')" \
    "True {'en'}" "/search?q=police&lang=en"
get "/search?q=police&lang=xx"
assert_equal "$HTTP" 400 "status of /search?q=police&lang=xx"
assert_contains "$BODY" "language 'xx'" "/search?q=police&lang=xx"
get "/search?q=%20"
assert_equal "$HTTP" 400 "status of a blank query"
get "/search"
assert_contains "$BODY" "no query given" "no q="
# /articles/ID is mss-search --show --json ID, byte for byte; an unknown id is a JSON 404.
for id in $(cd "$MSS_SOURCE_DIR/seeds" && ls | head -2); do
    curl -s -o "$SCRATCH/article.json" "$SERVE_URL/articles/$(encode "$id")"
    "$MSS_SEARCH_BIN" --index "$SEED_INDEX" --json --show "$id" >"$SCRATCH/show.json" ||
        fail "mss-search --show $id"
    cmp -s "$SCRATCH/article.json" "$SCRATCH/show.json" ||
        fail "/articles/$id differs from --show --json: $(head -c 300 "$SCRATCH/article.json")"
done
get "/articles/no-such-id"
assert_equal "$HTTP" 404 "status of an unknown article"
assert_contains "$BODY" '"kind":"not-found"' "unknown article body"
get "/no/such/page"
assert_equal "$HTTP" 404 "status of an unknown path"
assert_contains "$BODY" '"error"' "unknown path body"
long=$(head -c 9000 /dev/zero | tr '\0' a)
get "/search?q=$long"
assert_equal "$HTTP" 414 "status of a 9000-byte request line"
assert_contains "$BODY" '"error"' "request line too long body"
code=$(curl -s -o "$SCRATCH/post" -w '%{http_code}' -X POST --data 'q=a' "$SERVE_URL/search")
assert_equal "$code" 405 "status of a POST"
assert_contains "$(cat "$SCRATCH/post")" "read-only" "POST body"

# /suggest: every completion of 'cher' is named by as many articles as a person: filter finds.
get "/suggest?q=cher"
assert_equal "$HTTP" 200 "/suggest status"
printf '%s' "$BODY" | python3 -c '
import json, sys
for c in json.load(sys.stdin)["completions"]:
    print(c["kind"], c["id"], c["articles"])' >"$SCRATCH/completions"
assert_contains "$(cat "$SCRATCH/completions")" "person jimmy-cherizier" "completions of cher"
while read -r kind id articles; do
    flag=$kind
    [ "$kind" = organisation ] && flag=org
    count=$("$MSS_SEARCH_BIN" --index "$SEED_INDEX" --count --"$flag" "$id" "$kind:$id")
    assert_equal "$articles" "$count" "articles of completion $kind $id"
done <"$SCRATCH/completions"
get "/suggest?q=ken&kind=country"
assert_equal "$(printf '%s' "$BODY" | python3 -c 'import json,sys; print(" ".join(c["kind"]+":"+c["id"] for c in json.load(sys.stdin)["completions"]))')" \
    "country:ke" "completions of ken among countries"
get "/suggest?q=ken&kind=planet"
assert_equal "$HTTP" 400 "status of an unknown kind"

# /stats and /health against the seed files themselves.
seeds=$(ls "$MSS_SOURCE_DIR"/seeds/*.txt | wc -l)
get /stats
assert_equal "$(printf '%s' "$BODY" | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])')" \
    "$seeds" "/stats articles"
# Python's Index.stats() is the object /stats gives, key for key (one function builds both).
if [ -d "$MSS_BUILD_DIR/python" ] && [ -n "$MSS_PYTHON" ]; then
    PYTHONPATH="$MSS_BUILD_DIR/python" "$MSS_PYTHON" -c '
import json, sys, mss
served = json.loads(sys.argv[2])
assert mss.Index(sys.argv[1]).stats() == served, (mss.Index(sys.argv[1]).stats(), served)' \
        "$SEED_INDEX" "$BODY" || fail "Index.stats() differs from /stats"
fi
get /health
assert_equal "$HTTP" 200 "/health status"
assert_contains "$BODY" "\"articles\":$seeds" "/health body"

# The access log names each request; no CORS header unless asked.
assert_contains "$(cat "$SERVE_LOG")" '"GET /stats" 200' "access log"
assert_not_contains "$HEADERS" "Access-Control-Allow-Origin" "headers without --cors"

# An incremental run is seen by every worker thread: several requests at once, each answered by
# whichever thread is free, all count the new article.
cp -r "$MSS_SOURCE_DIR/seeds" "$SCRATCH/more"
# (wait on the curl jobs by id: a bare wait would wait for the server too)
curls=()
for n in 1 2 3 4 5 6; do
    curl -s -o /dev/null "$SERVE_URL/search?q=police" &
    curls+=($!)
done
wait "${curls[@]}"
printf 'Zanzibarian quokka report\nA zanzibarian quokka met the police in Port-au-Prince.\n' >"$SCRATCH/more/new.txt"
"$MSS_INDEX_BIN" --quiet --index "$SEED_INDEX" "$SCRATCH/more" >/dev/null 2>&1
curls=()
for n in 1 2 3 4 5 6 7 8 9; do
    curl -s "$SERVE_URL/search?q=zanzibarian" >"$SCRATCH/after$n" &
    curls+=($!)
done
wait "${curls[@]}"
for n in 1 2 3 4 5 6 7 8 9; do
    assert_contains "$(cat "$SCRATCH/after$n")" '"total":1,' "search $n after an incremental run"
done
stop_server

# --cors and --quiet.
start_server --index "$SEED_INDEX" --cors https://newsroom.example --quiet
get "/search?q=police"
assert_contains "$HEADERS" "Access-Control-Allow-Origin: https://newsroom.example" "headers with --cors"
assert_not_contains "$(cat "$SERVE_LOG")" "GET /search" "log with --quiet"
stop_server

# --time-limit: a search past it is a 503 of kind time-limit, and the server goes on serving.
start_server --index "$SEED_INDEX" --time-limit 0.000000001
get "/search?q=police"
assert_equal "$HTTP" 503 "status past --time-limit"
assert_contains "$BODY" '"kind":"time-limit"' "body past --time-limit"
get /health
assert_equal "$HTTP" 200 "/health after a search past the limit"
stop_server
run "$MSS_SERVE_BIN" --time-limit -1
assert_status 2 "a negative --time-limit"

# A server started before its index answers 503 (JSON), then searches once the index is built.
start_server --index "$SCRATCH/later"
get "/search?q=police"
assert_equal "$HTTP" 503 "status with no index"
assert_contains "$BODY" '"kind":"index-missing"' "body with no index"
get /health
assert_equal "$HTTP" 503 "/health with no index"
(cd "$MSS_SOURCE_DIR" && "$MSS_INDEX_BIN" --quiet --index "$SCRATCH/later" seeds) || fail "indexing later"
get "/search?q=police"
assert_equal "$HTTP" 200 "status once the index is built"
stop_server

run "$MSS_SERVE_BIN" --listen nowhere
assert_status 2 "--listen without a port"
run "$MSS_SERVE_BIN" --help
assert_contains "$OUT" "127.0.0.1:8080" "--help names the default address"

finish
