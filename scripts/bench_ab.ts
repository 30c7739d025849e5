/**
 * `deno task bench-ab OTHER [FILTER] [--mode=M] [--runs=N] [--scale=F]`:
 * this tree against another checkout of patchpy (OTHER, a directory), in
 * one process. Both trees' command lines are imported and run the same
 * programs alternately, round by round, so that both see the same moments
 * of a noisy machine: process start-up and slow minutes cancel out of the
 * ratios, which separate runs of `deno task bench` cannot promise at a few
 * percent.
 *
 * The programs are `bench/*.py` whose names contain FILTER, with their
 * `SIZE = N  # bench size` line scaled by F (default 0.2), so that a round
 * takes about a second. The report gives each tree's fastest and median
 * round and the median of the per-round ratios (this tree over OTHER: above
 * 1 is slower). The tree imported first can run a few percent differently
 * from the second: run again with the trees swapped (`--this-first`) and
 * take both.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { join, resolve } from "node:path";

const USAGE = `usage: deno task bench-ab OTHER [FILTER] [options]
  OTHER             another checkout of patchpy (a directory holding vm/cli.ts)
  FILTER            the programs bench/*.py whose names contain FILTER (default: all)
  --mode=M          patchpy mode (default specialized)
  --runs=N          rounds per program (default 10)
  --scale=F         multiply each program's bench SIZE by F (default 0.2)
  --this-first      import this tree before OTHER (default: OTHER first)
`;

interface Cli {
  main(args: string[], host: unknown): number;
  host(): unknown;
}

async function loadCli(root: string): Promise<Cli> {
  const cli = await import(`file://${join(root, "vm/cli.ts")}`);
  const host = await import(`file://${join(root, "ffi/deno_host.ts")}`);
  return { main: cli.main, host: host.denoHost };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** `program` with its bench SIZE line scaled by `scale`, written to a temporary file. */
function scaled(program: string, scale: number, dir: string): string {
  const src = Deno.readTextFileSync(program);
  const out = src.replace(/^SIZE = (\d+)(\s+# bench size)$/m, (_, n, rest) => {
    return `SIZE = ${Math.max(1, Math.round(Number(n) * scale))}${rest}`;
  });
  const path = join(dir, program.split("/").pop()!);
  Deno.writeTextFileSync(path, out);
  return path;
}

/** One round of `cli` on `program` in `mode`, wall milliseconds; its output is discarded. */
function round(cli: Cli, mode: string, program: string): number {
  const t0 = performance.now();
  const status = cli.main([`--mode=${mode}`, program], cli.host());
  const ms = performance.now() - t0;
  if (status !== 0) throw new Error(`${program} exited with status ${status}`);
  return ms;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    args: Deno.args,
    allowPositionals: true,
    options: {
      mode: { type: "string", default: "specialized" },
      runs: { type: "string", default: "10" },
      scale: { type: "string", default: "0.2" },
      "this-first": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const runs = Number(values.runs), scale = Number(values.scale);
  if (values.help || positionals.length < 1 || positionals.length > 2) {
    console.log(USAGE);
    Deno.exit(values.help ? 0 : 2);
  }
  if (!Number.isInteger(runs) || runs < 1 || !(scale > 0)) {
    console.error(`bench-ab: --runs must be a positive integer and --scale positive`);
    Deno.exit(2);
  }
  const here = resolve(new URL("..", import.meta.url).pathname);
  const other = resolve(positionals[0]);
  try {
    Deno.statSync(join(other, "vm/cli.ts"));
  } catch {
    console.error(`bench-ab: ${other} holds no vm/cli.ts: not a patchpy checkout`);
    Deno.exit(2);
  }
  const filter = positionals[1] ?? "";
  const programs = [...Deno.readDirSync(join(here, "bench"))]
    .map((e) => e.name)
    .filter((n) => n.endsWith(".py") && n.includes(filter))
    .sort()
    .map((n) => join(here, "bench", n));
  if (programs.length === 0) {
    console.error(`bench-ab: no bench/*.py matches '${filter}'`);
    Deno.exit(2);
  }
  // The programs print; the report goes to stderr, so that stdout can be thrown away.
  const [first, second] = values["this-first"] ? [here, other] : [other, here];
  const clis = new Map([[first, await loadCli(first)], [second, await loadCli(second)]]);
  const A = clis.get(other)!, B = clis.get(here)!;
  const dir = Deno.makeTempDirSync({ prefix: "bench_ab" });
  console.error(`this tree (B) over ${other} (A), --mode=${values.mode}, ${runs} rounds`);
  for (const program of programs) {
    const path = scaled(program, scale, dir);
    const a: number[] = [], b: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternate which goes first within a round, too.
      if (i % 2 === 0) {
        a.push(round(A, values.mode!, path));
        b.push(round(B, values.mode!, path));
      } else {
        b.push(round(B, values.mode!, path));
        a.push(round(A, values.mode!, path));
      }
    }
    const ratio = median(a.map((x, i) => b[i] / x));
    const name = program.split("/").pop()!.padEnd(20);
    console.error(
      `${name} A min ${Math.min(...a).toFixed(0)} ms, median ${median(a).toFixed(0)} ms; ` +
        `B min ${Math.min(...b).toFixed(0)} ms, median ${median(b).toFixed(0)} ms; ` +
        `B/A ${ratio.toFixed(3)}`,
    );
  }
  Deno.removeSync(dir, { recursive: true });
}
