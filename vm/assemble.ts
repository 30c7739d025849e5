/**
 * From a code unit's optimized graph to a `CodeObject`, as CPython 3.12's
 * Python/assemble.c: lay out the localsplus slots and the prefix
 * instructions, compute the stack depth over the opcode table's stack
 * effects, then emit `co_code`, the exception table and the positions.
 *
 * @module
 */

import { CO, CodeObject, type Const, type ExceptionTableEntry, FAST } from "./code.ts";
import {
  addChecksForUninitialized,
  type Block,
  blocks,
  type Cfg,
  convertPseudoOps,
  type Instr,
  labelExceptionTargets,
  last,
  NO_LOC,
  normalizeJumps,
  optimizeCfg,
  pushColdBlocksToEnd,
  removeUnusedConsts,
  resolveLineNumbers,
  resolveTargets,
} from "./flowgraph.ts";
import { F, hasFlag, MAX_OPARG, Op, opInfo, opName } from "./opcodes.ts";

export interface UnitInfo {
  cfg: Cfg;
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  consts: Const[];
  /** Index of a constant in `consts`, adding it if new. */
  addConst: (c: Const) => number;
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  /** Parameters, including `*args`, `**kwargs` and the `.0` of comprehensions. */
  nparams: number;
}

export function assemble(u: UnitInfo): CodeObject {
  const entry = u.cfg.entry;
  resolveTargets(entry);
  labelExceptionTargets(entry);
  optimizeCfg(entry, u);
  removeUnusedConsts(entry, u);
  addChecksForUninitialized(entry, u.varnames.length, u.nparams);
  blocks(entry).forEach((b, i) => (b.order = i));
  pushColdBlocksToEnd(entry);
  resolveLineNumbers(entry, u.firstlineno);
  const { names, kinds, cellSlot } = localsplus(u);
  insertPrefix(entry, u, cellSlot);
  for (const b of blocks(entry)) {
    for (const i of b.instrs) {
      if (hasFlag(i.op, F.FREE) && i.op !== Op.MAKE_CELL) i.arg = cellSlot[i.arg];
    }
  }
  const stacksize = stackDepth(entry);
  convertPseudoOps(entry);
  normalizeJumps(entry);
  return emit(entry, u, names, kinds, stacksize);
}

// -- Frame layout ------------------------------------------------------------------

// CPython 3.11 Python/compile.c: compute_localsplus_info and fix_cell_offsets.
// Deref opargs are generated as indexes into cellvars + freevars and become
// slot numbers here; a cell that is also a parameter shares its slot.
function localsplus(u: UnitInfo) {
  const names = [...u.varnames];
  const kinds: number[] = u.varnames.map(() => FAST.LOCAL);
  const cellSlot: number[] = [];
  for (const c of u.cellvars) {
    const argSlot = u.varnames.indexOf(c);
    if (argSlot >= 0) {
      kinds[argSlot] |= FAST.CELL;
      cellSlot.push(argSlot);
    } else {
      cellSlot.push(names.length);
      names.push(c);
      kinds.push(FAST.CELL);
    }
  }
  for (const f of u.freevars) {
    cellSlot.push(names.length);
    names.push(f);
    kinds.push(FAST.FREE);
  }
  return { names, kinds: Uint8Array.from(kinds), cellSlot };
}

// CPython 3.11 Python/compile.c: insert_prefix_instructions
function insertPrefix(entry: Block, u: UnitInfo, cellSlot: number[]): void {
  const prefix: Instr[] = [];
  const mk = (op: number, arg: number): Instr => ({
    op,
    arg,
    loc: NO_LOC,
    target: null,
    except: null,
  });
  if (u.freevars.length > 0) prefix.push(mk(Op.COPY_FREE_VARS, u.freevars.length));
  const cells = u.cellvars.map((_, k) => cellSlot[k]).sort((a, b) => a - b);
  for (const slot of cells) prefix.push(mk(Op.MAKE_CELL, slot));
  if (u.flags & CO.GENERATOR) prefix.push(mk(Op.RETURN_GENERATOR, 0), mk(Op.POP_TOP, 0));
  entry.instrs.unshift(...prefix);
}

// -- Stack depth -------------------------------------------------------------------

// CPython 3.12 Python/flowgraph.c: _PyCfg_Stackdepth. A depth-first walk over
// the stack effects of the opcode table; every block must be reached with
// one depth, and a SETUP_* reaches its handler with the depth of its jump edge.
function stackDepth(entry: Block): number {
  for (const b of blocks(entry)) b.startDepth = -1;
  const stack: Block[] = [];
  let max = 0;
  const push = (b: Block, depth: number, from: Instr | null) => {
    if (depth < 0) {
      throw new Error(
        `Cannot compute the stack depth: negative after ${from ? opName(from.op) : "entry"}`,
      );
    }
    if (b.startDepth < 0) {
      b.startDepth = depth;
      stack.push(b);
    } else if (b.startDepth !== depth) {
      throw new Error(
        `Cannot compute the stack depth: a block is reached with depths ${b.startDepth} and ${depth}` +
          (from ? ` (from ${opName(from.op)})` : ""),
      );
    }
  };
  push(entry, 0, null);
  while (stack.length > 0) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let fallsThrough = true;
    for (const i of b.instrs) {
      const info = opInfo(i.op);
      if (info.pop(i.arg) > depth) {
        throw new Error(`Cannot compute the stack depth: ${info.name} pops below the bottom`);
      }
      const after = depth - info.pop(i.arg) + info.push(i.arg);
      max = Math.max(max, after);
      if (i.target !== null) {
        const jumpDepth = depth - info.jumpPop(i.arg) + info.jumpPush(i.arg);
        max = Math.max(max, jumpDepth);
        push(i.target, jumpDepth, i);
      }
      depth = after;
      if (hasFlag(i.op, F.NO_FALLTHROUGH)) {
        fallsThrough = false;
        break;
      }
    }
    if (fallsThrough && b.next !== null) push(b.next, depth, last(b) ?? null);
  }
  return max;
}

// -- Emission ----------------------------------------------------------------------

const size = (i: Instr) => 1 + opInfo(i.op).cache;

function emit(
  entry: Block,
  u: UnitInfo,
  names: string[],
  kinds: Uint8Array,
  stacksize: number,
): CodeObject {
  let total = 0;
  for (const b of blocks(entry)) {
    b.offset = total;
    for (const i of b.instrs) total += size(i);
  }
  const code = new Uint32Array(total);
  const positions = new Int32Array(4 * total);
  const table: ExceptionTableEntry[] = [];
  let pos = 0;
  let runStart = 0;
  let runHandler: Block | null = null;
  const closeRun = (end: number) => {
    if (runHandler !== null && end > runStart) {
      const h = runHandler;
      const depth = h.startDepth - 1 - (h.preserveLasti ? 1 : 0);
      table.push(
        Object.freeze({ start: runStart, end, target: h.offset, depth, lasti: h.preserveLasti }),
      );
    }
  };
  for (const b of blocks(entry)) {
    for (const i of b.instrs) {
      if (hasFlag(i.op, F.PSEUDO)) {
        throw new Error(`Cannot emit pseudo-instruction ${opName(i.op)}`);
      }
      if (i.except !== runHandler) {
        closeRun(pos);
        runStart = pos;
        runHandler = i.except;
      }
      const n = size(i);
      let arg = i.arg;
      if (i.target !== null) {
        const after = pos + n;
        arg = hasFlag(i.op, F.BACKWARD) ? after - i.target.offset : i.target.offset - after;
        if (arg < 0) throw new Error(`Cannot emit ${opName(i.op)}: target in the wrong direction`);
      }
      if (arg < 0 || arg > MAX_OPARG) {
        throw new Error(`Cannot emit ${opName(i.op)}: oparg ${arg} out of range`);
      }
      code[pos] = i.op | (arg << 8);
      for (let k = 0; k < n; k++) {
        const p = 4 * (pos + k);
        positions[p] = i.loc.lineno;
        positions[p + 1] = i.loc.end_lineno;
        positions[p + 2] = i.loc.col_offset;
        positions[p + 3] = i.loc.end_col_offset;
      }
      pos += n;
    }
  }
  closeRun(pos);
  let flags = u.flags;
  if (u.cellvars.length === 0 && u.freevars.length === 0) flags |= CO.NOFREE;
  return new CodeObject({
    co_name: u.name,
    co_qualname: u.qualname,
    co_filename: u.filename,
    co_firstlineno: u.firstlineno,
    co_argcount: u.argcount,
    co_posonlyargcount: u.posonlyargcount,
    co_kwonlyargcount: u.kwonlyargcount,
    co_flags: flags,
    co_localsplusnames: names,
    co_localspluskinds: kinds,
    co_names: [...u.names],
    co_consts: [...u.consts],
    co_code: code,
    co_stacksize: stacksize,
    co_exceptiontable: table,
    co_positions: positions,
  });
}
