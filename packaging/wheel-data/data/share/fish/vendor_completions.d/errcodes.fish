# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_errcodes_global_optspecs
    string join \n color= format= q/quiet config= no-config h/help V/version
end

function __fish_errcodes_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_errcodes_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_errcodes_using_subcommand
    set -l cmd (__fish_errcodes_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c errcodes -n "__fish_errcodes_needs_command" -l color -d 'When to color human output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c errcodes -n "__fish_errcodes_needs_command" -l format -d 'Output format: human (rustc-style), json (exactly one document on stdout, with `ok` true when the exit status is 0; `output` holds what import, export, completions and man print, `error` why a command could not run), github (workflow annotations), markdown (a change summary and the problems, for a pull-request comment)' -r -f -a "human\t''
json\t''
github\t''
markdown\t''"
complete -c errcodes -n "__fish_errcodes_needs_command" -l config -d 'Read this errcodes.toml instead of searching for one from the current folder upward' -r -F
complete -c errcodes -n "__fish_errcodes_needs_command" -s q -l quiet -d 'Print only problems: no closing summary, no list of written files'
complete -c errcodes -n "__fish_errcodes_needs_command" -l no-config -d 'Ignore any errcodes.toml: only the flags (and their defaults) count'
complete -c errcodes -n "__fish_errcodes_needs_command" -s h -l help -d 'Print help'
complete -c errcodes -n "__fish_errcodes_needs_command" -s V -l version -d 'Print version'
complete -c errcodes -n "__fish_errcodes_needs_command" -f -a "init" -d 'Write a commented errcodes.toml in the current folder, and a starter registry.yaml when the folder holds none and no --git is given'
complete -c errcodes -n "__fish_errcodes_needs_command" -f -a "gen" -d 'Validate the registry and write every generated file whose content changed'
complete -c errcodes -n "__fish_errcodes_needs_command" -f -a "check" -d 'Validate the registry and fail if any generated file is missing, stale or left over; never writes'
complete -c errcodes -n "__fish_errcodes_needs_command" -f -a "diff" -d 'Compare the registry with a base and report every change, failing on breaking ones'
complete -c errcodes -n "__fish_errcodes_needs_command" -f -a "import" -d 'Print the registry read from an annotated Rust enum as `registry.yaml`'
complete -c errcodes -n "__fish_errcodes_needs_command" -f -a "export" -d 'Print the registry as an enum annotated for `#[derive(ErrorCode)]`'
complete -c errcodes -n "__fish_errcodes_needs_command" -f -a "validate" -d 'Validate the registry only'
complete -c errcodes -n "__fish_errcodes_needs_command" -f -a "completions" -d 'Print the completion script for a shell'
complete -c errcodes -n "__fish_errcodes_needs_command" -f -a "man" -d 'Print the manual page (roff), of errcodes or of one of its commands'
complete -c errcodes -n "__fish_errcodes_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c errcodes -n "__fish_errcodes_using_subcommand init" -l git -d 'Read the registry from this git repository (a URL or a local path); `init` reads it once to prove the revision and the file are there' -r
complete -c errcodes -n "__fish_errcodes_using_subcommand init" -l rev -d 'With --git: the tag or commit to pin' -r
complete -c errcodes -n "__fish_errcodes_using_subcommand init" -l path -d 'With --git: the registry\'s path in that repository' -r
complete -c errcodes -n "__fish_errcodes_using_subcommand init" -l target -d 'Only this target\'s source file, at the file `--out` names; without it, every target\'s package goes under the folder `--out` names. With an errcodes.toml, the flags pick one of its outputs' -r -f -a "rust\t''
typescript\t''
python\t''
go\t''
markdown\t''
html\t''
openapi\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand init" -l out -d 'The output folder (default: errcodes.toml\'s outputs, else `generated`), or with `--target` the output file' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand init" -l inject -d 'The hand-written page whose region between `<!-- errcodes:begin -->` and `<!-- errcodes:end -->` holds the Markdown index (implies --target markdown)' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand init" -l color -d 'When to color human output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand init" -l format -d 'Output format: human (rustc-style), json (exactly one document on stdout, with `ok` true when the exit status is 0; `output` holds what import, export, completions and man print, `error` why a command could not run), github (workflow annotations), markdown (a change summary and the problems, for a pull-request comment)' -r -f -a "human\t''
json\t''
github\t''
markdown\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand init" -l config -d 'Read this errcodes.toml instead of searching for one from the current folder upward' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand init" -s q -l quiet -d 'Print only problems: no closing summary, no list of written files'
complete -c errcodes -n "__fish_errcodes_using_subcommand init" -l no-config -d 'Ignore any errcodes.toml: only the flags (and their defaults) count'
complete -c errcodes -n "__fish_errcodes_using_subcommand init" -s h -l help -d 'Print help'
complete -c errcodes -n "__fish_errcodes_using_subcommand init" -s V -l version -d 'Print version'
complete -c errcodes -n "__fish_errcodes_using_subcommand gen" -l registry -d 'The registry to read (default: errcodes.toml\'s, else registry.yaml)' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand gen" -l rust-source -d 'Read the registry from a Rust enum annotated with `#[error_code(...)]` instead' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand gen" -l enum -d 'The enum to read from `--rust-source` (default: the only enum deriving `ErrorCode`)' -r
complete -c errcodes -n "__fish_errcodes_using_subcommand gen" -l target -d 'Only this target\'s source file, at the file `--out` names; without it, every target\'s package goes under the folder `--out` names. With an errcodes.toml, the flags pick one of its outputs' -r -f -a "rust\t''
typescript\t''
python\t''
go\t''
markdown\t''
html\t''
openapi\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand gen" -l out -d 'The output folder (default: errcodes.toml\'s outputs, else `generated`), or with `--target` the output file' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand gen" -l inject -d 'The hand-written page whose region between `<!-- errcodes:begin -->` and `<!-- errcodes:end -->` gets the Markdown index (implies --target markdown); every byte around the region is kept' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand gen" -l color -d 'When to color human output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand gen" -l format -d 'Output format: human (rustc-style), json (exactly one document on stdout, with `ok` true when the exit status is 0; `output` holds what import, export, completions and man print, `error` why a command could not run), github (workflow annotations), markdown (a change summary and the problems, for a pull-request comment)' -r -f -a "human\t''
json\t''
github\t''
markdown\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand gen" -l config -d 'Read this errcodes.toml instead of searching for one from the current folder upward' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand gen" -s q -l quiet -d 'Print only problems: no closing summary, no list of written files'
complete -c errcodes -n "__fish_errcodes_using_subcommand gen" -l no-config -d 'Ignore any errcodes.toml: only the flags (and their defaults) count'
complete -c errcodes -n "__fish_errcodes_using_subcommand gen" -s h -l help -d 'Print help'
complete -c errcodes -n "__fish_errcodes_using_subcommand gen" -s V -l version -d 'Print version'
complete -c errcodes -n "__fish_errcodes_using_subcommand check" -l registry -d 'The registry to read (default: errcodes.toml\'s, else registry.yaml)' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand check" -l rust-source -d 'Read the registry from a Rust enum annotated with `#[error_code(...)]` instead' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand check" -l enum -d 'The enum to read from `--rust-source` (default: the only enum deriving `ErrorCode`)' -r
complete -c errcodes -n "__fish_errcodes_using_subcommand check" -l target -d 'Only this target\'s source file, at the file `--out` names; without it, every target\'s package goes under the folder `--out` names. With an errcodes.toml, the flags pick one of its outputs' -r -f -a "rust\t''
typescript\t''
python\t''
go\t''
markdown\t''
html\t''
openapi\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand check" -l out -d 'The output folder (default: errcodes.toml\'s outputs, else `generated`), or with `--target` the output file' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand check" -l base -d 'Also run the compatibility gate against this base (a file, or a git revision such as `origin/main`)' -r
complete -c errcodes -n "__fish_errcodes_using_subcommand check" -l diff -d 'How much of each stale file\'s diff to print (human output; JSON always holds every line)' -r -f -a "short\t'A summary per file, then the first lines of each diff, up to a bound'
full\t'A summary per file, then every line of every diff'
stat\t'Only the summary per file'"
complete -c errcodes -n "__fish_errcodes_using_subcommand check" -l inject -d 'The hand-written page whose region between `<!-- errcodes:begin -->` and `<!-- errcodes:end -->` must hold the current Markdown index (implies --target markdown); nothing is written' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand check" -l color -d 'When to color human output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand check" -l format -d 'Output format: human (rustc-style), json (exactly one document on stdout, with `ok` true when the exit status is 0; `output` holds what import, export, completions and man print, `error` why a command could not run), github (workflow annotations), markdown (a change summary and the problems, for a pull-request comment)' -r -f -a "human\t''
json\t''
github\t''
markdown\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand check" -l config -d 'Read this errcodes.toml instead of searching for one from the current folder upward' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand check" -l deny-warnings -d 'Fail on warnings too'
complete -c errcodes -n "__fish_errcodes_using_subcommand check" -s q -l quiet -d 'Print only problems: no closing summary, no list of written files'
complete -c errcodes -n "__fish_errcodes_using_subcommand check" -l no-config -d 'Ignore any errcodes.toml: only the flags (and their defaults) count'
complete -c errcodes -n "__fish_errcodes_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c errcodes -n "__fish_errcodes_using_subcommand check" -s V -l version -d 'Print version'
complete -c errcodes -n "__fish_errcodes_using_subcommand diff" -l registry -d 'The registry to read (default: errcodes.toml\'s, else registry.yaml)' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand diff" -l rust-source -d 'Read the registry from a Rust enum annotated with `#[error_code(...)]` instead' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand diff" -l enum -d 'The enum to read from `--rust-source` (default: the only enum deriving `ErrorCode`)' -r
complete -c errcodes -n "__fish_errcodes_using_subcommand diff" -l base -d 'The earlier registry: a file, or a git revision (`origin/main`, `HEAD~1`) at which the registry\'s path is read through git' -r
complete -c errcodes -n "__fish_errcodes_using_subcommand diff" -l color -d 'When to color human output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand diff" -l format -d 'Output format: human (rustc-style), json (exactly one document on stdout, with `ok` true when the exit status is 0; `output` holds what import, export, completions and man print, `error` why a command could not run), github (workflow annotations), markdown (a change summary and the problems, for a pull-request comment)' -r -f -a "human\t''
json\t''
github\t''
markdown\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand diff" -l config -d 'Read this errcodes.toml instead of searching for one from the current folder upward' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand diff" -l deny-warnings -d 'Fail on warnings too'
complete -c errcodes -n "__fish_errcodes_using_subcommand diff" -s q -l quiet -d 'Print only problems: no closing summary, no list of written files'
complete -c errcodes -n "__fish_errcodes_using_subcommand diff" -l no-config -d 'Ignore any errcodes.toml: only the flags (and their defaults) count'
complete -c errcodes -n "__fish_errcodes_using_subcommand diff" -s h -l help -d 'Print help'
complete -c errcodes -n "__fish_errcodes_using_subcommand diff" -s V -l version -d 'Print version'
complete -c errcodes -n "__fish_errcodes_using_subcommand import" -l rust-source -d 'The Rust file holding the enum' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand import" -l enum -d 'The enum to read (default: the only enum deriving `ErrorCode`)' -r
complete -c errcodes -n "__fish_errcodes_using_subcommand import" -l color -d 'When to color human output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand import" -l format -d 'Output format: human (rustc-style), json (exactly one document on stdout, with `ok` true when the exit status is 0; `output` holds what import, export, completions and man print, `error` why a command could not run), github (workflow annotations), markdown (a change summary and the problems, for a pull-request comment)' -r -f -a "human\t''
json\t''
github\t''
markdown\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand import" -l config -d 'Read this errcodes.toml instead of searching for one from the current folder upward' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand import" -s q -l quiet -d 'Print only problems: no closing summary, no list of written files'
complete -c errcodes -n "__fish_errcodes_using_subcommand import" -l no-config -d 'Ignore any errcodes.toml: only the flags (and their defaults) count'
complete -c errcodes -n "__fish_errcodes_using_subcommand import" -s h -l help -d 'Print help'
complete -c errcodes -n "__fish_errcodes_using_subcommand import" -s V -l version -d 'Print version'
complete -c errcodes -n "__fish_errcodes_using_subcommand export" -l registry -d 'The registry to read (default: errcodes.toml\'s, else registry.yaml)' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand export" -l rust-source -d 'Read the registry from a Rust enum annotated with `#[error_code(...)]` instead' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand export" -l enum -d 'The enum to read from `--rust-source` (default: the only enum deriving `ErrorCode`)' -r
complete -c errcodes -n "__fish_errcodes_using_subcommand export" -l color -d 'When to color human output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand export" -l format -d 'Output format: human (rustc-style), json (exactly one document on stdout, with `ok` true when the exit status is 0; `output` holds what import, export, completions and man print, `error` why a command could not run), github (workflow annotations), markdown (a change summary and the problems, for a pull-request comment)' -r -f -a "human\t''
json\t''
github\t''
markdown\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand export" -l config -d 'Read this errcodes.toml instead of searching for one from the current folder upward' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand export" -l to-rust -d 'Print Rust (the only format so far; required so that others can follow)'
complete -c errcodes -n "__fish_errcodes_using_subcommand export" -s q -l quiet -d 'Print only problems: no closing summary, no list of written files'
complete -c errcodes -n "__fish_errcodes_using_subcommand export" -l no-config -d 'Ignore any errcodes.toml: only the flags (and their defaults) count'
complete -c errcodes -n "__fish_errcodes_using_subcommand export" -s h -l help -d 'Print help'
complete -c errcodes -n "__fish_errcodes_using_subcommand export" -s V -l version -d 'Print version'
complete -c errcodes -n "__fish_errcodes_using_subcommand validate" -l registry -d 'The registry to read (default: errcodes.toml\'s, else registry.yaml)' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand validate" -l rust-source -d 'Read the registry from a Rust enum annotated with `#[error_code(...)]` instead' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand validate" -l enum -d 'The enum to read from `--rust-source` (default: the only enum deriving `ErrorCode`)' -r
complete -c errcodes -n "__fish_errcodes_using_subcommand validate" -l color -d 'When to color human output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand validate" -l format -d 'Output format: human (rustc-style), json (exactly one document on stdout, with `ok` true when the exit status is 0; `output` holds what import, export, completions and man print, `error` why a command could not run), github (workflow annotations), markdown (a change summary and the problems, for a pull-request comment)' -r -f -a "human\t''
json\t''
github\t''
markdown\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand validate" -l config -d 'Read this errcodes.toml instead of searching for one from the current folder upward' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand validate" -l deny-warnings -d 'Fail on warnings too'
complete -c errcodes -n "__fish_errcodes_using_subcommand validate" -s q -l quiet -d 'Print only problems: no closing summary, no list of written files'
complete -c errcodes -n "__fish_errcodes_using_subcommand validate" -l no-config -d 'Ignore any errcodes.toml: only the flags (and their defaults) count'
complete -c errcodes -n "__fish_errcodes_using_subcommand validate" -s h -l help -d 'Print help'
complete -c errcodes -n "__fish_errcodes_using_subcommand validate" -s V -l version -d 'Print version'
complete -c errcodes -n "__fish_errcodes_using_subcommand completions" -l color -d 'When to color human output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand completions" -l format -d 'Output format: human (rustc-style), json (exactly one document on stdout, with `ok` true when the exit status is 0; `output` holds what import, export, completions and man print, `error` why a command could not run), github (workflow annotations), markdown (a change summary and the problems, for a pull-request comment)' -r -f -a "human\t''
json\t''
github\t''
markdown\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand completions" -l config -d 'Read this errcodes.toml instead of searching for one from the current folder upward' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand completions" -s q -l quiet -d 'Print only problems: no closing summary, no list of written files'
complete -c errcodes -n "__fish_errcodes_using_subcommand completions" -l no-config -d 'Ignore any errcodes.toml: only the flags (and their defaults) count'
complete -c errcodes -n "__fish_errcodes_using_subcommand completions" -s h -l help -d 'Print help'
complete -c errcodes -n "__fish_errcodes_using_subcommand completions" -s V -l version -d 'Print version'
complete -c errcodes -n "__fish_errcodes_using_subcommand man" -l color -d 'When to color human output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand man" -l format -d 'Output format: human (rustc-style), json (exactly one document on stdout, with `ok` true when the exit status is 0; `output` holds what import, export, completions and man print, `error` why a command could not run), github (workflow annotations), markdown (a change summary and the problems, for a pull-request comment)' -r -f -a "human\t''
json\t''
github\t''
markdown\t''"
complete -c errcodes -n "__fish_errcodes_using_subcommand man" -l config -d 'Read this errcodes.toml instead of searching for one from the current folder upward' -r -F
complete -c errcodes -n "__fish_errcodes_using_subcommand man" -s q -l quiet -d 'Print only problems: no closing summary, no list of written files'
complete -c errcodes -n "__fish_errcodes_using_subcommand man" -l no-config -d 'Ignore any errcodes.toml: only the flags (and their defaults) count'
complete -c errcodes -n "__fish_errcodes_using_subcommand man" -s h -l help -d 'Print help'
complete -c errcodes -n "__fish_errcodes_using_subcommand man" -s V -l version -d 'Print version'
complete -c errcodes -n "__fish_errcodes_using_subcommand help; and not __fish_seen_subcommand_from init gen check diff import export validate completions man help" -f -a "init" -d 'Write a commented errcodes.toml in the current folder, and a starter registry.yaml when the folder holds none and no --git is given'
complete -c errcodes -n "__fish_errcodes_using_subcommand help; and not __fish_seen_subcommand_from init gen check diff import export validate completions man help" -f -a "gen" -d 'Validate the registry and write every generated file whose content changed'
complete -c errcodes -n "__fish_errcodes_using_subcommand help; and not __fish_seen_subcommand_from init gen check diff import export validate completions man help" -f -a "check" -d 'Validate the registry and fail if any generated file is missing, stale or left over; never writes'
complete -c errcodes -n "__fish_errcodes_using_subcommand help; and not __fish_seen_subcommand_from init gen check diff import export validate completions man help" -f -a "diff" -d 'Compare the registry with a base and report every change, failing on breaking ones'
complete -c errcodes -n "__fish_errcodes_using_subcommand help; and not __fish_seen_subcommand_from init gen check diff import export validate completions man help" -f -a "import" -d 'Print the registry read from an annotated Rust enum as `registry.yaml`'
complete -c errcodes -n "__fish_errcodes_using_subcommand help; and not __fish_seen_subcommand_from init gen check diff import export validate completions man help" -f -a "export" -d 'Print the registry as an enum annotated for `#[derive(ErrorCode)]`'
complete -c errcodes -n "__fish_errcodes_using_subcommand help; and not __fish_seen_subcommand_from init gen check diff import export validate completions man help" -f -a "validate" -d 'Validate the registry only'
complete -c errcodes -n "__fish_errcodes_using_subcommand help; and not __fish_seen_subcommand_from init gen check diff import export validate completions man help" -f -a "completions" -d 'Print the completion script for a shell'
complete -c errcodes -n "__fish_errcodes_using_subcommand help; and not __fish_seen_subcommand_from init gen check diff import export validate completions man help" -f -a "man" -d 'Print the manual page (roff), of errcodes or of one of its commands'
complete -c errcodes -n "__fish_errcodes_using_subcommand help; and not __fish_seen_subcommand_from init gen check diff import export validate completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
