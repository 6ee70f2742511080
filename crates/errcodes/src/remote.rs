//! Reading the registry from another git repository, pinned to a tag or a commit: the `git`
//! and `rev` of `errcodes.toml`'s `[registry]`, for a repository that does not hold the
//! registry itself.
//!
//! Each repository is fetched into one bare repository under the user's cache folder
//! ([`cache_root`]), which is created aside and renamed into place, so that no run ever sees
//! half of one. A full commit, or a tag, that the cache already holds is read without the
//! network: tags are treated as immutable, as Go modules treat them, so a tag moved on the
//! remote is not seen until the cache folder is deleted. Deleting it is always safe; the next
//! run fetches again. A branch is refused, so that every run reads the same registry.

use std::ffi::{OsStr, OsString};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use errcodes_model::limits::MAX_SOURCE_BYTES;
use errcodes_model::{suggest, suggest_help};
use sha2::{Digest, Sha256};

/// The variables git sets for hooks and its own children that tie commands to one repository
/// (git's `local_repo_env`, and `GIT_NAMESPACE`). Inherited, say when errcodes runs from a
/// hook, they would point the cache's commands at the caller's repository.
const LOCAL_ENV: &[&str] = &[
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_COMMON_DIR",
    "GIT_CONFIG",
    "GIT_DIR",
    "GIT_GRAFT_FILE",
    "GIT_IMPLICIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_NAMESPACE",
    "GIT_NO_REPLACE_OBJECTS",
    "GIT_OBJECT_DIRECTORY",
    "GIT_PREFIX",
    "GIT_REPLACE_REF_BASE",
    "GIT_SHALLOW_FILE",
    "GIT_WORK_TREE",
];

/// Tags listed in full in a "did you mean" help; a longer list only gets a close match.
const LISTED_TAGS: usize = 10;

/// Where fetched repositories are kept: `ERRCODES_CACHE_DIR` when it is set, else `errcodes`
/// in the platform's cache folder (`$XDG_CACHE_HOME` or `~/.cache` on Linux and the BSDs,
/// `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows).
pub(crate) fn cache_root() -> Result<PathBuf, String> {
    cache_root_from(|name| std::env::var_os(name), std::env::home_dir())
}

/// [`cache_root`], from the environment and home folder given.
fn cache_root_from(
    var: impl Fn(&str) -> Option<OsString>,
    home: Option<PathBuf>,
) -> Result<PathBuf, String> {
    if let Some(dir) = var("ERRCODES_CACHE_DIR").filter(|dir| !dir.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    // Relative values are ignored, as the XDG specification asks.
    let absolute = |name: &str| var(name).map(PathBuf::from).filter(|p| p.is_absolute());
    let home = home.filter(|home| home.is_absolute());
    let platform = if cfg!(windows) {
        absolute("LOCALAPPDATA")
    } else if cfg!(target_os = "macos") {
        home.map(|home| home.join("Library").join("Caches"))
    } else {
        absolute("XDG_CACHE_HOME").or_else(|| home.map(|home| home.join(".cache")))
    };
    platform.map(|dir| dir.join("errcodes")).ok_or_else(|| {
        "could not find the user's cache folder to keep registries read from git in: set \
         ERRCODES_CACHE_DIR to a folder"
            .to_owned()
    })
}

/// A registry file read from a git repository.
#[derive(Debug)]
pub(crate) struct Fetched {
    /// What diagnostics call the file: `registry.yaml@v2.4.0 (https://…/backend.git)`.
    pub(crate) name: String,
    /// The commit read, in full hex.
    pub(crate) commit: String,
    /// The file's bytes, at most one byte past [`MAX_SOURCE_BYTES`] (the front-end reports
    /// the limit).
    pub(crate) bytes: Vec<u8>,
}

/// Reads `path` (from the repository's root, `/`-separated) at `rev` (a tag, or a full or
/// abbreviated commit) of the git repository at `url` (a URL or an absolute path), through
/// the cache under `cache`.
pub(crate) fn read(url: &str, rev: &str, path: &str, cache: &Path) -> Result<Fetched, String> {
    let folder = std::path::absolute(cache.join("git")).map_err(|e| {
        format!(
            "could not find the cache folder {}: {e}",
            cache.join("git").display()
        )
    })?;
    std::fs::create_dir_all(&folder).map_err(|e| {
        format!(
            "could not create the cache folder {}: {e}",
            folder.display()
        )
    })?;
    let repo = Repo {
        dir: folder.join(repository_name(url)),
        folder,
    };
    // Anything but a valid tag name could be taken by git for an expression (`v1~1`, `v1:x`)
    // and must not reach it; an all-hex name is always valid.
    if !is_hex(rev) && !repo.is_tag_name(rev)? {
        return Err(not_found(url, rev, &[]));
    }
    let commit = match repo.cached(rev)? {
        Some(commit) => commit,
        None => repo.fetch(url, rev)?,
    };
    let bytes = repo.file(&commit, path, || {
        format!("{url} at `{rev}` has no file `{path}`")
    })?;
    Ok(Fetched {
        name: format!("{path}@{rev} ({url})"),
        commit,
        bytes,
    })
}

/// The cache's folder for `url`: its last path segment, for people, and a hash of the whole
/// URL, so that two URLs never share a folder.
fn repository_name(url: &str) -> String {
    let last = url
        .trim_end_matches(['/', '\\'])
        .rsplit(['/', '\\', ':'])
        .next()
        .unwrap_or_default();
    let last = last.strip_suffix(".git").unwrap_or(last);
    let name: String = last
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .take(48)
        .collect();
    let name = if name.trim_matches('.').is_empty() {
        "repository".to_owned()
    } else {
        name
    };
    let hash: String = Sha256::digest(url.as_bytes())
        .iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect();
    format!("{name}-{hash}")
}

fn is_hex(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_hexdigit())
}

fn is_full_commit(rev: &str) -> bool {
    rev.len() == 40 && is_hex(rev)
}

fn is_abbreviated_commit(rev: &str) -> bool {
    (4..=40).contains(&rev.len()) && is_hex(rev)
}

/// The refusal of a revision the remote does not have, with a close tag when there is one.
fn not_found(url: &str, rev: &str, tags: &[String]) -> String {
    let mut message = format!("revision `{rev}` is not a tag or a commit of {url}");
    let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
    let help = if tags.is_empty() {
        None
    } else if tags.len() <= LISTED_TAGS {
        Some(suggest_help(rev, &tags, "its tags are: "))
    } else {
        suggest(rev, &tags).map(|tag| format!("did you mean `{tag}`?"))
    };
    if let Some(help) = help {
        message.push_str("\n  = help: ");
        message.push_str(&help);
    }
    message
}

/// Why a git command did not do its work.
enum Failed {
    /// git could not be started: the whole message.
    Spawn(String),
    /// git ran and failed: what it said.
    Status(String),
}

impl Failed {
    /// The message for a command that talked to the remote.
    fn unreachable(self, url: &str) -> String {
        match self {
            Failed::Spawn(message) => message,
            Failed::Status(said) => format!("could not reach the git repository {url}: {said}"),
        }
    }

    /// The message for a command on the cache alone.
    fn in_cache(self, dir: &Path) -> String {
        match self {
            Failed::Spawn(message) => message,
            Failed::Status(said) => {
                format!(
                    "git failed on the cache repository {}: {said}",
                    dir.display()
                )
            }
        }
    }
}

/// The cache's bare repository for one URL.
struct Repo {
    /// The folder of every cached repository; git runs there.
    folder: PathBuf,
    dir: PathBuf,
}

impl Repo {
    /// git, in the cache's folder, on this repository (when `repository`), quiet and never
    /// prompting.
    fn command<I, S>(&self, repository: bool, args: I) -> Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut command = Command::new("git");
        if repository {
            command.arg("--git-dir").arg(&self.dir);
        }
        command
            .args(args)
            .current_dir(&self.folder)
            .env("GIT_TERMINAL_PROMPT", "0")
            .stdin(Stdio::null());
        for name in LOCAL_ENV {
            command.env_remove(name);
        }
        command
    }

    /// Runs git on this repository; its stdout.
    fn git(&self, args: &[&str]) -> Result<Vec<u8>, Failed> {
        run(self.command(true, args))
    }

    /// Whether `rev` can name a tag (`git check-ref-format`).
    fn is_tag_name(&self, rev: &str) -> Result<bool, String> {
        let refname = format!("refs/tags/{rev}");
        match run(self.command(false, ["check-ref-format", refname.as_str()])) {
            Ok(_) => Ok(true),
            Err(Failed::Status(_)) => Ok(false),
            Err(Failed::Spawn(message)) => Err(message),
        }
    }

    /// The commit `name` resolves to in the cache, if it does.
    fn commit(&self, name: &str) -> Result<Option<String>, String> {
        match self.git(&["rev-parse", "--verify", "--quiet", name]) {
            Ok(out) => Ok(Some(String::from_utf8_lossy(&out).trim().to_owned())),
            Err(Failed::Status(_)) => Ok(None),
            Err(Failed::Spawn(message)) => Err(message),
        }
    }

    /// The commit of `rev` when the cache already holds it as a full commit or as a tag.
    fn cached(&self, rev: &str) -> Result<Option<String>, String> {
        if !self.dir.is_dir() {
            return Ok(None);
        }
        if let Some(commit) = self.commit(&format!("refs/tags/{rev}^{{commit}}"))? {
            return Ok(Some(commit));
        }
        // A commit, full or abbreviated, that an earlier run fetched: commits never move.
        if is_full_commit(rev) || is_abbreviated_commit(rev) {
            return self.commit(&format!("{rev}^{{commit}}"));
        }
        Ok(None)
    }

    /// Asks the remote for `rev` and fetches it; the commit it names.
    fn fetch(&self, url: &str, rev: &str) -> Result<String, String> {
        let (tags, branches) = self.list_remote(url)?;
        if tags.iter().any(|tag| tag == rev) {
            self.create()?;
            self.fetch_refs(url, &[&format!("+refs/tags/{rev}:refs/tags/{rev}")])?;
            return self
                .commit(&format!("refs/tags/{rev}^{{commit}}"))?
                .ok_or_else(|| format!("the tag `{rev}` of {url} does not point to a commit"));
        }
        if branches.iter().any(|branch| branch == rev) {
            return Err(format!(
                "`{rev}` is a branch of {url}; pin a tag or a commit, so that every run reads \
                 the same registry"
            ));
        }
        if is_abbreviated_commit(rev) {
            self.create()?;
            self.fetch_refs(
                url,
                &[
                    "+refs/heads/*:refs/errcodes/heads/*",
                    "+refs/tags/*:refs/errcodes/tags/*",
                ],
            )?;
            let name = format!("{rev}^{{commit}}");
            if let Some(commit) = self.commit(&name)? {
                return Ok(commit);
            }
            // A commit no branch or tag reaches any more; servers that allow it send it.
            if is_full_commit(rev)
                && self.fetch_refs(url, &[rev]).is_ok()
                && let Some(commit) = self.commit(&name)?
            {
                return Ok(commit);
            }
            if self.commits_starting_with(rev)? > 1 {
                return Err(format!(
                    "revision `{rev}` names more than one commit of {url}: write more of its \
                     digits"
                ));
            }
        }
        Err(not_found(url, rev, &tags))
    }

    /// The remote's tags and branches, by short name.
    fn list_remote(&self, url: &str) -> Result<(Vec<String>, Vec<String>), String> {
        let out = run(self.command(
            false,
            ["ls-remote", "--refs", "--tags", "--heads", "--", url],
        ))
        .map_err(|failed| failed.unreachable(url))?;
        let (mut tags, mut branches) = (Vec::new(), Vec::new());
        for line in String::from_utf8_lossy(&out).lines() {
            let Some((_, name)) = line.split_once('\t') else {
                continue;
            };
            if let Some(tag) = name.strip_prefix("refs/tags/") {
                tags.push(tag.to_owned());
            } else if let Some(branch) = name.strip_prefix("refs/heads/") {
                branches.push(branch.to_owned());
            }
        }
        Ok((tags, branches))
    }

    fn fetch_refs(&self, url: &str, refspecs: &[&str]) -> Result<(), String> {
        let mut args = vec!["fetch", "--quiet", "--no-tags", "--", url];
        args.extend_from_slice(refspecs);
        self.git(&args)
            .map(drop)
            .map_err(|failed| failed.unreachable(url))
    }

    /// Creates the bare repository if it does not exist: in a temporary folder beside it,
    /// renamed into place, so that an interrupted or concurrent run never leaves half of one.
    fn create(&self) -> Result<(), String> {
        if self.dir.is_dir() {
            return Ok(());
        }
        let failed = |e: &dyn std::fmt::Display| {
            format!(
                "could not create the cache repository {}: {e}",
                self.dir.display()
            )
        };
        let name = self.dir.file_name().unwrap_or_default();
        let temp = tempfile::Builder::new()
            .prefix(&{
                let mut prefix = OsString::from(".");
                prefix.push(name);
                prefix.push(".");
                prefix
            })
            .suffix(".tmp")
            .tempdir_in(&self.folder)
            .map_err(|e| failed(&e))?;
        let args = [
            OsStr::new("init"),
            OsStr::new("--bare"),
            OsStr::new("--quiet"),
            temp.path().as_os_str(),
        ];
        run(self.command(false, args)).map_err(|failed| failed.in_cache(&self.dir))?;
        match std::fs::rename(temp.path(), &self.dir) {
            Ok(()) => {
                // The folder now lives at its own name; the temporary one is gone.
                let _moved = temp.keep();
                Ok(())
            }
            // Another run created it first; ours is removed with `temp`.
            Err(_) if self.dir.is_dir() => Ok(()),
            Err(e) => Err(failed(&e)),
        }
    }

    /// How many commits of the cache have a name starting with `prefix`.
    fn commits_starting_with(&self, prefix: &str) -> Result<usize, String> {
        let objects = match self.git(&["rev-parse", &format!("--disambiguate={prefix}")]) {
            Ok(objects) => objects,
            Err(Failed::Status(_)) => return Ok(0),
            Err(Failed::Spawn(message)) => return Err(message),
        };
        let mut command = self.command(true, ["cat-file", "--batch-check=%(objecttype)"]);
        command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command
            .spawn()
            .map_err(|e| format!("could not run git: {e}"))?;
        if let Some(mut stdin) = child.stdin.take() {
            // A write error means git stopped early, which its status tells.
            let _ = stdin.write_all(&objects);
        }
        let output = child
            .wait_with_output()
            .map_err(|e| format!("could not run git: {e}"))?;
        if !output.status.success() {
            return Err(Failed::Status(said(&output.stderr)).in_cache(&self.dir));
        }
        Ok(String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter(|kind| *kind == "commit")
            .count())
    }

    /// The blob at `path` in `commit`, read no further than one byte past the size limit;
    /// `missing` when there is no file there.
    fn file(
        &self,
        commit: &str,
        path: &str,
        missing: impl Fn() -> String,
    ) -> Result<Vec<u8>, String> {
        let object = format!("{commit}:{path}");
        match self.git(&["cat-file", "-t", &object]) {
            Ok(kind) if kind.trim_ascii() == b"blob" => {}
            Ok(_) | Err(Failed::Status(_)) => return Err(missing()),
            Err(Failed::Spawn(message)) => return Err(message),
        }
        let mut command = self.command(true, ["cat-file", "blob", object.as_str()]);
        command.stdout(Stdio::piped()).stderr(Stdio::null());
        let mut child = command
            .spawn()
            .map_err(|e| format!("could not run git: {e}"))?;
        let limit = u64::try_from(MAX_SOURCE_BYTES).unwrap_or(u64::MAX) + 1;
        let mut bytes = Vec::new();
        let read = match child.stdout.take() {
            Some(stdout) => stdout.take(limit).read_to_end(&mut bytes).map(drop),
            None => Ok(()),
        };
        // Stopping at the limit closes the pipe, which ends git early: that is no failure.
        let status = child.wait();
        let whole = read.is_ok() && status.as_ref().is_ok_and(|s| s.success());
        let at_limit = u64::try_from(bytes.len()).unwrap_or(u64::MAX) >= limit;
        if whole || at_limit {
            Ok(bytes)
        } else {
            Err(format!(
                "could not read {object} from the cache repository {}",
                self.dir.display()
            ))
        }
    }
}

/// Runs a git command; its stdout, or why it failed.
fn run(mut command: Command) -> Result<Vec<u8>, Failed> {
    let output = command
        .output()
        .map_err(|e| Failed::Spawn(format!("could not run git: {e}")))?;
    if output.status.success() {
        Ok(output.stdout)
    } else if output.stderr.iter().all(u8::is_ascii_whitespace) {
        Err(Failed::Status(format!("git ended with {}", output.status)))
    } else {
        Err(Failed::Status(said(&output.stderr)))
    }
}

/// The line of git's stderr that says what went wrong: the first that is not a warning or a
/// hint (later lines are generic advice, such as "Please make sure you have the correct
/// access rights"), without its `fatal: ` or `error: `.
fn said(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let line = text
        .lines()
        .map(str::trim)
        .find(|line| {
            !line.is_empty() && !line.starts_with("warning:") && !line.starts_with("hint:")
        })
        .unwrap_or("git failed without saying why");
    line.strip_prefix("fatal: ")
        .or_else(|| line.strip_prefix("error: "))
        .unwrap_or(line)
        .to_owned()
}

#[cfg(test)]
mod tests;
