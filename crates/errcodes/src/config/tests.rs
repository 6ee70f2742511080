//! The tests of `config.rs`.
use super::*;
use expect_test::{Expect, expect};

/// Parses `text` as `errcodes.toml` in a fixed folder, so paths in results are stable.
/// The registered target with this id.
fn t(id: &str) -> Target {
    Target::from_id(id).unwrap()
}

fn parsed(text: &str) -> Config {
    parse(&base().join(FILE_NAME), text).expect("the file is valid")
}

fn base() -> PathBuf {
    if cfg!(windows) {
        PathBuf::from(r"C:\repo")
    } else {
        PathBuf::from("/repo")
    }
}

fn refused(text: &str, expected: Expect) {
    let error = parse(Path::new(FILE_NAME), text).expect_err("the file is refused");
    expected.assert_eq(&error.to_string());
}

#[test]
fn an_empty_file_means_every_default() {
    let config = parsed("");
    assert_eq!(config.dir, base());
    assert_eq!(config.file, base().join(FILE_NAME));
    assert_eq!(
        config.registry,
        RegistrySpec::File {
            path: base().join("registry.yaml"),
            enum_name: None,
            at: At::START,
        }
    );
    assert_eq!(
        config.outputs,
        [OutputSpec::Packages {
            dir: base().join("generated"),
            at: At::START,
        }]
    );
    assert_eq!(parsed("[registry]\n").registry, config.registry);
}

#[test]
fn reads_every_output_form() {
    let config = parsed(
        "[registry]\npath = \"src/codes.rs\"\nenum = \"TuringErrorCode\"\n\n\
         [[outputs]]\ndir = \"generated\"\n\n\
         [[outputs]]\ntarget = \"typescript\"\npath = \"src/errors.ts\"\n\n\
         [[outputs]]\ntarget = \"markdown\"\ninject = \"docs/errors.md\"\n",
    );
    assert_eq!(
        config.registry,
        RegistrySpec::File {
            path: base().join("src").join("codes.rs"),
            enum_name: Some("TuringErrorCode".to_owned()),
            at: At { line: 1, column: 1 },
        }
    );
    assert_eq!(
        config.outputs,
        [
            OutputSpec::Packages {
                dir: base().join("generated"),
                at: At { line: 5, column: 1 },
            },
            OutputSpec::File {
                target: t("typescript"),
                path: base().join("src").join("errors.ts"),
                at: At { line: 8, column: 1 },
            },
            OutputSpec::Inject {
                target: t("markdown"),
                page: base().join("docs").join("errors.md"),
                at: At {
                    line: 12,
                    column: 1
                },
            },
        ]
    );
    assert_eq!(
        parsed("[[outputs]]\ninject = \"docs/errors.md\"\n").outputs,
        [OutputSpec::Inject {
            target: t("markdown"),
            page: base().join("docs").join("errors.md"),
            at: At { line: 1, column: 1 },
        }],
        "`inject` implies the Markdown target"
    );
    let inline = parsed(
        "outputs = [{ target = \"rust\", path = \"a.rs\" }, { target = \"html\", path = \
         \"b.html\" }, { target = \"python\", path = \"c.py\" }]",
    );
    let targets: Vec<_> = inline
        .outputs
        .iter()
        .map(|o| match o {
            OutputSpec::File { target, at, .. } => (*target, at.column),
            other => panic!("not a file output: {other:?}"),
        })
        .collect();
    assert_eq!(
        targets,
        [(t("rust"), 12), (t("html"), 48), (t("python"), 86)]
    );
}

#[test]
fn reads_a_git_registry() {
    let config =
        parsed("[registry]\ngit = \"https://github.com/turing/backend.git\"\nrev = \"v2.4.0\"\n");
    assert_eq!(
        config.registry,
        RegistrySpec::Git {
            url: "https://github.com/turing/backend.git".to_owned(),
            rev: "v2.4.0".to_owned(),
            path: "registry.yaml".to_owned(),
            enum_name: None,
            at: At::START,
        }
    );
    let config = parsed(
        "registry.git = \"git@github.com:turing/backend.git\"\nregistry.rev = \"0a1b2c3\"\n\
         registry.path = \"./crates//api/src/codes.rs\"\nregistry.enum = \"Code\"\n",
    );
    assert_eq!(
        config.registry,
        RegistrySpec::Git {
            url: "git@github.com:turing/backend.git".to_owned(),
            rev: "0a1b2c3".to_owned(),
            path: "crates/api/src/codes.rs".to_owned(),
            enum_name: Some("Code".to_owned()),
            at: At::START,
        }
    );
}

#[test]
fn resolves_relative_paths_from_the_files_folder() {
    let temp = tempfile::tempdir().expect("a temporary folder");
    let file = temp.path().join("a").join("b").join(FILE_NAME);
    let text = "[registry]\npath = \"../r.yaml\"\n\n[[outputs]]\ndir = \"./out/../gen\"\n\n\
                [[outputs]]\ntarget = \"rust\"\npath = \"../../x/codes.rs\"\n";
    let config = parse(&file, text).expect("the file is valid");
    let root = lexical(&std::path::absolute(temp.path()).expect("absolute"));
    assert_eq!(config.dir, root.join("a").join("b"));
    let RegistrySpec::File { path, .. } = &config.registry else {
        panic!("a file registry: {:?}", config.registry);
    };
    assert_eq!(*path, root.join("a").join("r.yaml"));
    let paths: Vec<_> = config
        .outputs
        .iter()
        .map(|o| match o {
            OutputSpec::Packages { dir: path, .. } | OutputSpec::File { path, .. } => path.clone(),
            other => panic!("unexpected output {other:?}"),
        })
        .collect();
    assert_eq!(
        paths,
        [
            root.join("a").join("b").join("gen"),
            root.join("x").join("codes.rs")
        ]
    );

    // A file given by a relative path resolves from the current folder made absolute.
    let config = parse(Path::new(FILE_NAME), "").expect("the file is valid");
    let here = lexical(&std::env::current_dir().expect("a current folder"));
    assert_eq!(config.dir, here);
    assert_eq!(config.file, Path::new(FILE_NAME));
}

#[test]
fn keeps_absolute_paths_and_resolves_local_git_paths() {
    let elsewhere = if cfg!(windows) {
        r"D:\\elsewhere\\registry.yaml"
    } else {
        "/elsewhere/registry.yaml"
    };
    let config = parsed(&format!("[registry]\npath = \"{elsewhere}\"\n"));
    let RegistrySpec::File { path, .. } = &config.registry else {
        panic!("a file registry: {:?}", config.registry);
    };
    assert_eq!(*path, PathBuf::from(elsewhere.replace(r"\\", r"\")));

    let config = parsed("[registry]\ngit = \"../backend\"\nrev = \"v1\"\n");
    let RegistrySpec::Git { url, .. } = &config.registry else {
        panic!("a git registry: {:?}", config.registry);
    };
    let expected = base().parent().expect("a parent").join("backend");
    assert_eq!(Path::new(url), expected);

    for url in [
        "https://github.com/turing/backend.git",
        "ssh://git@host/backend",
        "file:///srv/backend.git",
        "git@github.com:turing/backend.git",
        "host:backend.git",
    ] {
        assert!(!is_local(url), "{url} is a URL");
    }
    for url in ["../backend", "backend", "./a:b", "/srv/backend.git"] {
        assert!(is_local(url), "{url} is a local path");
    }
}

#[test]
fn refuses_invalid_toml_with_its_position() {
    refused(
        "[registry]\npath = \"a\npath = \"b\"\n",
        expect![[r#"errcodes.toml:2:10: invalid TOML: invalid basic string, expected `"`"#]],
    );
    refused(
        "[registry]\npath = \"a\"\npath = \"b\"\n",
        expect!["errcodes.toml:3:1: invalid TOML: duplicate key"],
    );
}

#[test]
fn refuses_unknown_keys_with_did_you_mean() {
    refused(
        "[registry]\n  pth = \"registry.yaml\"\n",
        expect![[r#"
            errcodes.toml:2:3: unknown key `pth` in [registry]
              = help: did you mean `path`?"#]],
    );
    refused(
        "[registry]\nfile = \"registry.yaml\"\n",
        expect![[r#"
            errcodes.toml:2:1: unknown key `file` in [registry]
              = help: the keys of [registry] are: path, enum, git, rev"#]],
    );
    refused(
        "[regstry]\npath = \"registry.yaml\"\n",
        expect![[r#"
            errcodes.toml:1:2: unknown key `regstry` at the top level
              = help: did you mean `registry`?"#]],
    );
    refused(
        "version = 1\n",
        expect![[r#"
            errcodes.toml:1:1: unknown key `version` at the top level
              = help: the top-level keys are: registry, outputs"#]],
    );
    refused(
        "[[outputs]]\ndri = \"generated\"\n",
        expect![[r#"
            errcodes.toml:2:1: unknown key `dri` in [[outputs]]
              = help: did you mean `dir`?"#]],
    );
}

#[test]
fn refuses_wrong_types_and_blank_values() {
    refused(
        "registry = \"registry.yaml\"\n",
        expect![[r#"
            errcodes.toml:1:12: `registry` must be a table, not a string
              = help: write a `[registry]` table, with `path = "…"` under it"#]],
    );
    refused(
        "[registry]\npath = 1\n",
        expect!["errcodes.toml:2:8: `path` in [registry] must be a string, not an integer"],
    );
    refused(
        "[outputs]\ndir = \"generated\"\n",
        expect![[r#"
            errcodes.toml:1:1: `outputs` must be an array of tables, not a table
              = help: write each output as its own `[[outputs]]` table, with two brackets"#]],
    );
    refused(
        "outputs = [\"generated\"]\n",
        expect!["errcodes.toml:1:12: each entry of `outputs` must be a table, not a string"],
    );
    refused(
        "outputs = []\n",
        expect![[r#"
            errcodes.toml:1:11: `outputs` is empty, so nothing would be generated
              = help: list an output, or leave `outputs` out to write every target's package under `generated`"#]],
    );
    refused(
        "[registry]\ngit = \"../backend\"\nrev = \"\"\n",
        expect!["errcodes.toml:3:7: `rev` in [registry] is empty"],
    );
    refused(
        "[registry]\ngit = \"  \"\nrev = \"v1\"\n",
        expect!["errcodes.toml:2:7: `git` in [registry] holds only whitespace"],
    );
    refused(
        "[registry]\npath = \"\"\n",
        expect!["errcodes.toml:2:8: `path` in [registry] is empty"],
    );
    refused(
        "[[outputs]]\ndir = true\n",
        expect!["errcodes.toml:2:7: `dir` in [[outputs]] must be a string, not a boolean"],
    );
}

#[test]
fn refuses_contradictions_in_the_registry() {
    refused(
        "[registry]\npath = \"registry.yaml\"\nrev = \"v2.4.0\"\n",
        expect![
            "errcodes.toml:3:1: `rev` needs `git`: it names a revision of the git repository the registry is read from"
        ],
    );
    refused(
        "[registry]\ngit = \"https://github.com/turing/backend.git\"\n",
        expect![
            "errcodes.toml:2:1: `git` needs `rev`: the tag or commit of that repository to read the registry at, so that every run reads the same registry"
        ],
    );
    refused(
        "[registry]\nenum = \"TuringErrorCode\"\n",
        expect![[r#"
            errcodes.toml:2:1: `enum` names the enum of a Rust registry (a `.rs` path), but `registry.yaml` is read as YAML
              = help: remove `enum`, or point `path` at the `.rs` file that holds the enum"#]],
    );
    refused(
        "[registry]\ngit = \"../backend\"\nrev = \"v1\"\npath = \"codes.yaml\"\nenum = \"Code\"\n",
        expect![[r#"
            errcodes.toml:5:1: `enum` names the enum of a Rust registry (a `.rs` path), but `codes.yaml` is read as YAML
              = help: remove `enum`, or point `path` at the `.rs` file that holds the enum"#]],
    );
    refused(
        "[registry]\ngit = \"../backend\"\nrev = \"v1\"\npath = \"../registry.yaml\"\n",
        expect![[r#"
            errcodes.toml:4:8: `path` names a file inside the git repository, so `../registry.yaml` cannot be it
              = help: write the path from the repository's root, without a leading `/` or `..`"#]],
    );
}

#[test]
fn refuses_malformed_outputs() {
    refused(
        "[[outputs]]\ntarget = \"typscript\"\npath = \"src/errors.ts\"\n",
        expect![[r#"
            errcodes.toml:2:10: unknown target `typscript`
              = help: did you mean `typescript`?"#]],
    );
    let error = parse(
        Path::new(FILE_NAME),
        "[[outputs]]\ntarget = \"cobol\"\npath = \"errors.cob\"\n",
    )
    .expect_err("the file is refused");
    assert_eq!(
        error.to_string(),
        format!(
            "errcodes.toml:2:10: unknown target `cobol`\n  = help: the targets are: {}",
            Target::ids().join(", ")
        )
    );
    refused(
        "[[outputs]]\ndir = \"generated\"\ntarget = \"rust\"\n",
        expect![
            "errcodes.toml:3:1: `dir` cannot be combined with `target`: an output is either every target's package under `dir`, or one target's file"
        ],
    );
    refused(
        "[[outputs]]\ntarget = \"rust\"\ninject = \"docs/errors.md\"\n",
        expect![[
            r#"errcodes.toml:2:10: `inject` works only with `target = "markdown"`, not `rust`: only the Markdown index is spliced into a page"#
        ]],
    );
    refused(
        "[[outputs]]\ntarget = \"markdown\"\npath = \"docs/errors.md\"\ninject = \"docs/errors.md\"\n",
        expect![
            "errcodes.toml:4:1: `path` and `inject` cannot be combined: an output either writes one target's file (`path`) or splices the Markdown index into a page (`inject`)"
        ],
    );
    refused(
        "[[outputs]]\ntarget = \"rust\"\n",
        expect![[r#"
            errcodes.toml:1:1: this output names `target = "rust"` but not the file to write
              = help: add `path = "…"`: the file its source is written to"#]],
    );
    refused(
        "\n[[outputs]]\ntarget = \"markdown\"\n",
        expect![[r#"
            errcodes.toml:2:1: this output names `target = "markdown"` but not the file to write
              = help: add `path = "…"` for the page, or `inject = "…"` to splice the index into a hand-written page"#]],
    );
    refused(
        "[[outputs]]\npath = \"src/errors.ts\"\n",
        expect![[r#"
            errcodes.toml:2:1: `path` needs `target`: the target whose source file is written there
              = help: add `target = "…"`, or write `dir` instead for every target's package"#]],
    );
    refused(
        "[[outputs]]\n",
        expect![[r#"
            errcodes.toml:1:1: this output names nothing to write
              = help: write `dir = "…"` for every target's package, `target` and `path` for one target's file, or `target = "markdown"` and `inject` for a page's index"#]],
    );
}

#[test]
fn refuses_two_outputs_writing_the_same_file() {
    refused(
        "[[outputs]]\ndir = \"generated\"\n\n[[outputs]]\ndir = \"./generated/\"\n",
        expect!["errcodes.toml:5:7: the folder `./generated/` is listed twice: first on line 2"],
    );
    refused(
        "[[outputs]]\ntarget = \"markdown\"\npath = \"docs/errors.md\"\n\n\
         [[outputs]]\ntarget = \"markdown\"\ninject = \"docs/../docs/errors.md\"\n",
        expect![
            "errcodes.toml:7:10: `docs/../docs/errors.md` is written by two outputs: this one and the one on line 3"
        ],
    );
    refused(
        "outputs = [\n  { target = \"rust\", path = \"out\" },\n  { dir = \"out\" },\n]\n",
        expect![
            "errcodes.toml:3:11: `out` is written by two outputs: this one and the one on line 2"
        ],
    );
}

#[test]
fn columns_count_characters() {
    refused(
        "[registry]\npath = \"é\"; x = 1\n",
        expect![[
            r#"errcodes.toml:2:11: invalid TOML: unexpected key or value, expected newline, `#`"#
        ]],
    );
}

#[test]
fn finds_the_nearest_file_upward() {
    let temp = tempfile::tempdir().expect("a temporary folder");
    let root = std::path::absolute(temp.path()).expect("absolute");
    let nested = root.join("a").join("b").join("c");
    std::fs::create_dir_all(&nested).expect("folders");
    assert_eq!(find(&nested), find(&root));

    std::fs::write(root.join(FILE_NAME), "").expect("a file");
    assert_eq!(find(&nested), Some(root.join(FILE_NAME)));
    assert_eq!(find(&root), Some(root.join(FILE_NAME)));

    // A folder named like the file is not it: the search goes on above.
    std::fs::create_dir(root.join("a").join("b").join(FILE_NAME)).expect("a folder");
    assert_eq!(find(&nested), Some(root.join(FILE_NAME)));

    std::fs::write(root.join("a").join(FILE_NAME), "").expect("a file");
    assert_eq!(find(&nested), Some(root.join("a").join(FILE_NAME)));
}
