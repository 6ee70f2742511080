//! `fixture N yaml|rust` prints a benchmark registry of N entries (used by `just bench`).

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(258);
    let text = match args.get(2).map(String::as_str) {
        Some("rust") => errcodes_bench::rust(n),
        _ => errcodes_bench::yaml(n),
    };
    print!("{text}");
}
