# scripts/nightly/fetch-feeds end to end against a local HTTP server on 127.0.0.1: feeds saved
# under the day's folder, a feed that has not changed not downloaded again (If-Modified-Since,
# and then against a server that validates by ETag only), feeds that are down logged and
# counted while the rest goes on, then mss-index over the day.
. "$(dirname "$0")/lib.sh"

command -v curl >/dev/null || skip "curl is not installed"
FETCH="$MSS_SOURCE_DIR/scripts/nightly/fetch-feeds"
SITE="$SCRATCH/site"
mkdir -p "$SITE"
cp "$MSS_SOURCE_DIR/tests/data/feeds/caribbean_wire.rss" "$SITE/cw.rss"
cp "$MSS_SOURCE_DIR/tests/data/feeds/haiti_depeche.atom" "$SITE/hd.atom"
touch -d '2024-08-15 06:00' "$SITE/cw.rss" "$SITE/hd.atom"

# Port 0: the system picks a free port, which the server prints.
start_site "$SCRATCH/server.log" 's/.* port \([0-9]*\) .*/\1/p' \
    python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$SITE" || finish
PORT=$SITE_PORT
# A port nothing listens on: bound and closed again.
DOWN=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

cat >"$SCRATCH/feeds.list" <<LIST
# the MSS feeds
http://127.0.0.1:$PORT/cw.rss
http://127.0.0.1:$DOWN/down.rss

http://127.0.0.1:$PORT/hd.atom
http://127.0.0.1:$PORT/gone.rss
LIST
ARCHIVE="$SCRATCH/archive"
INDEX="$SCRATCH/index"
export MSS_INDEX_COMMAND="$MSS_INDEX_BIN"

run "$FETCH" --index "$INDEX" --date 2024-08-15 "$SCRATCH/feeds.list" "$ARCHIVE"
assert_status 5 "first night, with two feeds down"
assert_contains "$OUT" "2 fetched, 0 not modified, 2 failed" "first night summary"
assert_contains "$ERR" "127.0.0.1:$DOWN/down.rss: failed" "a server that is down"
assert_contains "$ERR" "/gone.rss: failed (HTTP 404)" "a feed that is gone"
assert_equal "$(ls "$ARCHIVE/2024-08-15" | wc -l)" 2 "files saved on the first night"
cmp -s "$(ls "$ARCHIVE"/2024-08-15/*_cw_*.rss)" "$SITE/cw.rss" || fail "the saved feed differs from the served one"
run "$MSS_SEARCH_BIN" --index "$INDEX" --count 'source:"Caribbean Wire" OR source:"Haïti Dépêche"'
assert_equal "$OUT" 4 "items indexed on the first night"

# Second night: one feed changed (an entry dropped, one rewritten), the other did not.
python3 - "$SITE/hd.atom" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = re.sub(r"<entry>.*?2024-08-14-base.*?</entry>", "", text, flags=re.S)
open(path, "w", encoding="utf-8").write(text.replace("shops reopened", "shops and schools reopened"))
PY
touch -d '2024-08-16 06:00' "$SITE/hd.atom"
run "$FETCH" --index "$INDEX" --date 2024-08-16 "$SCRATCH/feeds.list" "$ARCHIVE"
assert_status 5 "second night"
assert_contains "$OUT" "1 fetched, 1 not modified, 2 failed" "second night summary"
assert_contains "$ERR" "/cw.rss: not modified" "the unchanged feed"
assert_equal "$(ls "$ARCHIVE/2024-08-16")" "$(ls "$ARCHIVE/2024-08-15" | grep _hd_)" \
    "only the changed feed is saved again"
grep -c 'If-Modified-Since\|" 304 ' "$SCRATCH/server.log" >/dev/null ||
    fail "the server saw no conditional request"
assert_contains "$(cat "$SCRATCH/server.log")" '"GET /cw.rss HTTP/1.1" 304' "304 for the unchanged feed"
run "$MSS_SEARCH_BIN" --index "$INDEX" --ids '"second base"'
assert_equal "$OUT" "urn:example:hd:2024-08-14-base" "an entry gone from the feed stays"
run "$MSS_SEARCH_BIN" --index "$INDEX" --ids '"schools reopened"'
assert_equal "$OUT" "urn:example:hd:2024-08-16-curfew" "the rewritten entry is updated"

# Third night: nothing changed anywhere; nothing is saved and the index is left alone.
sed -i '/down.rss\|gone.rss/d' "$SCRATCH/feeds.list"
run "$FETCH" --index "$INDEX" --date 2024-08-17 "$SCRATCH/feeds.list" "$ARCHIVE"
assert_status 0 "a night with nothing new"
assert_contains "$OUT" "0 fetched, 2 not modified, 0 failed" "third night summary"
assert_contains "$OUT" "nothing new for 2024-08-17" "third night"

run "$FETCH" "$SCRATCH/missing.list" "$ARCHIVE"
assert_status 2 "a feed list that does not exist"

# A server that validates by ETag only (no Last-Modified, so If-Modified-Since cannot answer):
# the ETag of the last download goes back as If-None-Match, an unchanged feed is a 304 that saves
# nothing, a changed one a new download.
stop_site
ETAG_SITE="$SCRATCH/etag-site"
mkdir -p "$ETAG_SITE"
cp "$MSS_SOURCE_DIR/tests/data/feeds/caribbean_wire.rss" "$ETAG_SITE/cw.rss"
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
start_site "$SCRATCH/etag-server.log" 's/^port \([0-9]*\)$/\1/p' \
    python3 -u "$SCRATCH/etag_server.py" "$ETAG_SITE" || finish
printf 'http://127.0.0.1:%s/cw.rss\n' "$SITE_PORT" >"$SCRATCH/etag.list"
ARCHIVE="$SCRATCH/etag-archive"
INDEX="$SCRATCH/etag-index"
served_tag() { python3 -c 'import hashlib, sys; print(hashlib.sha1(open(sys.argv[1], "rb").read()).hexdigest()[:16])' "$ETAG_SITE/cw.rss"; }

run "$FETCH" --index "$INDEX" --date 2024-08-15 "$SCRATCH/etag.list" "$ARCHIVE"
assert_status 0 "first ETag night"
assert_contains "$OUT" "1 fetched, 0 not modified, 0 failed" "first ETag night summary"
cmp -s "$ARCHIVE"/2024-08-15/*_cw_*.rss "$ETAG_SITE/cw.rss" || fail "the saved feed differs from the served one"
first_tag=$(served_tag)

run "$FETCH" --index "$INDEX" --date 2024-08-16 "$SCRATCH/etag.list" "$ARCHIVE"
assert_status 0 "second ETag night, nothing changed"
assert_contains "$OUT" "0 fetched, 1 not modified, 0 failed" "second ETag night summary"
assert_contains "$(cat "$SCRATCH/etag-server.log")" "If-None-Match: \"$first_tag\"" "the ETag sent back"
[ -z "$(ls -A "$ARCHIVE/2024-08-16")" ] || fail "an unchanged feed was saved again"

sed -i 's/landed in Port-au-Prince on/landed at dawn in Port-au-Prince on/' "$ETAG_SITE/cw.rss"
run "$FETCH" --index "$INDEX" --date 2024-08-17 "$SCRATCH/etag.list" "$ARCHIVE"
assert_status 0 "third ETag night, the feed changed"
assert_contains "$OUT" "1 fetched, 0 not modified, 0 failed" "third ETag night summary"
assert_contains "$(cat "$SCRATCH/etag-server.log")" "If-None-Match: \"$first_tag\"" "the old ETag asked"
cmp -s "$ARCHIVE"/2024-08-17/*_cw_*.rss "$ETAG_SITE/cw.rss" || fail "the changed feed was not saved"
run "$MSS_SEARCH_BIN" --index "$INDEX" --ids '"landed at dawn"'
assert_equal "$OUT" "cw-2024-0625-01" "the changed item is updated in the index"

finish
