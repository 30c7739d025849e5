/**
 * The robustness fuzzer: generated programs (token soup, truncated and
 * mutated conformance cases, random well-formed programs) run through
 * patchpy's real command line, each in a fresh VM inside a worker process
 * with a timeout. Every outcome must be a clean Python-level result: exit 0,
 * a `SyntaxError` report, a traceback ending in `SomeError: ...`, or a
 * `SystemExit` status. An internal error (status 70), a host exception, a
 * dead worker, a hang, or JavaScript leaking into the output is a failure.
 *
 * Where `python3` is installed it also runs every program, first: a program
 * CPython cannot finish either (a mutation that loops forever) is then not
 * held against patchpy; and the well-formed programs' stdout, exit status
 * and last stderr line are compared with CPython's, reported apart and
 * never failing, since known gaps exist. Without it, only the programs that
 * end by construction (the well-formed ones, most soup) can be said to hang.
 *
 * The workers are `runner.ts`'s in spirit (batched, a per-program timeout, a
 * fresh process after a hang or a crash) but stream one program at a time,
 * in memory, to CPython as well as to patchpy: see `fuzz_exec.ts`.
 *
 * Usage: `deno run --allow-read --allow-run --allow-env [--allow-write=/tmp]
 * conformance/fuzz.ts [--seed=N] [--count=M] [--start=I] [--kinds=soup,truncate,mutate,grammar]
 * [--mode=M] [--stress]
 * [--origin=SUBSTRING] [--jobs=2] [--timeout=10] [--stack-size=7000] [--no-cpython] [--compare=grammar|all|none]
 * [--minimize] [--minimize-diffs] [--save-dir=/tmp/patchpy-fuzz] [--save-diffs] [--show=N]
 * [--replay=FILE]... [--print]`
 *
 * `--replay` runs saved programs instead of generated ones; `--print` shows
 * the generated programs without running them.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { listCases } from "./runner.ts";
import { type CorpusFile, generate, type Kind, KINDS, type Program } from "./fuzz_gen.ts";
import {
  cpythonWorker,
  findPython,
  type Outcome,
  patchpyWorker,
  type Request,
  runPool,
  Session,
  type Spawner,
} from "./fuzz_exec.ts";
import { OUTPUT_CAP } from "./fuzz_worker.ts";

/** The whole report of a program too deeply nested to compile, as CPython words it. */
const COMPILE_RECURSION = "maximum recursion depth exceeded during compilation";

const ROOT = new URL("..", import.meta.url).pathname;
const WORKER = new URL("./fuzz_worker.ts", import.meta.url).pathname;

export const DEFAULT_SEED = 20250101;
export const DEFAULT_SAVE_DIR = "/tmp/patchpy-fuzz";

export interface FuzzOptions {
  seed: number;
  count: number;
  /** Index of the first program (programs are numbered per seed). */
  start?: number;
  kinds?: readonly Kind[];
  /** Only corpus files whose path contains this are truncated and mutated. */
  origin?: string;
  jobs?: number;
  /** Seconds a program may run in patchpy. */
  timeout?: number;
  /** V8's `--stack-size` for the workers; 0 for V8's default. */
  stackSize?: number;
  /** patchpy's mode flags for every program (default `--mode=interp`). */
  modeArgs?: readonly string[];
  /** Compare with CPython (and use it to recognize programs that never end); "auto" when installed. */
  cpython?: boolean | "auto";
  /** Which kinds to compare with CPython's output (informative). */
  compare?: readonly Kind[];
  /** Shrink failing programs (and, with `minimizeDiffs`, differing ones) before reporting. */
  minimize?: boolean;
  minimizeDiffs?: boolean;
  /** Seconds spent shrinking, at most, per run. */
  minimizeBudget?: number;
  saveDir?: string;
  /** Save the programs that differ from CPython too (as `seedS-I.diff.py`). */
  saveDiffs?: boolean;
  /** Programs supplied instead of generated ones (`--replay`). */
  programs?: Program[];
  log?: (line: string) => void;
}

/** A program whose outcome is not a clean Python-level result. */
export interface Failure {
  program: Program;
  kind: string;
  /** Identifies the bug, so that many programs hitting it count once. */
  signature: string;
  detail: string;
  outcome: Outcome;
  cpython?: Outcome;
  /** Whether it happens again with the program alone in a fresh worker. */
  reproducesAlone?: boolean;
  minimized?: string;
  saved?: string;
}

/** A well-formed program whose output differs from CPython's. */
export interface Difference {
  program: Program;
  signature: string;
  detail: string;
  minimized?: string;
}

export interface FuzzReport {
  seed: number;
  /** The mode flags the programs ran with. */
  modeArgs: readonly string[];
  programs: Program[];
  python: string | null;
  failures: Failure[];
  differences: Difference[];
  /** Programs whose end could not be judged (CPython does not finish them either, or no CPython to ask). */
  inconclusive: { program: Program; why: string }[];
  seconds: number;
}

// -- Judging an outcome ------------------------------------------------------------------

// JavaScript's wording, which no Python message uses: a JS error turned
// into a Python exception (or printed) instead of being reported as one.
const JS_LEAK = [
  /Cannot read propert/,
  /Cannot set propert/,
  /is not a function/,
  /is not a constructor/,
  /Invalid (string|array|typed array) length/,
  /Maximum call stack/,
  /BigInt/,
  /\bundefined\b/,
  /\[object [A-Z]/,
  /Cannot convert/,
  /Cannot mix/,
  /Symbol\(Symbol\./,
  /Reduce of empty array/,
  /\bRangeError\b/,
  /\bReferenceError\b/,
];
const JS_STACK_FRAME = /^\s+at .*(\.ts|\.js|native|<anonymous>).*\d*\)?$/m;
// Only the head: a message may hold any character, "\r" included.
const EXCEPTION_LINE = /^[A-Za-z_][A-Za-z0-9_.]*(:|$)/;
const SYNTAX_LINE = /^(SyntaxError|IndentationError|TabError)(: .*)?$/;

function lastLine(text: string): string {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  return lines[lines.length - 1] ?? "";
}

function mentionsExit(source: string): boolean {
  return /exit|SystemExit/.test(source);
}

/** Constructs that can legitimately run forever: without CPython, a timeout there proves nothing. */
function mayLoopForever(source: string): boolean {
  return /\bwhile\b|\b(count|cycle|repeat|iter)\(/.test(source);
}

/** The first JS-only phrase in `line` that the program itself does not contain. */
function jsLeak(line: string, source: string): string | null {
  for (const re of JS_LEAK) {
    const m = re.exec(line);
    if (m && !source.includes(m[0])) return m[0];
  }
  return null;
}

/**
 * Where in the VM an internal error comes from, for grouping: "file.ts:line
 * fn" of the innermost VM frame; for a stack overflow, the frame the stack
 * repeats most, without its line, since where exactly the stack runs out
 * varies from run to run.
 */
function stackSite(stderr: string): string {
  const frames: { file: string; line: string; fn: string }[] = [];
  for (const line of stderr.split("\n")) {
    const m = /at (?:(\S+) )?\(?(?:file:\/\/)?[^()]*\/((?:vm|ffi|jit)\/[\w.]+\.ts):(\d+)/.exec(
      line,
    );
    if (m) frames.push({ file: m[2], line: m[3], fn: m[1] ?? "" });
  }
  if (frames.length === 0) return "?";
  if (!stderr.includes("Maximum call stack size exceeded")) {
    return `${frames[0].file}:${frames[0].line}${frames[0].fn ? ` ${frames[0].fn}` : ""}`;
  }
  const counts = new Map<string, number>();
  for (const f of frames) {
    const key = `${f.file}${f.fn ? ` ${f.fn}` : ""}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

/** Addresses differ from run to run in both implementations. */
function normalize(text: string): string {
  return text.replace(/0x[0-9a-fA-F]{6,}/g, "0x...");
}

type Verdict =
  | { ok: true }
  | { ok: false; inconclusive: true; why: string }
  | { ok: false; inconclusive?: false; kind: string; signature: string; detail: string };

/** Whether patchpy's outcome for `program` is a clean Python-level result. */
export function judge(
  program: Program,
  vm: Outcome,
  cpy: Outcome | undefined,
  timeoutMs: number,
): Verdict {
  const src = program.source;
  const fail = (kind: string, signature: string, detail: string): Verdict => ({
    ok: false,
    kind,
    signature,
    detail,
  });
  const cpyNote = cpy ? cpythonSummary(cpy) : "no CPython to compare";
  if (vm.hostError !== undefined) {
    return fail(
      "host-exception",
      vm.hostError.split("\n")[0],
      `a JavaScript exception escaped main():\n${vm.hostError}`,
    );
  }
  if (vm.crash !== undefined) {
    const why = /heap out of memory|Allocation failed/.test(vm.crash)
      ? "out of memory"
      : /stack overflow|Maximum call stack/i.test(vm.crash)
      ? "stack overflow"
      : vm.crash.split("\n")[0];
    return fail("crash", `crash: ${why}`, `${vm.crash}\n(CPython: ${cpyNote})`);
  }
  if (vm.timedOut) {
    if (cpy && (cpy.timedOut || cpy.truncated)) {
      return { ok: false, inconclusive: true, why: "does not finish in CPython either" };
    }
    if (cpy && !cpy.crash && cpy.ms > timeoutMs / 4) {
      return { ok: false, inconclusive: true, why: `CPython needed ${cpy.ms} ms` };
    }
    // CPython's driver runs under a 4 GB address-space limit: its quick
    // MemoryError says nothing about how long the allocation takes unlimited.
    if (cpy && lastLine(cpy.stderr).startsWith("MemoryError")) {
      return { ok: false, inconclusive: true, why: "CPython ran out of memory (4 GB limit)" };
    }
    // Without CPython only the programs that end by construction can hang:
    // a mutant may legitimately loop or crawl in countless ways.
    if (!cpy && (program.kind === "mutate" || program.kind === "truncate")) {
      return { ok: false, inconclusive: true, why: "mutant did not finish (no CPython to tell)" };
    }
    if (!cpy && mayLoopForever(src)) {
      return { ok: false, inconclusive: true, why: "may loop forever (no CPython to tell)" };
    }
    return fail("hang", "hang", `no result after ${timeoutMs / 1000} s (CPython: ${cpyNote})`);
  }
  if (vm.stray !== undefined) {
    return fail(
      "stray-output",
      "wrote to the process's stdout, bypassing the Host",
      `stray text: ${JSON.stringify(vm.stray.slice(0, 500))}`,
    );
  }
  if (vm.status === 70 && vm.stderr.includes("patchpy: internal error")) {
    const first = vm.stderr.slice(vm.stderr.indexOf("patchpy: internal error:")).split("\n")[0]
      .replace("patchpy: internal error: ", "");
    return fail("internal-error", `${first} @ ${stackSite(vm.stderr)}`, vm.stderr);
  }
  if (JS_STACK_FRAME.test(vm.stderr)) {
    return fail("js-leak", "JavaScript stack frames on stderr", vm.stderr);
  }
  const last = lastLine(vm.stderr);
  // What CPython prints itself is Python's wording, whatever it looks like.
  const known = src + (cpy ? cpy.stdout + cpy.stderr : "");
  const leak = jsLeak(last, known) ?? jsLeak(vm.stdout.slice(-2000), known);
  if (leak !== null) {
    return fail(
      "js-leak",
      `JavaScript wording '${leak}' in the output`,
      `last stderr line: ${last}\nstdout tail: ${vm.stdout.slice(-300)}`,
    );
  }
  if (vm.status === 0) return { ok: true };
  if (vm.status === 1 || (vm.status === 130 && src.includes("KeyboardInterrupt"))) {
    if (SYNTAX_LINE.test(last) && /^ {2}File ".*", line \d+/m.test(vm.stderr)) return { ok: true };
    // Source nested too deeply to compile: CPython prints this one line alone.
    if (vm.stderr === `RecursionError: ${COMPILE_RECURSION}\n`) return { ok: true };
    const lines = vm.stderr.split("\n");
    const header = lines.indexOf("Traceback (most recent call last):");
    let lastFile = -1;
    lines.forEach((l, i) => {
      if (/^ {2}File ".*", line \d+, in /.test(l)) lastFile = i;
      // The worker cut an enormous report in its middle: the line after the cut is a fragment.
      if (l === "[... cut ...]") lastFile = i + 1;
    });
    if (header >= 0 && lastFile > header) {
      // After the last frame (and its source line and carets) comes the exception.
      // (Exception lines are never indented; source lines, carets and "[Previous line repeated]" are.)
      const rest = lines.slice(lastFile + 1).filter((l) => !/^\s/.test(l) && l.trim() !== "");
      if (rest.length > 0 && EXCEPTION_LINE.test(rest[0])) return { ok: true };
      // The cut fell inside the exception line itself (a megabyte-long repr): what is left
      // of it is its end, which must be the end of CPython's.
      const tail = vm.stderr.slice(vm.stderr.lastIndexOf("[... cut ...]\n") + 14);
      if (
        rest.length === 0 && lines[lastFile - 1] === "[... cut ...]" && cpy &&
        !tail.trimEnd().includes("\n") && tail.length > 0 && cpy.stderr.endsWith(tail)
      ) {
        return { ok: true };
      }
    }
    if (mentionsExit(src)) return { ok: true }; // SystemExit with a message
    return fail(
      "bad-report",
      `exit 1 without a Python error report (last line: ${last.slice(0, 60)})`,
      vm.stderr,
    );
  }
  if (vm.status >= 0 && vm.status <= 255 && mentionsExit(src)) return { ok: true };
  return fail("bad-status", `exit status ${vm.status}`, `stderr:\n${vm.stderr}`);
}

function cpythonSummary(cpy: Outcome): string {
  if (cpy.timedOut) return "does not finish either";
  if (cpy.crash) return `its worker died: ${cpy.crash.split("\n")[0]}`;
  const last = lastLine(cpy.stderr);
  return `exit ${cpy.status} in ${cpy.ms} ms${last ? `, ${last.slice(0, 120)}` : ""}`;
}

/** How patchpy's output differs from CPython's, or null. */
export function compareOutputs(
  vm: Outcome,
  cpy: Outcome,
): { signature: string; detail: string } | null {
  if (vm.timedOut || vm.crash || cpy.timedOut || cpy.crash) return null;
  // A flood of output that ends is wrong output, not a hang: one more difference.
  if (vm.truncated !== cpy.truncated) {
    const who = vm.truncated ? "patchpy" : "CPython";
    return {
      signature: `over ${OUTPUT_CAP} characters of output from ${who} only`,
      detail: `${who} printed over ${OUTPUT_CAP} characters; patchpy: exit ${vm.status}, ` +
        `${lastLine(vm.stderr).slice(0, 150)}; CPython: exit ${cpy.status}, ${
          lastLine(cpy.stderr).slice(0, 150)
        }`,
    };
  }
  if (vm.truncated) return null;
  const a = normalize(vm.stdout);
  const b = normalize(cpy.stdout);
  if (vm.status !== cpy.status) {
    return {
      signature: `exit status ${vm.status}, CPython ${cpy.status}: ${
        lastLine(vm.stderr).slice(0, 100)
      } | ${lastLine(cpy.stderr).slice(0, 100)}`,
      detail: `patchpy exits ${vm.status}, CPython ${cpy.status}\n  patchpy stderr: ${
        lastLine(vm.stderr)
      }\n  CPython stderr: ${lastLine(cpy.stderr)}`,
    };
  }
  if (a !== b) {
    const x = a.split("\n");
    const y = b.split("\n");
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    // CPython 3.11 hashes None and classes by address: a set holding them
    // prints in an order that changes from run to run.
    const sorted = (t: string | undefined) => [...(t ?? "")].sort().join("");
    const order = x[i] !== undefined && sorted(x[i]) === sorted(y[i])
      ? " (same characters, other order)"
      : "";
    return {
      signature: `stdout: ${JSON.stringify(x[i] ?? "<end>").slice(0, 120)} vs CPython ${
        JSON.stringify(y[i] ?? "<end>").slice(0, 120)
      }${order}`,
      detail: `stdout line ${i + 1}\n  patchpy: ${x[i] ?? "<end of output>"}\n  CPython: ${
        y[i] ?? "<end of output>"
      }`,
    };
  }
  const la = normalize(lastLine(vm.stderr));
  const lb = normalize(lastLine(cpy.stderr));
  if (vm.status !== 0 && la !== lb) {
    return {
      signature: `error: ${la.slice(0, 120)} vs CPython ${lb.slice(0, 120)}`,
      detail: `last stderr line\n  patchpy: ${la}\n  CPython: ${lb}`,
    };
  }
  return null;
}

// -- Minimizing ----------------------------------------------------------------------------

/**
 * Delta debugging over lines, then over the indented blocks that remain:
 * the smallest program for which `keep` still holds, within `deadline`.
 */
export async function minimize(
  source: string,
  keep: (s: string) => Promise<boolean>,
  deadline: number,
): Promise<string> {
  let lines = source.replace(/\n$/, "").split("\n");
  const text = (ls: string[]) => ls.join("\n") + "\n";
  let n = 2;
  while (lines.length >= 2 && performance.now() < deadline) {
    const chunk = Math.ceil(lines.length / n);
    let reduced = false;
    for (let i = 0; i < lines.length && performance.now() < deadline; i += chunk) {
      const candidate = [...lines.slice(0, i), ...lines.slice(i + chunk)];
      if (await keep(text(candidate))) {
        lines = candidate;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= lines.length) break;
      n = Math.min(lines.length, n * 2);
    }
  }
  // A block header with its body, which line chunks rarely cut out whole.
  for (let i = 0; i < lines.length && performance.now() < deadline; i++) {
    const indent = /^[ \t]*/.exec(lines[i])![0].length;
    let j = i + 1;
    while (j < lines.length && /^[ \t]*/.exec(lines[j])![0].length > indent) j++;
    if (j === i + 1) continue;
    const candidate = [...lines.slice(0, i), ...lines.slice(j)];
    if (await keep(text(candidate))) {
      lines = candidate;
      i--;
    }
  }
  // A compound statement replaced by its first body: `try:` scaffolding
  // around the interesting line goes, with its `except`/`finally` clauses.
  const depth = (l: string) => /^[ \t]*/.exec(l)![0].length;
  for (let i = 0; i < lines.length && performance.now() < deadline; i++) {
    if (!/:\s*$/.test(lines[i])) continue;
    const d = depth(lines[i]);
    let j = i + 1;
    while (j < lines.length && depth(lines[j]) > d) j++;
    const body = lines.slice(i + 1, j).map((l) => l.slice(Math.min(4, depth(l) - d)));
    let k = j;
    while (
      k < lines.length && depth(lines[k]) === d &&
      /^\s*(except|else|elif|finally)\b.*:\s*$/.test(lines[k])
    ) {
      k++;
      while (k < lines.length && depth(lines[k]) > d) k++;
    }
    const candidate = [...lines.slice(0, i), ...body, ...lines.slice(k)];
    if (body.length > 0 && await keep(text(candidate))) {
      lines = candidate;
      i--;
    }
  }
  // Dedenting a lone block body often removes the block around a bug.
  for (let i = 0; i < lines.length && performance.now() < deadline; i++) {
    if (!/^ {4}/.test(lines[i])) continue;
    const candidate = [...lines];
    candidate[i] = candidate[i].slice(4);
    if (await keep(text(candidate))) {
      lines = candidate;
      i--;
    }
  }
  return text(lines);
}

// -- Saving --------------------------------------------------------------------------------

/** Writes files into `dir`, through a child allowed to write there when this process is not. */
async function saveFiles(
  dir: string,
  files: { name: string; text: string }[],
): Promise<string | null> {
  if (files.length === 0) return null;
  try {
    const state = (await Deno.permissions.query({ name: "write", path: dir })).state;
    if (state === "granted") {
      for (const f of files) {
        const path = `${dir}/${f.name}`;
        Deno.mkdirSync(path.slice(0, path.lastIndexOf("/")), { recursive: true });
        Deno.writeTextFileSync(path, f.text);
      }
      return null;
    }
    const child = new Deno.Command(Deno.execPath(), {
      args: ["run", `--allow-write=${dir}`, WORKER, `--save=${dir}`],
      stdin: "piped",
      stdout: "null",
      stderr: "piped",
    }).spawn();
    const w = child.stdin.getWriter();
    await w.write(new TextEncoder().encode(JSON.stringify(files)));
    await w.close();
    const out = await child.output();
    return out.success ? null : new TextDecoder().decode(out.stderr);
  } catch (e) {
    return String(e);
  }
}

// -- The run -------------------------------------------------------------------------------

/** The conformance cases and the syntax-error corpus, the mutators' raw material. */
export function loadCorpus(): CorpusFile[] {
  const files: CorpusFile[] = listCases().map((path) => ({
    path,
    text: Deno.readTextFileSync(`${ROOT}${path}`),
  }));
  // Modules that cases import sit beside them, named `_*.py` (which the runner skips as cases).
  const helpers = new Map<string, Record<string, string>>();
  for (const f of files) {
    const dir = f.path.slice(0, f.path.lastIndexOf("/"));
    if (!helpers.has(dir)) helpers.set(dir, besideModules(`${ROOT}${dir}`));
    const h = helpers.get(dir)!;
    if (Object.keys(h).length > 0) f.helpers = h;
  }
  const dir = "conformance/syntax_errors";
  for (
    const e of [...Deno.readDirSync(`${ROOT}${dir}`)].sort((a, b) => (a.name < b.name ? -1 : 1))
  ) {
    if (e.name.endsWith(".py")) {
      files.push({
        path: `${dir}/${e.name}`,
        text: Deno.readTextFileSync(`${ROOT}${dir}/${e.name}`),
      });
    }
  }
  return files;
}

/** The `_*.py` modules in `dir`, by file name. */
function besideModules(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of [...Deno.readDirSync(dir)].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isFile && e.name.startsWith("_") && e.name.endsWith(".py")) {
      out[e.name] = Deno.readTextFileSync(`${dir}/${e.name}`);
    }
  }
  return out;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const t0 = performance.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const timeoutMs = (options.timeout ?? 10) * 1000;
  const jobs = options.jobs ?? 2;
  const compareKinds = options.compare ?? ["grammar"];
  const vmSpawn = patchpyWorker(options.stackSize ?? 7000);
  const modeArgs = options.modeArgs ?? ["--mode=interp"];
  const extra = { args: [...modeArgs] };

  let programs = options.programs;
  if (programs === undefined) {
    const corpus = loadCorpus().filter((f) => f.path.includes(options.origin ?? ""));
    if (corpus.length === 0) throw new Error(`fuzz: no corpus file matches '${options.origin}'`);
    const start = options.start ?? 0;
    programs = [];
    for (let i = start; i < start + options.count; i++) {
      programs.push(generate(options.seed, i, corpus, options.kinds ?? KINDS));
    }
  }
  const requests: Request[] = programs.map((p) => ({
    id: p.index,
    source: p.source,
    files: p.files,
  }));

  const python = options.cpython === false ? null : findPython();
  if (options.cpython === true && python === null) {
    throw new Error("fuzz: --cpython asked for, but no python3 runs");
  }
  let cpy = new Map<number, Outcome>();
  let pySpawn: Spawner | null = null;
  if (python !== null) {
    pySpawn = cpythonWorker(python.path);
    // Half patchpy's budget: what CPython cannot do in that, patchpy is not expected to finish.
    cpy = await runPool(requests, pySpawn, { jobs, timeoutMs: () => timeoutMs / 2 });
  }
  // Programs CPython cannot finish get a short leash: they are run only to catch crashes on the way.
  // So do mutants when there is no CPython: their timeouts cannot be judged anyway.
  const kindOf = new Map(programs.map((p) => [p.index, p.kind]));
  const limit = (id: number) => {
    const c = cpy.get(id);
    if (c !== undefined && (c.timedOut || c.truncated)) return Math.min(timeoutMs, 2000);
    const k = kindOf.get(id);
    if (python === null && (k === "mutate" || k === "truncate")) return Math.min(timeoutMs, 4000);
    return timeoutMs;
  };
  const vm = await runPool(requests, vmSpawn, { jobs, timeoutMs: (r) => limit(r.id), extra });

  const failures: Failure[] = [];
  const inconclusive: FuzzReport["inconclusive"] = [];
  const differences: Difference[] = [];
  for (const p of programs) {
    const out = vm.get(p.index)!;
    const c = cpy.get(p.index);
    const v = judge(p, out, c, limit(p.index));
    if (v.ok) {
      if (c && compareKinds.includes(p.kind)) {
        const d = compareOutputs(out, c);
        if (d) differences.push({ program: p, ...d });
      }
    } else if (v.inconclusive) inconclusive.push({ program: p, why: v.why });
    else {failures.push({
        program: p,
        kind: v.kind,
        signature: v.signature,
        detail: v.detail,
        outcome: out,
        cpython: c,
      });}
  }

  // Alone in a fresh worker: a failure that needs its predecessors points at state leaking between runs.
  const deadline = performance.now() + (options.minimizeBudget ?? 60) * 1000;
  const seen = new Set<string>();
  for (const f of failures) {
    const session = new Session(vmSpawn, extra);
    const again = await session.run(f.program.source, limit(f.program.index), f.program.files);
    const v = judge(f.program, again, f.cpython, limit(f.program.index));
    f.reproducesAlone = !v.ok && !v.inconclusive && v.kind === f.kind;
    if (
      options.minimize && f.reproducesAlone && !seen.has(f.signature) &&
      performance.now() < deadline
    ) {
      seen.add(f.signature);
      // A hang is shrunk with a shorter timeout: minimization runs the program many times.
      const ms = f.kind === "hang" ? Math.min(timeoutMs, 3000) : limit(f.program.index);
      // Whether a hang or a flood of output is patchpy's fault takes CPython's outcome to tell.
      const oracle = pySpawn !== null && f.kind === "hang" ? new Session(pySpawn) : null;
      f.minimized = await minimize(f.program.source, async (s) => {
        const [o, c] = await Promise.all([
          session.run(s, ms, f.program.files),
          oracle?.run(s, timeoutMs / 2, f.program.files),
        ]);
        const w = judge({ ...f.program, source: s }, o, c, ms);
        return !w.ok && !w.inconclusive && w.signature === f.signature;
      }, deadline);
      await oracle?.close();
    }
    await session.close();
  }
  if (options.minimizeDiffs && pySpawn !== null) {
    const a = new Session(vmSpawn, extra);
    const b = new Session(pySpawn);
    const done = new Set<string>();
    for (const d of differences) {
      if (done.has(d.signature) || performance.now() > deadline) continue;
      done.add(d.signature);
      d.minimized = await minimize(d.program.source, async (s) => {
        const [x, y] = await Promise.all([
          a.run(s, timeoutMs, d.program.files),
          b.run(s, timeoutMs / 2, d.program.files),
        ]);
        return compareOutputs(x, y)?.signature === d.signature;
      }, Math.min(deadline, performance.now() + 20000));
    }
    await a.close();
    await b.close();
  }

  const dir = options.saveDir ?? DEFAULT_SAVE_DIR;
  const files: { name: string; text: string }[] = [];
  // A program with modules beside it gets a directory of its own, so that
  // `patchpy DIR/fuzz.py` finds them.
  const place = (p: Program, base: string, text: string, minimized?: string) => {
    const stem = p.files ? `${base}/fuzz` : base;
    files.push({ name: `${stem}.py`, text });
    if (minimized) files.push({ name: `${stem}.min.py`, text: minimized });
    for (const [name, t] of Object.entries(p.files ?? {})) {
      files.push({ name: `${base}/${name}`, text: t });
    }
    return `${dir}/${stem}.py`;
  };
  for (const f of failures) {
    f.saved = place(
      f.program,
      `seed${options.seed}-${f.program.index}`,
      f.program.source,
      f.minimized,
    );
  }
  if (options.saveDiffs) {
    for (const d of differences) {
      place(
        d.program,
        `seed${options.seed}-${d.program.index}.diff`,
        d.program.source,
        d.minimized,
      );
    }
  }
  const saveError = await saveFiles(dir, files);
  if (saveError !== null) {
    log(`fuzz: could not save programs to ${dir}: ${saveError}`);
    for (const f of failures) f.saved = undefined;
  }
  return {
    seed: options.seed,
    modeArgs,
    programs,
    python: python?.version ?? null,
    failures,
    differences,
    inconclusive,
    seconds: (performance.now() - t0) / 1000,
  };
}

// -- Reporting -----------------------------------------------------------------------------

function indent(text: string, by = "    "): string {
  return text.replace(/\n$/, "").split("\n").map((l) => by + l).join("\n");
}

function clip(text: string, lines: number, chars = 4000): string {
  let t = text.length > chars
    ? text.slice(0, chars) + `\n... (${text.length - chars} more characters)`
    : text;
  const ls = t.split("\n");
  if (ls.length > lines) {
    t = ls.slice(0, lines).join("\n") + `\n... (${ls.length - lines} more lines)`;
  }
  return t;
}

function describe(p: Program): string {
  return `#${p.index} ${p.kind}${p.origin ? ` of ${p.origin}` : ""}${p.note ? ` (${p.note})` : ""}`;
}

/** Prints the report; returns it as lines too (for tests that want to inspect it). */
export function printReport(
  r: FuzzReport,
  options: { show?: number; log?: (line: string) => void } = {},
): void {
  const log = options.log ?? ((line: string) => console.log(line));
  const show = options.show ?? 10;
  const counts = new Map<string, number>();
  for (const p of r.programs) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  log(
    `patchpy fuzz: seed ${r.seed}, ${r.programs.length} programs (${
      [...counts].map(([k, n]) => `${k} ${n}`).join(", ")
    }) ` +
      `in ${r.seconds.toFixed(1)} s; CPython: ${r.python ?? "not installed"}`,
  );
  const groups = new Map<string, Failure[]>();
  for (const f of r.failures) groups.set(f.signature, [...(groups.get(f.signature) ?? []), f]);
  if (groups.size > 0) {
    log(`\nFAILURES: ${r.failures.length} programs, ${groups.size} distinct`);
    for (const [sig, fs] of groups) {
      const f = fs.find((x) => x.minimized) ?? fs[0];
      log(`\n[${f.kind}] ${sig}`);
      log(
        `  ${fs.length} program(s): ${fs.slice(0, 12).map((x) => `#${x.program.index}`).join(" ")}${
          fs.length > 12 ? " ..." : ""
        }`,
      );
      log(`  example ${describe(f.program)}, seed ${r.seed}`);
      if (f.reproducesAlone === false) {
        log("  (does not fail when run alone in a fresh worker: state left by earlier programs?)");
      }
      if (f.saved) {
        log(
          `  saved: ${f.saved}${f.minimized ? ` and ${f.saved.replace(/\.py$/, ".min.py")}` : ""}`,
        );
        log(
          `  reproduce: deno run -A mod.ts ${r.modeArgs.join(" ")} ${
            f.minimized ? f.saved.replace(/\.py$/, ".min.py") : f.saved
          }`,
        );
      }
      log(
        `  reproduce: deno run --allow-read --allow-run --allow-env conformance/fuzz.ts --seed=${r.seed} --start=${f.program.index} --count=1`,
      );
      log(`  --- ${f.minimized ? "minimized program" : "program"} ---`);
      log(indent(clip(f.minimized ?? f.program.source, 40)));
      log("  --- what went wrong ---");
      log(indent(clip(f.detail, 30)));
    }
  }
  if (r.inconclusive.length > 0) {
    const why = new Map<string, number[]>();
    for (const x of r.inconclusive) {
      const key = x.why.replace(/\d+ ms/, "N ms");
      why.set(key, [...(why.get(key) ?? []), x.program.index]);
    }
    log(`\nNot judged: ${r.inconclusive.length} programs`);
    for (const [w, ids] of why) {
      log(
        `  ${ids.length} ${w}: ${ids.slice(0, 20).map((i) => `#${i}`).join(" ")}${
          ids.length > 20 ? " ..." : ""
        }`,
      );
    }
  }
  if (r.python !== null) {
    const dgroups = new Map<string, Difference[]>();
    for (const d of r.differences) {
      dgroups.set(d.signature, [...(dgroups.get(d.signature) ?? []), d]);
    }
    log(
      `\nDifferences from CPython (informative, not failing): ${r.differences.length} programs, ${dgroups.size} distinct`,
    );
    let shown = 0;
    for (const [sig, ds] of dgroups) {
      if (shown++ >= show) {
        log(`  ... and ${dgroups.size - show} more (--show=N)`);
        break;
      }
      const d = ds.find((x) => x.minimized) ?? ds[0];
      log(`\n  ${sig}`);
      log(`    ${ds.length} program(s), e.g. ${describe(d.program)}`);
      log(indent(d.detail, "    "));
      if (d.minimized) log(indent(clip(d.minimized, 25), "    | "));
    }
  }
  log(
    `\n${r.failures.length === 0 ? "OK" : "FAILED"}: ${
      r.programs.length - r.failures.length - r.inconclusive.length
    } clean, ` +
      `${r.failures.length} failing, ${r.inconclusive.length} not judged`,
  );
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      seed: { type: "string" },
      count: { type: "string" },
      start: { type: "string" },
      kinds: { type: "string" },
      origin: { type: "string" },
      jobs: { type: "string" },
      timeout: { type: "string" },
      "stack-size": { type: "string" },
      mode: { type: "string" },
      stress: { type: "boolean" },
      "no-cpython": { type: "boolean" },
      compare: { type: "string" },
      minimize: { type: "boolean" },
      "minimize-diffs": { type: "boolean" },
      "minimize-budget": { type: "string" },
      "save-dir": { type: "string" },
      "save-diffs": { type: "boolean" },
      show: { type: "string" },
      replay: { type: "string", multiple: true },
      print: { type: "boolean" },
    },
  });
  const kinds = values.kinds ? (values.kinds.split(",") as Kind[]) : KINDS;
  for (const k of kinds) {
    if (!KINDS.includes(k)) {
      console.error(`fuzz: unknown kind '${k}': expected some of ${KINDS.join(",")}`);
      Deno.exit(2);
    }
  }
  const seed = values.seed ? Number(values.seed) : DEFAULT_SEED;
  const count = values.count ? Number(values.count) : 500;
  const compare = values.compare === "none"
    ? []
    : values.compare === "all"
    ? KINDS
    : values.compare
    ? (values.compare.split(",") as Kind[])
    : ["grammar" as Kind];
  let programs: Program[] | undefined;
  if (values.replay) {
    programs = values.replay.map((file, i) => ({
      index: i,
      kind: "grammar" as Kind,
      origin: file,
      note: "replayed",
      source: Deno.readTextFileSync(file),
      files: besideModules(file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "."),
    }));
    for (const p of programs) if (Object.keys(p.files!).length === 0) delete p.files;
  }
  if (values.print) {
    // Shows the generated programs without running them.
    const corpus = loadCorpus().filter((f) => f.path.includes(values.origin ?? ""));
    const start = values.start ? Number(values.start) : 0;
    for (let i = start; i < start + count; i++) {
      const p = generate(seed, i, corpus, kinds);
      console.log(`### ${describe(p)}\n${p.source}`);
    }
    Deno.exit(0);
  }
  const report = await runFuzz({
    seed,
    count,
    start: values.start ? Number(values.start) : 0,
    kinds,
    origin: values.origin,
    jobs: values.jobs ? Number(values.jobs) : 2,
    timeout: values.timeout ? Number(values.timeout) : 10,
    stackSize: values["stack-size"] !== undefined ? Number(values["stack-size"]) : 7000,
    modeArgs: [`--mode=${values.mode ?? "interp"}`, ...(values.stress ? ["--stress"] : [])],
    cpython: values["no-cpython"] ? false : "auto",
    compare,
    minimize: values.minimize ?? false,
    minimizeDiffs: values["minimize-diffs"] ?? false,
    minimizeBudget: values["minimize-budget"] ? Number(values["minimize-budget"]) : 120,
    saveDir: values["save-dir"] ?? DEFAULT_SAVE_DIR,
    saveDiffs: values["save-diffs"] ?? false,
    programs,
  });
  printReport(report, { show: values.show ? Number(values.show) : 20 });
  Deno.exit(report.failures.length > 0 ? 1 : 0);
}
