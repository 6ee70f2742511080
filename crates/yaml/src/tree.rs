//! A spanned YAML node tree that accepts any shape. Only syntax errors and parse budgets can
//! fail here; every schema question is [`crate::schema`]'s.
//!
//! Two readers build it. [`crate::events`] builds it straight from the parser's events and
//! takes every document that needs none of YAML's rarer features. Whatever it passes up goes
//! to [`crate::serde_reader`], serde-saphyr's full reader, which also words every syntax error
//! and budget breach. Both give the same tree for the same text (`tests/differential.rs`, and
//! the `yaml_differential` fuzz target).

use std::borrow::Cow;

use errcodes_model::{Diagnostic, SourceFile, Span};

/// A YAML node with the span it was read from. Strings borrow from the source text where
/// the parser could hand them over unescaped.
#[derive(Debug)]
pub(crate) struct Node<'s> {
    pub(crate) value: Value<'s>,
    pub(crate) span: Span,
}

/// The shapes a node can have.
#[derive(Debug)]
pub(crate) enum Value<'s> {
    Null,
    Bool(bool),
    Int(i128),
    Float,
    Str(Cow<'s, str>),
    Seq(Vec<Node<'s>>),
    Map(Vec<(Node<'s>, Node<'s>)>),
}

impl Value<'_> {
    /// How the node's type is named in messages.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Value::Null => "nothing (null)",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "an integer",
            Value::Float => "a non-integer number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// The span of a node both readers make from what the parser reports: its 1-based line and
/// column, and its byte range where the parser gave one that lies inside the text; otherwise
/// the span is settled from the line and column.
pub(crate) fn span(
    source: &SourceFile,
    line: u64,
    column: u64,
    bytes: Option<(usize, usize)>,
) -> Span {
    let line = u32::try_from(line).unwrap_or(u32::MAX).max(1);
    let column = u32::try_from(column).unwrap_or(u32::MAX).max(1);
    match bytes.filter(|&(start, end)| source.text.get(start..end).is_some()) {
        Some((start, end)) => Span {
            start,
            end,
            line,
            column,
        },
        None => source.span_at(line, column),
    }
}

/// Parses `source` into a tree: from the parser's events where they suffice, else by the
/// serde reader.
pub(crate) fn read(source: &SourceFile) -> Result<Node<'_>, Diagnostic> {
    match crate::events::read(source) {
        Some(root) => Ok(root),
        None => crate::serde_reader::read(source),
    }
}
