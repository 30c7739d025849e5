/**
 * The emitter: lays a trace's stencils end to end, fills their holes, and
 * hands the bytes to executable memory. This is the whole of copy-and-patch
 * at run time: no instruction selection, no register allocation, only
 * copies and relocations.
 *
 * Layout of a trace in memory: the shim, then one stencil per instruction
 * in order (each falls through to the next, the build having dropped the
 * trailing jumps), then every stencil's read-only data, each at its
 * alignment. The emitter only reads exit stubs' positions; what an exit
 * means belongs to `jit/exits.ts`.
 *
 * @module
 */
import type { Hole, Stencil, StencilTable } from "./stencil_types.ts";
import { PATCH } from "./patch.ts";
import { SHIM } from "./uops.ts";

/** One instruction of a native trace. */
export interface NativeInstr {
  uop: string;
  oparg: number;
  operand0: bigint;
  operand1: bigint;
  /** Index of the instruction `_JIT_JUMP_TARGET` names, or -1. */
  target: number;
  /** Index of the exit stub `_JIT_EXIT` names, or -1. */
  exit: number;
}

/** Makes an instruction; unused fields are zero or -1. */
export function instr(
  uop: string,
  fields: Partial<Omit<NativeInstr, "uop">> = {},
): NativeInstr {
  return {
    uop,
    oparg: fields.oparg ?? 0,
    operand0: fields.operand0 ?? 0n,
    operand1: fields.operand1 ?? 0n,
    target: fields.target ?? -1,
    exit: fields.exit ?? -1,
  };
}

/** Where each piece of a trace goes, in bytes from its start. */
export interface TraceLayout {
  /** The stencils: the shim first, then one per instruction. */
  stencils: Stencil[];
  /** Code offset of each stencil (`codeOffsets[0]` is the shim's, 0). */
  codeOffsets: number[];
  /** Data offset of each stencil. */
  dataOffsets: number[];
  /** Total size in bytes. */
  size: number;
}

/** Computes where everything goes, failing on an unknown uop. */
export function layoutTrace(table: StencilTable, instrs: readonly NativeInstr[]): TraceLayout {
  const stencils: Stencil[] = [stencilOf(table, SHIM)];
  for (const i of instrs) stencils.push(stencilOf(table, i.uop));
  const codeOffsets: number[] = [];
  let at = 0;
  for (const s of stencils) {
    codeOffsets.push(at);
    at += s.code.length;
  }
  const dataOffsets: number[] = [];
  for (const s of stencils) {
    if (s.data.length > 0) at = (at + s.dataAlign - 1) & -s.dataAlign;
    dataOffsets.push(at);
    at += s.data.length;
  }
  return { stencils, codeOffsets, dataOffsets, size: at };
}

function stencilOf(table: StencilTable, name: string): Stencil {
  const s = table.stencils[name];
  if (s === undefined) throw new Error(`Cannot emit ${name}: no ${table.arch} stencil`);
  return s;
}

/**
 * Copies and patches a trace into `out` (at least `layout.size` bytes) as
 * it will sit at address `base`. `entryDepth` is the shim's oparg: the
 * slot index of the stack pointer when the first instruction runs.
 */
export function emitTrace(
  layout: TraceLayout,
  instrs: readonly NativeInstr[],
  entryDepth: number,
  base: bigint,
  out: Uint8Array,
): void {
  const { stencils, codeOffsets, dataOffsets } = layout;
  const baseNumber = Number(base);
  for (let k = 0; k < stencils.length; k++) {
    const s = stencils[k];
    const at = codeOffsets[k];
    out.set(s.code, at);
    if (s.data.length > 0) out.set(s.data, dataOffsets[k]);
    const ins = k === 0 ? null : instrs[k - 1];
    const code = out.subarray(at, at + s.code.length);
    for (const h of s.holes) {
      const value = holeValue(h, k, ins, entryDepth, layout, baseNumber, instrs.length) +
        BigInt(h.addend);
      PATCH[h.kind](code, h.offset, value, BigInt(baseNumber + at + h.offset));
    }
  }
}

/** The S of a hole: an address in the trace, an oparg or an operand. */
function holeValue(
  h: Hole,
  k: number,
  ins: NativeInstr | null,
  entryDepth: number,
  layout: TraceLayout,
  base: number,
  count: number,
): bigint {
  const name = layout.stencils[k].name;
  switch (h.value) {
    case "continue":
      if (k === count) {
        throw new Error(`Cannot emit ${name}: the trace's last instruction falls off its end`);
      }
      return BigInt(base + layout.codeOffsets[k + 1]);
    case "jump_target":
      return BigInt(base + layout.codeOffsets[1 + indexIn(ins, "target", name, count)]);
    case "exit":
      return BigInt(base + layout.codeOffsets[1 + indexIn(ins, "exit", name, count)]);
    case "oparg":
      return BigInt(ins === null ? entryDepth : ins.oparg);
    case "operand0":
      return BigInt.asUintN(64, ins?.operand0 ?? 0n);
    case "operand1":
      return BigInt.asUintN(64, ins?.operand1 ?? 0n);
    case "data":
      return BigInt(base + layout.dataOffsets[k]);
    case "code":
      return BigInt(base + layout.codeOffsets[k]);
  }
}

function indexIn(
  ins: NativeInstr | null,
  field: "target" | "exit",
  name: string,
  count: number,
): number {
  const i = ins === null ? -1 : ins[field];
  if (i < 0 || i >= count) {
    throw new Error(`Cannot emit ${name}: its ${field} ${i} is not an instruction of the trace`);
  }
  return i;
}
