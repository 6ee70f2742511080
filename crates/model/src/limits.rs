//! The documented limits of a registry. Each is far above what a real registry needs, and
//! each is enforced with a clear, positioned `limit-exceeded` diagnostic, so that a hostile or
//! broken input is refused instead of exhausting memory or time.

/// The largest source file read: 64 MiB.
pub const MAX_SOURCE_BYTES: usize = 64 << 20;

/// The longest free text (message, description, deprecation, label, reason, docs URL): 64 KiB.
pub const MAX_TEXT_BYTES: usize = 64 << 10;

/// The longest code name: 64 characters (so generated identifiers stay readable and every
/// generated line keeps rustfmt's layout).
pub const MAX_NAME_CHARS: usize = 64;

/// The deepest YAML nesting: 24 levels (a registry needs 4). The parser recurses per level, so
/// this also bounds its stack.
pub const MAX_YAML_DEPTH: usize = 24;

/// The deepest nesting of brackets in Rust source: 128 levels (the enum needs 3). syn recurses
/// per level, so this also bounds its stack.
pub const MAX_RUST_DEPTH: usize = 128;

/// The most YAML nodes: 4,000,000 (about 200,000 entries; a registry holds at most 65,536
/// codes).
pub const MAX_YAML_NODES: usize = 4_000_000;

/// The most YAML parser events, aliases replayed included: 10,000,000.
pub const MAX_YAML_EVENTS: usize = 10_000_000;
