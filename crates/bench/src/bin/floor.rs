//! The floor of `just bench`: a program that only reads the registry and writes its bytes to
//! one file, as fast as a process can, to compare `errcodes` with.

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let input = args.get(1).map_or("registry.yaml", String::as_str);
    let output = args.get(2).map_or("floor.out", String::as_str);
    let bytes = std::fs::read(input)?;
    std::fs::write(output, bytes)
}
