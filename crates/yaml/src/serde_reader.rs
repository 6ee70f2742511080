//! The serde-saphyr reader: the reference the event reader is held to, and the reader of
//! every document the event reader passes up. Those are the ones that need YAML's rarer
//! features (tags, anchors and aliases, merge keys, non-finite numbers, more than one
//! document) or that fail: serde-saphyr words each syntax error and enforces each parse
//! budget, alias limit and tag rule, and this module turns its error into our diagnostic.

use std::borrow::Cow;
use std::fmt;

use errcodes_model::{CheckId, Diagnostic, SourceFile, Span, limits};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{DuplicateKeyPolicy, Location, MessageFormatter};

use crate::tree::{self, Node, Value};

/// Parses `source` into a tree. Duplicate keys are passed through so that the schema reports
/// all of them with both positions; unknown tags are refused rather than ignored.
pub(crate) fn read(source: &SourceFile) -> Result<Node<'_>, Diagnostic> {
    let mut options = serde_saphyr::Options::default();
    options.duplicate_keys = DuplicateKeyPolicy::PassThrough;
    options.strict_booleans = true;
    options.leading_zero_numbers_as_strings = true;
    options.reject_unsupported_tags = true;
    options.with_snippet = false;
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = limits::MAX_YAML_DEPTH;
    budget.max_nodes = limits::MAX_YAML_NODES;
    budget.max_events = limits::MAX_YAML_EVENTS;
    budget.max_total_scalar_bytes = limits::MAX_SOURCE_BYTES;
    options.budget = Some(budget);
    let mut root: Node<'_> = serde_saphyr::from_str_with_options(&source.text, options)
        .map_err(|error| syntax_error(source, &error))?;
    settle(source, &mut root);
    Ok(root)
}

fn syntax_error(source: &SourceFile, error: &serde_saphyr::Error) -> Diagnostic {
    let error = error.without_snippet();
    if let Some(limit) = limit(error) {
        let span = error
            .location()
            .map_or_else(|| source.span_at(1, 1), |l| span_of(source, &l));
        return Diagnostic::new(
            CheckId::LimitExceeded,
            format!("the registry exceeds a limit: {limit}"),
        )
        .primary(span, "here")
        .help("a registry needs neither deep nesting nor many aliases; is this the right file?");
    }
    let span = error.location().map_or_else(
        || source.span_at(1, 1),
        |location| span_of(source, &location),
    );
    let (message, span) = match error {
        serde_saphyr::Error::MultipleDocuments { .. } => (
            "the registry holds more than one YAML document (a `---` line starts another)"
                .to_owned(),
            span,
        ),
        serde_saphyr::Error::BinaryNotUtf8 { .. } => {
            ("a `!!binary` value that is not UTF-8 text".to_owned(), span)
        }
        _ => {
            let message = serde_saphyr::DefaultMessageFormatter
                .format_message(error)
                .into_owned();
            let span = if message.contains("found a tab") {
                first_tab(source, span.start).unwrap_or(span)
            } else if message.contains("tag") {
                tag_before(source, span)
            } else {
                span
            };
            (without_library_advice(&message), span)
        }
    };
    Diagnostic::new(
        CheckId::YamlSyntax,
        format!("the registry is not valid YAML: {message}"),
    )
    .primary(span, message)
}

/// The parser reports a tab used for indentation at the token before it; the tab itself is
/// the first one from there on.
fn first_tab(source: &SourceFile, from: usize) -> Option<Span> {
    let at = from + source.text.get(from..)?.find('\t')?;
    let line = source.text[..at].matches('\n').count() + 1;
    let column = source.text[..at]
        .rsplit('\n')
        .next()
        .map_or(0, |l| l.chars().count())
        + 1;
    Some(source.span_at(u32::try_from(line).ok()?, u32::try_from(column).ok()?))
}

/// A tag error is reported at the tagged value; the tag (`!name`) starts before it on the
/// same line.
fn tag_before(source: &SourceFile, span: Span) -> Span {
    let line_start = source.text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let Some(bang) = source.text[line_start..span.start].rfind('!') else {
        return span;
    };
    let bang = line_start + bang;
    let start = source.text[line_start..bang]
        .rfind(|c: char| c.is_whitespace() || matches!(c, ':' | '[' | '{' | ','))
        .map_or(line_start, |i| line_start + i + 1);
    let end = source.text[start..]
        .find(char::is_whitespace)
        .map_or(source.text.len(), |i| start + i);
    let column = source.text[line_start..start].chars().count() + 1;
    Span {
        start,
        end,
        line: span.line,
        column: u32::try_from(column).unwrap_or(span.column),
    }
}

/// The parser's messages sometimes end in advice for programmers using the library ("set …
/// in Options", "use from_str_multiple"); a registry's author cannot act on it.
fn without_library_advice(message: &str) -> String {
    message
        .split(", set ")
        .next()
        .unwrap_or(message)
        .split("; use from_str")
        .next()
        .unwrap_or(message)
        .to_owned()
}

/// What a parse-budget breach means, in words (seen through the alias and snippet wrappers).
fn limit(mut error: &serde_saphyr::Error) -> Option<String> {
    use serde_saphyr::budget::BudgetBreach;
    while let serde_saphyr::Error::AliasError { error: inner, .. }
    | serde_saphyr::Error::WithSnippet { error: inner, .. } = error
    {
        error = inner;
    }
    match error {
        serde_saphyr::Error::Budget { breach, .. } => Some(match breach {
            BudgetBreach::Depth { .. } => {
                format!("YAML nesting deeper than {} levels", limits::MAX_YAML_DEPTH)
            }
            BudgetBreach::Nodes { .. } => {
                format!("more than {} YAML nodes", limits::MAX_YAML_NODES)
            }
            BudgetBreach::Events { .. } => {
                format!("more than {} YAML events", limits::MAX_YAML_EVENTS)
            }
            BudgetBreach::ScalarBytes { .. } => {
                format!("more than {} MiB of text", limits::MAX_SOURCE_BYTES >> 20)
            }
            _ => "YAML anchors and aliases beyond the parse budget (an alias bomb?)".to_owned(),
        }),
        serde_saphyr::Error::AliasReplayLimitExceeded { .. }
        | serde_saphyr::Error::AliasExpansionLimitExceeded { .. }
        | serde_saphyr::Error::AliasReplayStackDepthExceeded { .. }
        | serde_saphyr::Error::AliasReplayCounterOverflow { .. } => {
            Some("YAML aliases that expand beyond the parse budget (an alias bomb?)".to_owned())
        }
        _ => None,
    }
}

fn span_of(source: &SourceFile, location: &Location) -> Span {
    tree::span(
        source,
        location.line(),
        location.column(),
        byte_range(location),
    )
}

/// The byte range serde-saphyr gives with a location, if any.
fn byte_range(location: &Location) -> Option<(usize, usize)> {
    let (start, len) = location
        .span()
        .byte_offset()
        .zip(location.span().byte_len())?;
    let start = usize::try_from(start).ok()?;
    Some((start, start.checked_add(usize::try_from(len).ok()?)?))
}

/// Each node keeps only our compact span: serde-saphyr's two locations per node would make the
/// tree several times larger than the file. Byte offsets come with the locations; a span
/// without them is settled from its line and column afterwards.
impl<'de> Deserialize<'de> for Node<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<Value<'de>>::deserialize(deserializer)?;
        let location = &spanned.referenced;
        let line = u32::try_from(location.line()).unwrap_or(u32::MAX).max(1);
        let column = u32::try_from(location.column()).unwrap_or(u32::MAX).max(1);
        let (start, end) = byte_range(location).unwrap_or((usize::MAX, usize::MAX));
        Ok(Node {
            value: spanned.value,
            span: Span {
                start,
                end,
                line,
                column,
            },
        })
    }
}

/// Gives every span a byte range inside the text, from its line and column where the parser
/// gave none (or one that does not fit).
fn settle(source: &SourceFile, node: &mut Node<'_>) {
    if source.text.get(node.span.start..node.span.end).is_none() {
        node.span = source.span_at(node.span.line, node.span.column);
    }
    match &mut node.value {
        Value::Seq(items) => items.iter_mut().for_each(|item| settle(source, item)),
        Value::Map(entries) => entries.iter_mut().for_each(|(key, value)| {
            settle(source, key);
            settle(source, value);
        }),
        _ => {}
    }
}

impl<'de> Deserialize<'de> for Value<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value<'de>, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value<'de>, E> {
        Ok(Value::Int(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value<'de>, E> {
        Ok(Value::Int(v.into()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Value<'de>, E> {
        Ok(Value::Int(v))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Value<'de>, E> {
        Ok(Value::Int(i128::try_from(v).unwrap_or(i128::MAX)))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Value<'de>, E> {
        Ok(Value::Float)
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Owned(v)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value<'de>, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
        while let Some(key) = map.next_key()? {
            entries.push((key, map.next_value()?));
        }
        // A registry is a hundred thousand five-key mappings at most: doubling growth would
        // leave each with room for eight.
        entries.shrink_to_fit();
        Ok(Value::Map(entries))
    }
}
