/**
 * `deno task bench [FILTER]`: the benchmarks. `parse` times the front end
 * against CPython's; program benchmarks live in `bench/*.py`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { benchParse } from "./bench_parse.ts";

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    args: Deno.args,
    allowPositionals: true,
    options: { runs: { type: "string" }, lines: { type: "string" } },
  });
  const filter = positionals[0] ?? "";
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  const lines = values.lines === undefined ? undefined : Number(values.lines);
  if (filter === "parse") {
    await benchParse({ runs, lines });
  } else {
    const programs = [...Deno.readDirSync(new URL("../bench", import.meta.url))]
      .filter((e) => e.isFile && e.name.endsWith(".py") && e.name.includes(filter));
    if (programs.length === 0) {
      console.error(`bench: no program in bench/ matches '${filter}'; try 'parse'`);
      Deno.exit(1);
    }
    console.error("bench: program benchmarks need a mode that runs programs; none is implemented yet");
    Deno.exit(2);
  }
}
