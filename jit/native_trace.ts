/**
 * A compiled native trace: the emitter's bytes in a sealed code block, and
 * the entry that runs them. Compilation is layout, one copy-and-patch pass
 * into a scratch buffer, one write into read-write pages, and one seal.
 *
 * @module
 */
import type { CodeBlock, NativeBackend } from "../ffi/native_backend.ts";
import { emitTrace, layoutTrace, type NativeInstr } from "./emit.ts";
import type { StencilTable } from "./stencil_types.ts";

/** A trace in executable memory. */
export interface NativeTrace {
  /** Its code, sealed read-execute; the shim is at its start. */
  readonly block: CodeBlock;
  /** Bytes of code and data. */
  readonly size: number;
  /** Runs the trace on a native frame (`NativeBackend.framePointer`); returns the exit id. */
  run(frame: Deno.PointerObject): number;
  /** Returns the code's pages; the trace must not run again. */
  free(): void;
}

let scratch = new Uint8Array(4096);

/**
 * Copies, patches and seals a trace. `entryDepth` is the slot index of the
 * stack pointer when the first instruction runs.
 */
export function compileTrace(
  backend: NativeBackend,
  table: StencilTable,
  instrs: readonly NativeInstr[],
  entryDepth: number,
): NativeTrace {
  const layout = layoutTrace(table, instrs);
  const block = backend.alloc(layout.size);
  if (scratch.length < layout.size) scratch = new Uint8Array(layout.size * 2);
  const bytes = scratch.subarray(0, layout.size);
  try {
    emitTrace(layout, instrs, entryDepth, block.address, bytes);
    backend.write(block, bytes);
    backend.seal(block);
  } catch (e) {
    backend.free(block);
    throw e;
  }
  let live = true;
  return {
    block,
    size: layout.size,
    run: (frame) => {
      if (!live) throw new Error("Cannot run a freed trace");
      return backend.enter(block.pointer, frame);
    },
    free: () => {
      if (!live) return;
      live = false;
      backend.free(block);
    },
  };
}
