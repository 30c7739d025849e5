/**
 * Regenerates the committed expectations of the conformance corpus from
 * CPython (`python3`), the oracle:
 *
 * - `conformance/parse/X.py` -> `X.ast`: `ast.dump(ast.parse(src))`.
 * - `conformance/syntax_errors/X.py` -> `X.err`: CPython's whole stderr.
 * - `bench/X.py` -> `conformance/cases/bench/X.py`: the benchmark at the
 *   case's small size (see `benchCases`).
 * - `conformance/cases/**\/X.py` -> `X.out` (stdout) and, when the exit
 *   status is not 0, `X.err`: `exit N` and the last stderr line, or the whole
 *   stderr for a case that starts with `# expect: full-stderr`.
 *
 * Usage: `deno task expected [--check] [FILTER]`. With `--check` nothing is
 * written; every expectation that differs is named and the exit status is 1.
 *
 * @module
 */
import $ from "dax";
import { parseArgs } from "node:util";
import { relativizePaths } from "../conformance/paths.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const PYTHON = "python3";
/** Fixed so that str hashing (and so set order) is the same on every run. */
const PY_ENV = { PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1" };

/** One file to write: its path and its expected content (null: must not exist). */
interface Expectation {
  path: string;
  content: string | null;
}

/** Lists `.py` files below `dir`, sorted, as paths relative to ROOT. */
export function listPy(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let entries: Deno.DirEntry[];
    try {
      entries = [...Deno.readDirSync(`${ROOT}/${rel}`)];
    } catch (e) {
      if (e instanceof Deno.errors.NotFound) return;
      throw e;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.isDirectory) walk(`${rel}/${e.name}`);
      else if (e.isFile && e.name.endsWith(".py") && !e.name.startsWith("_")) {
        out.push(`${rel}/${e.name}`);
      }
    }
  };
  walk(dir);
  return out;
}

const DUMP_ALL = `
import ast, json, sys
for path in json.loads(sys.stdin.read()):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    print(json.dumps(ast.dump(ast.parse(src))))
`;

async function parseExpectations(files: string[]): Promise<Expectation[]> {
  if (files.length === 0) return [];
  const out = await $`${PYTHON} -c ${DUMP_ALL}`.cwd(ROOT).env(PY_ENV)
    .stdinText(JSON.stringify(files)).text();
  const dumps = out.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as string);
  return files.map((f, i) => ({ path: f.replace(/\.py$/, ".ast"), content: dumps[i] + "\n" }));
}

/** Runs `python3 NAME.py` in the case's folder (see `relativizePaths`). */
async function runPython(file: string) {
  const dir = file.slice(0, file.lastIndexOf("/"));
  const name = file.slice(dir.length + 1);
  const r = await $`${PYTHON} ${name}`.cwd(`${ROOT}/${dir}`).env(PY_ENV).stdin("null")
    .noThrow().stdout("piped").stderr("piped").timeout("60s");
  return { code: r.code, stdout: r.stdout, stderr: relativizePaths(r.stderr, `${ROOT}/${dir}`) };
}

async function syntaxErrorExpectations(files: string[]): Promise<Expectation[]> {
  return await Promise.all(files.map(async (f) => {
    const r = await runPython(f);
    if (r.code !== 1) throw new Error(`${f}: python3 exited ${r.code}, not 1: not a syntax error`);
    return { path: f.replace(/\.py$/, ".err"), content: r.stderr };
  }));
}

/** Formats the `.err` expectation of a case that exits with a non-zero status. */
export function caseErr(source: string, code: number, stderr: string): string {
  if (source.startsWith("# expect: full-stderr")) return `exit ${code}\n${stderr}`;
  const lines = stderr.split("\n").filter((l) => l !== "");
  return `exit ${code}\n${lines.length ? lines[lines.length - 1] : ""}\n`;
}

async function caseExpectations(files: string[]): Promise<Expectation[]> {
  const results: Expectation[][] = [];
  // Two at a time: the machine has two cores, and cases time themselves rarely.
  for (let i = 0; i < files.length; i += 2) {
    results.push(
      ...(await Promise.all(
        files.slice(i, i + 2).map(async (f) => {
          const r = await runPython(f);
          const source = Deno.readTextFileSync(`${ROOT}/${f}`);
          return [
            { path: f.replace(/\.py$/, ".out"), content: r.stdout },
            {
              path: f.replace(/\.py$/, ".err"),
              content: r.code === 0 ? null : caseErr(source, r.code, r.stderr),
            },
          ];
        }),
      )),
    );
  }
  return results.flat();
}

function read(path: string): string | null {
  try {
    return Deno.readTextFileSync(`${ROOT}/${path}`);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return null;
    throw e;
  }
}

/** Writes through a temporary file and a rename, so no reader sees half a file. */
function write(path: string, content: string | null) {
  const full = `${ROOT}/${path}`;
  if (content === null) {
    Deno.removeSync(full);
    return;
  }
  Deno.writeTextFileSync(`${full}.new`, content);
  Deno.renameSync(`${full}.new`, full);
}

const SIZE_LINE = /^SIZE = \d+ {2}# bench size$/m;

/**
 * The conformance copies of the benchmarks: `conformance/cases/bench/X.py`
 * is `bench/X.py` with only its `SIZE = N  # bench size` line changed to the
 * small size the case already has, so the two never drift apart.
 */
export function benchCases(): Expectation[] {
  return listPy("bench").map((src) => {
    const name = src.slice("bench/".length);
    const path = `conformance/cases/bench/${name}`;
    const bench = Deno.readTextFileSync(`${ROOT}/${src}`);
    if (!SIZE_LINE.test(bench)) throw new Error(`${src}: no \`SIZE = N  # bench size\` line`);
    const size = (read(path) ?? "").match(SIZE_LINE)?.[0];
    if (size === undefined) {
      throw new Error(`${path}: missing; write it with a small SIZE line first`);
    }
    return { path, content: bench.replace(SIZE_LINE, size) };
  });
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    args: Deno.args,
    options: { check: { type: "boolean" } },
    allowPositionals: true,
  });
  const filter = positionals[0] ?? "";
  const pick = (files: string[]) => files.filter((f) => f.includes(filter));
  const copies = benchCases().filter((e) => e.path.includes(filter));
  // The copies first: their expected output is computed from what they become.
  if (!values.check) {
    for (const e of copies) if (read(e.path) !== e.content) write(e.path, e.content);
  }
  const expectations = [
    ...copies,
    ...(await parseExpectations(pick(listPy("conformance/parse")))),
    ...(await syntaxErrorExpectations(pick(listPy("conformance/syntax_errors")))),
    ...(await caseExpectations(pick(listPy("conformance/cases")))),
  ];
  let changed = 0;
  for (const e of expectations) {
    if (read(e.path) === e.content) continue;
    changed++;
    if (values.check) console.log(`differs: ${e.path}`);
    else write(e.path, e.content);
  }
  const verb = values.check ? "differ" : "updated";
  console.log(`${expectations.length} expectations, ${changed} ${verb}`);
  if (values.check && changed > 0) {
    console.log("Run `deno task expected` to regenerate them from python3");
    Deno.exit(1);
  }
}
