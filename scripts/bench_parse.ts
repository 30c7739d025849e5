/**
 * The front-end benchmark: parses and compiles a generated program of more
 * than 20,000 lines, in patchpy and in CPython (`ast.parse` plus `compile`
 * of the tree), each timed in-process so start-up is not counted, and prints
 * lines per second side by side (median of the runs).
 *
 * @module
 */
import $ from "dax";
import { parse } from "../vm/parser.ts";
import { compile } from "../vm/compiler.ts";
import { median } from "./bench_report.ts";

/**
 * A deterministic program that exercises the whole grammar: classes,
 * functions with every kind of parameter, comprehensions, f-strings, try
 * statements, nested expressions. Each block is different in its names and
 * numbers so no cache can help.
 */
export function generateProgram(minLines: number): string {
  const out: string[] = ['"""Generated front-end benchmark."""', "import math", ""];
  let i = 0;
  while (out.length < minLines) {
    const n = i++;
    out.push(
      `class Shape${n}(object):`,
      `    """A shape, number ${n}."""`,
      `    sides: int = ${n % 7 + 3}`,
      ``,
      `    def __init__(self, x=${n}, y=-${n}.5, *args, scale: float = 1e-3, **kw):`,
      `        self.x, self.y = x, y`,
      `        self.points = [(a * ${n}, b ** 2) for a in range(x) for b in range(a) if a % 3 != b]`,
      `        self.name = f"shape{self.x!r:>10}-{y:.3f}-{'%d' % x}"`,
      ``,
      `    @property`,
      `    def area(self):`,
      `        total = 0`,
      `        for k, (p, q) in enumerate(self.points):`,
      `            if p > q and not (k & 1) or p == ${n}:`,
      `                total += p * q // (k + 1) - (q << 2) ^ ${n * 7 % 1000}`,
      `            elif p < 0:`,
      `                continue`,
      `            else:`,
      `                total -= abs(p - q) % 17`,
      `        return total`,
      ``,
      `def helper${n}(a, b, /, c=None, *, d={"k": [1, 2, ${n}]}, e=lambda z: z + ${n}):`,
      `    global counter${n}`,
      `    try:`,
      `        value = {k: v for k, v in zip("abc", (a, b, c)) if v is not None}`,
      `        with open_thing(a) as f, other(b):`,
      `            counter${n} = sum(x * 2.5 for x in value.values()) or -1`,
      `    except (KeyError, ValueError) as err:`,
      `        raise RuntimeError("bad %s" % (err,)) from err`,
      `    finally:`,
      `        del value`,
      `    while a < b:`,
      `        a += 1 if a % 2 else 2`,
      `    return [*d["k"], *map(e, range(${n}))], {**d, "n": ${n}}, a[1:-1:2]`,
      ``,
    );
  }
  return out.join("\n") + "\n";
}

const PY_TIMER = `
import sys, time
src = open(sys.argv[1]).read()
runs = int(sys.argv[2])
times = []
for _ in range(runs):
    t0 = time.perf_counter()
    tree = compile(src, sys.argv[1], "exec", 0x400)  # ast.PyCF_ONLY_AST
    compile(tree, sys.argv[1], "exec")
    times.append(time.perf_counter() - t0)
print(" ".join(str(t) for t in times))
`;

/** Runs the benchmark and prints its table. */
export async function benchParse(options: { lines?: number; runs?: number } = {}): Promise<void> {
  const runs = options.runs ?? 5;
  const source = generateProgram(options.lines ?? 20_000);
  const lines = source.split("\n").length - 1;
  const file = await Deno.makeTempFile({ suffix: ".py" });
  Deno.writeTextFileSync(file, source);
  try {
    // One unmeasured run lets V8 compile the parser before it is timed.
    compile(parse(source, file), file);
    const ours: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      compile(parse(source, file), file);
      ours.push((performance.now() - t0) / 1000);
    }
    const rows: [string, number][] = [["patchpy parse+compile", median(ours)]];
    if (await $.which("python3")) {
      const out = await $`python3 -c ${PY_TIMER} ${file} ${runs}`.text();
      rows.push(["python3 ast.parse+compile", median(out.trim().split(" ").map(Number))]);
    } else {
      console.log("python3 not found: CPython column skipped");
    }
    console.log(`front end on a generated program of ${lines} lines, median of ${runs} runs\n`);
    console.log("| implementation | seconds | lines/s | vs python3 |");
    console.log("|---|---:|---:|---:|");
    const base = rows.find(([name]) => name.startsWith("python3"))?.[1];
    for (const [name, secs] of rows) {
      const ratio = base === undefined ? "" : `${(base / secs).toFixed(2)}x`;
      console.log(
        `| ${name} | ${secs.toFixed(3)} | ${
          Math.round(lines / secs).toLocaleString("en-US")
        } | ${ratio} |`,
      );
    }
  } finally {
    Deno.removeSync(file);
  }
}
