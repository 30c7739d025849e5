/**
 * The control-flow graph of a code unit and the passes over it, as
 * CPython 3.12's Python/flowgraph.c: label the exception handler of every
 * instruction from the SETUP_* / POP_BLOCK pseudo-instructions, apply a few
 * peephole rewrites, drop unreachable blocks, turn LOAD_FAST into
 * LOAD_FAST_CHECK where a local may be unbound, move exception handlers out
 * of the hot path, give every exit a line number, and give pseudo jumps
 * their direction. `assemble.ts` turns the result into a `CodeObject`.
 *
 * Requirements for a rewrite in `optimizeBlock`:
 * 1. It must not change what the program prints, raises or the line an
 *    exception is reported on.
 * 2. It must keep the stack effect of the block it rewrites.
 *
 * @module
 */

import { CodeObject, type Const, ConstTuple } from "./code.ts";
import { COMPARE_BOOL, F, hasFlag, Op, opName } from "./opcodes.ts";

export interface Loc {
  readonly lineno: number;
  readonly end_lineno: number;
  readonly col_offset: number;
  readonly end_col_offset: number;
}

/** An instruction without a position (CPython's NO_LOCATION). */
export const NO_LOC: Loc = Object.freeze({
  lineno: -1,
  end_lineno: -1,
  col_offset: -1,
  end_col_offset: -1,
});

/** An instruction of the graph; `arg` is a label id for jumps until resolved. */
export interface Instr {
  op: number;
  arg: number;
  loc: Loc;
  target: Block | null;
  /** The handler block an exception raised here goes to. */
  except: Block | null;
}

/** A basic block. */
export class Block {
  instrs: Instr[] = [];
  next: Block | null = null;
  label = -1;
  startDepth = -1;
  predecessors = 0;
  visited = false;
  exceptHandler = false;
  preserveLasti = false;
  warm = false;
  cold = false;
  /** Position in source order, to tell loop back edges from reordering. */
  order = 0;
  offset = 0;
  exceptStack: Block[] | null = null;
  unsafe: Uint8Array | null = null;
}

export const isJump = (op: number) => hasFlag(op, F.JUMP) && !hasFlag(op, F.BLOCK_PUSH);
const hasTarget = (op: number) => hasFlag(op, F.JUMP);
const isBlockPush = (op: number) => hasFlag(op, F.BLOCK_PUSH);
const isUncondJump = (op: number) => isJump(op) && hasFlag(op, F.NO_FALLTHROUGH);
const isScopeExit = (op: number) => hasFlag(op, F.SCOPE_EXIT);
export const last = (b: Block): Instr | undefined => b.instrs[b.instrs.length - 1];
const hasFallthrough = (b: Block) => {
  const l = last(b);
  return l === undefined || !hasFlag(l.op, F.NO_FALLTHROUGH);
};
const exitsScope = (b: Block) => {
  const l = last(b);
  return l !== undefined && isScopeExit(l.op);
};

/** The graph a code unit is generated into; CPython's cfg_builder. */
export class Cfg {
  readonly entry: Block = new Block();
  #cur: Block = this.entry;
  #pendingLabel = -1;
  #nextLabel = 0;

  newLabel(): number {
    return this.#nextLabel++;
  }

  /** Starts the block that `label` names at the current position. */
  useLabel(label: number): void {
    this.#pendingLabel = label;
    this.#maybeStartBlock();
  }

  addop(op: number, arg: number, loc: Loc): void {
    this.#maybeStartBlock();
    this.#cur.instrs.push({ op, arg, loc, target: null, except: null });
  }

  /** Inserts an instruction at the very start of the code. */
  insertFirst(op: number, arg: number, loc: Loc): void {
    this.entry.instrs.unshift({ op, arg, loc, target: null, except: null });
  }

  /** Whether the current block ends in a return, raise or jump. */
  currentBlockTerminated(): boolean {
    const l = last(this.#cur);
    return l !== undefined && hasFlag(l.op, F.NO_FALLTHROUGH);
  }

  #maybeStartBlock(): void {
    const l = last(this.#cur);
    let terminated = l !== undefined && (isJump(l.op) || isScopeExit(l.op));
    if (!terminated && this.#pendingLabel >= 0) {
      if (l !== undefined || this.#cur.label >= 0) {
        terminated = true;
      } else {
        this.#cur.label = this.#pendingLabel;
        this.#pendingLabel = -1;
      }
    }
    if (terminated) {
      const b = new Block();
      b.label = this.#pendingLabel;
      this.#pendingLabel = -1;
      this.#cur.next = b;
      this.#cur = b;
    }
  }
}

/** What the code generator knows about a unit, besides its graph. */
/** The constants of a unit, which rewrites may extend. */
export interface ConstPool {
  consts: Const[];
  /** Index of a constant in `consts`, adding it if new. */
  addConst: (c: Const) => number;
}

export function blocks(entry: Block): Block[] {
  const out: Block[] = [];
  for (let b: Block | null = entry; b !== null; b = b.next) out.push(b);
  return out;
}

/** Builds the code object of a unit. */
// -- Preprocessing ----------------------------------------------------------------

export function resolveTargets(entry: Block): void {
  const byLabel = new Map<number, Block>();
  for (const b of blocks(entry)) if (b.label >= 0) byLabel.set(b.label, b);
  for (const b of blocks(entry)) {
    for (const i of b.instrs) {
      if (!hasTarget(i.op)) continue;
      const t = byLabel.get(i.arg);
      if (t === undefined) {
        throw new Error(`Cannot resolve jump target: label ${i.arg} is never used`);
      }
      i.target = t;
    }
  }
}

// CPython 3.12 Python/flowgraph.c: label_exception_targets. Walks the graph
// with the stack of open SETUP_* regions, recording for each instruction
// the handler it unwinds to.
export function labelExceptionTargets(entry: Block): void {
  for (const b of blocks(entry)) {
    b.visited = false;
    for (const i of b.instrs) if (isBlockPush(i.op)) i.target!.exceptHandler = true;
  }
  const todo: Block[] = [entry];
  entry.visited = true;
  entry.exceptStack = [];
  while (todo.length > 0) {
    const b = todo.pop()!;
    let stack = b.exceptStack!;
    b.exceptStack = null;
    let handler: Block | null = stack.at(-1) ?? null;
    for (const i of b.instrs) {
      if (isBlockPush(i.op)) {
        const t = i.target!;
        if (!t.visited) {
          t.exceptStack = [...stack];
          t.visited = true;
          todo.push(t);
        }
        if (i.op === Op.SETUP_WITH || i.op === Op.SETUP_CLEANUP) t.preserveLasti = true;
        stack = [...stack, t];
        handler = t;
      } else if (i.op === Op.POP_BLOCK) {
        stack = stack.slice(0, -1);
        handler = stack.at(-1) ?? null;
      } else {
        // The number of open regions tells close() whether the frame can
        // catch GeneratorExit (1 is only the implicit StopIteration one).
        if (i.op === Op.YIELD_VALUE) i.arg = stack.length;
        i.except = handler;
        if (isJump(i.op) && !i.target!.visited) {
          i.target!.exceptStack = [...stack];
          i.target!.visited = true;
          todo.push(i.target!);
        }
      }
    }
    if (hasFallthrough(b) && b.next !== null && !b.next.visited) {
      b.next.exceptStack = stack;
      b.next.visited = true;
      todo.push(b.next);
    }
  }
}

// -- Optimization ------------------------------------------------------------------

const MAX_COPY_SIZE = 4;

export function optimizeCfg(entry: Block, u: ConstPool): void {
  eliminateEmptyBlocks(entry);
  for (const b of blocks(entry)) inlineSmallExitBlock(b);
  for (const b of blocks(entry)) optimizeBlock(b, u);
  removeRedundantNopsAndPairs(entry);
  for (const b of blocks(entry)) inlineSmallExitBlock(b);
  markReachable(entry);
  for (const b of blocks(entry)) if (b.predecessors === 0) b.instrs = [];
  for (const b of blocks(entry)) removeRedundantNops(b);
  eliminateEmptyBlocks(entry);
  removeRedundantJumps(entry);
}

function firstNonEmpty(b: Block | null): Block | null {
  while (b !== null && b.instrs.length === 0) b = b.next;
  return b;
}

// CPython 3.12 Python/flowgraph.c: eliminate_empty_basic_blocks
function eliminateEmptyBlocks(entry: Block): void {
  // A handler's role moves with it to the block that replaces it.
  const skip = (b: Block): Block => {
    const t = firstNonEmpty(b) ?? b;
    if (t !== b) {
      t.exceptHandler ||= b.exceptHandler;
      t.preserveLasti ||= b.preserveLasti;
    }
    return t;
  };
  for (const b of blocks(entry)) b.next = firstNonEmpty(b.next);
  for (const b of blocks(entry)) {
    for (const i of b.instrs) {
      if (i.target !== null) i.target = skip(i.target);
      if (i.except !== null) i.except = skip(i.except);
    }
  }
}

// CPython 3.12 Python/flowgraph.c: inline_small_exit_blocks
function inlineSmallExitBlock(b: Block): void {
  const l = last(b);
  if (l === undefined || !isUncondJump(l.op)) return;
  const t = l.target!;
  if (exitsScope(t) && t.instrs.length <= MAX_COPY_SIZE) {
    l.op = Op.NOP;
    l.target = null;
    for (const i of t.instrs) b.instrs.push({ ...i });
  }
}

function constAt(u: ConstPool, i: Instr): Const {
  return u.consts[i.arg];
}

/** Python truth value of a constant. */
export function constTruth(c: Const): boolean {
  if (c === null) return false;
  if (c instanceof ConstTuple) return c.items.length > 0;
  if (c instanceof Uint8Array) return c.length > 0;
  if (c instanceof CodeObject) return true;
  switch (typeof c) {
    case "bigint":
      return c !== 0n;
    case "number":
      return c !== 0;
    case "string":
      return c.length > 0;
    case "boolean":
      return c;
    case "symbol":
      return true;
    default:
      return (c as { imag: number }).imag !== 0;
  }
}

const setOp = (i: Instr, op: number, arg = 0) => {
  i.op = op;
  i.arg = arg;
  if (!hasTarget(op)) i.target = null;
};
const nop = (i: Instr) => setOp(i, Op.NOP);

// CPython 3.13 Python/flowgraph.c: optimize_basic_block (the rewrites that
// patchpy uses; superinstructions are left to the specializer)
function optimizeBlock(b: Block, u: ConstPool): void {
  const ins = b.instrs;
  for (let i = 0; i < ins.length; i++) {
    const inst = ins[i];
    const next = ins[i + 1];
    const nextop = next?.op ?? -1;
    switch (inst.op) {
      case Op.LOAD_CONST: {
        if (nextop === Op.TO_BOOL) {
          setOp(next, Op.LOAD_CONST, u.addConst(constTruth(constAt(u, inst))));
          nop(inst);
        } else if (nextop === Op.POP_JUMP_IF_FALSE || nextop === Op.POP_JUMP_IF_TRUE) {
          const jumps = constTruth(constAt(u, inst)) === (nextop === Op.POP_JUMP_IF_TRUE);
          nop(inst);
          if (jumps) next.op = Op.JUMP;
          else nop(next);
        } else if (nextop === Op.RETURN_VALUE) {
          setOp(next, Op.RETURN_CONST, inst.arg);
          nop(inst);
        }
        break;
      }
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && next.arg === inst.arg && inst.arg <= 3) {
          if (inst.arg === 1) {
            nop(inst);
            nop(next);
          } else if (inst.arg > 1) {
            setOp(next, Op.SWAP, inst.arg);
            nop(inst);
          }
          break;
        }
        foldTupleOfConstants(ins, i, u);
        break;
      // The merged instruction keeps the position of the operation, which
      // is what raises (TO_BOOL carries the position of the statement).
      case Op.COMPARE_OP:
        if (nextop === Op.TO_BOOL) {
          setOp(next, Op.COMPARE_OP, inst.arg | COMPARE_BOOL);
          next.loc = inst.loc;
          nop(inst);
        }
        break;
      case Op.IS_OP: {
        // CPython 3.13 Python/flowgraph.c: `x is None` (or `is not`) then a
        // conditional jump becomes POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE.
        const prev = ins[i - 1];
        const boolOp = nextop === Op.TO_BOOL ? next : null;
        const jump = boolOp ? ins[i + 2] : next;
        if (
          prev?.op === Op.LOAD_CONST && constAt(u, prev) === null && jump !== undefined &&
          (jump.op === Op.POP_JUMP_IF_FALSE || jump.op === Op.POP_JUMP_IF_TRUE)
        ) {
          const jumpIfNone = (inst.arg === 0) === (jump.op === Op.POP_JUMP_IF_TRUE);
          jump.op = jumpIfNone ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE;
          nop(prev);
          nop(inst);
          if (boolOp) nop(boolOp);
          break;
        }
      }
      // falls through
      case Op.CONTAINS_OP:
        if (nextop === Op.TO_BOOL || nextop === Op.UNARY_NOT) {
          setOp(next, inst.op, nextop === Op.TO_BOOL ? inst.arg : inst.arg ^ 1);
          next.loc = inst.loc;
          nop(inst);
        }
        break;
      case Op.TO_BOOL:
        if (nextop === Op.TO_BOOL) nop(inst);
        break;
      case Op.UNARY_NOT:
        if (nextop === Op.TO_BOOL) {
          setOp(next, Op.UNARY_NOT);
          next.loc = inst.loc;
          nop(inst);
        } else if (nextop === Op.UNARY_NOT) {
          nop(inst);
          nop(next);
        }
        break;
      case Op.LOAD_GLOBAL:
        if (nextop === Op.PUSH_NULL && (inst.arg & 1) === 0) {
          inst.arg |= 1;
          nop(next);
        }
        break;
      case Op.SWAP:
        if (inst.arg === 1) nop(inst);
        break;
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.JUMP:
        if (jumpThread(inst)) i--;
        break;
    }
  }
}

// CPython 3.12 Python/flowgraph.c: jump_thread. A jump to a JUMP goes
// straight to its target, unless that would lose a line event.
function jumpThread(inst: Instr): boolean {
  const t = inst.target!.instrs[0];
  if (t === undefined || t.op !== Op.JUMP) return false;
  if ((inst.loc.lineno === t.loc.lineno || t.loc.lineno === -1) && inst.target !== t.target) {
    inst.target = t.target;
    return true;
  }
  return false;
}

// CPython 3.12 Python/flowgraph.c: fold_tuple_on_constants
function foldTupleOfConstants(ins: Instr[], i: number, u: ConstPool): void {
  const n = ins[i].arg;
  if (i < n) return;
  for (let k = i - n; k < i; k++) if (ins[k].op !== Op.LOAD_CONST) return;
  const items = ins.slice(i - n, i).map((x) => constAt(u, x));
  for (let k = i - n; k < i; k++) nop(ins[k]);
  setOp(ins[i], Op.LOAD_CONST, u.addConst(new ConstTuple(items)));
}

// CPython 3.12 Python/flowgraph.c: remove_redundant_nops
function removeRedundantNops(b: Block): void {
  const out: Instr[] = [];
  let prevLine = -1;
  const ins = b.instrs;
  for (let k = 0; k < ins.length; k++) {
    const i = ins[k];
    const line = i.loc.lineno;
    if (i.op === Op.NOP) {
      if (line < 0 || prevLine === line) continue;
      const nx = ins[k + 1];
      if (nx !== undefined) {
        if (nx.loc.lineno === line) continue;
        if (nx.loc.lineno < 0) {
          nx.loc = i.loc;
          continue;
        }
      } else {
        const nb = firstNonEmpty(b.next);
        if (nb !== null && nb.instrs[0].loc.lineno === line) continue;
      }
    }
    out.push(i);
    prevLine = line;
  }
  b.instrs = out;
}

// CPython 3.12 Python/flowgraph.c: remove_redundant_nops_and_pairs
function removeRedundantNopsAndPairs(entry: Block): void {
  let done = false;
  while (!done) {
    done = true;
    let prev: Instr | null = null;
    for (const b of blocks(entry)) {
      removeRedundantNops(b);
      if (b.label >= 0) prev = null;
      for (const i of b.instrs) {
        if (
          i.op === Op.POP_TOP && prev !== null &&
          (prev.op === Op.LOAD_CONST || (prev.op === Op.COPY && prev.arg === 1))
        ) {
          nop(prev);
          nop(i);
          done = false;
        }
        prev = i;
      }
      const l = last(b);
      if ((l !== undefined && isJump(l.op)) || !hasFallthrough(b)) prev = null;
    }
  }
}

function removeRedundantJumps(entry: Block): void {
  for (const b of blocks(entry)) {
    const l = last(b);
    if (l !== undefined && isUncondJump(l.op) && l.target === firstNonEmpty(b.next)) nop(l);
  }
}

// CPython 3.12 Python/flowgraph.c: mark_reachable
function markReachable(entry: Block): void {
  for (const b of blocks(entry)) {
    b.predecessors = 0;
    b.visited = false;
  }
  const stack: Block[] = [entry];
  entry.predecessors = 1;
  entry.visited = true;
  const reach = (t: Block) => {
    t.predecessors++;
    if (!t.visited) {
      t.visited = true;
      stack.push(t);
    }
  };
  while (stack.length > 0) {
    const b = stack.pop()!;
    if (b.next !== null && hasFallthrough(b)) reach(b.next);
    for (const i of b.instrs) if (i.target !== null) reach(i.target);
  }
}

// CPython 3.12 Python/flowgraph.c: remove_unused_consts (index 0 may be
// the docstring and always stays)
export function removeUnusedConsts(entry: Block, u: ConstPool): void {
  const n = u.consts.length;
  if (n === 0) return;
  const used = new Uint8Array(n);
  used[0] = 1;
  for (const b of blocks(entry)) {
    for (const i of b.instrs) if (hasFlag(i.op, F.CONST)) used[i.arg] = 1;
  }
  const remap = new Int32Array(n).fill(-1);
  const kept: Const[] = [];
  for (let k = 0; k < n; k++) {
    if (used[k]) {
      remap[k] = kept.length;
      kept.push(u.consts[k]);
    }
  }
  if (kept.length === n) return;
  for (const b of blocks(entry)) {
    for (const i of b.instrs) if (hasFlag(i.op, F.CONST)) i.arg = remap[i.arg];
  }
  u.consts.length = 0;
  u.consts.push(...kept);
}

// CPython 3.12 Python/flowgraph.c: add_checks_for_loads_of_uninitialized_variables
export function addChecksForUninitialized(entry: Block, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  const all = blocks(entry);
  for (const b of all) {
    b.unsafe = new Uint8Array(nlocals);
    b.visited = false;
  }
  const work: Block[] = [];
  const merge = (b: Block, mask: Uint8Array) => {
    let changed = false;
    for (let k = 0; k < nlocals; k++) {
      if (mask[k] && !b.unsafe![k]) {
        b.unsafe![k] = 1;
        changed = true;
      }
    }
    if (changed && !b.visited) {
      b.visited = true;
      work.push(b);
    }
  };
  const start = new Uint8Array(nlocals);
  for (let k = nparams; k < nlocals; k++) start[k] = 1;
  merge(entry, start);
  const scan = (b: Block) => {
    const mask = b.unsafe!.slice();
    for (const i of b.instrs) {
      if (i.except !== null) merge(i.except, mask);
      switch (i.op) {
        case Op.DELETE_FAST:
          mask[i.arg] = 1;
          break;
        case Op.STORE_FAST:
        case Op.LOAD_FAST_CHECK:
          mask[i.arg] = 0;
          break;
        case Op.LOAD_FAST:
          if (mask[i.arg]) i.op = Op.LOAD_FAST_CHECK;
          mask[i.arg] = 0;
          break;
      }
    }
    if (b.next !== null && hasFallthrough(b)) merge(b.next, mask);
    const l = last(b);
    if (l !== undefined && isJump(l.op)) merge(l.target!, mask);
  };
  // Every block once (a DELETE_FAST anywhere is an origin), then until stable.
  for (const b of all) scan(b);
  while (work.length > 0) {
    const b = work.pop()!;
    b.visited = false;
    scan(b);
  }
  for (const b of all) b.unsafe = null;
}

// CPython 3.12 Python/flowgraph.c: push_cold_blocks_to_end. Blocks reached
// only through exception handlers move after the hot code.
export function pushColdBlocksToEnd(entry: Block): void {
  if (entry.next === null) return;
  const all = blocks(entry);
  for (const b of all) {
    b.visited = false;
    b.warm = false;
    b.cold = false;
  }
  const stack: Block[] = [entry];
  entry.visited = true;
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.warm = true;
    const succ = [...(b.next !== null && hasFallthrough(b) ? [b.next] : [])];
    for (const i of b.instrs) if (isJump(i.op)) succ.push(i.target!);
    for (const s of succ) {
      if (!s.visited) {
        s.visited = true;
        stack.push(s);
      }
    }
  }
  for (const b of all) b.visited = b.warm;
  for (const b of all) {
    if (b.exceptHandler && !b.warm) {
      b.visited = true;
      stack.push(b);
    }
  }
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.cold = true;
    const succ = [...(b.next !== null && hasFallthrough(b) ? [b.next] : [])];
    for (const i of b.instrs) if (isJump(i.op)) succ.push(i.target!);
    for (const s of succ) {
      if (!s.warm && !s.visited) {
        s.visited = true;
        stack.push(s);
      }
    }
  }
  // A cold block falling into a warm one needs an explicit jump.
  for (const b of blocks(entry)) {
    if (b.cold && hasFallthrough(b) && b.next !== null && b.next.warm) {
      const j = new Block();
      j.instrs.push({
        op: Op.JUMP_NO_INTERRUPT,
        arg: 0,
        loc: NO_LOC,
        target: b.next,
        except: null,
      });
      j.cold = true;
      j.order = b.order;
      j.next = b.next;
      b.next = j;
    }
  }
  const warm: Block[] = [];
  const cold: Block[] = [];
  for (const b of blocks(entry)) (b.cold ? cold : warm).push(b);
  const order = [...warm, ...cold];
  for (let k = 0; k < order.length; k++) order[k].next = order[k + 1] ?? null;
  if (cold.length > 0) removeRedundantJumps(entry);
}

// -- Line numbers ------------------------------------------------------------------

// CPython 3.12 Python/flowgraph.c: resolve_line_numbers. Every exit gets a
// line, so a traceback always has one to show.
export function resolveLineNumbers(entry: Block, firstlineno: number): void {
  markReachable(entry);
  const noLine = (b: Block) => exitsScope(b) && b.instrs.every((i) => i.loc.lineno < 0);
  for (const b of blocks(entry)) {
    const l = last(b);
    if (l === undefined || !isJump(l.op)) continue;
    const t = l.target!;
    if (noLine(t) && t.predecessors > 1) {
      const copy = new Block();
      copy.instrs = t.instrs.map((i) => ({ ...i }));
      copy.instrs[0].loc = l.loc;
      copy.order = t.order;
      copy.predecessors = 1;
      copy.next = t.next;
      t.next = copy;
      t.predecessors--;
      l.target = copy;
    }
  }
  for (const b of blocks(entry)) {
    if (hasFallthrough(b) && b.next !== null && b.instrs.length > 0 && noLine(b.next)) {
      b.next.instrs[0].loc = last(b)!.loc;
    }
  }
  // CPython 3.12 Python/flowgraph.c: propagate_line_numbers
  for (const b of blocks(entry)) {
    const l = last(b);
    if (l === undefined) continue;
    let prev = NO_LOC;
    for (const i of b.instrs) {
      if (i.loc.lineno < 0) i.loc = prev;
      else prev = i.loc;
    }
    if (hasFallthrough(b) && b.next !== null && b.next.predecessors === 1) {
      const f = b.next.instrs[0];
      if (f !== undefined && f.loc.lineno < 0) f.loc = prev;
    }
    if (isJump(l.op) && l.target!.predecessors === 1) {
      const f = l.target!.instrs[0];
      if (f !== undefined && f.loc.lineno < 0) f.loc = prev;
    }
  }
  // CPython 3.12 Python/flowgraph.c: guarantee_lineno_for_exits
  let lineno = firstlineno;
  for (const b of blocks(entry)) {
    const l = last(b);
    if (l === undefined) continue;
    if (l.loc.lineno < 0) {
      if (l.op === Op.RETURN_VALUE || l.op === Op.RETURN_CONST) {
        const loc = { lineno, end_lineno: lineno, col_offset: -1, end_col_offset: -1 };
        for (const i of b.instrs) i.loc = loc;
      }
    } else {
      lineno = l.loc.lineno;
    }
  }
}

// -- Jumps ---------------------------------------------------------------------------

export function convertPseudoOps(entry: Block): void {
  for (const b of blocks(entry)) {
    for (const i of b.instrs) {
      if (isBlockPush(i.op) || i.op === Op.POP_BLOCK) {
        i.op = Op.NOP;
        i.arg = 0;
        i.target = null;
      }
    }
  }
  for (const b of blocks(entry)) removeRedundantNops(b);
}

// CPython 3.12 Python/flowgraph.c: normalize_jumps. Pseudo jumps take their
// direction; a backward conditional jump becomes a forward one over a
// JUMP_BACKWARD. A backward JUMP is a loop edge (JUMP_BACKWARD, which checks
// interrupts and counts toward tier 2) only if its target came first in
// source order; jumps that point backwards because handlers were moved out
// of line become JUMP_BACKWARD_NO_INTERRUPT.
export function normalizeJumps(entry: Block): void {
  const seen = new Set<Block>();
  for (let b: Block | null = entry; b !== null; b = b.next) {
    seen.add(b);
    const l = last(b);
    if (l === undefined || !isJump(l.op)) continue;
    const t = l.target!;
    const forward = !seen.has(t);
    if (l.op === Op.JUMP || l.op === Op.JUMP_NO_INTERRUPT) {
      if (forward) l.op = Op.JUMP_FORWARD;
      else if (l.op === Op.JUMP && t.order <= b.order) l.op = Op.JUMP_BACKWARD;
      else l.op = Op.JUMP_BACKWARD_NO_INTERRUPT;
      continue;
    }
    if (forward || hasFlag(l.op, F.BACKWARD)) continue;
    const reversed: Record<number, number> = {
      [Op.POP_JUMP_IF_FALSE]: Op.POP_JUMP_IF_TRUE,
      [Op.POP_JUMP_IF_TRUE]: Op.POP_JUMP_IF_FALSE,
      [Op.POP_JUMP_IF_NONE]: Op.POP_JUMP_IF_NOT_NONE,
      [Op.POP_JUMP_IF_NOT_NONE]: Op.POP_JUMP_IF_NONE,
    };
    const rev = reversed[l.op];
    if (rev === undefined) throw new Error(`Cannot make ${opName(l.op)} jump backwards`);
    const j = new Block();
    const back = t.order <= b.order ? Op.JUMP_BACKWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
    j.instrs.push({ op: back, arg: 0, loc: NO_LOC, target: t, except: l.except });
    j.order = b.order;
    j.next = b.next;
    l.op = rev;
    l.target = b.next;
    b.next = j;
    seen.add(j);
    b = j;
  }
}
