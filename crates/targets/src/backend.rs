//! What a target is: the [`Backend`] trait each target's folder implements, the [`Target`]
//! handle the rest of errcodes passes around, and the [`Context`] a backend renders from.

use std::fmt;

use errcodes_model::{Diagnostic, Spanned};
use errcodes_view::{Names, PackageView, View};

use crate::GeneratedFile;

/// One target's rules and emitter. Only `id`, `display_name`, `package` and `source` are
/// required; the rest defaults to a target that prints no identifiers and takes no package
/// settings (a docs page).
pub trait Backend: Sync {
    /// The id in `--target`, `errcodes.toml` and `packages:`, such as `rust`.
    fn id(&self) -> &'static str;

    /// What the target is called in messages, such as `Rust`.
    fn display_name(&self) -> &'static str;

    /// The identifier a code named `name` (SCREAMING_SNAKE_CASE) becomes, or `None` when the
    /// target prints no identifier for codes.
    fn code_ident(&self, _name: &str) -> Option<String> {
        None
    }

    /// The identifier a category with id `id` (snake_case) becomes, or `None`.
    fn category_ident(&self, _id: &str) -> Option<String> {
        None
    }

    /// Whether `ident` is a keyword, or a name the generated code always defines.
    fn is_reserved(&self, _ident: &str) -> bool {
        false
    }

    /// The identifiers the generated code declares itself, beside the codes and categories,
    /// from the names derived from the registry's enum (`names`), so that no code or category
    /// may become one of them.
    fn declared(&self, _names: &Names) -> Vec<String> {
        Vec::new()
    }

    /// Whether code and category identifiers share one scope (package-level constants, say),
    /// so that a code and a category must not become the same identifier either.
    fn idents_share_scope(&self) -> bool {
        false
    }

    /// The keys `packages.<id>` takes; the short form `<id>: value` sets the first. Empty
    /// when the target has no package settings.
    fn package_keys(&self) -> &'static [&'static str] {
        &[]
    }

    /// Reports what is wrong with the value of one of [`Backend::package_keys`].
    fn check_package_setting(
        &self,
        _key: &str,
        _value: &Spanned<String>,
        _out: &mut Vec<Diagnostic>,
    ) {
    }

    /// Every file of the target's package, the source included, each handed to `out` as soon
    /// as it is rendered: a caller that compares or writes it at once never holds them all.
    fn package(&self, cx: &Context<'_>, out: &mut dyn FnMut(GeneratedFile)) -> askama::Result<()>;

    /// The one file an SDK can vendor on its own, at its path in the package.
    fn source(&self, cx: &Context<'_>) -> askama::Result<GeneratedFile>;

    /// How to render the region `gen --inject` splices into a hand-written page, for a
    /// target that has one.
    fn region(&self) -> Option<Region> {
        None
    }
}

/// Renders the region of a target that [injects](Target::injects).
pub type Region = fn(&Context<'_>) -> askama::Result<String>;

/// A registered target: a cheap handle on its [`Backend`], compared by id.
#[derive(Clone, Copy)]
pub struct Target(pub(crate) &'static dyn Backend);

impl Target {
    /// The target with this id.
    pub fn from_id(id: &str) -> Option<Target> {
        Target::ALL.iter().copied().find(|t| t.id() == id)
    }

    /// Every target's id, in output order.
    pub fn ids() -> Vec<&'static str> {
        Target::ALL.iter().map(|t| t.id()).collect()
    }

    /// The target's rules and emitter.
    pub fn backend(self) -> &'static dyn Backend {
        self.0
    }

    /// See [`Backend::id`].
    pub fn id(self) -> &'static str {
        self.0.id()
    }

    /// See [`Backend::display_name`].
    pub fn display_name(self) -> &'static str {
        self.0.display_name()
    }

    /// See [`Backend::code_ident`].
    pub fn code_ident(self, name: &str) -> Option<String> {
        self.0.code_ident(name)
    }

    /// See [`Backend::category_ident`].
    pub fn category_ident(self, id: &str) -> Option<String> {
        self.0.category_ident(id)
    }

    /// See [`Backend::is_reserved`].
    pub fn is_reserved(self, ident: &str) -> bool {
        self.0.is_reserved(ident)
    }

    /// See [`Backend::declared`].
    pub fn declared(self, names: &Names) -> Vec<String> {
        self.0.declared(names)
    }

    /// See [`Backend::idents_share_scope`].
    pub fn idents_share_scope(self) -> bool {
        self.0.idents_share_scope()
    }

    /// See [`Backend::package_keys`].
    pub fn package_keys(self) -> &'static [&'static str] {
        self.0.package_keys()
    }

    /// Whether the target renders a region for `gen --inject`.
    pub fn injects(self) -> bool {
        self.0.region().is_some()
    }
}

impl PartialEq for Target {
    fn eq(&self, other: &Self) -> bool {
        self.id() == other.id()
    }
}

impl Eq for Target {}

impl std::hash::Hash for Target {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id().hash(state);
    }
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// What a backend renders from: the view, the header lines, and its own package settings.
pub struct Context<'a> {
    /// The language-neutral view.
    pub view: &'a View,
    /// The lines every file opens with, in the target's comment syntax.
    pub header: &'a [String],
    target: Target,
    settings: Option<&'a PackageView>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(target: Target, view: &'a View, header: &'a [String]) -> Self {
        Context {
            view,
            header,
            target,
            settings: view.packages.iter().find(|p| p.target == target.id()),
        }
    }

    /// The value of `packages.<id>.<key>`, if the registry states it.
    pub fn setting(&self, key: &str) -> Option<&'a str> {
        let main = self.target.package_keys().first().copied();
        self.settings?
            .settings
            .iter()
            .find(|(k, _)| k.as_deref().map_or(main == Some(key), |k| k == key))
            .map(|(_, v)| v.as_str())
    }
}
