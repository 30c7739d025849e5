/**
 * Runs a batch of conformance cases in one process, each through the real
 * command line (`main`) with a fresh VM and an in-memory host, and reports
 * one JSON line per case on stdout as soon as it ends, so the runner can
 * tell a hang from a slow batch.
 *
 * Input (stdin): `{"cases": ["conformance/cases/x/y.py", ...], "args": ["--mode=interp"]}`
 *
 * @module
 */
import { main } from "../vm/cli.ts";
import type { Host } from "../vm/host.ts";
import { platformLibm } from "../ffi/libm.ts";
import { nativeRecord } from "../jit/stats.ts";

const ROOT = new URL("..", import.meta.url).pathname;

/** What one case produced. */
export interface CaseResult {
  case: string;
  status: number;
  stdout: string;
  stderr: string;
  /** In `jit` mode: whether native code could run, and how many times a trace was entered natively. */
  native?: { ran: boolean; enabled: boolean; entries: number };
}

/** A host whose files are the repository's, read relative to the case's folder. */
function caseHost(dir: string): Host & { stdout: string; stderr: string } {
  const host = {
    stdout: "",
    stderr: "",
    writeStdout(text: string) {
      host.stdout += text;
    },
    writeStderr(text: string) {
      host.stderr += text;
    },
    flush() {},
    readStdin: () => "",
    readTextFile(path: string) {
      try {
        return Deno.readTextFileSync(path.startsWith("/") ? path : `${dir}/${path}`);
      } catch {
        return null;
      }
    },
    resolvePath: (path: string) => (path.startsWith("/") ? path : `${dir}/${path}`),
    getEnv: (_name: string) => undefined,
    timeSeconds: () => Date.now() / 1000,
    monotonicNs: () => BigInt(Math.round(performance.now() * 1e6)),
    libm: platformLibm,
  };
  return host;
}

/** Runs one case as `patchpy ARGS NAME.py` would from the case's folder. */
export function runCase(casePath: string, args: string[]): CaseResult {
  const full = `${ROOT}${casePath}`;
  const dir = full.slice(0, full.lastIndexOf("/"));
  const name = full.slice(dir.length + 1);
  const host = caseHost(dir);
  nativeRecord.ran = false;
  nativeRecord.entries = 0;
  const status = main([...args, name], host);
  const result: CaseResult = { case: casePath, status, stdout: host.stdout, stderr: host.stderr };
  if (args.includes("--mode=jit")) result.native = { ...nativeRecord };
  return result;
}

if (import.meta.main) {
  const input = JSON.parse(new TextDecoder().decode(await readAll(Deno.stdin.readable)));
  const encoder = new TextEncoder();
  for (const c of input.cases as string[]) {
    const line = JSON.stringify(runCase(c, input.args as string[])) + "\n";
    await Deno.stdout.write(encoder.encode(line));
  }
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const c of stream) chunks.push(c);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}
