# Article text must not drive the terminal: titles, bodies, ids and file names carrying escape
# sequences, C0 and C1 controls, NUL and bidi overrides reach no output raw, in text output with or
# without colour, --format, --ids, --paths and mss-index warnings; JSON escapes them.
. "$(dirname "$0")/lib.sh"

SRC="$SCRATCH/articles"
IDX="$SCRATCH/index"
mkdir -p "$SRC"
# Every class: clear screen, window title (OSC 0), clipboard write (OSC 52), hyperlink (OSC 8),
# cursor query, BEL, CR, BS, DEL, a C1 CSI (U+009B), a bidi override (U+202E) and NUL.
python3 - "$SRC/wire.jsonl" <<'PY'
import json, sys
hostile = ("\x1b[2J \x1b]0;owned\x07 \x1b]52;c;ZXZpbA==\x07 \x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\ "
           "\x1b[6n \x07 \r \x08 \x7f \u009b31m \u202eevil \x00nul")
with open(sys.argv[1], "w") as out:
    out.write(json.dumps({"id": "zebrafinch" + hostile, "title": "Zebrafinch " + hostile,
                          "body": "Zebrafinch body " + hostile + " more words after it."}) + "\n")
    out.write(json.dumps({"id": "two-lines", "title": "Wagtail headline\nwith a newline",
                          "body": "Wagtail body."}) + "\n")
PY
printf 'Zebrafinch file\nZebrafinch in a file with an escape in its name.\n' >"$SRC/$(printf 'esc\033[2Jname.txt')"
: >"$SRC/$(printf 'empty\033]0;owned\007.txt')"

run "$MSS_INDEX_BIN" --index "$IDX" "$SRC"
assert_status 5 "indexing (the empty file is a warning)"
INDEX_ERR=$ERR

# clean NAME: fails when the output holds a control character other than newline, outside our own
# colouring (SGR sequences ESC [ digits m), a C1 control or a bidi control.
clean() {
    python3 -c '
import re, sys
data = sys.stdin.buffer.read()
data = re.sub(rb"\x1b\[[0-9;]*m", b"", data)
text = data.decode("utf-8", "strict")
bad = [hex(ord(c)) for c in text
       if (ord(c) < 32 and c != "\n") or 0x7f <= ord(c) <= 0x9f
       or c in "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"]
if bad:
    print(" ".join(sorted(set(bad))))
' || echo "not UTF-8"
}

check() {  # check WHAT EXPECTED ARGS...: mss-search ARGS prints EXPECTED and nothing unsafe
    local output
    output=$("$MSS_SEARCH_BIN" --index "$IDX" "${@:3}" 2>&1)
    assert_contains "$output" "$2" "$1 output"
    assert_equal "$(printf '%s' "$output" | clean)" "" "$1: unsafe characters"
}
check "text" "Zebrafinch body" Zebrafinch
check "text, colour" "body" --color always Zebrafinch
check "--format" "Zebrafinch body" --format '{id} {path} {title} {snippet}' Zebrafinch
check "--ids" "zebrafinch" --ids Zebrafinch
check "--paths" "wire.jsonl" --paths Zebrafinch
# --show prints the stored article whole: its text is shown, never obeyed, with or without --json,
# and so is an id that is not in the index.
check "--show" "Zebrafinch in a file" --show "$(printf 'esc\033[2Jname.txt')"
check "--show --json" "Zebrafinch in a file" --show --json "$(printf 'esc\033[2Jname.txt')"
check "--show of an unknown id" "no article with id" --show "$(printf 'gone\033]0;owned\007')"
# A headline with a newline stays on its line of the layout.
run "$MSS_SEARCH_BIN" --index "$IDX" --color never Wagtail
assert_contains "$OUT" "  1. Wagtail headline with a newline" "a headline with a newline"
assert_contains "$INDEX_ERR" "empty" "mss-index warns of the empty file"
assert_equal "$(printf '%s' "$INDEX_ERR" | clean)" "" "mss-index warnings: unsafe characters"

# JSON keeps the text, escaped: C1 and bidi controls as \u escapes, not raw.
run "$MSS_SEARCH_BIN" --index "$IDX" --json Zebrafinch
assert_equal "$(printf '%s' "$OUT" | clean)" "" "JSON: unsafe characters"
assert_contains "$OUT" '\u009b' "JSON escapes the C1 control"
assert_contains "$OUT" '\u202e' "JSON escapes the bidi override"
title=$(printf '%s' "$OUT" | python3 -c 'import json,sys; h=json.load(sys.stdin)["hits"]; print(any("\u202e" in x["title"] for x in h))')
assert_equal "$title" "True" "JSON keeps the characters themselves"

finish
