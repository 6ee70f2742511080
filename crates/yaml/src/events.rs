//! The event reader: builds the node tree straight from granit-parser's events (the parser
//! serde-saphyr itself drives), without serde's visitor layer. A registry is plain mappings,
//! lists and scalars, and for those this is the whole front-end's parse.
//!
//! It takes no decision of its own about a document it cannot build exactly as the serde
//! reader would: on a parser error, a tag, an anchor or alias, a merge key, a non-finite number,
//! a second document, an empty stream or a breached budget it returns `None`, and the serde
//! reader reads the document again and words the diagnostic. Its budget counts are serde-saphyr's
//! own (every event but aliases, every node, nesting depth, scalar bytes), so it passes up no
//! later than serde-saphyr would stop.

use errcodes_model::{SourceFile, Span, limits};
use granit_parser::{Event, Parser, ScalarStyle};

use crate::scalar;
use crate::tree::{self, Node, Value};

/// The tree of `source`, or `None` to leave the document to the serde reader.
pub(crate) fn read(source: &SourceFile) -> Option<Node<'_>> {
    // serde-saphyr's parser options under its default budget, without comment events.
    let options = granit_parser::options! {
        emit_comments: false,
        block_nesting_limit: granit_parser::Options::default()
            .block_nesting_limit
            .max(limits::MAX_YAML_DEPTH + 1),
    };
    let mut parser = Parser::new_from_str_with_options(&source.text, options);
    let mut builder = Builder {
        open: Vec::new(),
        pending: Vec::with_capacity(64),
        root: None,
        events: 0,
        nodes: 0,
        scalar_bytes: 0,
    };
    let mut documents = 0_usize;
    while let Some(item) = parser.next_event() {
        let (event, span) = item.ok()?;
        builder.events += 1;
        if builder.events > limits::MAX_YAML_EVENTS {
            return None;
        }
        let at = || span_of(source, &span);
        match event {
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => {}
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return None;
                }
            }
            Event::Scalar(text, style, 0, None) => {
                builder.count_node()?;
                builder.scalar_bytes += text.len();
                if builder.scalar_bytes > limits::MAX_SOURCE_BYTES {
                    return None;
                }
                let value = match style {
                    ScalarStyle::Plain => scalar::plain(text)?,
                    _ => Value::Str(text),
                };
                builder.finish(Node { value, span: at() })?;
            }
            Event::SequenceStart(_, 0, None) => builder.open(false, at())?,
            Event::MappingStart(_, 0, None) => builder.open(true, at())?,
            Event::SequenceEnd | Event::MappingEnd => builder.close()?,
            _ => return None,
        }
    }
    builder.root
}

/// A mapping or sequence whose end has not been seen yet.
struct Open {
    mapping: bool,
    span: Span,
    /// Where its finished children start in [`Builder::pending`].
    first: usize,
}

struct Builder<'s> {
    open: Vec<Open>,
    /// The finished children of every open collection, innermost last: a collection takes
    /// its own off the end when it closes, into a vector of exactly their number.
    pending: Vec<Node<'s>>,
    root: Option<Node<'s>>,
    events: usize,
    nodes: usize,
    scalar_bytes: usize,
}

impl<'s> Builder<'s> {
    fn count_node(&mut self) -> Option<()> {
        self.nodes += 1;
        (self.nodes <= limits::MAX_YAML_NODES).then_some(())
    }

    fn open(&mut self, mapping: bool, span: Span) -> Option<()> {
        self.count_node()?;
        if self.open.len() + 1 > limits::MAX_YAML_DEPTH {
            return None;
        }
        self.open.push(Open {
            mapping,
            span,
            first: self.pending.len(),
        });
        Some(())
    }

    fn close(&mut self) -> Option<()> {
        let open = self.open.pop()?;
        let children = self.pending.drain(open.first..);
        let value = if open.mapping {
            let mut entries = Vec::with_capacity(children.len() / 2);
            let mut children = children;
            while let Some(key) = children.next() {
                entries.push((key, children.next()?));
            }
            Value::Map(entries)
        } else {
            Value::Seq(children.collect())
        };
        self.finish(Node {
            value,
            span: open.span,
        })
    }

    /// Hands a finished node to the collection it is in, or makes it the root.
    fn finish(&mut self, node: Node<'s>) -> Option<()> {
        if !self.open.is_empty() {
            self.pending.push(node);
        } else if self.root.is_none() {
            self.root = Some(node);
        } else {
            return None;
        }
        Some(())
    }
}

/// Our compact span of a parser span, as the serde reader makes it of the same event: the
/// line and column of its start, and its byte range where it fits serde-saphyr's 32 bits.
fn span_of(source: &SourceFile, span: &granit_parser::Span) -> Span {
    let bytes = span
        .start
        .byte_offset()
        .zip(span.end.byte_offset())
        .map(|(start, end)| (start, end.saturating_sub(start)))
        .filter(|&(start, len)| u32::try_from(start).is_ok() && u32::try_from(len).is_ok())
        .map(|(start, len)| (start, start + len));
    let at = |n: usize| u64::try_from(n).unwrap_or(u64::MAX);
    tree::span(
        source,
        at(span.start.line()),
        at(span.start.col()).saturating_add(1),
        bytes,
    )
}
