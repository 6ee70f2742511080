//! The one integration-test binary (as ripgrep does): the CLI as a user runs it, the
//! repository's own generated files, the generated code handed to the real toolchains, and
//! the HTML page in a real browser.

mod browser;
mod cli;
mod config;
mod corpus;
mod diff;
mod dist;
mod inject;
mod merge;
mod repo;
mod roundtrip;
mod support;
mod toolchains;
