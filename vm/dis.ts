/**
 * `--dis`: a listing of code objects in the shape of CPython 3.11's
 * `python -m dis`: the line number at the first instruction of each line,
 * `>>` on jump targets, byte offsets (2 per unit, as CPython counts),
 * opcode, oparg and its meaning in parentheses, cache units hidden, then
 * the exception table, then every nested code object.
 *
 * Argument descriptions follow 3.13 where our stack layout is 3.13's
 * (`LOAD_GLOBAL 1 (print + NULL)`, `COMPARE_OP 88 (bool(==))`); jumps print
 * as 3.11 prints them (`(to 24)`).
 *
 * @module
 */

import { ELLIPSIS } from "./ast.ts";
import { reprBytes, reprComplex, reprFloat, reprInt, reprStr } from "./repr.ts";
import { type CodeObject, type Const, ConstTuple } from "./code.ts";
import {
  CMP_OPS,
  COMPARE_BOOL,
  CONVERSIONS,
  F,
  FUNC_ATTRIBUTE_NAMES,
  INTRINSIC_1,
  NB_OPS,
  Op,
  opInfo,
} from "./opcodes.ts";

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

/**
 * Disassembles a code object and, recursively, the code objects among its
 * constants.
 *
 * @param code The code object, usually a module's.
 * @returns The listing, ending with a newline.
 */
export function disassemble(code: CodeObject): string {
  const out: string[] = [];
  disassembleRecursive(code, out);
  return out.join("\n") + "\n";
}

function disassembleRecursive(code: CodeObject, out: string[]): void {
  disassembleOne(code, out);
  for (const c of code.co_consts) {
    if (isCode(c)) {
      out.push("");
      out.push(`Disassembly of ${c.toString()}:`);
      disassembleRecursive(c, out);
    }
  }
}

function isCode(c: Const): c is CodeObject {
  return typeof c === "object" && c !== null && "co_code" in c;
}

/** One decoded instruction. */
export interface Instruction {
  /** Index of the instruction's unit in `co_code`. */
  unit: number;
  opcode: number;
  oparg: number;
  /** Unit a jump lands on, or -1. */
  target: number;
}

/** Decodes `co_code`, skipping cache units. */
export function instructions(code: CodeObject): Instruction[] {
  const out: Instruction[] = [];
  const co = code.co_code;
  for (let u = 0; u < co.length;) {
    const opcode = co[u] & 0xff;
    const oparg = co[u] >>> 8;
    const info = opInfo(opcode);
    const next = u + 1 + info.cache;
    let target = -1;
    if (info.flags & F.JUMP) target = info.flags & F.BACKWARD ? next - oparg : next + oparg;
    out.push({ unit: u, opcode, oparg, target });
    u = next;
  }
  return out;
}

function disassembleOne(code: CodeObject, out: string[]): void {
  const ins = instructions(code);
  const labels = new Set<number>();
  for (const i of ins) if (i.target >= 0) labels.add(i.target);
  for (const e of code.co_exceptiontable) labels.add(e.target);
  // CPython 3.11 Lib/dis.py: findlinestarts (a line starts where it changes)
  const starts = new Map<number, number>();
  let lastLine: number | null = null;
  for (const i of ins) {
    const line = code.lineAt(i.unit);
    if (line >= 0 && line !== lastLine) {
      starts.set(i.unit, line);
      lastLine = line;
    }
  }
  const maxLine = Math.max(0, ...starts.values());
  const linenoWidth = starts.size === 0 ? 0 : maxLine >= 1000 ? String(maxLine).length : 3;
  const maxOffset = 2 * code.co_code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  for (const i of ins) {
    const line = starts.get(i.unit);
    if (linenoWidth && line !== undefined && i.unit > 0) out.push("");
    const fields: string[] = [];
    if (linenoWidth) {
      fields.push(
        line !== undefined ? String(line).padStart(linenoWidth) : " ".repeat(linenoWidth),
      );
    }
    fields.push("   ");
    fields.push(labels.has(i.unit) ? ">>" : "  ");
    fields.push(String(2 * i.unit).padStart(offsetWidth));
    const info = opInfo(i.opcode);
    fields.push(info.name.padEnd(OPNAME_WIDTH));
    if (info.flags & F.ARG) {
      fields.push(String(i.oparg).padStart(OPARG_WIDTH));
      const r = argRepr(code, i);
      if (r) fields.push(`(${r})`);
    }
    out.push(fields.join(" ").trimEnd());
  }
  if (code.co_exceptiontable.length > 0) {
    out.push("ExceptionTable:");
    for (const e of code.co_exceptiontable) {
      const lasti = e.lasti ? " lasti" : "";
      out.push(`  ${2 * e.start} to ${2 * e.end - 2} -> ${2 * e.target} [${e.depth}]${lasti}`);
    }
  }
}

function argRepr(code: CodeObject, i: Instruction): string {
  const info = opInfo(i.opcode);
  const arg = i.oparg;
  if (i.target >= 0) return `to ${2 * i.target}`;
  if (info.flags & F.CONST) return constRepr(code.co_consts[arg]);
  if (info.flags & F.NAME) {
    const name = code.co_names[arg >> info.nameShift] ?? "?";
    if (info.nameShift > 0 && arg & 1) {
      return i.opcode === Op.LOAD_GLOBAL ? `${name} + NULL` : `${name} + NULL|self`;
    }
    return name;
  }
  if (info.flags & (F.LOCAL | F.FREE)) return code.co_localsplusnames[arg] ?? "?";
  switch (i.opcode) {
    case Op.COMPARE_OP: {
      const op = CMP_OPS[arg >> 5] ?? "?";
      return arg & COMPARE_BOOL ? `bool(${op})` : op;
    }
    case Op.BINARY_OP:
      return NB_OPS[arg]?.[1] ?? "?";
    case Op.CONVERT_VALUE:
      return CONVERSIONS[arg] ?? "?";
    case Op.SET_FUNCTION_ATTRIBUTE:
      return FUNC_ATTRIBUTE_NAMES[arg] ?? "?";
    case Op.CALL_INTRINSIC_1:
      return INTRINSIC_1[arg] ?? "?";
  }
  return "";
}

// -- Constant reprs ----------------------------------------------------------------

/** Python's `repr` of a constant. */
export function constRepr(c: Const): string {
  if (c === null) return "None";
  if (c instanceof ConstTuple) {
    const items = c.items.map(constRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  if (c instanceof Uint8Array) return reprBytes(c);
  if (isCode(c)) return c.toString();
  switch (typeof c) {
    case "bigint":
      return reprInt(c);
    case "number":
      return reprFloat(c);
    case "string":
      return reprStr(c);
    case "boolean":
      return c ? "True" : "False";
    case "symbol":
      return c === ELLIPSIS ? "Ellipsis" : "?";
    default:
      return reprComplex(0, c.imag);
  }
}
