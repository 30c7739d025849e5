/**
 * The conformance runner: every case under `conformance/cases/` in every
 * implemented mode (or the ones asked for), batched into a few worker
 * processes, each case in a fresh VM, compared with CPython's committed
 * output.
 *
 * Usage: `deno task conformance [--mode=M|all] [--stress|--both] [--jobs=N]
 * [--timeout=SECONDS] [--sample=N] [--runtime="CMD ..."] [FILTER ...]`: the
 * cases whose path contains any FILTER.
 * `--sample=N` runs a fixed, deterministic sample of N cases that always
 * includes every `# expect: jit` case; `--runtime` runs the workers under
 * another Deno (`qemu-aarch64 /path/to/arm64/deno`: `scripts/aarch64.ts`). Prints one block per failing case (with a
 * diff), and ends with the line `N passed, N failed`.
 *
 * A case that cannot pass yet is listed in `conformance/expected/known_failures`
 * (`MODE ARCH CASE REASON`, `*` for any mode or architecture, `MODE:stress` or
 * `MODE:default` for one threshold setting): it is then not
 * counted as failed, and a listed case that passes is a failure, so the list
 * only shrinks.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { implementedModes, MODES } from "../vm/cli.ts";
import type { CaseResult } from "./worker.ts";
import { relativizePaths } from "./paths.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const WORKER = new URL("./worker.ts", import.meta.url).pathname;
const BATCH = 40;

/** Every case path (relative to the repository), sorted. */
export function listCases(filter: string | readonly string[] = ""): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const entries = [...Deno.readDirSync(`${ROOT}${rel}`)].sort((
      a,
      b,
    ) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (e.isDirectory) walk(`${rel}/${e.name}`);
      else if (e.name.endsWith(".py") && !e.name.startsWith("_")) out.push(`${rel}/${e.name}`);
    }
  };
  walk("conformance/cases");
  const filters = typeof filter === "string" ? [filter] : filter.length > 0 ? filter : [""];
  return out.filter((c) => filters.some((f) => c.includes(f)));
}

function readOrNull(path: string): string | null {
  try {
    return Deno.readTextFileSync(`${ROOT}${path}`);
  } catch {
    return null;
  }
}

/** Compares a result with the case's expectations; returns why it differs, or null. */
export function judge(result: CaseResult): string | null {
  const base = result.case.replace(/\.py$/, "");
  const out = readOrNull(`${base}.out`);
  if (out === null) return `no expected output ${base}.out: run \`deno task expected\``;
  const err = readOrNull(`${base}.err`);
  const problems: string[] = [];
  const caseDir = `${ROOT}${result.case.slice(0, result.case.lastIndexOf("/"))}`;
  result = { ...result, stderr: relativizePaths(result.stderr, caseDir) };
  if (result.stdout !== out) problems.push("stdout differs:\n" + diff(out, result.stdout));
  if (err === null) {
    if (result.status !== 0) {
      problems.push(
        `exit status ${result.status}, expected 0; stderr:\n${indent(tail(result.stderr, 12))}`,
      );
    }
  } else {
    const [first, ...rest] = err.split("\n");
    const wantStatus = Number(first.replace(/^exit /, ""));
    if (result.status !== wantStatus) {
      problems.push(`exit status ${result.status}, expected ${wantStatus}`);
    }
    const full = readOrNull(result.case)?.startsWith("# expect: full-stderr") ?? false;
    if (full) {
      const want = rest.join("\n");
      if (result.stderr !== want) problems.push("stderr differs:\n" + diff(want, result.stderr));
    } else {
      const want = rest[0] ?? "";
      const lines = result.stderr.split("\n").filter((l) => l !== "");
      const got = lines[lines.length - 1] ?? "";
      if (got !== want) problems.push(`last stderr line differs:\n  - ${want}\n  + ${got}`);
    }
  }
  if (result.native !== undefined) {
    // `jit` mode that ran on in tier 1 proves nothing about native code.
    // A program that never ran (a syntax error) says nothing either way.
    if (result.native.ran && !result.native.enabled) {
      problems.push("jit mode ran without native code (see stderr)");
    } else if (
      result.native.entries === 0 && readOrNull(result.case)?.startsWith("# expect: jit")
    ) {
      problems.push("# expect: jit, but no native code ran");
    }
  }
  return problems.length ? problems.join("\n") : null;
}

function tail(text: string, n: number): string {
  return text.split("\n").slice(-n).join("\n");
}

function indent(text: string): string {
  return text.split("\n").map((l) => `    ${l}`).join("\n");
}

/** A short line diff around the first difference. */
export function diff(want: string, got: string): string {
  const a = want.split("\n");
  const b = got.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 2);
  const lines = [`  @@ line ${i + 1}`];
  for (let k = from; k < i; k++) lines.push(`    ${a[k]}`);
  for (let k = i; k < Math.min(a.length, i + 4); k++) lines.push(`  - ${a[k]}`);
  for (let k = i; k < Math.min(b.length, i + 4); k++) lines.push(`  + ${b[k]}`);
  return lines.join("\n");
}

interface KnownFailure {
  mode: string;
  arch: string;
  reason: string;
}

/** Reads `conformance/expected/known_failures`. */
export function knownFailures(): Map<string, KnownFailure[]> {
  const map = new Map<string, KnownFailure[]>();
  const text = readOrNull("conformance/expected/known_failures") ?? "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const [mode, arch, casePath, ...reason] = line.split(/\s+/);
    const list = map.get(casePath) ?? [];
    list.push({ mode, arch, reason: reason.join(" ") });
    map.set(casePath, list);
  }
  return map;
}

/** Runs cases in worker processes; a case silent for `timeout` seconds is a hang. */
async function runBatches(
  cases: string[],
  args: string[],
  jobs: number,
  timeout: number,
  runtime: string[],
) {
  const results = new Map<string, CaseResult>();
  const queue: string[][] = [];
  for (let i = 0; i < cases.length; i += BATCH) queue.push(cases.slice(i, i + BATCH));
  const runOne = async (batch: string[]) => {
    let rest = batch;
    while (rest.length > 0) {
      const [command, ...prefix] = runtime.length > 0 ? runtime : [Deno.execPath()];
      const child = new Deno.Command(command, {
        args: [
          ...prefix,
          "run",
          "--allow-read",
          "--allow-env",
          "--allow-ffi",
          "--v8-flags=--stack-size=7000",
          WORKER,
        ],
        stdin: "piped",
        stdout: "piped",
        stderr: "piped",
      }).spawn();
      const writer = child.stdin.getWriter();
      await writer.write(new TextEncoder().encode(JSON.stringify({ cases: rest, args })));
      await writer.close();
      const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      let done = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => child.kill("SIGKILL"), timeout * 1000);
      };
      arm();
      for (;;) {
        const { value, done: eof } = await reader.read();
        if (eof) break;
        buffer += value;
        let nl;
        while ((nl = buffer.indexOf("\n")) >= 0) {
          const r = JSON.parse(buffer.slice(0, nl)) as CaseResult;
          buffer = buffer.slice(nl + 1);
          results.set(r.case, r);
          done++;
          arm();
        }
      }
      clearTimeout(timer);
      const status = await child.status;
      const stderr = await new Response(child.stderr).text();
      if (done < rest.length) {
        // The case that was running when the worker died or hung.
        const culprit = rest[done];
        const why = status.signal === "SIGKILL"
          ? `no result after ${timeout} s (hang or too slow)`
          : `worker exited with status ${status.code}: ${tail(stderr, 6)}`;
        results.set(culprit, { case: culprit, status: -1, stdout: "", stderr: why });
        rest = rest.slice(done + 1);
      } else {
        rest = [];
      }
    }
  };
  const workers = Array.from({ length: jobs }, async () => {
    for (let b = queue.shift(); b !== undefined; b = queue.shift()) await runOne(b);
  });
  await Promise.all(workers);
  return results;
}

/**
 * A fixed sample of about `n` cases: the `# expect: jit` cases first (every
 * k-th of them when they are more than `n`), then every k-th of the others,
 * in path order, so the same tree always gives the same sample.
 */
export function sampleCases(cases: string[], n: number): string[] {
  const jit = cases.filter((c) => readOrNull(c)?.startsWith("# expect: jit"));
  const others = cases.filter((c) => !jit.includes(c));
  const everyKth = (from: string[], want: number) => {
    const step = from.length / want;
    return Array.from(
      { length: Math.min(want, from.length) },
      (_, i) => from[Math.floor(i * step)],
    );
  };
  const picked = new Set(everyKth(jit, n));
  for (const c of everyKth(others, Math.max(0, n - picked.size))) picked.add(c);
  return cases.filter((c) => picked.has(c));
}

/** The result of a run: counts per outcome. */
export interface Summary {
  passed: number;
  failed: number;
  known: number;
}

/** Runs the suite for each (mode, stress) pair and prints the report. */
export async function runSuite(options: {
  modes: string[];
  stress: boolean[];
  /** Cases whose path contains any of these (all cases when none). */
  filter?: string | readonly string[];
  jobs?: number;
  timeout?: number;
  sample?: number;
  runtime?: string[];
}): Promise<Summary> {
  let cases = listCases(options.filter ?? "");
  if (options.sample !== undefined) cases = sampleCases(cases, options.sample);
  const known = knownFailures();
  // Workers under qemu-aarch64 run arm64 code, whatever this process runs on.
  const arch = options.runtime?.some((w) => w.includes("aarch64")) ? "aarch64" : Deno.build.arch;
  const summary: Summary = { passed: 0, failed: 0, known: 0 };
  for (const mode of options.modes) {
    for (const stress of options.stress) {
      const args = [`--mode=${mode}`, ...(stress ? ["--stress"] : [])];
      const label = args.join(" ");
      const t0 = performance.now();
      const results = await runBatches(
        cases,
        args,
        options.jobs ?? 2,
        options.timeout ?? 60,
        options.runtime ?? [],
      );
      let passed = 0;
      for (const c of cases) {
        const r = results.get(c)!;
        const why = r.status === -1 ? r.stderr : judge(r);
        const listed = (known.get(c) ?? []).find((k) =>
          (k.mode === "*" || k.mode === mode ||
            k.mode === `${mode}:${stress ? "stress" : "default"}`) &&
          (k.arch === "*" || k.arch === arch)
        );
        if (why === null && listed === undefined) passed++;
        else if (why === null) {
          summary.failed++;
          console.log(
            `UNEXPECTED PASS [${label}] ${c}: remove it from conformance/expected/known_failures`,
          );
        } else if (listed !== undefined) summary.known++;
        else {
          summary.failed++;
          console.log(`FAIL [${label}] ${c}\n${indent(why)}`);
        }
      }
      summary.passed += passed;
      const secs = ((performance.now() - t0) / 1000).toFixed(1);
      console.log(`-- ${label}: ${passed}/${cases.length} passed in ${secs} s`);
    }
  }
  if (summary.known > 0) {
    console.log(`${summary.known} known failures, listed in conformance/expected/known_failures`);
  }
  console.log(`${summary.passed} passed, ${summary.failed} failed`);
  return summary;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    args: Deno.args,
    allowPositionals: true,
    options: {
      mode: { type: "string", default: "all" },
      stress: { type: "boolean" },
      both: { type: "boolean" },
      jobs: { type: "string" },
      timeout: { type: "string" },
      sample: { type: "string" },
      runtime: { type: "string" },
    },
  });
  const available = implementedModes();
  let modes: string[];
  if (values.mode === "all") modes = [...available];
  else if (!(MODES as readonly string[]).includes(values.mode!)) {
    console.error(
      `conformance: unknown mode '${values.mode}': expected all or one of ${MODES.join(", ")}`,
    );
    Deno.exit(2);
  } else if (!available.includes(values.mode as typeof MODES[number])) {
    console.error(`conformance: mode '${values.mode}' is not implemented yet`);
    Deno.exit(2);
  } else modes = [values.mode!];
  if (modes.length === 0) {
    console.error("conformance: no mode is implemented yet");
    Deno.exit(2);
  }
  const summary = await runSuite({
    modes,
    stress: values.both ? [false, true] : [values.stress ?? false],
    filter: positionals,
    jobs: values.jobs ? Number(values.jobs) : undefined,
    timeout: values.timeout ? Number(values.timeout) : undefined,
    sample: values.sample ? Number(values.sample) : undefined,
    runtime: values.runtime ? values.runtime.split(/\s+/).filter((w) => w !== "") : undefined,
  });
  Deno.exit(summary.failed > 0 ? 1 : 0);
}
