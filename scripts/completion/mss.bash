# Bash completion for mss-search, mss-index and mss-serve. Installed as
# share/bash-completion/completions/mss-search (and mss-index and mss-serve, the same file).

# The long options a tool's --help lists, so completion never falls behind the tools.
_mss_options() {
    "$1" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u
}

# The replies for the word being completed ($cur of _mss_complete): among words, files, folders.
_mss_words() { mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur"); }
_mss_files() { mapfile -t COMPREPLY < <(compgen -f -- "$cur"); }
_mss_folders() { mapfile -t COMPREPLY < <(compgen -d -- "$cur"); }

# Each tool's option values: _<tool>_value OPTION completes the value of OPTION, and fails for an
# option that takes none (a number completes to nothing).
_mss_search_value() {
    case "$1" in
        -i | --index) _mss_files ;;
        --color) _mss_words "auto always never" ;;
        --format) _mss_words "'{rank} {date} {title}' '{path}' '{date} {source} {url}'" ;;
        -n | --limit | --offset | --snippet-chars | --timeout | --connect-timeout) ;;
        *) return 1 ;;
    esac
}

_mss_index_value() {
    case "$1" in
        -i | --index | --data-dir) _mss_folders ;;
        --entities) _mss_files ;;
        --explain-format) _mss_words "text json" ;;
        *) return 1 ;;
    esac
}

_mss_serve_value() {
    case "$1" in
        -i | --index) _mss_files ;;
        --page | --data-dir) _mss_folders ;;
        --listen) _mss_words "127.0.0.1:8080 [::1]:8080 0.0.0.0:8080" ;;
        --threads | --timeout | --max-limit | --time-limit | --cors) ;;
        *) return 1 ;;
    esac
}

# mss-index's arguments: folders, seed text files and JSON Lines files.
_mss_index_argument() {
    mapfile -t COMPREPLY < <(compgen -f -X '!*.@(txt|jsonl)' -- "$cur"; compgen -d -- "$cur")
}

# One completion for every tool: the value of the option before the word, else the tool's
# options, else its arguments when it has a function for them.
_mss_complete() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local tool=${COMP_WORDS[0]##*/}
    tool=_${tool//-/_}
    COMPREPLY=()
    "${tool}_value" "$prev" && return
    if [[ "$cur" == -* ]]; then
        _mss_words "$(_mss_options "${COMP_WORDS[0]}")"
    elif declare -F "${tool}_argument" >/dev/null; then
        "${tool}_argument"
    fi
}

complete -F _mss_complete mss-search mss-serve
complete -F _mss_complete -o filenames mss-index
