//! The tests of `remote.rs`.
use super::*;
use expect_test::{Expect, expect};
use tempfile::TempDir;

/// A remote with three commits of `registry.yaml` ("one", "two", "three") on `main`, the
/// second tagged `v1` (annotated) and the first `first` (lightweight); and an empty cache.
struct Fixture {
    temp: TempDir,
    work: PathBuf,
    remote: PathBuf,
    cache: PathBuf,
    commits: Vec<String>,
}

impl Fixture {
    fn new() -> Fixture {
        let temp = tempfile::tempdir().expect("a temporary folder");
        let root = std::path::absolute(temp.path()).expect("an absolute path");
        let work = root.join("work");
        let remote = root.join("remote.git");
        let cache = root.join("cache");
        let mut fixture = Fixture {
            temp,
            work,
            remote,
            cache,
            commits: Vec::new(),
        };
        fixture.git(&root, &["init", "--quiet", "--initial-branch=main", "work"]);
        fixture.git(&root, &["init", "--quiet", "--bare", "remote.git"]);
        for text in ["one", "two", "three"] {
            std::fs::write(fixture.work.join("registry.yaml"), format!("{text}\n"))
                .expect("a file");
            fixture.git(&fixture.work, &["add", "registry.yaml"]);
            fixture.git(&fixture.work, &["commit", "--quiet", "-m", text]);
            let commit = fixture.git(&fixture.work, &["rev-parse", "HEAD"]);
            fixture.commits.push(commit);
        }
        let (first, second) = (fixture.commits[0].clone(), fixture.commits[1].clone());
        fixture.git(&fixture.work, &["tag", "first", &first]);
        fixture.git(&fixture.work, &["tag", "-a", "-m", "v1", "v1", &second]);
        fixture.push(&["refs/heads/main", "refs/tags/first", "refs/tags/v1"]);
        fixture
    }

    fn url(&self) -> &str {
        self.remote.to_str().expect("a UTF-8 temporary path")
    }

    fn read(&self, rev: &str) -> Result<Fetched, String> {
        read(self.url(), rev, "registry.yaml", &self.cache)
    }

    /// The error of reading `rev`, with the remote's path written `URL`.
    fn refused(&self, rev: &str, path: &str, expected: Expect) {
        let error = read(self.url(), rev, path, &self.cache).expect_err("a refusal");
        expected.assert_eq(&error.replace(self.url(), "URL"));
    }

    fn push(&self, refs: &[&str]) {
        let mut args = vec!["push", "--quiet", self.url()];
        args.extend_from_slice(refs);
        self.git(&self.work, &args);
    }

    /// Runs git in `dir`; its trimmed stdout.
    fn git(&self, dir: &Path, args: &[&str]) -> String {
        let output = self.command(dir, args).output().expect("git runs");
        assert!(
            output.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).trim().to_owned()
    }

    /// git in `dir`, isolated from the machine's configuration, with fixed dates.
    fn command(&self, dir: &Path, args: &[&str]) -> Command {
        let mut command = Command::new("git");
        command
            .args([
                "-c",
                "user.name=errcodes",
                "-c",
                "user.email=errcodes@example.com",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "tag.gpgsign=false",
            ])
            .args(args)
            .current_dir(dir)
            .env(
                "GIT_CONFIG_GLOBAL",
                self.temp.path().join("no-global-config"),
            )
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_DATE", "2024-01-01T00:00:00Z")
            .env("GIT_COMMITTER_DATE", "2024-01-01T00:00:00Z");
        for name in LOCAL_ENV {
            command.env_remove(name);
        }
        command
    }
}

#[test]
fn reads_a_tag() {
    let fixture = Fixture::new();
    let fetched = fixture.read("v1").expect("the tag is read");
    assert_eq!(fetched.bytes, b"two\n");
    assert_eq!(fetched.commit, fixture.commits[1]);
    assert_eq!(
        fetched.name.replace(fixture.url(), "URL"),
        "registry.yaml@v1 (URL)"
    );
    let lightweight = fixture.read("first").expect("the tag is read");
    assert_eq!(lightweight.bytes, b"one\n");
    assert_eq!(lightweight.commit, fixture.commits[0]);
}

#[test]
fn reads_a_full_or_abbreviated_commit() {
    let fixture = Fixture::new();
    let full = fixture
        .read(&fixture.commits[2])
        .expect("the commit is read");
    assert_eq!(full.bytes, b"three\n");
    assert_eq!(full.commit, fixture.commits[2]);
    let short = &fixture.commits[0][..7];
    let abbreviated = fixture.read(short).expect("the commit is read");
    assert_eq!(abbreviated.bytes, b"one\n");
    assert_eq!(abbreviated.commit, fixture.commits[0]);
    assert_eq!(
        abbreviated.name.replace(fixture.url(), "URL"),
        format!("registry.yaml@{short} (URL)")
    );
}

#[test]
fn reads_a_cached_tag_or_commit_without_the_remote() {
    let fixture = Fixture::new();
    fixture.read("v1").expect("the tag is read");
    fixture
        .read(&fixture.commits[2])
        .expect("the commit is read");
    fixture
        .read(&fixture.commits[1][..9])
        .expect("the abbreviated commit is read");
    std::fs::remove_dir_all(&fixture.remote).expect("the remote is deleted");
    let again = fixture.read("v1").expect("the tag is read from the cache");
    assert_eq!(again.bytes, b"two\n");
    let again = fixture
        .read(&fixture.commits[2])
        .expect("read from the cache");
    assert_eq!(again.bytes, b"three\n");
    let again = fixture
        .read(&fixture.commits[1][..9])
        .expect("an abbreviated commit from the cache");
    assert_eq!(again.bytes, b"two\n");
    // Anything else needs the remote.
    fixture.refused(
        "first",
        "registry.yaml",
        expect![
            "could not reach the git repository URL: 'URL' does not appear to be a git repository"
        ],
    );
}

#[test]
fn keeps_one_bare_repository_per_url() {
    let fixture = Fixture::new();
    fixture.read("v1").expect("the tag is read");
    fixture
        .read(&fixture.commits[0][..8])
        .expect("the commit is read");
    let entries: Vec<String> = std::fs::read_dir(fixture.cache.join("git"))
        .expect("the cache folder")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(entries, [repository_name(fixture.url())]);
    assert!(entries[0].starts_with("remote-"));
    let bare = fixture.git(
        &fixture.cache.join("git").join(&entries[0]),
        &["rev-parse", "--is-bare-repository"],
    );
    assert_eq!(bare, "true");
}

#[test]
fn refuses_a_branch() {
    let fixture = Fixture::new();
    fixture.refused(
        "main",
        "registry.yaml",
        expect!["`main` is a branch of URL; pin a tag or a commit, so that every run reads the same registry"],
    );
}

#[test]
fn refuses_an_unknown_revision_with_a_close_tag() {
    let fixture = Fixture::new();
    fixture.refused(
        "vl",
        "registry.yaml",
        expect![[r#"
            revision `vl` is not a tag or a commit of URL
              = help: did you mean `v1`?"#]],
    );
    fixture.refused(
        "release",
        "registry.yaml",
        expect![[r#"
            revision `release` is not a tag or a commit of URL
              = help: its tags are: first, v1"#]],
    );
    fixture.refused(
        "0000000",
        "registry.yaml",
        expect![[r#"
            revision `0000000` is not a tag or a commit of URL
              = help: its tags are: first, v1"#]],
    );
}

#[test]
fn refuses_revision_expressions_even_on_a_cached_tag() {
    let fixture = Fixture::new();
    fixture.read("v1").expect("the tag is read");
    for rev in ["v1~1", "v1^{commit}", "v1:registry.yaml", "v1@{0}"] {
        let error = fixture.read(rev).expect_err("a refusal");
        assert_eq!(
            error,
            format!(
                "revision `{rev}` is not a tag or a commit of {}",
                fixture.url()
            )
        );
    }
}

#[test]
fn refuses_an_ambiguous_abbreviated_commit() {
    let fixture = Fixture::new();
    // Enough commits on a branch of their own that two share their first four digits.
    let mut stream = String::new();
    for i in 0..1500 {
        let message = format!("commit {i}\n");
        stream.push_str(&format!(
            "commit refs/heads/many\ncommitter errcodes <errcodes@example.com> 1704067200 \
             +0000\ndata {}\n{message}",
            message.len()
        ));
        if i == 0 {
            stream.push_str("from refs/heads/main^0\n");
        }
        stream.push('\n');
    }
    let stream_file = fixture.temp.path().join("stream");
    std::fs::write(&stream_file, stream).expect("a file");
    let mut import = fixture.command(&fixture.work, &["fast-import", "--quiet"]);
    import.stdin(std::fs::File::open(&stream_file).expect("the stream"));
    assert!(import.status().expect("git runs").success());
    fixture.push(&["refs/heads/many"]);
    let listed = fixture.git(&fixture.work, &["rev-list", "refs/heads/many"]);
    let mut commits: Vec<&str> = listed.lines().collect();
    commits.sort_unstable();
    let prefix = commits
        .windows(2)
        .find(|pair| pair[0][..4] == pair[1][..4])
        .map(|pair| pair[0][..4].to_owned())
        .expect("two commits share four digits");
    let error = fixture.read(&prefix).expect_err("a refusal");
    assert_eq!(
        error.replace(fixture.url(), "URL"),
        format!("revision `{prefix}` names more than one commit of URL: write more of its digits")
    );
}

#[test]
fn refuses_an_unreachable_remote() {
    let fixture = Fixture::new();
    let missing = fixture.remote.with_file_name("missing.git");
    let url = missing.to_str().expect("a UTF-8 temporary path");
    let error = read(url, "v1", "registry.yaml", &fixture.cache).expect_err("a refusal");
    expect!["could not reach the git repository URL: 'URL' does not appear to be a git repository"]
        .assert_eq(&error.replace(url, "URL"));
}

#[test]
fn refuses_a_missing_file() {
    let fixture = Fixture::new();
    fixture.refused(
        "v1",
        "missing.yaml",
        expect!["URL at `v1` has no file `missing.yaml`"],
    );
    // A folder is no file either.
    std::fs::create_dir(fixture.work.join("docs")).expect("a folder");
    std::fs::write(fixture.work.join("docs").join("a.md"), "a").expect("a file");
    fixture.git(&fixture.work, &["add", "docs"]);
    fixture.git(&fixture.work, &["commit", "--quiet", "-m", "docs"]);
    fixture.git(&fixture.work, &["tag", "v2"]);
    fixture.push(&["refs/tags/v2"]);
    fixture.refused("v2", "docs", expect!["URL at `v2` has no file `docs`"]);
    let docs = read(fixture.url(), "v2", "docs/a.md", &fixture.cache).expect("the file is read");
    assert_eq!(docs.bytes, b"a");
}

#[test]
fn names_cache_folders_by_the_urls_last_segment_and_hash() {
    let name = repository_name("https://github.com/turing/backend.git");
    assert!(name.starts_with("backend-"), "{name}");
    assert_eq!(name.len(), "backend-".len() + 16);
    assert_ne!(
        name,
        repository_name("https://gitlab.com/turing/backend.git")
    );
    let name = repository_name("git@host:team/my repo (old).git/");
    assert!(name.starts_with("my_repo__old_-"), "{name}");
    let name = repository_name("host:..");
    assert!(name.starts_with("repository-"), "{name}");
}

#[test]
fn finds_the_cache_folder() {
    let home = if cfg!(windows) {
        PathBuf::from(r"C:\Users\me")
    } else {
        PathBuf::from("/home/me")
    };
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| OsString::from(value))
        }
    };
    assert_eq!(
        cache_root_from(env(&[("ERRCODES_CACHE_DIR", "cache")]), Some(home.clone())),
        Ok(PathBuf::from("cache"))
    );
    let expected = if cfg!(windows) {
        None
    } else if cfg!(target_os = "macos") {
        Some(home.join("Library").join("Caches").join("errcodes"))
    } else {
        Some(home.join(".cache").join("errcodes"))
    };
    assert_eq!(
        cache_root_from(env(&[("XDG_CACHE_HOME", "relative")]), Some(home.clone())).ok(),
        expected
    );
    if cfg!(not(any(windows, target_os = "macos"))) {
        assert_eq!(
            cache_root_from(env(&[("XDG_CACHE_HOME", "/xdg")]), Some(home.clone())),
            Ok(PathBuf::from("/xdg/errcodes"))
        );
    }
    if cfg!(windows) {
        assert_eq!(
            cache_root_from(env(&[("LOCALAPPDATA", r"C:\Local")]), None),
            Ok(PathBuf::from(r"C:\Local\errcodes"))
        );
    }
    expect!["could not find the user's cache folder to keep registries read from git in: set ERRCODES_CACHE_DIR to a folder"]
        .assert_eq(&cache_root_from(env(&[]), None).expect_err("no cache folder"));
}

#[test]
fn reads_the_cache_folder_from_this_environment() {
    match std::env::var_os("ERRCODES_CACHE_DIR").filter(|dir| !dir.is_empty()) {
        Some(dir) => assert_eq!(cache_root(), Ok(PathBuf::from(dir))),
        None => {
            if let Ok(root) = cache_root() {
                assert!(root.is_absolute() && root.ends_with("errcodes"), "{root:?}");
            }
        }
    }
}

#[test]
fn quotes_the_line_of_stderr_that_says_why() {
    let stderr = b"warning: redirecting\nfatal: 'x' does not appear to be a git repository\n\
                   fatal: Could not read from remote repository.\n\n\
                   Please make sure you have the correct access rights\n\
                   and the repository exists.\n";
    assert_eq!(said(stderr), "'x' does not appear to be a git repository");
    assert_eq!(
        said(b"ssh: Could not resolve hostname nowhere: Name or service not known\n"),
        "ssh: Could not resolve hostname nowhere: Name or service not known"
    );
}
