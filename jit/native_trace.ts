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
import type { NativeCode } from "./trace_ir.ts";

/** A trace in executable memory. */
export interface NativeTrace {
  /** Its code, sealed read-execute; the shim is at its start. */
  readonly block: CodeBlock;
  /** Bytes of code and data. */
  readonly size: number;
  /** Address of its first instruction, past the shim: where links from other traces land. */
  readonly body: bigint;
  /** Address of instruction `k` (a loop head other traces of its tree may link to). */
  at(k: number): bigint;
  /** What it was made from, for `--jit-dump`. */
  readonly native: NativeCode;
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
  if (instrs.length === 0) throw new Error("Cannot compile an empty trace");
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
  const at = (k: number) => block.address + BigInt(layout.codeOffsets[k + 1]);
  return {
    block,
    size: layout.size,
    body: at(0),
    at,
    native: { arch: table.arch, table, instrs, entryDepth, address: block.address },
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

/** Words per link cell (`stencils/exit_trace.c`): target code, transfers, target depth, unused. */
const CELL = 4;

/**
 * The link cells of one trace's exits, in memory native code reads: once
 * exit `id` is linked, its stub jumps straight into the target trace
 * instead of returning to TypeScript. Exit stubs carry their trace's index
 * in the high bits of the id they return (`exitCode`), so one entry can
 * end in any trace of its tree.
 */
export class ExitLinks {
  /** Kept alive with the code that points into it; a fixed-size buffer never moves. */
  readonly #buffer: ArrayBuffer;
  readonly #cells: BigInt64Array;
  readonly address: bigint;

  constructor(backend: NativeBackend, readonly count: number) {
    // One cell per exit, then the loop's iteration count (`_JUMP_TO_TOP`).
    this.#buffer = new ArrayBuffer((count + 1) * CELL * 8);
    this.#cells = new BigInt64Array(this.#buffer);
    this.address = BigInt(Deno.UnsafePointer.value(backend.framePointer(this.#buffer)));
  }

  /**
   * Gives each `_EXIT_TRACE` of `instrs` its cell and the id
   * `exitCode(trace, id)`, and `_JUMP_TO_TOP` the iteration count.
   */
  patch(instrs: readonly NativeInstr[], trace: number): NativeInstr[] {
    return instrs.map((i) => {
      if (i.uop === "_JUMP_TO_TOP") {
        return { ...i, operand0: this.address + BigInt(this.count * CELL * 8) };
      }
      if (i.uop !== "_EXIT_TRACE") return i;
      const id = Number(i.operand0);
      if (id >= this.count) throw new Error(`Cannot link exit ${id} of ${this.count}`);
      return {
        ...i,
        operand0: BigInt(exitCode(trace, id)),
        operand1: this.address + BigInt(id * CELL * 8),
      };
    });
  }

  /** From now on exit `id` goes on in the code at `body`, which starts at stack depth `depth`. */
  link(id: number, body: bigint, depth: number): void {
    this.#cells[id * CELL + 2] = BigInt(depth);
    this.#cells[id * CELL] = body;
  }

  /** Jumps to the top taken by the trace's loop. */
  loops(): number {
    return Number(this.#cells[this.count * CELL]);
  }

  /** Transfers taken through exit `id`'s cell. */
  taken(id: number): number {
    return Number(this.#cells[id * CELL + 1]);
  }

  /** Transfers taken through all the cells. */
  transfers(): number {
    let n = 0;
    for (let id = 0; id < this.count; id++) n += Number(this.#cells[id * CELL + 1]);
    return n;
  }
}

/** Exit ids are below 2**16: the trace's index in its tree goes above them. */
export function exitCode(trace: number, id: number): number {
  return trace * 65536 + id;
}
