// Prints every code's values as the generated Rust source file gives them, used through
// `include!` as a vendoring SDK would.

include!("codes.rs");

fn main() {
    let mut out = String::new();
    for &code in CODE_TYPE::ALL {
        assert_eq!(CODE_TYPE::from_code(code.code()), Some(code));
        let fields = [
            code.code().to_string(),
            code.name().to_owned(),
            code.message().to_owned(),
            code.http_status().to_string(),
            code.category().id().to_owned(),
            code.category().label().to_owned(),
            code.is_retryable().to_string(),
            code.docs_path().to_owned(),
            code.deprecated().unwrap_or_default().to_owned(),
            code.description().unwrap_or_default().to_owned(),
            code.docs_url().unwrap_or_default().to_owned(),
        ];
        out.push_str(&fields.join("\u{1f}"));
        out.push('\u{1e}');
    }
    print!("{out}");
}
