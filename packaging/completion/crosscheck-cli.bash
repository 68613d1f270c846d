# SPDX-FileCopyrightText: 2026 The Crosscheck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for crosscheck-cli: commands, each command's options, project files.

_crosscheck_cli()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion || return
    else
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi
    local commands="new import sources sample overlaps diff analyze suggest search export
        import-annotations import-qdpx publish clone team-projects"
    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi
    local command=${words[1]} options=""
    case $command in
        sources) options="--json" ;;
        overlaps) options="--min-words --min-shared --jsonl --lang --threads" ;;
        analyze) options="--full" ;;
        suggest) options="--kinds --jsonl --apply-above" ;;
        search) options="--regex --match-case --entity --source --jsonl" ;;
        export) options="--format --output --bom" ;;
    esac
    case $prev in
        --format)
            COMPREPLY=($(compgen -W "w3c csv brat qdpx html pdf" -- "$cur"))
            return ;;
        --kinds)
            COMPREPLY=($(compgen -W "entities merges contradictions corroborations" -- "$cur"))
            return ;;
        --lang)
            COMPREPLY=($(compgen -W "en de uk fr es it ru" -- "$cur"))
            return ;;
        --min-words | --min-shared | --threads | --apply-above | --entity | --source)
            return ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options --help" -- "$cur"))
        return
    fi
    # The project file first, then articles, folders or annotation files.
    case $command in
        new | import | sources | sample | analyze | suggest | search | export | \
            import-annotations | publish)
            if [[ $cword -eq 2 ]]; then
                COMPREPLY=($(compgen -f -X '!*.crosscheck' -- "$cur") $(compgen -d -- "$cur"))
                return
            fi ;;
    esac
    COMPREPLY=($(compgen -f -- "$cur"))
}
complete -F _crosscheck_cli -o filenames crosscheck-cli
