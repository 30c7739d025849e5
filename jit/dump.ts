/**
 * `--jit-dump`: each installed trace on stderr, as it is installed: the
 * source lines of its loop, its uops after optimization, and in `jit` mode
 * its machine code, stencil by stencil, disassembled with capstone-wasm
 * (loaded before the run: `jit/disasm.ts`).
 *
 * @module
 */
import type { Vm } from "../vm/vm.ts";
import { emitTrace, layoutTrace, type NativeInstr } from "./emit.ts";
import { disassemble, disassemblerLoaded, hexBytes } from "./disasm.ts";
import type { NativeCode, Trace, TraceOp } from "./trace_ir.ts";

/** What `--jit-dump` shows of a trace: a root executor, or a side trace grown from an exit. */
export interface ShownTrace {
  readonly trace: Trace;
  readonly native?: NativeCode;
  /** Set for a side trace (`jit/side_traces.ts`): it starts at an exit, mid-loop. */
  readonly side?: boolean;
}

let traces = 0;

function lineOf(positions: Int32Array, pc: number): number {
  return positions[4 * pc];
}

function operandText(op: TraceOp): string {
  const v = op.operand;
  if (v === undefined || v === null) return "";
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") return ` ${v}`;
  if (typeof v === "object" && v !== null && "value" in v && "tag" in v) return " <global>";
  const name = (v as { constructor?: { name?: string } }).constructor?.name;
  return name ? ` <${name}>` : "";
}

/** The dump of one trace. */
export function dumpExecutor(executor: ShownTrace, vm: Vm): string {
  const { trace } = executor;
  const code = trace.code;
  const n = ++traces;
  const out: string[] = [];
  const head = lineOf(code.co_positions, trace.start);
  const where = executor.side
    ? `side trace from an exit at unit ${trace.start} (loop jump at unit ${trace.backedge})`
    : `loop head at unit ${trace.start}`;
  out.push(
    `--- trace ${n}: ${code.co_qualname} (${code.co_filename}:${head}), ${where}, ` +
      `${trace.ops.length} uops${executor.native ? ", native" : ""} ---`,
  );
  // An op of an inlined call (jit/inline.ts) is at a unit of its callee's code.
  const codeOf = (op: TraceOp) => op.frame === undefined ? code : trace.frames![op.frame].code;
  const lines = new Set<number>();
  for (const op of trace.ops) {
    const c = codeOf(op);
    const l = lineOf(c.co_positions, op.pc);
    if (l > 0 && c.co_filename === code.co_filename) lines.add(l);
  }
  const source = vm.sourceLines(code.co_filename);
  out.push("source:");
  for (const l of [...lines].sort((a, b) => a - b)) {
    out.push(`  ${String(l).padStart(5)} | ${source?.[l - 1] ?? ""}`);
  }
  out.push("uops:");
  trace.ops.forEach((op, i) => {
    const target = op.uop === "_JUMP_TO_TOP" ? ` -> ${op.target}` : "";
    out.push(
      `  ${String(i).padStart(4)}  ${
        (op.uop + " " + op.oparg + operandText(op) + target).padEnd(44)
      }` +
        ` unit ${op.pc}, line ${lineOf(codeOf(op).co_positions, op.pc)}` +
        (op.frame === undefined ? "" : ` in ${codeOf(op).co_qualname}`),
    );
  });
  if (executor.native) out.push(...dumpNative(executor.native));
  return out.join("\n") + "\n";
}

function dumpNative(native: NativeCode): string[] {
  const layout = layoutTrace(native.table, native.instrs);
  const bytes = new Uint8Array(layout.size);
  emitTrace(layout, native.instrs, native.entryDepth, native.address, bytes);
  const base = Number(native.address);
  const out = [`machine code (${native.arch}, ${layout.size} bytes at 0x${base.toString(16)}):`];
  layout.stencils.forEach((s, k) => {
    const ins = k === 0 ? null : native.instrs[k - 1];
    const label = ins === null
      ? `shim (entry depth ${native.entryDepth})`
      : `${ins.uop}${ins.oparg ? ` oparg=${ins.oparg}` : ""}${
        ins.operand0 ? ` operand0=${ins.operand0}` : ""
      }${operand1Text(ins)}`;
    out.push(`  ${k === 0 ? "" : `[${k - 1}] `}${label}`);
    const at = layout.codeOffsets[k];
    const code = bytes.subarray(at, at + s.code.length);
    if (!disassemblerLoaded()) {
      out.push(`    ${hexBytes(code)}`);
      return;
    }
    for (const insn of disassemble(native.arch, code, base + at)) {
      out.push(`    ${insn.address.toString(16)}: ${hexBytes(insn.bytes).padEnd(22)} ${insn.text}`);
    }
  });
  return out;
}

/** operand1 as the dump shows it: a `_LOCALS` variant's two slots apart. */
function operand1Text(ins: NativeInstr): string {
  if (ins.uop.endsWith("_LOCALS")) {
    return ` slots=${ins.operand1 >> 32n},${ins.operand1 & 0xffffffffn}`;
  }
  return ins.operand1 ? ` operand1=${ins.operand1}` : "";
}
