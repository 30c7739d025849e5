/**
 * The fuzzer's worker process: runs programs through patchpy's real command
 * line (`main`), each with a fresh in-memory host, and answers one JSON line
 * per program as soon as it ends, so the parent can time each one out on
 * its own (as `runner.ts` does with `worker.ts`).
 *
 * Unlike `worker.ts` it streams: a request is one JSON line
 * `{"id": N, "source": "...", "args": ["--mode=interp"]}` on stdin, and the
 * program never touches the disk, so the fuzzer needs no write permission
 * to run thousands of them.
 *
 * With `--save=DIR` it instead writes the files `[{"name", "text"}]` read
 * from stdin into DIR: the fuzz test may lack `--allow-write`, and this
 * child is given it for that one directory only.
 *
 * @module
 */
import { main } from "../vm/cli.ts";
import { MemoryHost } from "../vm/host.ts";

/** The file name programs run under (and CPython's driver compiles them as). */
export const PROGRAM_PATH = "/fuzz.py";

/** More output than this is dropped (and flagged): a printing loop must not exhaust the worker's memory. */
export const OUTPUT_CAP = 1 << 20;

/** What one program did. */
export interface RunResult {
  id: number;
  status: number;
  stdout: string;
  stderr: string;
  ms: number;
  /** Output went past `OUTPUT_CAP` and was cut. */
  truncated?: boolean;
  /** A JavaScript exception escaped `main` itself (which promises never to throw). */
  hostError?: string;
}

// Dropping rather than throwing: an exception thrown by the host would
// unwind through the VM as an internal error that is not the VM's fault.
class CappedHost extends MemoryHost {
  truncated = false;
  override writeStdout(text: string): void {
    if (this.stdout.length + text.length > OUTPUT_CAP) {
      this.truncated = true;
      text = text.slice(0, Math.max(0, OUTPUT_CAP - this.stdout.length));
    }
    super.writeStdout(text);
  }
  override writeStderr(text: string): void {
    if (this.stderr.length + text.length > OUTPUT_CAP) {
      this.truncated = true;
      text = text.slice(0, Math.max(0, OUTPUT_CAP - this.stderr.length));
    }
    super.writeStderr(text);
  }
}

/** Runs one program as `patchpy ARGS /fuzz.py`. */
export function runProgram(id: number, source: string, args: string[]): RunResult {
  const host = new CappedHost({ files: { [PROGRAM_PATH]: source } });
  const t0 = performance.now();
  let status: number;
  let hostError: string | undefined;
  try {
    status = main([...args, PROGRAM_PATH], host);
  } catch (e) {
    status = -1;
    hostError = e instanceof Error ? (e.stack ?? e.message) : String(e);
  }
  const result: RunResult = {
    id,
    status,
    stdout: host.stdout,
    stderr: host.stderr,
    ms: Math.round(performance.now() - t0),
  };
  if (host.truncated) result.truncated = true;
  if (hostError !== undefined) result.hostError = hostError;
  return result;
}

async function* lines(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  let buffer = "";
  for await (const chunk of stream.pipeThrough(new TextDecoderStream())) {
    buffer += chunk;
    let nl;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      yield buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
    }
  }
  if (buffer !== "") yield buffer;
}

function writeAll(bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) off += Deno.stdout.writeSync(bytes.subarray(off));
}

if (import.meta.main) {
  const save = Deno.args.find((a) => a.startsWith("--save="));
  if (save !== undefined) {
    const dir = save.slice("--save=".length);
    const files = JSON.parse(await new Response(Deno.stdin.readable).text()) as { name: string; text: string }[];
    Deno.mkdirSync(dir, { recursive: true });
    for (const f of files) Deno.writeTextFileSync(`${dir}/${f.name}`, f.text);
  } else {
    const encoder = new TextEncoder();
    for await (const line of lines(Deno.stdin.readable)) {
      if (line.trim() === "") continue;
      const req = JSON.parse(line) as { id: number; source: string; args: string[] };
      writeAll(encoder.encode(JSON.stringify(runProgram(req.id, req.source, req.args)) + "\n"));
    }
  }
}
