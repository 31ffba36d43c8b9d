# scripts/nightly/fetch-feeds with a server that validates by ETag only (no Last-Modified, so
# If-Modified-Since cannot answer): the ETag of the last download is sent back as
# If-None-Match, an unchanged feed is a 304 that saves nothing, a changed one a new download.
. "$(dirname "$0")/lib.sh"

command -v curl >/dev/null || skip "curl is not installed"
FETCH="$MSS_SOURCE_DIR/scripts/nightly/fetch-feeds"
SITE="$SCRATCH/site"
mkdir -p "$SITE"
cp "$MSS_SOURCE_DIR/tests/data/feeds/caribbean_wire.rss" "$SITE/cw.rss"
cat >"$SCRATCH/etag_server.py" <<'PY'
import hashlib, http.server, os, sys

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        path = os.path.join(sys.argv[1], os.path.basename(self.path))
        if not os.path.isfile(path):
            self.send_error(404)
            return
        body = open(path, "rb").read()
        tag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        sys.stderr.write("If-None-Match: %s\n" % self.headers.get("If-None-Match"))
        if self.headers.get("If-None-Match") == tag:
            self.send_response(304)
            self.send_header("ETag", tag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("ETag", tag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print("port", server.server_address[1], flush=True)
server.serve_forever()
PY
start_site "$SCRATCH/server.log" 's/^port \([0-9]*\)$/\1/p' \
    python3 -u "$SCRATCH/etag_server.py" "$SITE" || finish
printf 'http://127.0.0.1:%s/cw.rss\n' "$SITE_PORT" >"$SCRATCH/feeds.list"
ARCHIVE="$SCRATCH/archive"
INDEX="$SCRATCH/index"
export MSS_INDEX_COMMAND="$MSS_INDEX_BIN"
served_tag() { python3 -c 'import hashlib, sys; print(hashlib.sha1(open(sys.argv[1], "rb").read()).hexdigest()[:16])' "$SITE/cw.rss"; }

run "$FETCH" --index "$INDEX" --date 2024-08-15 "$SCRATCH/feeds.list" "$ARCHIVE"
assert_status 0 "first night"
assert_contains "$OUT" "1 fetched, 0 not modified, 0 failed" "first night summary"
cmp -s "$ARCHIVE"/2024-08-15/*_cw_*.rss "$SITE/cw.rss" || fail "the saved feed differs from the served one"
first_tag=$(served_tag)

run "$FETCH" --index "$INDEX" --date 2024-08-16 "$SCRATCH/feeds.list" "$ARCHIVE"
assert_status 0 "second night, nothing changed"
assert_contains "$OUT" "0 fetched, 1 not modified, 0 failed" "second night summary"
assert_contains "$(cat "$SCRATCH/server.log")" "If-None-Match: \"$first_tag\"" "the ETag sent back"
[ -z "$(ls -A "$ARCHIVE/2024-08-16")" ] || fail "an unchanged feed was saved again"

sed -i 's/landed in Port-au-Prince on/landed at dawn in Port-au-Prince on/' "$SITE/cw.rss"
run "$FETCH" --index "$INDEX" --date 2024-08-17 "$SCRATCH/feeds.list" "$ARCHIVE"
assert_status 0 "third night, the feed changed"
assert_contains "$OUT" "1 fetched, 0 not modified, 0 failed" "third night summary"
assert_contains "$(cat "$SCRATCH/server.log")" "If-None-Match: \"$first_tag\"" "the old ETag asked"
cmp -s "$ARCHIVE"/2024-08-17/*_cw_*.rss "$SITE/cw.rss" || fail "the changed feed was not saved"
run "$MSS_SEARCH_BIN" --index "$INDEX" --ids '"landed at dawn"'
assert_equal "$OUT" "cw-2024-0625-01" "the changed item is updated in the index"

finish
