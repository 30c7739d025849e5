/**
 * The program benchmarks: every `bench/*.py` in every patchpy mode asked for
 * and under `python3` and `pypy3` when they are on PATH, each run a separate
 * process timed from spawn to exit (start-up included, as a user sees it).
 *
 * Everything runs from a copy of patchpy's sources and of the programs taken
 * at the start, so that edits made to the checkout during the run do not
 * change what is timed.
 *
 * Each (program, implementation) first runs once untimed: its checksum line
 * must carry the label of the committed `conformance/cases/bench/NAME.out`
 * and agree with CPython's, or the cell is WRONG and is not timed. Then N
 * rounds go round-robin over the implementations of the program, so that a
 * slow minute of the machine slows every column alike, and the median of
 * each cell is reported: a Markdown table on stdout, and
 * `bench/results/latest.json` (machine, versions, every raw time) and
 * `bench/results/latest.svg` (a chart relative to python3).
 *
 * @module
 */
import $ from "dax";
import { implementedModes, MODES, VERSION } from "../vm/cli.ts";
import {
  type Cell,
  checkOutputs,
  checksumLabel,
  columnGeomean,
  formatTable,
  median,
  type ProgramResult,
  ratio,
  ratioColumns,
  renderSvg,
  spread,
} from "./bench_report.ts";

/** Above this spread, a cell's runs are called out as noisy. */
const NOISY = 0.25;

const ROOT = new URL("..", import.meta.url).pathname;
const RESULTS = `${ROOT}bench/results`;

/** How to start one implementation: the program's path is appended. */
export interface Implementation {
  name: string;
  kind: "patchpy" | "python";
  argv: string[];
}

/** The command line of the program benchmarks. */
export interface ProgramBenchOptions {
  filter: string;
  /** The patchpy modes; undefined for every implemented one. */
  modes?: string[];
  runs: number;
  /** Leave out python3 and pypy3. */
  noPython: boolean;
  /** Seconds after which a run is killed and counted as failed. */
  timeout: number;
}

/** An error in the command line: printed without a stack trace, exit 2. */
export class BenchUsageError extends Error {}

/** The patchpy modes to run: the ones asked for, each of which must exist, or all that exist. */
export function selectModes(asked: string[] | undefined, implemented: readonly string[]): string[] {
  if (asked === undefined || (asked.length === 1 && asked[0] === "all")) return [...implemented];
  if (asked.length === 0) throw new BenchUsageError("--modes names no mode");
  for (const m of asked) {
    if (!(MODES as readonly string[]).includes(m)) {
      throw new BenchUsageError(`unknown mode '${m}': expected one of ${MODES.join(", ")}`);
    }
    if (!implemented.includes(m)) {
      throw new BenchUsageError(
        `mode '${m}' is not implemented yet (implemented: ${implemented.join(", ") || "none"})`,
      );
    }
  }
  // In tier order whatever the order given, so tables from different runs line up.
  return MODES.filter((m) => asked.includes(m));
}

interface RunOutcome {
  seconds: number;
  code: number;
  signal: string | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

function spawn(cmd: string, args: string[], cwd: string): Deno.ChildProcess {
  return new Deno.Command(cmd, {
    args,
    cwd,
    // The committed expectations were made with PYTHONHASHSEED=0; fixing it
    // keeps any hash-order-dependent output comparable with them and across
    // runs.
    env: { PYTHONHASHSEED: "0" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
}

/**
 * Runs one program once. A bare `Deno.Command` rather than dax: dax's shell
 * layer (command resolution, stream plumbing in JS) would sit inside the
 * measured interval and add its own noise.
 */
async function runOnce(
  impl: Implementation,
  cwd: string,
  file: string,
  timeout: number,
): Promise<RunOutcome> {
  const [cmd, ...args] = impl.argv;
  const t0 = performance.now();
  let child: Deno.ChildProcess;
  try {
    child = spawn(cmd, [...args, file], cwd);
  } catch (e) {
    // An interpreter that vanished since it was found fails its cell, not the run.
    return { seconds: 0, code: -1, signal: null, timedOut: false, stdout: "", stderr: String(e) };
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, timeout * 1000);
  const out = await child.output();
  // Microseconds: finer digits would only be the clock's noise in the JSON.
  const seconds = Math.round((performance.now() - t0) * 1000) / 1e6;
  clearTimeout(timer);
  const dec = new TextDecoder();
  return {
    seconds,
    code: out.code,
    signal: out.signal,
    timedOut,
    stdout: dec.decode(out.stdout),
    stderr: dec.decode(out.stderr),
  };
}

/** The last lines of a run's stderr, set off so they read as quoted. */
function stderrTail(text: string, n = 8): string {
  // Deno colours its own errors even into a pipe; the codes are noise in a report.
  // deno-lint-ignore no-control-regex
  const plain = text.replace(/\x1b\[[0-9;]*m/g, "");
  const lines = plain.trimEnd().split("\n").slice(-n);
  return lines[0] === "" ? "  | (stderr empty)" : lines.map((l) => `  | ${l}`).join("\n");
}

/** Why a run failed, with the end of its stderr; null for a clean exit. */
function failure(o: RunOutcome, timeout: number): string | null {
  if (o.timedOut) return `killed after ${timeout} s; stderr ends:\n${stderrTail(o.stderr)}`;
  if (o.code === 0 && o.signal === null) return null;
  const how = o.signal !== null ? `killed by ${o.signal}` : `exit status ${o.code}`;
  return `${how}; stderr ends:\n${stderrTail(o.stderr)}`;
}

/**
 * One status line on stderr: rewritten in place on a terminal, one line per
 * step when stderr is a file or a pipe (a CI log keeps every step).
 */
class Progress {
  #tty = Deno.stderr.isTerminal();
  #enc = new TextEncoder();
  #shown = false;
  done = 0;
  constructor(public total: number) {}

  step(text: string) {
    this.done++;
    const line = `[${this.done}/${this.total}] ${text}`;
    if (this.#tty) {
      // A line longer than the terminal wraps, and \r then rewrites only its
      // last row; a pseudo-terminal of unknown size reports 0 columns.
      let cols = 0;
      try {
        cols = Deno.consoleSize().columns;
      } catch {
        cols = 0;
      }
      this.#write(`\r\x1b[2K${cols >= 20 ? line.slice(0, cols - 1) : line}`);
      this.#shown = true;
    } else {
      this.#write(`${line}\n`);
    }
  }

  /** A message that must stay on screen, above the status line. */
  log(text: string) {
    this.clear();
    this.#write(`${text}\n`);
  }

  clear() {
    if (this.#shown) this.#write("\r\x1b[2K");
    this.#shown = false;
  }

  #write(text: string) {
    Deno.stderr.writeSync(this.#enc.encode(text));
  }
}

function indent(text: string): string {
  return text.split("\n").map((l) => `    ${l}`).join("\n");
}

/**
 * A file of /proc, read by `cat`: Deno lets a script read /proc only under
 * --allow-all, which the bench task does not grant, while it may run
 * programs.
 */
async function readProc(path: string): Promise<string> {
  try {
    const out = await new Deno.Command("cat", { args: [path], stdout: "piped", stderr: "null" })
      .output();
    return out.success ? new TextDecoder().decode(out.stdout) : "";
  } catch {
    return "";
  }
}

/** The 1, 5 and 15 minute load averages, or null off Linux. */
async function loadAverageNow(): Promise<number[] | null> {
  const fields = (await readProc("/proc/loadavg")).trim().split(/\s+/).slice(0, 3).map(Number);
  return fields.length === 3 && fields.every(Number.isFinite) ? fields : null;
}

/** What the machine is, for the JSON record. */
async function machineInfo() {
  const info = await readProc("/proc/cpuinfo");
  // x86 names the model; many AArch64 kernels give only implementer and part numbers.
  const model = info.match(/^(?:model name|Model|Hardware)\s*:\s*(.+)$/m)?.[1].trim();
  const part = info.match(/^CPU part\s*:\s*(.+)$/m)?.[1].trim();
  const cpu = model ?? (part ? `CPU part ${part}` : "unknown");
  const cores = info.split("\n").filter((l) => /^processor\s*:/.test(l)).length ||
    navigator.hardwareConcurrency;
  const memKiB = Number((await readProc("/proc/meminfo")).match(/^MemTotal:\s*(\d+)/m)?.[1] ?? NaN);
  const memoryGiB = Number.isFinite(memKiB) ? Math.round(memKiB / 2 ** 20 * 10) / 10 : undefined;
  const kernel = (await readProc("/proc/sys/kernel/osrelease")).trim() || undefined;
  const loadAverage = await loadAverageNow();
  const commit = await $`git rev-parse HEAD`.cwd(ROOT).quiet().noThrow().text().catch(() => "");
  return {
    cpu,
    cores,
    memoryGiB,
    os: Deno.build.os,
    arch: Deno.build.arch,
    kernel,
    loadAverage,
    commit: commit.trim() || undefined,
  };
}

async function versionOf(cmd: string): Promise<string> {
  const r = await $`${cmd} --version`.quiet().noThrow();
  // PyPy prints two lines, and Python 2 printed to stderr.
  return `${r.stdout}\n${r.stderr}`.trim().split("\n").map((l) => l.trim()).filter(Boolean).join(
    " ",
  );
}

/** What patchpy is made of: the layout's source folders and top-level files. */
const SOURCES = ["mod.ts", "deno.json", "deno.lock", "vm", "jit", "ffi", "stencils"];

/**
 * Copies patchpy's sources and the programs to a temporary folder, and
 * digests them. Others
 * edit the checkout while a run of many minutes goes on: run from the
 * checkout itself, a half-saved file fails a cell, and a finished one makes
 * later rounds time other code than earlier ones. From a copy, every run
 * times the same code, and the digest names it.
 */
async function snapshotSources(
  programs: string[],
): Promise<{ dir: string; digest: string; files: number }> {
  const dir = await Deno.makeTempDir({ prefix: "patchpy-bench-" });
  const files: string[] = [];
  const walk = (rel: string) => {
    let info: Deno.FileInfo;
    try {
      info = Deno.statSync(`${ROOT}${rel}`);
    } catch {
      return; // a folder of the layout that does not exist yet
    }
    if (info.isFile) files.push(rel);
    else if (info.isDirectory) {
      for (const e of Deno.readDirSync(`${ROOT}${rel}`)) walk(`${rel}/${e.name}`);
    }
  };
  for (const s of [...SOURCES, ...programs.map((p) => `bench/${p}.py`)]) walk(s);
  files.sort();
  const hash: Uint8Array[] = [];
  const enc = new TextEncoder();
  for (const rel of files) {
    const bytes = Deno.readFileSync(`${ROOT}${rel}`);
    Deno.mkdirSync(`${dir}/${rel.slice(0, rel.lastIndexOf("/") + 1)}`, { recursive: true });
    Deno.writeFileSync(`${dir}/${rel}`, bytes);
    hash.push(enc.encode(`${rel}\0${bytes.length}\0`), bytes);
  }
  const all = new Uint8Array(hash.reduce((n, b) => n + b.length, 0));
  hash.reduce((at, b) => (all.set(b, at), at + b.length), 0);
  const digest = [...new Uint8Array(await crypto.subtle.digest("SHA-256", all))]
    .map((b) => b.toString(16).padStart(2, "0")).join("");
  return { dir, digest, files: files.length };
}

/** Writes a file whole or not at all: a reader never sees half a result. */
function writeAtomic(path: string, text: string) {
  const tmp = `${path}.${Deno.pid}.tmp`;
  Deno.writeTextFileSync(tmp, text);
  Deno.renameSync(tmp, path);
}

/** The benchmark programs whose names contain the filter, sorted. */
export function listPrograms(filter: string): string[] {
  return [...Deno.readDirSync(`${ROOT}bench`)]
    .filter((e) => e.isFile && e.name.endsWith(".py") && !e.name.startsWith("_"))
    .map((e) => e.name.slice(0, -3))
    .filter((n) => n.includes(filter))
    .sort();
}

/** Runs the program benchmarks; returns the process's exit status. */
export async function benchPrograms(options: ProgramBenchOptions): Promise<number> {
  const programs = listPrograms(options.filter);
  if (programs.length === 0) {
    throw new BenchUsageError(`no program in bench/ matches '${options.filter}'; try 'parse'`);
  }
  if (!(options.runs >= 1 && Number.isInteger(options.runs))) {
    throw new BenchUsageError(`--runs must be a positive integer`);
  }
  const modes = selectModes(options.modes, implementedModes());
  if (modes.length === 0) throw new BenchUsageError("no patchpy mode is implemented yet");

  // patchpy runs exactly as `deno task run` does. The bench programs recurse
  // only a few dozen frames deep, so the larger V8 stack that the
  // conformance runner needs for its recursion-limit cases is not given:
  // it would make the measured process differ from the user's.
  const snapshot = await snapshotSources(programs);
  // An interrupted run exits without running `finally`: drop the copy here too.
  const onInterrupt = () => {
    Deno.removeSync(snapshot.dir, { recursive: true });
    console.error("\nbench: interrupted; no results written");
    Deno.exit(130);
  };
  Deno.addSignalListener("SIGINT", onInterrupt);
  try {
    return await benchWith(options, programs, modes, snapshot);
  } finally {
    Deno.removeSignalListener("SIGINT", onInterrupt);
    Deno.removeSync(snapshot.dir, { recursive: true });
  }
}

async function benchWith(
  options: ProgramBenchOptions,
  programs: string[],
  modes: string[],
  snapshot: { dir: string; digest: string; files: number },
): Promise<number> {
  const impls: Implementation[] = modes.map((m) => ({
    name: m,
    kind: "patchpy",
    argv: [Deno.execPath(), "run", "-A", `${snapshot.dir}/mod.ts`, `--mode=${m}`],
  }));
  const versions: Record<string, string> = {
    deno: Deno.version.deno,
    v8: Deno.version.v8,
    patchpy: VERSION,
  };
  const missing: string[] = [];
  if (options.noPython) {
    console.error("bench: python3 and pypy3 left out (--no-python)");
  } else {
    for (const py of ["python3", "pypy3"]) {
      const path = await $.which(py);
      if (path === undefined) {
        missing.push(py);
        continue;
      }
      // A version manager's shim (pyenv's is a bash script that runs pyenv)
      // would add its own start-up to every timed run: run the interpreter
      // it leads to.
      const real = await $`${path} -c ${"import sys; print(sys.executable)"}`.quiet().noThrow()
        .text();
      const exe = real.trim() || path;
      impls.push({ name: py, kind: "python", argv: [exe] });
      versions[py] = await versionOf(exe);
    }
    if (missing.length > 0) {
      console.error(
        `bench: ${missing.join(" and ")} not found on PATH: ${
          missing.length > 1 ? "columns" : "column"
        } skipped`,
      );
    }
  }
  // CPython is the reference; without it PyPy, then the lowest tier.
  const preferredReference = ["python3", "pypy3", ...modes];

  const machine = await machineInfo();
  const started = new Date();
  const load = machine.loadAverage?.[0] ?? 0;
  if (load > machine.cores / 2) {
    // Interleaving shields the ratios from a busy machine better than the
    // seconds; the reader of the numbers should know either way.
    console.error(
      `bench: the machine is busy (load average ${load} on ${machine.cores} cores): times will be noisy`,
    );
  }
  console.error(
    `bench: ${programs.length} ${programs.length === 1 ? "program" : "programs"} x ${
      impls.map((i) => i.name).join(", ")
    }; ` +
      `1 checking run + ${options.runs} timed ${options.runs === 1 ? "round" : "rounds"} each`,
  );
  const progress = new Progress(programs.length * impls.length * (options.runs + 1));
  const results: ProgramResult[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  const report = (text: string) => {
    problems.push(text);
    progress.log(text);
  };

  for (const name of programs) {
    const file = `bench/${name}.py`;
    const cells: Record<string, Cell> = {};
    const result: ProgramResult = { name, cells };
    results.push(result);

    let label = "";
    try {
      label = checksumLabel(Deno.readTextFileSync(`${ROOT}conformance/cases/bench/${name}.out`));
    } catch {
      notes.push(
        `${name}: no conformance/cases/bench/${name}.out, so only agreement between implementations is checked`,
      );
    }

    // The checking run, which also warms the file cache and Deno's module cache.
    const outputs = new Map<string, string>();
    for (const impl of impls) {
      progress.step(`${name} ${impl.name} check`);
      const o = await runOnce(impl, snapshot.dir, file, options.timeout);
      const why = failure(o, options.timeout);
      if (why !== null) {
        cells[impl.name] = { status: "failed", times: [], checkSeconds: o.seconds, error: why };
        report(`FAILED ${name} ${impl.name}: ${why}`);
      } else {
        cells[impl.name] = { status: "ok", times: [], checkSeconds: o.seconds };
        outputs.set(impl.name, o.stdout);
      }
    }
    const check = checkOutputs(label, outputs, preferredReference);
    if (check.reference !== null && check.reference !== "python3" && outputs.size > 1) {
      notes.push(
        `${name}: no python3 checksum to compare with; ${check.reference}'s is the reference`,
      );
    }
    for (const [implName, v] of check.verdicts) {
      cells[implName].checksum = v.line;
      if (!v.ok) {
        cells[implName].status = "wrong";
        cells[implName].error = v.reason;
        report(`WRONG ${name} ${implName}: ${v.reason}`);
      }
    }
    const skipped = impls.filter((i) => cells[i.name].status !== "ok").length;
    progress.total -= skipped * options.runs;

    for (let round = 0; round < options.runs; round++) {
      const live = impls.filter((i) => cells[i.name].status === "ok");
      // Each round starts one implementation later, so none is always the
      // one that runs right after the slowest.
      const order = live.map((_, k) => live[(k + round) % live.length]);
      for (const impl of order) {
        const cell = cells[impl.name];
        if (cell.status !== "ok") continue;
        progress.step(`${name} ${impl.name} round ${round + 1}/${options.runs}`);
        const o = await runOnce(impl, snapshot.dir, file, options.timeout);
        const why = failure(o, options.timeout);
        const again = checkOutputs(label, new Map([[impl.name, o.stdout]]), []).verdicts.get(
          impl.name,
        )!;
        if (why !== null) {
          cell.status = "failed";
          cell.error = `timed round ${round + 1}: ${why}`;
          report(`FAILED ${name} ${impl.name}: ${cell.error}`);
        } else if (again.line !== cell.checksum) {
          // A checksum that changes between runs is a bug too (uninitialised
          // state, hash order, a race in a tier); the time is not kept.
          cell.status = "wrong";
          cell.error = `timed round ${
            round + 1
          } printed '${again.line}', the checking run '${cell.checksum}'`;
          report(`WRONG ${name} ${impl.name}: ${cell.error}`);
        } else {
          cell.times.push(o.seconds);
        }
        if (cell.status !== "ok") progress.total -= options.runs - round - 1;
      }
    }
  }
  progress.clear();

  const noisy = results.flatMap((r) =>
    Object.entries(r.cells)
      .filter(([, c]) => c.status === "ok" && spread(c.times) > NOISY)
      .map(([impl, c]) => `${r.name} ${impl} ${Math.round(spread(c.times) * 100)}%`)
  );
  if (noisy.length > 0) {
    notes.push(
      `runs spread by more than ${NOISY * 100}% of their median (max - min): ${noisy.join(", ")}`,
    );
  }

  const implNames = impls.map((i) => i.name);
  const cols = ratioColumns(modes, implNames.filter((n) => !modes.includes(n)));
  const table = formatTable(results, implNames, cols);
  const runsText = `${options.runs} interleaved ${options.runs === 1 ? "run" : "runs"}`;
  const ratiosText = cols.length > 0 ? "; ratios are speedups, >1 means the first is faster" : "";
  console.log(`\nMedian wall seconds of ${runsText} (process start to exit)${ratiosText}.\n`);
  console.log(table);
  if (notes.length > 0) console.log(`\n${notes.map((n) => `- ${n}`).join("\n")}`);
  if (problems.length > 0) {
    console.log(`\n${problems.length} ${problems.length === 1 ? "problem" : "problems"}:`);
    for (const p of problems) console.log(indent(p));
  }

  const baseline = implNames.includes("python3") ? "python3" : modes[0];
  const date = started.toISOString();
  const record = {
    date,
    finished: new Date().toISOString(),
    loadAverageAfter: await loadAverageNow(),
    runs: options.runs,
    filter: options.filter,
    machine,
    versions,
    notRun: options.noPython
      ? { python3: "--no-python", pypy3: "--no-python" }
      : Object.fromEntries(
        missing.map((m) => [m, "not on PATH"]),
      ),
    // The copy is gone after the run; its digest tells whether two runs timed the same code.
    sources: {
      digest: `sha256:${snapshot.digest}`,
      files: snapshot.files,
      from: [...SOURCES, ...programs.map((p) => `bench/${p}.py`)],
    },
    implementations: impls.map((i) => ({
      name: i.name,
      kind: i.kind,
      command: [...i.argv, "FILE"].join(" ").replace(`${snapshot.dir}/`, ""),
    })),
    timing:
      "wall seconds from spawn to exit of one process per run; rounds interleaved over implementations",
    reference: preferredReference.find((n) => implNames.includes(n)),
    programs: results.map((r) => ({
      name: r.name,
      cells: Object.fromEntries(
        Object.entries(r.cells).map((
          [k, c],
        ) => [k, {
          ...c,
          median: c.times.length ? median(c.times) : null,
          spread: c.times.length ? Math.round(spread(c.times) * 1000) / 1000 : null,
        }]),
      ),
    })),
    ratios: cols.map((c) => ({
      subject: c.subject,
      base: c.base,
      perProgram: Object.fromEntries(results.map((r) => [r.name, ratio(r, c)])),
      geomean: columnGeomean(results, c).value,
    })),
    table,
    problems,
  };
  Deno.mkdirSync(RESULTS, { recursive: true });
  writeAtomic(`${RESULTS}/latest.json`, JSON.stringify(record, null, 2) + "\n");
  const cpu = machine.cpu.replace(/\s+/g, " ");
  const svg = renderSvg(results, {
    impls: implNames,
    baseline,
    title: `patchpy: speed relative to ${baseline}, higher is faster`,
    subtitle:
      `median of ${options.runs} interleaved runs, wall time with start-up · ${cpu}, ${machine.cores} cores · ` +
      `deno ${Deno.version.deno}${versions.python3 ? ` · ${versions.python3}` : ""} · ${
        date.slice(0, 10)
      }`,
  });
  writeAtomic(`${RESULTS}/latest.svg`, svg);
  console.log(`\nwrote bench/results/latest.json and bench/results/latest.svg`);
  return problems.length > 0 ? 1 : 0;
}
