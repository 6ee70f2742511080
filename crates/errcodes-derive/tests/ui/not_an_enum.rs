use errcodes_derive::ErrorCode;

#[derive(ErrorCode)]
struct NotAnEnum {
    code: u16,
}

fn main() {}
