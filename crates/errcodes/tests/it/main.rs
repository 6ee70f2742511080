//! The one integration-test binary (as ripgrep does): the CLI as a user runs it, the
//! repository's own generated files, the install channels, and the HTML page in a real
//! browser. Each target's own toolchain test lives in its folder under
//! `crates/targets/src/<id>/toolchain.rs`.

mod browser;
mod cli;
mod config;
mod conventions;
mod corpus;
mod diff;
mod dist;
mod inject;
mod merge;
mod repo;
mod share;
mod support;
