#!/usr/bin/env node
// The `errcodes` command of the npm package, the way biome and buf ship theirs: it finds the
// binary that the platform package `@errcodes/cli-<platform>-<arch>` (an optional dependency)
// carries, runs it with this process's arguments and stdio, and exits the way it exited.
"use strict";

const { spawnSync } = require("node:child_process");
const { constants } = require("node:os");

// The platforms a binary is published for, as `${process.platform}-${process.arch}`.
const PUBLISHED = ["linux-x64 (glibc)"];

// errcodes' own status for "could not run" (1 means "problems found", which this is not).
function fail(message) {
  process.stderr.write(`errcodes: ${message}\n`);
  process.exit(2);
}

// Whether this Linux links programs against glibc: Node's own report names the glibc it runs
// on, and names none on musl (Alpine).
function isGlibc() {
  if (!process.report || typeof process.report.getReport !== "function") {
    return true;
  }
  process.report.excludeNetwork = true;
  const header = process.report.getReport().header;
  return Boolean(header && header.glibcVersionRuntime);
}

const target = `${process.platform}-${process.arch}`;
if (process.platform === "linux" && !isGlibc()) {
  fail(
    `this Linux (${process.arch}) uses musl libc, and errcodes publishes Linux binaries for ` +
      `glibc only (published: ${PUBLISHED.join(", ")}). Build errcodes with ` +
      "`cargo install --locked errcodes` instead.",
  );
}

const pkg = `@errcodes/cli-${target}`;
let binary;
try {
  binary = require.resolve(`${pkg}/errcodes`);
} catch {
  fail(
    `the package ${pkg}, which carries the binary for ${target}, is not installed. ` +
      `Published platforms: ${PUBLISHED.join(", ")}. On one of them, reinstall without ` +
      "--omit=optional (npm installs the platform package as an optional dependency); " +
      "elsewhere, build errcodes with `cargo install --locked errcodes`.",
  );
}

// Synchronous, with the terminal shared: Ctrl-C reaches the binary through the process group.
const result = spawnSync(binary, process.argv.slice(2), { stdio: "inherit" });
if (result.error) {
  fail(`could not run ${binary}: ${result.error.message}`);
}
if (result.signal) {
  // The binary died of a signal: die of the same one, so the caller sees what happened; a
  // signal Node ignores (SIGPIPE) ends in the shell's status for it, 128 + its number.
  process.kill(process.pid, result.signal);
  process.exit(128 + (constants.signals[result.signal] || 0));
}
process.exit(result.status === null ? 1 : result.status);
