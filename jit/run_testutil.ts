// Shared by the tests that run a program in a tier-2 mode and read what it printed.
import assert from "node:assert/strict";
import { main } from "../vm/cli.ts";
import { MemoryHost } from "../vm/host.ts";
import "./modes.ts";

/** Runs `source` as a file with the command-line `args`; returns the status and the output. */
export function runProgram(args: string[], source: string) {
  const host = new MemoryHost({ files: { "/t/prog.py": source } });
  const status = main([...args, "/t/prog.py"], host);
  return { status, stdout: host.stdout, stderr: host.stderr };
}

/** The number after `label` in the `--stats` block. */
export function stat(stderr: string, label: string): number {
  const m = new RegExp(`${label}: (\\d+)`).exec(stderr);
  assert.ok(m !== null, `no "${label}" in:\n${stderr}`);
  return Number(m[1]);
}
