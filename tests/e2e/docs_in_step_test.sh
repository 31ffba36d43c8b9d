# The man pages and bash completion keep up with the tools (mss-search, mss-index, mss-serve): every option --help lists is in the
# man page and completes; the man pages render without warnings.
. "$(dirname "$0")/lib.sh"

for tool in mss-search mss-index mss-serve; do
    page="$MSS_SOURCE_DIR/docs/man/$tool.1"
    options=$("$MSS_BIN_DIR/$tool" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
    [ -n "$options" ] || fail "$tool --help lists no options"
    # roff writes a dash in an option name as "\-".
    for option in $options; do
        grep -qF -- "${option//-/\\-}" "$page" || fail "$tool $option is in --help but not in $page"
    done
    if command -v groff >/dev/null; then
        warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
        assert_equal "$warnings" "" "groff warnings for $page"
    fi
done

complete_words() {  # complete_words WORD...: what bash completes for the last word
    PATH="$MSS_BIN_DIR:$PATH" bash -c '
        shopt -s extglob
        . "$1/scripts/completion/mss.bash"
        shift
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        "$(complete -p "$1" | grep -o -- "-F [^ ]*" | cut -c4-)"
        printf "%s\n" "${COMPREPLY[@]}"' _ "$MSS_SOURCE_DIR" "$@"
}
assert_equal "$(complete_words mss-search --js | tr '\n' ' ')" "--json --jsonl " "completing --js"
assert_equal "$(complete_words mss-search --color al)" "always" "completing --color values"
assert_contains "$(complete_words mss-index --)" "--data-dir" "completing mss-index options"
assert_equal "$(complete_words mss-serve --co | tr '\n' ' ')" "--cors " "completing mss-serve options"
assert_contains "$(complete_words mss-serve --listen 127)" "127.0.0.1:8080" "completing --listen"

finish
