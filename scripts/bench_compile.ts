/**
 * The speed of copy-and-patch: the time to copy and patch one stencil, and
 * to compile a 50-uop trace end to end (layout, pages made read-write, copy
 * and patch, write, seal read-execute), and to free it, as medians over
 * many rounds. Prints a Markdown table.
 *
 *   deno task bench-compile [--rounds=N]
 *
 * @module
 */
import { nativeBackend } from "../ffi/native_backend.ts";
import { emitTrace, instr, layoutTrace, type NativeInstr } from "../jit/emit.ts";
import { compileTrace } from "../jit/native_trace.ts";
import { stencilTable } from "../jit/stencil_table.ts";

/** A 50-uop loop body of the kind tier 2 emits: loads, int and float arithmetic, guards. */
export function sampleTrace(): NativeInstr[] {
  const body: NativeInstr[] = [];
  const exits: number[] = [];
  const exit = () => {
    exits.push(body.length);
    return -1; // fixed up below, once the stubs' positions are known
  };
  body.push(instr("_FOR_ITER_RANGE", { oparg: 0, operand0: 1n, exit: exit() }));
  body.push(instr("_STORE_FAST", { oparg: 2 }));
  while (body.length < 42) {
    body.push(instr("_LOAD_FAST", { oparg: 2 }));
    body.push(instr("_LOAD_FAST", { oparg: 3 }));
    body.push(instr("_BINARY_OP_ADD_INT", { exit: exit() }));
    body.push(instr("_STORE_FAST", { oparg: 3 }));
    body.push(instr("_LOAD_FAST", { oparg: 4 }));
    body.push(instr("_LOAD_CONST_INLINE", { operand0: 0x3FF8000000000000n }));
    body.push(instr("_BINARY_OP_MULTIPLY_FLOAT"));
    body.push(instr("_STORE_FAST", { oparg: 4 }));
  }
  body.push(instr("_LOAD_FAST", { oparg: 3 }));
  body.push(instr("_LOAD_FAST", { oparg: 2 }));
  body.push(instr("_COMPARE_OP_INT", { oparg: 1 }));
  body.push(instr("_GUARD_IS_FALSE_POP", { exit: exit() }));
  body.push(instr("_LOAD_FAST", { oparg: 3 }));
  body.push(instr("_TO_BOOL_INT"));
  body.push(instr("_GUARD_IS_TRUE_POP", { exit: exit() }));
  body.push(instr("_JUMP_TO_TOP", { target: 0 }));
  const stubs = body.length;
  exits.forEach((at, k) => {
    body[at].exit = stubs + k;
    body.push(instr("_EXIT_TRACE", { operand0: BigInt(k) }));
  });
  return body;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function main(args: string[]): number {
  const rounds = Number(args.find((a) => a.startsWith("--rounds="))?.slice(9) ?? 2000);
  const backend = nativeBackend();
  if (!backend.available) {
    console.error(`bench-compile: native code cannot run: ${backend.reason}`);
    return 1;
  }
  const table = stencilTable(backend.arch);
  const trace = sampleTrace();
  const uops = trace.filter((i) => i.uop !== "_EXIT_TRACE").length;
  const layout = layoutTrace(table, trace);
  const out = new Uint8Array(layout.size);

  const patchOnly: number[] = [];
  const endToEnd: number[] = [];
  const freeing: number[] = [];
  for (let r = 0; r < rounds + 200; r++) {
    let t = performance.now();
    for (let k = 0; k < 20; k++) emitTrace(layout, trace, 8, 0x7f0000000000n, out);
    const patched = (performance.now() - t) / 20;
    t = performance.now();
    const compiled = compileTrace(backend, table, trace, 8);
    const compiledMs = performance.now() - t;
    t = performance.now();
    compiled.free();
    const freedMs = performance.now() - t;
    if (r >= 200) { // the first rounds warm the JIT of the host
      patchOnly.push(patched);
      endToEnd.push(compiledMs);
      freeing.push(freedMs);
    }
  }
  const perStencil = (median(patchOnly) * 1000) / layout.stencils.length;
  const perTrace = median(endToEnd) * 1000;
  console.log(`copy-and-patch on ${backend.arch}, ${rounds} rounds, medians`);
  console.log(
    `trace: ${uops} uops + ${
      trace.length - uops
    } exit stubs + shim = ${layout.stencils.length} stencils, ${layout.size} bytes\n`,
  );
  console.log("| measure | time | goal |");
  console.log("|---|---:|---:|");
  console.log(`| copy and patch, per stencil | ${perStencil.toFixed(3)} us | 0.2 us |`);
  console.log(
    `| compile a ${uops}-uop trace end to end (alloc read-write, copy and patch, write, seal read-execute) | ${
      perTrace.toFixed(2)
    } us | 20 us |`,
  );
  console.log(
    `| free it (pages back to no access) | ${(median(freeing) * 1000).toFixed(2)} us | |`,
  );
  return 0;
}

if (import.meta.main) Deno.exit(main(Deno.args));
