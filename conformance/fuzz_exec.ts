/**
 * Running fuzz programs in child processes with a per-program timeout: in
 * patchpy (`fuzz_worker.ts`) and, when it is installed, in CPython (a small
 * driver passed to `python3 -c`). Both speak the same protocol, one JSON
 * request and one JSON answer per line, so one pool serves both.
 *
 * A worker that stays silent past the timeout is killed and the program
 * counted as hung; one that dies is a crash; either way a fresh worker
 * takes the next program.
 *
 * @module
 */
import { OUTPUT_CAP, PROGRAM_PATH, type RunResult } from "./fuzz_worker.ts";

const WORKER = new URL("./fuzz_worker.ts", import.meta.url).pathname;

/** What running one program produced, in either implementation. */
export interface Outcome extends RunResult {
  /** No answer within the timeout: the worker was killed. */
  timedOut?: boolean;
  /** The worker process died while running the program: its exit and last stderr lines. */
  crash?: string;
  /** Text on the worker's stdout that was not an answer (something bypassed the Host). */
  stray?: string;
}

export interface Request {
  id: number;
  source: string;
  /** Modules beside the program, by file name. */
  files?: Record<string, string>;
}

/** How to start a worker. */
export type Spawner = () => Deno.ChildProcess;

/** The patchpy worker, started as `runner.ts` starts its own (same flags, same stack size). */
export function patchpyWorker(stackSize = 7000): Spawner {
  return () =>
    new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--allow-read",
        "--allow-env",
        "--allow-ffi",
        ...(stackSize > 0 ? [`--v8-flags=--stack-size=${stackSize}`] : []),
        WORKER,
      ],
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
}

/** One worker process, driven one request at a time. */
class Channel {
  #child: Deno.ChildProcess;
  #writer: WritableStreamDefaultWriter<Uint8Array>;
  #reader: ReadableStreamDefaultReader<string>;
  #buffer = "";
  #stderr = "";
  #stderrDone: Promise<void>;

  constructor(spawn: Spawner) {
    const child = spawn();
    this.#child = child;
    this.#writer = child.stdin.getWriter();
    this.#reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
    this.#stderrDone = (async () => {
      for await (const chunk of child.stderr.pipeThrough(new TextDecoderStream())) {
        // Only the end matters (a crash report); keep it bounded.
        this.#stderr = (this.#stderr + chunk).slice(-8192);
      }
    })().catch(() => {});
  }

  /** Sends one request; resolves with the answer line, or how the worker failed. */
  async request(
    req: Request & Record<string, unknown>,
    timeoutMs: number,
  ): Promise<{ answer?: RunResult; timedOut?: boolean; died?: string; stray: string }> {
    let stray = "";
    try {
      await this.#writer.write(new TextEncoder().encode(JSON.stringify(req) + "\n"));
    } catch {
      return { died: await this.#death(), stray };
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), timeoutMs);
    });
    try {
      for (;;) {
        let nl;
        while ((nl = this.#buffer.indexOf("\n")) >= 0) {
          const line = this.#buffer.slice(0, nl);
          this.#buffer = this.#buffer.slice(nl + 1);
          // Whatever precedes the answer on its line was written by someone else.
          const at = line.indexOf('{"id":');
          if (at >= 0) {
            try {
              const answer = JSON.parse(line.slice(at)) as RunResult;
              if (answer.id === req.id) return { answer, stray: stray + line.slice(0, at) };
            } catch {
              // not an answer after all
            }
          }
          stray += line + "\n";
        }
        const next = await Promise.race([this.#reader.read(), expired]);
        if (next === "timeout") {
          await this.dispose();
          return { timedOut: true, stray };
        }
        if (next.done) return { died: await this.#death(), stray: stray + this.#buffer };
        this.#buffer += next.value;
      }
    } finally {
      clearTimeout(timer);
    }
  }

  async #death(): Promise<string> {
    await this.dispose();
    const status = await this.#child.status;
    const how = status.signal ? `killed by ${status.signal}` : `exited with status ${status.code}`;
    return `worker ${how}; its stderr ends:\n${this.#stderr.split("\n").slice(-12).join("\n")}`;
  }

  /** Kills the worker and releases its pipes (Deno's test sanitizer counts them). */
  async dispose(): Promise<void> {
    try {
      this.#child.kill("SIGKILL");
    } catch {
      // already gone
    }
    await this.#writer.abort().catch(() => {});
    await this.#reader.cancel().catch(() => {});
    await this.#child.status;
    await this.#stderrDone;
  }

  async close(): Promise<void> {
    try {
      await this.#writer.close();
    } catch {
      // already gone
    }
    await this.#reader.cancel().catch(() => {});
    await this.#child.status;
    await this.#stderrDone;
  }
}

/**
 * Runs every request in `jobs` parallel workers; `timeoutMs(req)` bounds
 * each program. Results come back keyed by request id.
 */
export async function runPool(
  requests: readonly Request[],
  spawn: Spawner,
  options: {
    jobs: number;
    timeoutMs: (req: Request) => number;
    extra?: Record<string, unknown>;
    onDone?: () => void;
  },
): Promise<Map<number, Outcome>> {
  const results = new Map<number, Outcome>();
  const queue = [...requests];
  const lane = async () => {
    let channel: Channel | null = null;
    for (let req = queue.shift(); req !== undefined; req = queue.shift()) {
      channel ??= new Channel(spawn);
      const r = await channel.request({ ...req, ...options.extra }, options.timeoutMs(req));
      let outcome: Outcome;
      if (r.answer) outcome = r.answer;
      else {
        outcome = { id: req.id, status: -1, stdout: "", stderr: "", ms: options.timeoutMs(req) };
        if (r.timedOut) outcome.timedOut = true;
        else outcome.crash = r.died;
        channel = null;
      }
      if (r.stray !== "") outcome.stray = r.stray;
      results.set(req.id, outcome);
      options.onDone?.();
    }
    await channel?.close();
  };
  await Promise.all(Array.from({ length: Math.max(1, options.jobs) }, lane));
  return results;
}

/** A persistent single worker, for running candidates one by one (minimization). */
export class Session {
  #spawn: Spawner;
  #channel: Channel | null = null;
  #extra: Record<string, unknown>;
  #id = 0;
  constructor(spawn: Spawner, extra: Record<string, unknown> = {}) {
    this.#spawn = spawn;
    this.#extra = extra;
  }
  async run(source: string, timeoutMs: number, files?: Record<string, string>): Promise<Outcome> {
    this.#channel ??= new Channel(this.#spawn);
    const id = this.#id++;
    const r = await this.#channel.request({ id, source, files, ...this.#extra }, timeoutMs);
    if (r.answer) return r.stray ? { ...r.answer, stray: r.stray } : r.answer;
    this.#channel = null;
    const out: Outcome = { id, status: -1, stdout: "", stderr: "", ms: timeoutMs };
    if (r.timedOut) out.timedOut = true;
    else out.crash = r.died;
    return out;
  }
  async close(): Promise<void> {
    await this.#channel?.close();
    this.#channel = null;
  }
}

// -- CPython -----------------------------------------------------------------------------

/**
 * Runs each program as `python3 /fuzz.py` would, in one long-lived
 * interpreter: a fresh `__main__` namespace, the recursion limit the program
 * would see at top level, the modules beside it importable (they exist only
 * in the request), tracebacks with their source lines and the interpreter's
 * own last line, stdout that rejects lone surrogates as a real UTF-8 stream
 * does, an address-space limit so that a runaway allocation is a
 * `MemoryError` rather than a swapping machine, and the module's globals
 * cleared while output is still captured, as at interpreter exit.
 */
const CPYTHON_DRIVER = String.raw`
import sys, io, json, time, builtins, gc, linecache, traceback, importlib.abc, importlib.util
try:
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
except Exception:
    pass
CAP = ${OUTPUT_CAP}
PATH = ${JSON.stringify(PROGRAM_PATH)}
real_in, real_out, real_err = sys.stdin, sys.stdout, sys.stderr

class Capped(io.TextIOBase):
    """stdout (strict): UTF-8 only, cut at CAP and flagged; stderr: its middle
    cut beyond CAP, as the patchpy worker does, so its last line survives."""
    def __init__(self, strict):
        self.parts, self.n, self.truncated, self.strict = [], 0, False, strict
    @property
    def encoding(self):
        return 'utf-8'
    def writable(self):
        return True
    def isatty(self):
        return False
    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        length = len(s)
        if self.strict:
            s.encode('utf-8')
        else:
            s = s.encode('utf-8', 'backslashreplace').decode('utf-8')
        # Counted in UTF-16 code units, as the patchpy worker's (JavaScript) strings are.
        units = len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)
        if self.strict and self.n + units > CAP:
            self.truncated = True
            s = s[:max(0, CAP - self.n)]
            units = len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)
        self.parts.append(s)
        self.n += units
        if not self.strict and self.n > CAP:
            text = ''.join(self.parts)
            text = text[:CAP // 4] + '\n[... cut ...]\n' + text[-(CAP // 4):]
            self.parts, self.n = [text], len(text)
        return length
    def flush(self):
        pass
    def value(self):
        return ''.join(self.parts)

def depth():
    f, d = sys._getframe(1), 0
    while f is not None:
        d, f = d + 1, f.f_back
    return d

def report(e):
    # The traceback module shows the source lines (from linecache: there is
    # no /fuzz.py on disk), the interpreter's hook the "Did you mean" that
    # 3.11's traceback module lacks: the body of one, the end of the other.
    # Without the driver's own frame; a compile error then has no traceback, as in a real run.
    tb = e.__traceback__.tb_next if e.__traceback__ is not None else None
    body = ''.join(traceback.format_exception(type(e), e, tb)).splitlines(True)
    n = ''.join(traceback.format_exception_only(type(e), e)).count('\n')
    hook = Capped(False)
    saved, sys.stderr = sys.stderr, hook
    try:
        sys.__excepthook__(type(e), e, tb)
    finally:
        sys.stderr = saved
    tail = hook.value().splitlines(True)
    return ''.join(body[:len(body) - n] + tail[len(tail) - n:])

class Beside(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Imports the modules that sit beside /fuzz.py, which exist only in the request."""
    def __init__(self, files):
        self.files = files
    def find_spec(self, name, path=None, target=None):
        if path is None and name + '.py' in self.files:
            return importlib.util.spec_from_loader(name, self, origin='/' + name + '.py')
        return None
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        path = '/' + module.__name__ + '.py'
        source = self.files[module.__name__ + '.py']
        module.__file__ = path
        linecache.cache[path] = (len(source), None, source.splitlines(True), path)
        exec(compile(source, path, 'exec'), module.__dict__)

def run(source, files):
    out, err = Capped(True), Capped(False)
    status = 0
    below = depth()
    g = {'__name__': '__main__', '__builtins__': builtins, '__file__': PATH}
    sys.stdout = sys.__stdout__ = out
    sys.stderr = sys.__stderr__ = err
    sys.stdin = io.StringIO('')
    sys.argv = [PATH]
    t0 = time.perf_counter()
    linecache.cache[PATH] = (len(source), None, source.splitlines(True), PATH)
    beside = Beside(files)
    sys.meta_path.insert(0, beside)
    try:
        code = compile(source, PATH, 'exec')
        # Calibrated so that a program reaches the depth it reaches run as a script.
        sys.setrecursionlimit(1000 + below + 1)
        exec(code, g)
    except SystemExit as e:
        sys.setrecursionlimit(10000)
        c = e.code
        if c is None:
            status = 0
        elif isinstance(c, int):
            status = c & 0xff
        else:
            try:
                err.write(str(c) + '\n')
            except BaseException:
                pass
            status = 1
    except BaseException as e:
        sys.setrecursionlimit(10000)
        status = 130 if isinstance(e, KeyboardInterrupt) else 1
        try:
            err.write(report(e))
        except BaseException:
            err.write('%s: <unprintable>\n' % type(e).__name__)
    finally:
        sys.setrecursionlimit(10000)
        ms = (time.perf_counter() - t0) * 1000
        try:
            g.clear()
            gc.collect()
        except BaseException:
            pass
        sys.meta_path.remove(beside)
        for name in files:
            sys.modules.pop(name[:-3], None)
        sys.stdout, sys.stderr, sys.stdin = real_out, real_err, real_in
        sys.__stdout__, sys.__stderr__ = real_out, real_err
    return status, out.value(), err.value(), ms, out.truncated

while True:
    line = real_in.buffer.readline()
    if not line:
        break
    req = json.loads(line.decode('utf-8'))
    status, o, e, ms, truncated = run(req['source'], req.get('files') or {})
    answer = {'id': req['id'], 'status': status, 'stdout': o, 'stderr': e, 'ms': round(ms)}
    if truncated:
        answer['truncated'] = True
    real_out.write(json.dumps(answer) + '\n')
    real_out.flush()
`;

/** The CPython to compare with: `$PATCHPY_FUZZ_PYTHON` or `python3`, if it runs; else null. */
export function findPython(): { path: string; version: string } | null {
  let path = "python3";
  try {
    path = Deno.env.get("PATCHPY_FUZZ_PYTHON") || path;
  } catch {
    // no --allow-env: the default
  }
  try {
    const out = new Deno.Command(path, { args: ["--version"], stdout: "piped", stderr: "piped" })
      .outputSync();
    if (!out.success) return null;
    const version = new TextDecoder().decode(out.stdout).trim() ||
      new TextDecoder().decode(out.stderr).trim();
    return /^Python 3\./.test(version) ? { path, version } : null;
  } catch {
    return null;
  }
}

export function cpythonWorker(python: string): Spawner {
  return () =>
    new Deno.Command(python, {
      // Warnings (DeprecationWarning, SyntaxWarning) are outside the subset:
      // silenced, they cannot end up as the last stderr line compared.
      args: ["-W", "ignore", "-c", CPYTHON_DRIVER],
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
      // A fixed hash seed keeps CPython's own runs comparable with each other.
      env: { PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1" },
    }).spawn();
}
