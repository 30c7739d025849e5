/**
 * `deno task bench [FILTER] [--modes=interp,specialized,...] [--runs=N]
 * [--no-python] [--timeout=SECONDS]`: the benchmarks.
 *
 * `parse` as FILTER times the front end against CPython's
 * (`scripts/bench_parse.ts`, which also takes `--lines=N`). Any other FILTER
 * selects the programs of `bench/*.py` whose names contain it, run in the
 * patchpy modes and under python3 and pypy3 (`scripts/bench_programs.ts`).
 *
 * @module
 */
import { parseArgs } from "node:util";
import { benchParse } from "./bench_parse.ts";
import { benchPrograms, BenchUsageError } from "./bench_programs.ts";

const USAGE = `usage: deno task bench [FILTER] [options]
  FILTER            run the programs bench/*.py whose names contain FILTER;
                    'parse' times the front end against CPython's instead
  --modes=M,M,...   patchpy modes to run, or all (the default: every implemented one)
  --runs=N          timed rounds per program (default 5)
  --no-python       leave out python3 and pypy3
  --timeout=S       kill a run after S seconds (default 600)
  --lines=N         program size of the 'parse' benchmark
`;

function positiveInt(text: string | undefined, what: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    throw new BenchUsageError(`${what} must be a positive integer, not '${text}'`);
  }
  return n;
}

if (import.meta.main) {
  try {
    const { values, positionals } = parseArgs({
      args: Deno.args,
      allowPositionals: true,
      options: {
        runs: { type: "string" },
        lines: { type: "string" },
        modes: { type: "string" },
        "no-python": { type: "boolean" },
        timeout: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      console.log(USAGE);
      Deno.exit(0);
    }
    if (positionals.length > 1) {
      throw new BenchUsageError(`one FILTER at most, got ${positionals.join(" ")}`);
    }
    const filter = positionals[0] ?? "";
    const runs = positiveInt(values.runs, "--runs");
    if (filter === "parse") {
      await benchParse({ runs, lines: positiveInt(values.lines, "--lines") });
    } else {
      const status = await benchPrograms({
        filter,
        modes: values.modes?.split(",").map((m) => m.trim()).filter(Boolean),
        runs: runs ?? 5,
        noPython: values["no-python"] ?? false,
        timeout: positiveInt(values.timeout, "--timeout") ?? 600,
      });
      Deno.exit(status);
    }
  } catch (e) {
    // node:util's parseArgs reports an unknown option with a TypeError whose code says so.
    const code = (e as { code?: string }).code;
    if (e instanceof BenchUsageError) {
      console.error(`bench: ${e.message}`);
      Deno.exit(2);
    }
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      console.error(`bench: ${(e as Error).message}\n${USAGE}`);
      Deno.exit(2);
    }
    throw e;
  }
}
