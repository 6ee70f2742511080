//! The command line's manners, as cargo, ruff and git have them: suggestions for typos, help
//! that fits the terminal with examples and the exit statuses that apply, completions and a
//! manual page, `--quiet`, and one JSON document for every command under `--format json`.

use std::fs;
use std::path::Path;

use crate::cli::VALID;
use crate::support::{Run, errcodes, errcodes_with, fixture, workspace_with};

/// Every command, as `errcodes --help` lists them (clap's own `help` aside).
pub(crate) fn commands() -> Vec<String> {
    let dir = workspace_with(VALID);
    let help = errcodes(dir.path(), &["--help"]).stdout;
    let listed = help
        .split_once("Commands:\n")
        .expect("a Commands section")
        .1
        .split("\n\n")
        .next()
        .unwrap();
    let names: Vec<String> = listed
        .lines()
        .filter(|line| line.starts_with("  ") && !line.starts_with("   "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_owned)
        .collect();
    assert!(names.len() >= 9, "{names:?}");
    names
}

#[test]
fn mistyped_commands_and_flags_get_a_suggestion() {
    let dir = workspace_with(VALID);
    let command = errcodes(dir.path(), &["chek"]);
    assert_eq!(command.code, 2);
    assert!(
        command
            .stderr
            .contains("tip: a similar subcommand exists: 'check'"),
        "{}",
        command.stderr
    );
    let flag = errcodes(dir.path(), &["gen", "--registy", "registry.yaml"]);
    assert_eq!(flag.code, 2);
    assert!(
        flag.stderr
            .contains("tip: a similar argument exists: '--registry'"),
        "{}",
        flag.stderr
    );
}

#[test]
fn help_fits_80_columns_and_shows_examples_and_the_exit_statuses_that_apply() {
    let dir = workspace_with(VALID);
    let columns = [("COLUMNS", Path::new("80"))];
    let help = |args: &[&str]| {
        let run = errcodes_with(dir.path(), args, &columns);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        for line in run.stdout.lines() {
            assert!(
                line.chars().count() <= 80,
                "{args:?}: {} columns: {line}",
                line.chars().count()
            );
        }
        run.stdout
    };
    help(&["--help"]);
    help(&["-h"]);
    for command in commands() {
        help(&[&command, "-h"]);
        let text = help(&[&command, "--help"]);
        assert!(
            text.contains(&format!("\nExamples:\n  errcodes {command}")),
            "{command}: {text}"
        );
        assert!(text.contains("\nExit status:\n  0  "), "{command}: {text}");
        let statuses = text.split_once("\nExit status:\n").unwrap().1;
        let generated = statuses.contains("generated file");
        assert_eq!(
            generated,
            command == "check",
            "{command}: only check speaks of generated files being current: {statuses}"
        );
    }
    let check = help(&["check", "--help"]);
    let inject = check.split_once("--inject <PAGE>").unwrap().1;
    let inject = inject.split_once("\n\n").unwrap().0;
    assert!(!inject.contains("rewrite"), "check never writes: {inject}");
    assert!(inject.contains("nothing is written"), "{inject}");
    assert!(inject.contains("implies --target markdown"), "{inject}");
    let gen_help = help(&["gen", "--help"]);
    assert!(gen_help.contains("implies --target markdown"), "{gen_help}");
    for payload in ["import", "export"] {
        let text = help(&[payload, "--help"]);
        assert!(
            text.contains("With --format json, the ") && text.contains("document's `output`"),
            "{text}"
        );
    }
}

#[test]
fn completions_name_every_command_in_every_shell() {
    let dir = workspace_with(VALID);
    let commands = commands();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = errcodes(dir.path(), &["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        assert!(run.stdout.len() > 1000, "{shell}: {}", run.stdout);
        for command in &commands {
            assert!(run.stdout.contains(command.as_str()), "{shell}: {command}");
        }
        assert!(run.stdout.contains("rust-source"), "{shell}: the flags too");
    }
    assert_eq!(errcodes(dir.path(), &["completions", "tcsh"]).code, 2);
}

#[test]
fn the_manual_names_every_command_and_each_has_its_page() {
    let dir = workspace_with(VALID);
    let man = errcodes(dir.path(), &["man"]);
    assert_eq!(man.code, 0, "{}", man.stderr);
    assert!(
        man.stdout.starts_with(".ie \\n(.g .ds Aq"),
        "{}",
        man.stdout
    );
    assert!(man.stdout.contains(".TH errcodes 1"), "{}", man.stdout);
    let commands = man.stdout.split_once(".SH SUBCOMMANDS").unwrap().1;
    for command in self::commands() {
        assert!(
            commands.contains(&format!("errcodes\\-{command}(1)")),
            "{command}: {commands}"
        );
        let page = errcodes(dir.path(), &["man", &command]);
        assert_eq!(page.code, 0, "{command}: {}", page.stderr);
        assert!(
            page.stdout.contains(&format!(".TH errcodes-{command} 1")),
            "{}",
            page.stdout
        );
    }
    let check = errcodes(dir.path(), &["man", "check"]).stdout;
    assert!(check.contains("\\-\\-base"), "{check}");
    assert!(check.contains("Exit status:"), "{check}");
    let unknown = errcodes(dir.path(), &["man", "chek"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown
            .stderr
            .starts_with("error: no command `chek`: the commands are init, gen, check"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn quiet_keeps_problems_and_drops_the_rest() {
    let dir = workspace_with(VALID);
    for args in [
        &["gen", "-q"][..],
        &["check", "--quiet"],
        &["-q", "validate"],
    ] {
        let run = errcodes(dir.path(), args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert_eq!(
            (run.stdout.as_str(), run.stderr.as_str()),
            ("", ""),
            "{args:?}"
        );
    }
    let loud = errcodes(dir.path(), &["check"]);
    assert!(loud.stderr.ends_with("are current\n"), "{}", loud.stderr);

    fs::write(dir.path().join("generated/rust/NOTES.md"), "mine\n").unwrap();
    let regen = errcodes(dir.path(), &["gen", "-q"]);
    assert_eq!(
        regen.stderr, "note: generated/rust/NOTES.md is not written by errcodes; left alone\n",
        "notes stay"
    );

    let warned = VALID.replace(
        "categories:\n",
        "categories:\n  - id: spare\n    label: Spare\n",
    );
    fs::write(dir.path().join("registry.yaml"), &warned).unwrap();
    let run = errcodes(dir.path(), &["validate", "-q"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stderr
            .starts_with("warning[unused-category]: category `spare` has no codes"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("the registry is valid"),
        "{}",
        run.stderr
    );

    fs::write(
        dir.path().join("registry.yaml"),
        warned.replace("Card declined", "Declined"),
    )
    .unwrap();
    let stale = errcodes(dir.path(), &["check", "-q"]);
    assert_eq!(stale.code, 1);
    assert!(
        stale
            .stderr
            .contains("error: generated/rust/src/codes.rs is stale"),
        "{}",
        stale.stderr
    );
    assert!(
        stale
            .stderr
            .ends_with("run `errcodes gen` to update, then commit the result\n"),
        "errors and their summary stay: {}",
        stale.stderr
    );
    assert!(
        stale.stdout.starts_with(" generated/rust/src/codes.rs "),
        "the summary of the diffs and the diffs stay: {}",
        stale.stdout
    );
    assert!(
        stale.stdout.contains("\n--- a/rust/src/codes.rs\n"),
        "{}",
        stale.stdout
    );

    let fresh = tempfile::tempdir().unwrap();
    let init = errcodes(fresh.path(), &["init", "--quiet"]);
    assert_eq!((init.code, init.stderr.as_str()), (0, ""));
    assert!(fresh.path().join("errcodes.toml").is_file());
}

/// The one JSON document a run printed, whose `ok` must agree with the exit status.
fn document(what: &str, run: &Run) -> serde_json::Value {
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| {
        panic!(
            "{what}: stdout is not one JSON document ({e}):\n{}",
            run.stdout
        )
    });
    assert_eq!(doc["version"], 2, "{what}");
    assert_eq!(doc["ok"], run.code == 0, "{what}: exit {}: {doc}", run.code);
    doc
}

#[test]
fn every_command_writes_one_json_document_whose_ok_is_the_exit_status() {
    let dir = workspace_with(VALID);
    fs::copy(fixture("diff-base.yaml"), dir.path().join("base.yaml")).unwrap();
    let json = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        let run = errcodes(dir.path(), &all);
        let doc = document(&args.join(" "), &run);
        (run, doc)
    };

    let (run, doc) = json(&["gen"]);
    assert_eq!((run.code, doc["errors"].as_u64()), (0, Some(0)));
    let (run, _) = json(&["check"]);
    assert_eq!(run.code, 0);
    let (run, _) = json(&["validate"]);
    assert_eq!(run.code, 0);
    let (run, doc) = json(&["diff", "--base", "registry.yaml"]);
    assert_eq!(
        (run.code, &doc["changes"]["base_name"]),
        (0, &serde_json::json!("registry.yaml"))
    );

    // The payload of import and export is the document's `output`, exactly what the human
    // format prints alone on stdout.
    let (run, doc) = json(&["export", "--to-rust"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let rust = errcodes(dir.path(), &["export", "--to-rust"]).stdout;
    assert_eq!(doc["output"], rust.as_str());
    fs::write(dir.path().join("codes.rs"), &rust).unwrap();
    let (run, doc) = json(&["import", "--rust-source", "codes.rs"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let yaml = errcodes(dir.path(), &["import", "--rust-source", "codes.rs"]).stdout;
    assert!(yaml.contains("\ncodes:\n"), "{yaml}");
    assert_eq!(doc["output"], yaml.as_str());
    for format in ["markdown", "github"] {
        let export = errcodes(dir.path(), &["export", "--to-rust", "--format", format]);
        assert_eq!(export.stdout, rust, "{format}: stdout holds the Rust alone");
        let import = errcodes(
            dir.path(),
            &["import", "--rust-source", "codes.rs", "--format", format],
        );
        assert_eq!(import.stdout, yaml, "{format}: stdout holds the YAML alone");
    }
    let (run, doc) = json(&["completions", "bash"]);
    assert_eq!(run.code, 0);
    assert!(doc["output"].as_str().unwrap().contains("errcodes"));
    let (run, doc) = json(&["man"]);
    assert_eq!(run.code, 0);
    assert!(doc["output"].as_str().unwrap().contains(".TH errcodes"));

    // Problems: exit 1, `ok` false, and `errors` counts what failed.
    fs::write(
        dir.path().join("registry.yaml"),
        VALID.replace("Card declined", "Declined"),
    )
    .unwrap();
    let (run, doc) = json(&["check"]);
    assert_eq!(run.code, 1);
    let stale = doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["state"] == "stale")
        .count();
    assert!(stale > 0, "{doc}");
    assert_eq!(doc["errors"], stale, "each stale file is an error: {doc}");
    let (run, doc) = json(&["diff", "--base", "base.yaml"]);
    assert_eq!(run.code, 1);
    assert!(doc["errors"].as_u64().unwrap() > 0, "{doc}");
    fs::write(dir.path().join("bad.rs"), "enum {").unwrap();
    let (run, doc) = json(&["import", "--rust-source", "bad.rs"]);
    assert_eq!(run.code, 1);
    assert!(doc.get("output").is_none(), "{doc}");
    fs::write(
        dir.path().join("registry.yaml"),
        VALID.replace("code: 1201", "code: 0"),
    )
    .unwrap();
    for command in [&["validate"][..], &["gen"], &["export", "--to-rust"]] {
        let (run, doc) = json(command);
        assert_eq!(run.code, 1, "{command:?}");
        assert_eq!(doc["errors"], 1, "{command:?}: {doc}");
        assert_eq!(doc["diagnostics"][0]["id"], "duplicate-code");
    }

    // Could not run: exit 2, `ok` false, and `error` says why.
    for (args, why) in [
        (
            &["validate", "--registry", "nope.yaml"][..],
            "could not read the registry nope.yaml",
        ),
        (&["init"], "errcodes.toml already exists"),
        (&["man", "chek"], "no command `chek`"),
        (&["chek"], "unrecognized subcommand 'chek'"),
        (
            &["gen", "--registy", "x"],
            "a similar argument exists: '--registry'",
        ),
    ] {
        if args == ["init"] {
            fs::write(dir.path().join("errcodes.toml"), "").unwrap();
        }
        let (run, doc) = json(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(
            doc["error"].as_str().unwrap().contains(why),
            "{args:?}: {doc}"
        );
    }
    let fresh = tempfile::tempdir().unwrap();
    let init = errcodes(fresh.path(), &["init", "--format", "json"]);
    assert!(document("init", &init)["ok"].as_bool().unwrap());
}
