//! The OpenAPI target proven with real validators, pinned from PyPI into a cached virtualenv:
//! openapi-spec-validator accepts the document, check-jsonschema accepts the JSON Schema
//! against its metaschema and judges held-out bodies with it (an unknown code is a valid body,
//! a code given as a string is not). Both files are read back, the document by two YAML
//! readers (serde-saphyr and PyYAML, a YAML 1.1 reader as most generators use): every code is
//! there once, in code order, with its name and its text exactly as the registry has it, and
//! both files hold the same schemas. It runs for the repository's registry, the escaping
//! fixture, characters YAML readers treat specially, and property-test registries of hostile
//! text (`PROPTEST_CASES`).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use errcodes_testkit::{hostile_registry, pinned_venv, run, scratch, view_of_text};
use errcodes_view::View;
use serde_json::{Value, json};

use crate::testing;

/// The slow-tier suite these tests form.
const SUITE: &str = "OpenAPI validators (openapi-spec-validator, check-jsonschema, PyYAML from PyPI)";

const OPENAPI_SPEC_VALIDATOR: &str = "0.9.0";
const CHECK_JSONSCHEMA: &str = "0.39.0";
const PYYAML: &str = "6.0.4";

/// `bin/` of a virtualenv with the pinned validators, made on first use.
fn validators() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        pinned_venv(&[
            format!("openapi-spec-validator=={OPENAPI_SPEC_VALIDATOR}"),
            format!("check-jsonschema=={CHECK_JSONSCHEMA}"),
            format!("pyyaml=={PYYAML}"),
        ])
    })
}

/// The package of a registry, written to a scratch folder.
struct Written {
    dir: PathBuf,
    /// The OpenAPI document.
    document: PathBuf,
    /// The JSON Schema file.
    schema: PathBuf,
}

fn write(view: &View, name: &str) -> Written {
    let dir = scratch(&format!("openapi-{name}"));
    let files = crate::package(testing::target("openapi"), view).expect("renders");
    let path = |suffix: &str| {
        let file = files
            .iter()
            .find(|f| f.path.ends_with(suffix))
            .unwrap_or_else(|| panic!("a file ending in {suffix}"));
        let path = dir.join(file.path.rsplit('/').next().unwrap());
        std::fs::write(&path, &file.contents).unwrap();
        path
    };
    Written {
        document: path(".openapi.yaml"),
        schema: path(".schema.json"),
        dir,
    }
}

/// Both validators accept both files, and both files say exactly what the registry says.
fn validate(view: &View, name: &str) -> Written {
    let written = write(view, name);
    let bin = validators();
    let said = run(Command::new(bin.join("openapi-spec-validator")).arg(&written.document));
    assert!(said.contains("OK"), "openapi-spec-validator said: {said}");
    run(Command::new(bin.join("check-jsonschema"))
        .arg("--check-metaschema")
        .arg(&written.schema));

    let text = std::fs::read_to_string(&written.document).unwrap();
    let document: Value = serde_saphyr::from_str(&text).expect("serde-saphyr reads the document");
    let by_pyyaml = run(Command::new(bin.join("python"))
        .args([
            "-c",
            "import json, sys, yaml\n\
             with open(sys.argv[1], encoding='utf-8') as f:\n    \
             json.dump(yaml.safe_load(f), sys.stdout)",
        ])
        .arg(&written.document));
    let by_pyyaml: Value = serde_json::from_str(&by_pyyaml).unwrap();
    assert_eq!(document, by_pyyaml, "two YAML readers disagree");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(&written.schema).unwrap()).unwrap();

    let names = &view.names;
    assert_eq!(document["openapi"], "3.1.0");
    assert_eq!(document["info"]["title"], json!(names.code_type));
    assert_eq!(document["info"]["version"], json!(view.version));
    let license = &document["info"]["license"];
    match &view.metadata.license {
        Some(spdx) => assert_eq!(license, &json!({"name": spdx, "identifier": spdx})),
        None => assert!(license.is_null(), "{license}"),
    }
    assert_eq!(
        document["externalDocs"]["url"].as_str(),
        view.docs_url.as_deref()
    );
    let components = &document["components"]["schemas"];
    assert_codes(view, &components[&names.code_type]);
    assert_codes(view, &schema["$defs"][&names.code_type]);
    assert_eq!(
        schema["$defs"][&names.code_type], components[&names.code_type],
        "the two files' code enums differ"
    );
    let mut body = schema.clone();
    for key in ["$schema", "$id", "$comment", "$defs"] {
        body.as_object_mut().unwrap().remove(key);
    }
    assert_eq!(
        body, components[&names.body_type],
        "the two files' bodies differ"
    );
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let comment = schema["$comment"].as_str().unwrap();
    assert!(comment.contains(crate::GENERATED_MARKER), "{comment}");
    written
}

/// `enum`, `x-enum-varnames` and `x-enum-descriptions` hold one entry per code, in code
/// order: its number, its name, and its message (then, for a deprecated code, a paragraph
/// that says so), every text exactly the registry's.
fn assert_codes(view: &View, schema: &Value) {
    let each = |f: &dyn Fn(&errcodes_view::CodeView) -> Value| -> Value {
        view.codes.iter().map(f).collect()
    };
    assert_eq!(schema["type"], "integer");
    assert_eq!(schema["enum"], each(&|c| json!(c.code)));
    assert_eq!(schema["x-enum-varnames"], each(&|c| json!(c.name)));
    assert_eq!(
        schema["x-enum-descriptions"],
        each(&|c| match &c.deprecated {
            Some(reason) => json!(format!("{}\n\nDeprecated: {reason}", c.message)),
            None => json!(c.message),
        })
    );
}

/// Whether check-jsonschema finds `body` valid under the JSON Schema file; it failing for
/// any other reason fails the test.
fn accepted(written: &Written, body: &Value, name: &str) -> bool {
    let instance = written.dir.join(format!("{name}.json"));
    std::fs::write(&instance, body.to_string()).unwrap();
    let output = Command::new(validators().join("check-jsonschema"))
        .arg("--schemafile")
        .arg(&written.schema)
        .arg(&instance)
        .output()
        .expect("check-jsonschema runs");
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() || said.contains("Schema validation errors were encountered"),
        "check-jsonschema failed on {body}:\n{said}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.status.success()
}

/// Bodies the SDKs read (an unknown code, no `trace_id`, a null one) are valid; bodies they
/// refuse (a string code, no message, a code beyond 16 bits) are not.
fn judge_bodies(view: &View, written: &Written) {
    let known = view.codes[view.example].code;
    let unknown = view.unknown_example;
    assert!(view.codes.iter().all(|c| c.code != unknown));
    let valid = [
        json!({"code": known, "message": "m", "data": {"field": [1]}, "trace_id": "t-1"}),
        json!({"code": unknown, "message": "newer than this build", "data": null, "trace_id": "t"}),
        json!({"code": known, "message": "m", "data": "x"}),
        json!({"code": known, "message": "m", "trace_id": null}),
        json!({"code": 65535, "message": "m", "extra": true}),
    ];
    for (i, body) in valid.iter().enumerate() {
        assert!(accepted(written, body, &format!("valid-{i}")), "{body}");
    }
    let invalid = [
        json!({"code": known.to_string(), "message": "m"}),
        json!({"code": known, "data": {}}),
        json!({"code": 65536, "message": "m"}),
        json!({"code": -1, "message": "m"}),
        json!({"code": known, "message": "m", "trace_id": 7}),
        json!([known, "m"]),
    ];
    for (i, body) in invalid.iter().enumerate() {
        assert!(!accepted(written, body, &format!("invalid-{i}")), "{body}");
    }
}

#[test]
fn the_repository_registry_validates_and_judges_bodies() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    let view = testing::repository().view;
    let written = validate(&view, "repository");
    judge_bodies(&view, &written);
}

#[test]
fn deprecated_codes_say_so() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    let view = testing::deprecating().view;
    assert!(view.codes.iter().any(|c| c.deprecated.is_some()));
    validate(&view, "deprecating");
}

#[test]
fn hostile_text_survives() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    let view = testing::hostile().view;
    let written = validate(&view, "hostile");
    judge_bodies(&view, &written);
}

/// Characters YAML readers refuse or fold when written as they are (the checks refuse most of
/// them, but the target must not depend on that).
#[test]
fn characters_yaml_treats_specially_survive() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    let registry = hostile_registry().replacen(
        "message: \"ends with a quote\\\"\"",
        "message: \"ends with a quote\\\" \\N \\L \\P \\uFFFE \\uFFFF \\x7F \\x9F\"\n    deprecated: \"null\\n\\ntrue: \\\"#\\\" \\uFFFF\"",
        1,
    );
    assert_ne!(registry, hostile_registry());
    let view = view_of_text("special.yaml", &registry);
    assert!(view.codes.iter().any(|c| c.message.contains('\u{FFFF}')));
    validate(&view, "special");
}

/// Every value of hostile registries reads back from both files.
#[test]
fn every_value_survives() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    testing::round_trip(testing::toolchain_cases(), |view| {
        validate(view, "proptest");
        Ok(())
    });
}
