//! Schema version 1: walks the node tree, builds the model, and reports every wrong type,
//! unknown key, duplicate key and missing key it meets instead of stopping at the first.

use errcodes_model::{
    AllowBreaking, Category, CheckId, Code, Diagnostic, DocsConfig, PackageSetting, Packages,
    Registry, Reserved, SUPPORTED_VERSION, SourceFile, Span, Spanned, TargetPackage, Unread,
};

use crate::Parsed;
use crate::tree::{Node, Value};

const ROOT_KEYS: &[&str] = &[
    "version",
    "enum",
    "docs",
    "packages",
    "categories",
    "codes",
    "reserved",
    "allow_breaking",
];
const DOCS_KEYS: &[&str] = &["base_url", "example", "site"];
const CATEGORY_KEYS: &[&str] = &["id", "label", "guide"];
const CODE_KEYS: &[&str] = &[
    "code",
    "name",
    "http",
    "category",
    "message",
    "retryable",
    "deprecated",
    "description",
];
const RESERVED_KEYS: &[&str] = &["code", "name", "reason"];
const ALLOW_KEYS: &[&str] = &["code", "rule", "reason"];

/// Builds the registry from the document's root node.
pub(crate) fn registry(source: &SourceFile, root: &Node<'_>) -> Parsed {
    let mut cx = Cx {
        source,
        diagnostics: Vec::new(),
    };
    let registry = cx.registry(root);
    Parsed {
        registry,
        diagnostics: cx.diagnostics,
    }
}

struct Cx<'s> {
    source: &'s SourceFile,
    diagnostics: Vec<Diagnostic>,
}

/// The keys of one mapping, each with its value, after duplicate and unknown keys were
/// reported.
struct Fields<'n> {
    span: Span,
    what: String,
    entries: Vec<(&'n str, Span, &'n Node<'n>)>,
}

impl<'n> Fields<'n> {
    fn get(&self, key: &str) -> Option<&'n Node<'n>> {
        self.entries
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(_, _, v)| *v)
    }
}

impl Cx<'_> {
    fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    fn registry(&mut self, root: &Node<'_>) -> Option<Registry> {
        if matches!(root.value, Value::Null) {
            self.report(
                Diagnostic::new(CheckId::MissingKey, "the registry is empty")
                    .primary(self.source.span_at(1, 1), "no content")
                    .help(format!(
                        "start the file with `version: {SUPPORTED_VERSION}`"
                    )),
            );
            return None;
        }
        if let Value::Map(_) = root.value
            && !self.version(root)
        {
            return None;
        }
        let fields = self.mapping(root, "the registry".to_owned(), ROOT_KEYS)?;
        let before = self.diagnostics.len();
        let enum_name = self
            .required(&fields, "enum")
            .and_then(|n| self.string(n, "`enum`"));
        let docs = self.required(&fields, "docs").and_then(|n| self.docs(n));
        let packages = match fields.get("packages") {
            Some(node) => self.packages(node),
            None => Some(Packages::default()),
        };
        let mut unread = Unread::default();
        let categories = self.list(
            &fields,
            "categories",
            false,
            &mut unread.categories,
            |cx, n, i| cx.category(n, i),
        );
        let codes = self.list(&fields, "codes", false, &mut unread.codes, |cx, n, i| {
            cx.code(n, i)
        });
        if let Some(node) = fields.get("codes")
            && matches!(&node.value, Value::Seq(items) if items.is_empty())
        {
            self.report(
                Diagnostic::new(CheckId::NoCodes, "the registry lists no codes")
                    .primary(node.span, "an empty list")
                    .help("add the first code: `- {code: 1000, name: …, http: …, category: …, message: …}`"),
            );
        }
        let reserved = self.list(
            &fields,
            "reserved",
            true,
            &mut unread.reserved,
            |cx, n, i| cx.reserved(n, i),
        );
        let allow_breaking = self.list(
            &fields,
            "allow_breaking",
            true,
            &mut unread.allow_breaking,
            |cx, n, i| cx.allow_breaking(n, i),
        );
        let root_ok = self.diagnostics.len() == before
            || (enum_name.is_some() && docs.is_some() && categories.is_some() && codes.is_some());
        if !root_ok {
            return None;
        }
        Some(Registry {
            enum_name: enum_name?,
            docs: docs?,
            packages: packages?,
            categories: categories?,
            codes: codes?,
            reserved: reserved.unwrap_or_default(),
            allow_breaking: allow_breaking.unwrap_or_default(),
            unread,
        })
    }

    /// Checks `version` before anything else: a file of another version means something
    /// else by its keys, so it gets this one error rather than a cascade.
    fn version(&mut self, root: &Node<'_>) -> bool {
        let Value::Map(entries) = &root.value else {
            return true;
        };
        let version = entries
            .iter()
            .find(|(k, _)| matches!(&k.value, Value::Str(s) if s == "version"));
        match version.map(|(_, v)| v) {
            Some(Node {
                value: Value::Int(v),
                ..
            }) if *v == i128::from(SUPPORTED_VERSION) => true,
            Some(
                node @ Node {
                    value: Value::Int(_),
                    ..
                },
            ) => {
                self.report(
                    Diagnostic::new(
                        CheckId::UnsupportedVersion,
                        format!("schema version {} is not supported", self.text(node.span)),
                    )
                    .primary(
                        node.span,
                        format!("this build reads version {SUPPORTED_VERSION}"),
                    )
                    .help("use a release of errcodes that reads this version, or convert the file"),
                );
                false
            }
            Some(node) => {
                self.wrong_type(node, "`version`", "an integer");
                false
            }
            None => {
                self.report(
                    Diagnostic::new(CheckId::MissingKey, "the registry has no `version`")
                        .primary(root.span, "`version` is required here")
                        .help(format!(
                            "start the file with `version: {SUPPORTED_VERSION}`"
                        )),
                );
                false
            }
        }
    }

    fn packages(&mut self, node: &Node<'_>) -> Option<Packages> {
        let fields = self.mapping_of(node, "`packages`".to_owned(), None)?;
        // An entry that cannot be read is reported and left out; the checks still see the rest.
        let mut packages = Packages::default();
        for &(key, key_span, value) in &fields.entries {
            // Any other key is a target id, which the front-end cannot know: the checks hold
            // the list of targets.
            let what = format!("`packages.{key}`");
            if key == "authors" {
                packages.authors = self.strings(value, &what).unwrap_or_default();
            } else if Packages::SHARED_KEYS.contains(&key) {
                let value = self.string(value, &what);
                match key {
                    "version" => packages.version = value,
                    "license" => packages.license = value,
                    "repository" => packages.repository = value,
                    _ => packages.homepage = value,
                }
            } else if let Some(target) =
                self.target_package(Spanned::new(key.to_owned(), key_span), value)
            {
                packages.targets.push(target);
            }
        }
        Some(packages)
    }

    /// `packages.<target>`: a name alone, or a mapping of settings to strings.
    fn target_package(
        &mut self,
        target: Spanned<String>,
        node: &Node<'_>,
    ) -> Option<TargetPackage> {
        let what = format!("`packages.{}`", target.value);
        if let Value::Str(name) = &node.value {
            return Some(TargetPackage {
                target,
                settings: vec![PackageSetting {
                    key: None,
                    value: Spanned::new(name.to_string(), node.span),
                }],
            });
        }
        let Value::Map(_) = &node.value else {
            self.wrong_type(node, &what, "a string (the package's name) or a mapping");
            return None;
        };
        let fields = self.mapping_of(node, what, None)?;
        let mut settings = Vec::with_capacity(fields.entries.len());
        let mut complete = true;
        for &(key, key_span, value) in &fields.entries {
            match self.string(value, &format!("`packages.{}.{key}`", target.value)) {
                Some(value) => settings.push(PackageSetting {
                    key: Some(Spanned::new(key.to_owned(), key_span)),
                    value,
                }),
                None => complete = false,
            }
        }
        complete.then_some(TargetPackage { target, settings })
    }

    fn docs(&mut self, node: &Node<'_>) -> Option<DocsConfig> {
        let fields = self.mapping(node, "`docs`".to_owned(), DOCS_KEYS)?;
        let base_url = self
            .required(&fields, "base_url")
            .and_then(|n| self.string(n, "`docs.base_url`"))?;
        let example = fields
            .get("example")
            .and_then(|node| self.u16(node, "`docs.example`"));
        let site = fields
            .get("site")
            .and_then(|node| self.string(node, "`docs.site`"));
        Some(DocsConfig {
            base_url,
            example,
            site,
        })
    }

    fn category(&mut self, node: &Node<'_>, index: usize) -> Option<Category> {
        let fields = self.mapping(node, format!("category #{}", index + 1), CATEGORY_KEYS)?;
        let id = self
            .required(&fields, "id")
            .and_then(|n| self.string(n, "`id`"));
        let label = self
            .required(&fields, "label")
            .and_then(|n| self.string(n, "`label`"));
        let guide = self.optional(&fields, "guide", |cx, n| cx.string(n, "`guide`"));
        Some(Category {
            id: id?,
            label: label?,
            guide: guide?,
            span: node.span,
        })
    }

    fn code(&mut self, node: &Node<'_>, index: usize) -> Option<Code> {
        let what = match &node.value {
            Value::Map(entries) => entries
                .iter()
                .find(|(k, _)| matches!(&k.value, Value::Str(s) if s == "code"))
                .map_or(format!("entry #{} of `codes`", index + 1), |(_, v)| {
                    format!("the entry for code {}", self.text(v.span))
                }),
            _ => format!("entry #{} of `codes`", index + 1),
        };
        let fields = self.mapping(node, what, CODE_KEYS)?;
        let code = self
            .required(&fields, "code")
            .and_then(|n| self.u16(n, "`code`"));
        let name = self
            .required(&fields, "name")
            .and_then(|n| self.string(n, "`name`"));
        let http = self
            .required(&fields, "http")
            .and_then(|n| self.u16(n, "`http`"));
        let category = self
            .required(&fields, "category")
            .and_then(|n| self.string(n, "`category`"));
        let message = self
            .required(&fields, "message")
            .and_then(|n| self.string(n, "`message`"));
        let retryable = self.optional(&fields, "retryable", |cx, n| cx.bool(n, "`retryable`"));
        let deprecated = self.optional(&fields, "deprecated", |cx, n| cx.string(n, "`deprecated`"));
        let description = self.optional(&fields, "description", |cx, n| {
            cx.string(n, "`description`")
        });
        Some(Code {
            code: code?,
            name: name?,
            http: http?,
            category: category?,
            message: message?,
            retryable: retryable?,
            deprecated: deprecated?,
            description: description?,
            span: node.span,
        })
    }

    fn reserved(&mut self, node: &Node<'_>, index: usize) -> Option<Reserved> {
        let fields = self.mapping(
            node,
            format!("entry #{} of `reserved`", index + 1),
            RESERVED_KEYS,
        )?;
        let code = self.optional(&fields, "code", |cx, n| cx.u16(n, "`code`"));
        let name = self.optional(&fields, "name", |cx, n| cx.string(n, "`name`"));
        let reason = self
            .required(&fields, "reason")
            .and_then(|n| self.string(n, "`reason`"));
        let (code, name, reason) = (code?, name?, reason?);
        if code.is_none() && name.is_none() {
            self.report(
                Diagnostic::new(
                    CheckId::MissingKey,
                    format!(
                        "entry #{} of `reserved` retires neither a code nor a name",
                        index + 1
                    ),
                )
                .primary(node.span, "needs `code`, `name` or both"),
            );
            return None;
        }
        Some(Reserved {
            code,
            name,
            reason,
            span: node.span,
        })
    }

    fn allow_breaking(&mut self, node: &Node<'_>, index: usize) -> Option<AllowBreaking> {
        let what = format!("entry #{} of `allow_breaking`", index + 1);
        let fields = self.mapping(node, what, ALLOW_KEYS)?;
        let code = self
            .required(&fields, "code")
            .and_then(|n| self.u16(n, "`code`"));
        let rule = self
            .required(&fields, "rule")
            .and_then(|n| self.string(n, "`rule`"));
        let reason = self
            .required(&fields, "reason")
            .and_then(|n| self.string(n, "`reason`"));
        Some(AllowBreaking {
            code: code?,
            rule: rule?,
            reason: reason?,
            span: node.span,
        })
    }

    /// Reads the list under `key`, keeping every entry whose values could be read (an unknown
    /// or repeated key is reported but does not drop the entry, so the checks still see it).
    fn list<T>(
        &mut self,
        fields: &Fields<'_>,
        key: &str,
        optional: bool,
        unread: &mut usize,
        mut item: impl FnMut(&mut Self, &Node<'_>, usize) -> Option<T>,
    ) -> Option<Vec<T>> {
        let node = match fields.get(key) {
            Some(node) => node,
            None if optional => return Some(Vec::new()),
            None => {
                self.required(fields, key);
                return None;
            }
        };
        match &node.value {
            Value::Seq(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (index, node) in items.iter().enumerate() {
                    match item(self, node, index) {
                        Some(value) => out.push(value),
                        None => *unread += 1,
                    }
                }
                Some(out)
            }
            Value::Null if optional => Some(Vec::new()),
            _ => {
                self.wrong_type(node, &format!("`{key}`"), "a list");
                None
            }
        }
    }

    /// Checks that `node` is a mapping with string keys, each known and given once.
    fn mapping<'n>(
        &mut self,
        node: &'n Node<'n>,
        what: String,
        allowed: &[&str],
    ) -> Option<Fields<'n>> {
        self.mapping_of(node, what, Some(allowed))
    }

    /// A mapping's entries, duplicates reported; with `allowed`, unknown keys reported too.
    fn mapping_of<'n>(
        &mut self,
        node: &'n Node<'n>,
        what: String,
        allowed: Option<&[&str]>,
    ) -> Option<Fields<'n>> {
        let Value::Map(entries) = &node.value else {
            self.wrong_type(node, &what, "a mapping");
            return None;
        };
        let mut fields = Fields {
            span: node.span,
            what,
            entries: Vec::with_capacity(entries.len()),
        };
        for (key, value) in entries {
            let Value::Str(name) = &key.value else {
                self.wrong_type(key, &format!("a key in {}", fields.what), "a string");
                continue;
            };
            if let Some((first, _)) = entries
                .iter()
                .take_while(|(k, _)| !std::ptr::eq(k, key))
                .find(|(k, _)| matches!(&k.value, Value::Str(s) if s == name))
            {
                self.report(
                    Diagnostic::new(
                        CheckId::DuplicateKey,
                        format!("`{name}` is given twice in {}", fields.what),
                    )
                    .primary(key.span, "given again here")
                    .secondary(first.span, "first given here")
                    .help("YAML keys must be unique: keep one of them"),
                );
                continue;
            }
            if let Some(allowed) = allowed
                && !allowed.contains(&name.as_ref())
            {
                let help =
                    errcodes_model::suggest_help(name, allowed, "the keys allowed here are: ");
                self.report(
                    Diagnostic::new(
                        CheckId::UnknownKey,
                        format!("unknown key `{name}` in {}", fields.what),
                    )
                    .primary(key.span, "not part of schema version 1")
                    .help(help),
                );
                continue;
            }
            fields.entries.push((name.as_ref(), key.span, value));
        }
        Some(fields)
    }

    fn required<'n>(&mut self, fields: &Fields<'n>, key: &str) -> Option<&'n Node<'n>> {
        let node = fields.get(key);
        if node.is_none() {
            self.report(
                Diagnostic::new(
                    CheckId::MissingKey,
                    format!("{} has no `{key}`", fields.what),
                )
                .primary(fields.span, format!("`{key}` is required here")),
            );
        }
        node
    }

    /// Reads an optional key; `Some(None)` when absent, `None` when present but unreadable.
    fn optional<T>(
        &mut self,
        fields: &Fields<'_>,
        key: &str,
        read: impl FnOnce(&mut Self, &Node<'_>) -> Option<T>,
    ) -> Option<Option<T>> {
        match fields.get(key) {
            None => Some(None),
            Some(node) => read(self, node).map(Some),
        }
    }

    fn string(&mut self, node: &Node<'_>, what: &str) -> Option<Spanned<String>> {
        match &node.value {
            Value::Str(s) => Some(Spanned::new(s.to_string(), node.span)),
            _ => {
                self.wrong_type(node, what, "a string");
                None
            }
        }
    }

    /// A list of strings; an item of another type is reported and left out.
    fn strings(&mut self, node: &Node<'_>, what: &str) -> Option<Vec<Spanned<String>>> {
        match &node.value {
            Value::Seq(items) => Some(
                items
                    .iter()
                    .filter_map(|item| self.string(item, &format!("an item of {what}")))
                    .collect(),
            ),
            _ => {
                self.wrong_type(node, what, "a list of strings");
                None
            }
        }
    }

    fn u16(&mut self, node: &Node<'_>, what: &str) -> Option<Spanned<u16>> {
        match &node.value {
            Value::Int(i) => match u16::try_from(*i) {
                Ok(v) => Some(Spanned::new(v, node.span)),
                Err(_) => {
                    self.report(
                        Diagnostic::new(
                            CheckId::WrongType,
                            format!(
                                "{what} must be in 0..=65535, found {}",
                                self.text(node.span)
                            ),
                        )
                        .primary(node.span, "out of range"),
                    );
                    None
                }
            },
            _ => {
                self.wrong_type(node, what, "an integer in 0..=65535");
                None
            }
        }
    }

    fn bool(&mut self, node: &Node<'_>, what: &str) -> Option<Spanned<bool>> {
        match node.value {
            Value::Bool(b) => Some(Spanned::new(b, node.span)),
            _ => {
                self.wrong_type(node, what, "`true` or `false`");
                None
            }
        }
    }

    fn wrong_type(&mut self, node: &Node<'_>, what: &str, expected: &str) {
        let found = node.value.kind();
        let mut diagnostic = Diagnostic::new(
            CheckId::WrongType,
            format!("{what} must be {expected}, found {found}"),
        )
        .primary(node.span, found);
        if expected == "a string"
            && matches!(node.value, Value::Int(_) | Value::Float | Value::Bool(_))
        {
            diagnostic = diagnostic.help(format!("quote it: \"{}\"", self.text(node.span)));
        } else if let Value::Str(s) = &node.value
            && expected.starts_with("an integer")
            && s.trim().parse::<i128>().is_ok()
        {
            let quoted = self.text(node.span).starts_with(['"', '\'']);
            diagnostic = diagnostic.help(if quoted {
                "remove the quotes"
            } else {
                "write the number without leading zeros (YAML does not read `0`-prefixed numbers as decimal)"
            });
        }
        self.report(diagnostic);
    }

    /// The source text of a span, for messages.
    fn text(&self, span: Span) -> &str {
        self.source.text.get(span.start..span.end).unwrap_or("")
    }
}
