//! Prints every code's values as the generated Rust module gives them, and proves that an
//! unknown code (the first argument) is refused.

use generated_check::SNAKE_MODULE::{CATEGORY_TYPE, CODE_TYPE};

fn main() {
    let unknown: u16 = std::env::args().nth(1).and_then(|a| a.parse().ok()).expect("an unknown code");
    assert_eq!(CODE_TYPE::from_code(unknown), None);
    assert!(CODE_TYPE::ALL.windows(2).all(|w| w[0].code() < w[1].code()));
    let mut out = String::new();
    for &code in CODE_TYPE::ALL {
        assert_eq!(CODE_TYPE::from_code(code.code()), Some(code));
        assert!(CATEGORY_TYPE::ALL.contains(&code.category()));
        let fields = [
            code.code().to_string(),
            code.name().to_owned(),
            code.message().to_owned(),
            code.http_status().to_string(),
            code.category().id().to_owned(),
            code.category().label().to_owned(),
            code.is_retryable().to_string(),
            code.docs_path().to_owned(),
        ];
        out.push_str(&fields.join("\u{1f}"));
        out.push('\u{1e}');
    }
    print!("{out}");
}
