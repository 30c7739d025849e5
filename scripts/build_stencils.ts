/**
 * Builds the stencil tables: compiles every template in `stencils/` with
 * clang-19 for each architecture, extracts code, data and holes from the
 * objects, and writes `stencils/generated/<arch>.ts`.
 *
 *     deno task stencils                   build and write the tables
 *     deno task stencils --check           rebuild in memory, exit 1 if a table is stale
 *     deno task stencils --dump [NAME]     disassemble the committed tables (no clang)
 *     deno task stencils --update-golden   rewrite stencils/test/expected_<arch>.txt
 *
 * Requirements (read before changing the output):
 * 1. The output depends only on the inputs the digest covers: no absolute
 *    or temp paths, no dates, stencils in sorted order.
 * 2. Files are written whole (temp file, then rename), so a reader never
 *    sees half a table.
 * 3. The text is already in `deno fmt` form, so CI's format check and
 *    `--check` agree.
 *
 * @module
 */

import $ from "dax";
import type { Arch, Stencil, StencilTable } from "../jit/stencil_types.ts";
import { NATIVE_UOPS, SHIM, templateFile } from "../jit/uops.ts";
import { parseElf } from "./elf.ts";
import { extractStencil } from "./stencil_extract.ts";
import { disassemble, hexBytes, loadDisassembler } from "../jit/disasm.ts";

/** The repository root; every command runs there, so paths stay relative. */
export const ROOT: string = decodeURIComponent(new URL("..", import.meta.url).pathname);

export const ARCHES: readonly Arch[] = ["x86_64", "aarch64"];

/** Compiler flags for every stencil; the digest covers them. */
export const CFLAGS: readonly string[] = [
  "-O3",
  "-c",
  "-ffreestanding",
  "-fno-builtin",
  "-fno-asynchronous-unwind-tables",
  "-fno-unwind-tables",
  "-fno-jump-tables",
  "-fno-stack-protector",
  "-ffunction-sections",
  "-fno-pic",
  "-ffp-contract=off",
  "-fno-math-errno",
  "-I",
  "stencils",
];

/**
 * Per-architecture flags. x86-64's medium model keeps code references
 * 32-bit relative; AArch64's large model builds addresses with MOVZ/MOVK,
 * so a hole can hold any 64-bit value.
 */
export const TARGET_FLAGS: Readonly<Record<Arch, readonly string[]>> = {
  x86_64: ["--target=x86_64-unknown-linux-gnu", "-mcmodel=medium"],
  aarch64: ["--target=aarch64-unknown-linux-gnu", "-mcmodel=large"],
};

const TRAMPOLINE_FLAGS = ["-shared", "-nostdlib", "-fuse-ld=lld", "-O2", "-fPIC"];
const TRAMPOLINE = "stencils/trampoline.c";
/** The headers templates include (`jit.h`, and the shared bodies of per-strategy stencils). */
function headers(): string[] {
  return [...Deno.readDirSync(`${ROOT}stencils`)]
    .filter((e) => e.isFile && e.name.endsWith(".h"))
    .map((e) => `stencils/${e.name}`)
    .sort();
}
const GOLDEN_DIR = "stencils/test";
const CLANG = "clang-19";
const COMMAND = "deno task stencils";
/** Two cores: one clang per core. */
const JOBS = 2;
const HEX_CHUNK = 80;
const LINE_WIDTH = 100;

export const generatedPath = (arch: Arch): string => `stencils/generated/${arch}.ts`;
export const goldenPath = (arch: Arch): string => `${GOLDEN_DIR}/expected_${arch}.txt`;

// -- Tools -----------------------------------------------------------------

/** Throws the install hint when clang-19 is not on the PATH. */
export async function requireClang(): Promise<void> {
  if (!(await $.commandExists(CLANG))) {
    throw new Error(
      `${CLANG} not found: install it with apt-get install -y clang-19 lld-19 llvm-19`,
    );
  }
}

/** Runs a tool in ROOT; a failure throws `Cannot <what>: <tool> failed` with its stderr. */
export async function run(what: string, cmd: string, args: readonly string[]): Promise<string> {
  const r = await $`${cmd} ${args}`.cwd(ROOT).stdout("piped").stderr("piped").noThrow();
  if (r.code !== 0) {
    throw new Error(`Cannot ${what}: ${cmd} failed with exit code ${r.code}\n${r.stderr.trim()}`);
  }
  return r.stdout;
}

async function clangVersion(): Promise<string> {
  return (await run("read the clang version", CLANG, ["--version"])).split("\n")[0].trim();
}

/** Runs `tasks` at most `jobs` at a time, keeping the results in order. */
async function pool<T>(tasks: (() => Promise<T>)[], jobs: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
  return results;
}

// -- Building --------------------------------------------------------------

/** Compiles `source` (relative to ROOT) for `arch` into `out`; returns the object's bytes. */
export async function compileObject(
  arch: Arch,
  name: string,
  source: string,
  out: string,
): Promise<Uint8Array> {
  await run(`build stencil ${name}`, CLANG, [...TARGET_FLAGS[arch], ...CFLAGS, source, "-o", out]);
  return await Deno.readFile(out);
}

/** Compiles and extracts one stencil; the object stays in `tmp` for callers that link it. */
export async function buildStencil(
  arch: Arch,
  name: string,
  source: string,
  tmp: string,
): Promise<Stencil> {
  const object = await compileObject(arch, name, source, `${tmp}/${name}.${arch}.o`);
  return extractStencil(name, parseElf(object, `${name} (${arch})`));
}

/** Links the trampoline twice in different directories: the bytes must not differ. */
async function buildTrampoline(arch: Arch, tmp: string): Promise<Uint8Array> {
  const link = async (out: string) => {
    await run(`build the trampoline for ${arch}`, CLANG, [
      TARGET_FLAGS[arch][0],
      ...TRAMPOLINE_FLAGS,
      "-Wl,--build-id=none",
      TRAMPOLINE,
      "-o",
      out,
    ]);
    return await Deno.readFile(out);
  };
  await Deno.mkdir(`${tmp}/again-${arch}`);
  const [a, b] = [
    await link(`${tmp}/trampoline.${arch}.so`),
    await link(`${tmp}/again-${arch}/t.so`),
  ];
  if (a.length !== b.length || a.some((byte, i) => byte !== b[i])) {
    throw new Error(`Cannot build the trampoline for ${arch}: two links differ (not reproducible)`);
  }
  return a;
}

/** The stencils to build, sorted by name, with their template files. */
function stencilSources(): { name: string; file: string }[] {
  const names = [...NATIVE_UOPS, SHIM].sort();
  return names.map((name) => {
    const file = `stencils/${templateFile(name)}`;
    try {
      Deno.statSync(`${ROOT}${file}`);
    } catch {
      throw new Error(`Cannot build stencil ${name}: template ${file} is missing`);
    }
    return { name, file };
  });
}

/** sha256 over exactly the build's inputs, each framed by a label and its length. */
async function digestOf(arch: Arch, files: string[], clang: string): Promise<string> {
  const parts: Uint8Array[] = [];
  const enc = new TextEncoder();
  const add = (label: string, bytes: Uint8Array) => {
    parts.push(enc.encode(`${label} ${bytes.length}\n`), bytes, enc.encode("\n"));
  };
  for (const file of [...files].sort()) add(`file ${file}`, await Deno.readFile(`${ROOT}${file}`));
  add("flags", enc.encode([...TARGET_FLAGS[arch], ...CFLAGS].join(" ")));
  add("trampoline flags", enc.encode([...TRAMPOLINE_FLAGS, "-Wl,--build-id=none"].join(" ")));
  add("clang", enc.encode(clang));
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", all));
  return [...hash].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Builds every stencil table in memory, rendered; `tmp` holds the objects. */
async function buildTables(tmp: string): Promise<Map<Arch, string>> {
  const sources = stencilSources();
  const clang = await clangVersion();
  const files = [...sources.map((s) => s.file), ...headers(), TRAMPOLINE];
  const out = new Map<Arch, string>();
  for (const arch of ARCHES) {
    const stencils = await pool(
      sources.map(({ name, file }) => () => buildStencil(arch, name, file, tmp)),
      JOBS,
    );
    const table: StencilTable = {
      arch,
      digest: await digestOf(arch, files, clang),
      stencils: Object.fromEntries(stencils.map((s) => [s.name, s])),
      trampoline: await buildTrampoline(arch, tmp),
    };
    out.set(arch, renderTable(table));
  }
  return out;
}

// -- Rendering -------------------------------------------------------------

/** `key: fromHex("...")`, split into `+`-joined lines the way deno fmt lays them out. */
function renderHex(indent: string, key: string, bytes: Uint8Array): string[] {
  const h = hexBytes(bytes);
  const one = `${indent}${key}: fromHex("${h}"),`;
  if (one.length <= LINE_WIDTH) return [one];
  const lines = [`${indent}${key}: fromHex(`];
  for (let i = 0; i < h.length; i += HEX_CHUNK) {
    const last = i + HEX_CHUNK >= h.length;
    const pad = i === 0 ? "  " : "    ";
    lines.push(`${indent}${pad}"${h.slice(i, i + HEX_CHUNK)}"${last ? "," : " +"}`);
  }
  lines.push(`${indent}),`);
  return lines;
}

function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

/** An object literal on one line if it fits, else one property per line. */
function renderObject(indent: string, head: string, entries: [string, string][], tail: string) {
  if (entries.length === 0) return [`${indent}${head}{}${tail}`];
  const one = `${indent}${head}{ ${entries.map(([k, v]) => `${k}: ${v}`).join(", ")} }${tail}`;
  if (one.length <= LINE_WIDTH) return [one];
  return [
    `${indent}${head}{`,
    ...entries.map(([k, v]) => `${indent}  ${k}: ${v},`),
    `${indent}}${tail}`,
  ];
}

function renderStencil(s: Stencil): string[] {
  const i = "      ";
  const lines = [`    ${propertyKey(s.name)}: {`, `${i}name: ${JSON.stringify(s.name)},`];
  lines.push(...renderHex(i, "code", s.code));
  if (s.holes.length === 0) {
    lines.push(`${i}holes: [],`);
  } else {
    lines.push(`${i}holes: [`);
    for (const h of s.holes) {
      lines.push(...renderObject(`${i}  `, "", [
        ["offset", String(h.offset)],
        ["kind", JSON.stringify(h.kind)],
        ["value", JSON.stringify(h.value)],
        ["addend", String(h.addend)],
      ], ","));
    }
    lines.push(`${i}],`);
  }
  lines.push(...renderHex(i, "data", s.data));
  lines.push(`${i}dataAlign: ${s.dataAlign},`);
  const symbols = Object.keys(s.symbols).sort().map((k): [string, string] => [
    propertyKey(k),
    JSON.stringify(s.symbols[k]),
  ]);
  lines.push(...renderObject(i, "symbols: ", symbols, ","));
  lines.push("    },");
  return lines;
}

/** The text of `stencils/generated/<arch>.ts`. */
export function renderTable(t: StencilTable): string {
  const names = Object.keys(t.stencils).sort();
  return [
    "// This file is generated by scripts/build_stencils.ts from stencils/*.c and stencils/*.h. Do not edit!",
    `// sha256: ${t.digest}`,
    `// command: ${COMMAND}`,
    'import { fromHex, type StencilTable } from "../../jit/stencil_types.ts";',
    "",
    "export const STENCILS: StencilTable = {",
    `  arch: ${JSON.stringify(t.arch)},`,
    `  digest: ${JSON.stringify(t.digest)},`,
    "  stencils: {",
    ...names.flatMap((n) => renderStencil(t.stencils[n])),
    "  },",
    ...renderHex("  ", "trampoline", t.trampoline),
    "};",
    "",
  ].join("\n");
}

/** Splits a rendered table into its stencils' text blocks, by name. */
function stencilBlocks(text: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const m of text.matchAll(/^ {4}(\S+): \{\n[\s\S]*?^ {4}\},$/gm)) {
    blocks.set(m[1].replace(/^"|"$/g, ""), m[0]);
  }
  return blocks;
}

// -- Golden stencils -------------------------------------------------------

/** The golden templates in `stencils/test/`, sorted; `add_int.c` is `_ADD_INT`. */
export function goldenSources(): { name: string; file: string }[] {
  return [...Deno.readDirSync(`${ROOT}${GOLDEN_DIR}`)]
    .filter((e) => e.isFile && e.name.endsWith(".c"))
    .map((e) => e.name)
    .sort()
    .map((f) => ({ name: `_${f.slice(0, -2).toUpperCase()}`, file: `${GOLDEN_DIR}/${f}` }));
}

/** The golden text of `stencils`: hex of code and data, one line per hole. */
export function goldenText(arch: Arch, stencils: Stencil[]): string {
  const lines = [`# Golden stencils for ${arch}; refresh with: ${COMMAND} --update-golden`];
  for (const s of stencils) {
    lines.push("", `${s.name}`, `  code: ${hexBytes(s.code)}`);
    for (const h of s.holes) {
      lines.push(`  hole +${h.offset}: ${h.kind} ${h.value}${h.addend < 0 ? "" : "+"}${h.addend}`);
    }
    lines.push(`  data: ${s.data.length > 0 ? hexBytes(s.data) : "none"} (align ${s.dataAlign})`);
    const syms = Object.keys(s.symbols).sort().map((k) => `${k}=${s.symbols[k]}`);
    lines.push(`  symbols: ${syms.join(" ")}`);
  }
  return lines.join("\n") + "\n";
}

/** Builds the golden stencils of `arch` with their objects in `tmp`. */
export async function buildGolden(arch: Arch, tmp: string): Promise<Stencil[]> {
  return await pool(
    goldenSources().map(({ name, file }) => () => buildStencil(arch, name, file, tmp)),
    JOBS,
  );
}

// -- Dump ------------------------------------------------------------------

async function loadTable(arch: Arch): Promise<StencilTable> {
  const url = new URL(`../${generatedPath(arch)}`, import.meta.url);
  try {
    return (await import(url.href)).STENCILS as StencilTable;
  } catch (e) {
    throw new Error(`Cannot read ${generatedPath(arch)}: ${(e as Error).message}`);
  }
}

/** Prints the committed stencils (or only `only`) disassembled, holes marked. */
async function dump(only?: string): Promise<void> {
  await loadDisassembler();
  for (const arch of ARCHES) {
    const table = await loadTable(arch);
    const names = Object.keys(table.stencils).sort().filter((n) =>
      only === undefined || n === only
    );
    if (names.length === 0) throw new Error(`Cannot dump stencil ${only}: no such stencil`);
    for (const name of names) {
      const s = table.stencils[name];
      console.log(`${arch} ${name}: ${s.code.length} bytes of code, ${s.data.length} of data`);
      for (const insn of disassemble(arch, s.code, 0)) {
        const start = insn.address;
        const end = start + insn.bytes.length;
        const off = start.toString(16).padStart(4, "0");
        console.log(`  ${off}: ${hexBytes(insn.bytes).padEnd(22)} ${insn.text}`);
        for (const h of s.holes.filter((h) => h.offset >= start && h.offset < end)) {
          const addend = h.addend === 0 ? "" : h.addend < 0 ? `${h.addend}` : `+${h.addend}`;
          console.log(
            `     ^ hole at ${
              h.offset.toString(16).padStart(4, "0")
            }: ${h.kind} ${h.value}${addend}`,
          );
        }
      }
      if (s.data.length > 0) console.log(`  data (align ${s.dataAlign}): ${hexBytes(s.data)}`);
      console.log();
    }
  }
}

// -- Main ------------------------------------------------------------------

async function writeWhole(file: string, text: string): Promise<void> {
  const path = `${ROOT}${file}`;
  await Deno.writeTextFile(`${path}.new`, text);
  await Deno.rename(`${path}.new`, path);
}

async function readOr(file: string): Promise<string | undefined> {
  try {
    return await Deno.readTextFile(`${ROOT}${file}`);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return undefined;
    throw e;
  }
}

async function main(args: string[]): Promise<number> {
  const [mode, arg] = args;
  if (mode === "--dump") {
    await dump(arg);
    return 0;
  }
  if (mode !== undefined && mode !== "--check" && mode !== "--update-golden") {
    throw new Error(`Cannot parse arguments: unknown option ${JSON.stringify(mode)}`);
  }
  await requireClang();
  const tmp = await Deno.makeTempDir({ prefix: "patchpy-stencils-" });
  try {
    if (mode === "--update-golden") {
      for (const arch of ARCHES) {
        await writeWhole(goldenPath(arch), goldenText(arch, await buildGolden(arch, tmp)));
        console.log(`wrote ${goldenPath(arch)}`);
      }
      return 0;
    }
    const tables = await buildTables(tmp);
    let stale = 0;
    for (const [arch, text] of tables) {
      const file = generatedPath(arch);
      if (mode !== "--check") {
        await Deno.mkdir(`${ROOT}stencils/generated`, { recursive: true });
        await writeWhole(file, text);
        console.log(`wrote ${file} (${stencilBlocks(text).size} stencils)`);
        continue;
      }
      const old = await readOr(file);
      if (old === text) continue;
      stale++;
      console.error(`${file} is stale: run ${COMMAND}`);
      if (old === undefined) continue;
      const [was, now] = [stencilBlocks(old), stencilBlocks(text)];
      for (const name of new Set([...was.keys(), ...now.keys()])) {
        if (was.get(name) !== now.get(name)) console.error(`  stencil ${name} differs`);
      }
    }
    return stale === 0 ? 0 : 1;
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
}

if (import.meta.main) {
  try {
    Deno.exit(await main(Deno.args));
  } catch (e) {
    console.error((e as Error).message);
    Deno.exit(1);
  }
}
