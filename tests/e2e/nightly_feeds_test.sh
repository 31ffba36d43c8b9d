# scripts/nightly/fetch-feeds end to end against a local HTTP server on 127.0.0.1: feeds saved
# under the day's folder, a feed that has not changed not downloaded again (If-Modified-Since),
# feeds that are down logged and counted while the rest goes on, then mss-index over the day.
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

finish
