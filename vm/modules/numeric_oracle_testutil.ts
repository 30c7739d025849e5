/**
 * Test support for the built-in modules: runs one Python program in the
 * tier-0 interpreter and in `python3`, so a test can compare them line by
 * line. Not a test itself (no `_test` suffix).
 *
 * @module
 */
import "../run.ts";
import { parse } from "../parser.ts";
import { compile } from "../compiler.ts";
import { MemoryHost } from "../host.ts";
import { setHost } from "../builtins.ts";
import { Vm } from "../vm.ts";

/** Whether `python3` can be run. */
export async function havePython(): Promise<boolean> {
  try {
    const out = await new Deno.Command("python3", { args: ["--version"], stdout: "piped" })
      .output();
    return out.success;
  } catch {
    return false;
  }
}

/** The standard output of `source` run by the interpreter (stderr appended on failure). */
export function runHere(source: string): string {
  const host = new MemoryHost();
  setHost(host);
  const vm = new Vm(host, { argv: ["<oracle>"], filename: "<oracle>", source });
  const status = vm.run(compile(parse(source, "<oracle>"), "<oracle>"));
  host.flush();
  return status === 0 ? host.stdout : host.stdout + host.stderr;
}

/** The standard output of `source` run by python3. */
export async function runPython(source: string): Promise<string> {
  const child = new Deno.Command("python3", {
    args: ["-"],
    stdin: "piped",
    stdout: "piped",
    stderr: "inherit",
    env: { PYTHONHASHSEED: "0" },
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(source));
  await writer.close();
  const out = await child.output();
  return new TextDecoder().decode(out.stdout);
}

/** Lines that differ, as `[here, python]` pairs. */
export function diffLines(here: string, python: string): [string, string][] {
  const a = here.split("\n");
  const b = python.split("\n");
  const out: [string, string][] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) out.push([a[i] ?? "<missing>", b[i] ?? "<missing>"]);
  }
  return out;
}
