//! The escaper every template uses by default. Text reaches generated code only through a
//! context filter (see [`crate::filters`]); anything printed bare must be plainly harmless
//! (identifiers, numbers, hashes), and anything else fails rendering rather than producing a
//! file that breaks, or runs, downstream.

use std::fmt::{self, Write};

/// Lets identifier-like text through and refuses the rest.
#[derive(Debug, Clone, Copy)]
pub struct Guard;

/// Characters that carry no syntax in any target's code or comments.
pub(crate) fn is_inert(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ':' | '/' | '#' | '@' | '-' | ',' | ' ')
}

impl askama::filters::Escaper for Guard {
    fn write_escaped_str<W: Write>(&self, mut dest: W, string: &str) -> fmt::Result {
        // `is_inert` holds only for ASCII, so the bytes can be tested alone.
        if string.bytes().all(|b| is_inert(char::from(b))) {
            dest.write_str(string)
        } else {
            Err(fmt::Error)
        }
    }
}
