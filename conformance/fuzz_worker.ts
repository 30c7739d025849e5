/**
 * The fuzzer's worker process: runs programs through patchpy's real command
 * line (`main`), each with a fresh in-memory host, and answers one JSON line
 * per program as soon as it ends, so the parent can time each one out on
 * its own (as `runner.ts` does with `worker.ts`).
 *
 * Unlike `worker.ts` it streams: a request is one JSON line
 * `{"id": N, "source": "...", "args": ["--mode=interp"], "files": {"_m.py": "..."}}`
 * on stdin (`files` being modules beside the program), and the
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
  /** Stdout went past `OUTPUT_CAP` and was cut. (Stderr is cut in its middle, silently: its last line is the verdict.) */
  truncated?: boolean;
  /** A JavaScript exception escaped `main` itself (which promises never to throw). */
  hostError?: string;
}

/** The first and last quarters of `OUTPUT_CAP` of `text`. */
export function cutMiddle(text: string): string {
  const keep = OUTPUT_CAP / 4;
  return text.length <= 2 * keep
    ? text
    : `${text.slice(0, keep)}\n[... cut ...]\n${text.slice(-keep)}`;
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
    super.writeStderr(text);
    if (this.stderr.length > OUTPUT_CAP) this.stderr = cutMiddle(this.stderr);
  }
}

/** Runs one program as `patchpy ARGS /fuzz.py`, with `files` (modules it may import) beside it. */
export function runProgram(
  id: number,
  source: string,
  args: string[],
  files: Record<string, string> = {},
): RunResult {
  const all: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) all[`/${name}`] = text;
  all[PROGRAM_PATH] = source;
  const host = new CappedHost({ files: all });
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
    const files = JSON.parse(await new Response(Deno.stdin.readable).text()) as {
      name: string;
      text: string;
    }[];
    for (const f of files) {
      const path = `${dir}/${f.name}`;
      Deno.mkdirSync(path.slice(0, path.lastIndexOf("/")), { recursive: true });
      Deno.writeTextFileSync(path, f.text);
    }
  } else {
    const encoder = new TextEncoder();
    for await (const line of lines(Deno.stdin.readable)) {
      if (line.trim() === "") continue;
      const req = JSON.parse(line) as {
        id: number;
        source: string;
        args: string[];
        files?: Record<string, string>;
      };
      const result = runProgram(req.id, req.source, req.args, req.files);
      writeAll(encoder.encode(JSON.stringify(result) + "\n"));
    }
  }
}
