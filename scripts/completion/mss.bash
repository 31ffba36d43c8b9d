# Bash completion for mss-search, mss-index and mss-serve. Installed as
# share/bash-completion/completions/mss-search (and mss-index and mss-serve, the same file).

# The long options a tool's --help lists, so completion never falls behind the tools.
_mss_options() {
    "$1" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u
}

_mss_search() {
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    case "$prev" in
        -i | --index)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return
            ;;
        --color)
            mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur")
            return
            ;;
        --format)
            mapfile -t COMPREPLY < <(compgen -W "'{rank} {date} {title}' '{path}' '{date} {source} {url}'" -- "$cur")
            return
            ;;
        -n | --limit | --offset | --snippet-chars | --timeout | --connect-timeout)
            return
            ;;
    esac
    if [[ "$cur" == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_mss_options "${COMP_WORDS[0]}")" -- "$cur")
    fi
}

_mss_index() {
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    case "$prev" in
        -i | --index | --data-dir)
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            return
            ;;
        --entities)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return
            ;;
        --explain-format)
            mapfile -t COMPREPLY < <(compgen -W "text json" -- "$cur")
            return
            ;;
    esac
    if [[ "$cur" == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_mss_options "${COMP_WORDS[0]}")" -- "$cur")
    else
        # Folders, seed text files and JSON Lines files.
        mapfile -t COMPREPLY < <(compgen -f -X '!*.@(txt|jsonl)' -- "$cur"; compgen -d -- "$cur")
    fi
}

_mss_serve() {
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    case "$prev" in
        -i | --index)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return
            ;;
        --page | --data-dir)
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            return
            ;;
        --listen)
            mapfile -t COMPREPLY < <(compgen -W "127.0.0.1:8080 [::1]:8080 0.0.0.0:8080" -- "$cur")
            return
            ;;
        --threads | --timeout | --max-limit | --time-limit | --cors)
            return
            ;;
    esac
    if [[ "$cur" == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_mss_options "${COMP_WORDS[0]}")" -- "$cur")
    fi
}

complete -F _mss_search mss-search
complete -F _mss_serve mss-serve
complete -F _mss_index -o filenames mss-index
