/**
 * The uop table against everything derived from it: templates, TypeScript
 * bodies and the committed stencil tables, with nothing missing and nothing
 * orphaned.
 */
import assert from "node:assert/strict";
import { NATIVE_UOPS, SHIM, templateFile, UOPS } from "./uops.ts";
import { NATIVE_BODIES } from "./native_uops.ts";
import type { StencilTable } from "./stencil_types.ts";

const STENCIL_DIR = new URL("../stencils/", import.meta.url);
/** C files in `stencils/` that are not uop templates. */
const NOT_UOPS = new Set(["shim.c", "trampoline.c"]);

Deno.test("every uop row is complete and named once", () => {
  const names = new Set<string>();
  for (const u of UOPS) {
    assert.match(u.name, /^_[A-Z0-9_]+$/, `${u.name}: uop names are _UPPER_CASE`);
    assert.ok(!names.has(u.name), `${u.name} is defined twice`);
    names.add(u.name);
    assert.match(
      u.ref,
      /^(CPython 3\.14 bytecodes\.c: _?[A-Z0-9_]+|patchpy: .+)$/,
      `${u.name}: ref`,
    );
    assert.match(u.stack, /^\(.*--.*\)$/, `${u.name}: stack effect`);
    assert.ok(u.doc.length > 0, `${u.name}: doc`);
  }
});

Deno.test("every native uop has a template and a body, and nothing is orphaned", () => {
  const files = new Set<string>();
  for (const e of Deno.readDirSync(STENCIL_DIR)) {
    if (e.isFile && e.name.endsWith(".c") && !NOT_UOPS.has(e.name)) files.add(e.name);
  }
  for (const name of NATIVE_UOPS) {
    assert.ok(files.has(templateFile(name)), `${name}: stencils/${templateFile(name)} is missing`);
    files.delete(templateFile(name));
    assert.equal(typeof NATIVE_BODIES[name], "function", `${name}: no body in jit/native_uops.ts`);
  }
  assert.deepEqual([...files], [], "templates without a native uop row");
  const bodies = Object.keys(NATIVE_BODIES).filter((n) => !NATIVE_UOPS.includes(n));
  assert.deepEqual(bodies, [], "bodies without a native uop row");
});

Deno.test("the committed stencil tables hold exactly the native uops and the shim", async () => {
  const want = [...NATIVE_UOPS, SHIM].sort();
  for (const arch of ["x86_64", "aarch64"] as const) {
    const table: StencilTable = (await import(`../stencils/generated/${arch}.ts`)).STENCILS;
    assert.equal(table.arch, arch);
    assert.deepEqual(Object.keys(table.stencils).sort(), want, `${arch}: run deno task stencils`);
    assert.ok(table.trampoline.length > 0, `${arch}: no trampoline`);
  }
});
