/**
 * Code objects: what the compiler produces and every tier executes.
 *
 * Field names are CPython's (`co_code`, `co_consts`, ...). The frame layout
 * is 3.11's "localsplus": plain locals (parameters first), then cells that
 * are not parameters, then free variables, so a frame is one flat array and
 * LOAD_FAST, LOAD_DEREF and MAKE_CELL all index it directly. A parameter
 * captured by an inner function keeps its slot, with kind LOCAL | CELL.
 *
 * Constants stay front-end values (see `Const`); the interpreter turns them
 * into Python objects once per code object.
 *
 * @module
 */

import type { Executor } from "./tier2.ts";
import type { ConstantValue } from "./ast.ts";

/** CPython's `co_flags` bits (Include/cpython/code.h). */
export const CO = {
  OPTIMIZED: 0x0001,
  NEWLOCALS: 0x0002,
  VARARGS: 0x0004,
  VARKEYWORDS: 0x0008,
  NESTED: 0x0010,
  GENERATOR: 0x0020,
  NOFREE: 0x0040,
  COROUTINE: 0x0080,
  ITERABLE_COROUTINE: 0x0100,
  ASYNC_GENERATOR: 0x0200,
  /** CPython 3.14: `co_consts[0]` is the docstring. */
  HAS_DOCSTRING: 0x4000000,
  /** CPython 3.14: a function defined directly in a class body. */
  METHOD: 0x8000000,
} as const;

/** Kinds of localsplus slots (CPython's CO_FAST_*). */
export const FAST = {
  HIDDEN: 0x10,
  LOCAL: 0x20,
  CELL: 0x40,
  FREE: 0x80,
} as const;

/** A tuple constant, or the keyword names of CALL_KW. */
export class ConstTuple {
  readonly items: readonly Const[];
  constructor(items: readonly Const[]) {
    this.items = items;
  }
}

/** A constant of `co_consts`. */
export type Const = ConstantValue | ConstTuple | CodeObject;

/**
 * One region of the exception table: an exception raised by an instruction
 * in units `[start, end)` unwinds the value stack to `depth` items, pushes
 * the unit index of the raising instruction if `lasti` (RERAISE later uses
 * it for the traceback's line), pushes the exception and jumps to unit
 * `target`. The lookup uses the unit of the instruction that raised, even
 * for RERAISE.
 */
export interface ExceptionTableEntry {
  readonly start: number;
  readonly end: number;
  readonly target: number;
  readonly depth: number;
  readonly lasti: boolean;
}

let nextSerial = 1;

/** Everything a code object is made of; see `CodeObject` for each field. */
export interface CodeObjectFields {
  co_name: string;
  co_qualname: string;
  co_filename: string;
  co_firstlineno: number;
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_flags: number;
  co_localsplusnames: readonly string[];
  co_localspluskinds: Uint8Array;
  co_names: readonly string[];
  co_consts: readonly Const[];
  co_code: Uint32Array;
  co_stacksize: number;
  co_exceptiontable: readonly ExceptionTableEntry[];
  co_positions: Int32Array;
}

/** A compiled body: module, class body, function, lambda or comprehension. */
export class CodeObject implements CodeObjectFields {
  /** Stable number, shown by `--dis` where CPython shows an address. */
  readonly serial: number;
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_filename: string;
  readonly co_firstlineno: number;
  /** Positional parameters, including positional-only ones. */
  readonly co_argcount: number;
  readonly co_posonlyargcount: number;
  readonly co_kwonlyargcount: number;
  readonly co_flags: number;
  /** Names of the frame slots: locals, then cells, then free variables. */
  readonly co_localsplusnames: readonly string[];
  /** `FAST.*` bits of each slot. */
  readonly co_localspluskinds: Uint8Array;
  /** Global, attribute and imported names used by NAME opcodes. */
  readonly co_names: readonly string[];
  readonly co_consts: readonly Const[];
  /** Instructions `opcode | oparg << 8`, each followed by its cache units. */
  readonly co_code: Uint32Array;
  readonly co_stacksize: number;
  readonly co_exceptiontable: readonly ExceptionTableEntry[];
  /**
   * Four entries per unit of `co_code`: lineno, end_lineno, col_offset,
   * end_col_offset; -1 where there is none. Cache units repeat their
   * instruction's position.
   */
  readonly co_positions: Int32Array;
  /** Slots that are plain locals (the first `co_nlocals` names). */
  readonly co_varnames: readonly string[];
  /** Slots that are cells (some may also be parameters). */
  readonly co_cellvars: readonly string[];
  /** Slots filled from the function's closure (the last ones). */
  readonly co_freevars: readonly string[];
  readonly co_nlocals: number;
  readonly co_nlocalsplus: number;
  /**
   * Whether the adaptive counters are armed (`vm/specialize.ts` `quicken`):
   * from then on the instructions of `co_code` may rewrite themselves.
   */
  quickened = false;
  /**
   * Object operands of the inline caches (shapes, dict entries, functions),
   * indexed by the unit of the instruction or its cache units: `co_code`
   * holds only numbers.
   */
  cacheRefs: unknown[] = [];
  /** Tier 2's executors, indexed by the oparg of ENTER_EXECUTOR (`vm/tier2.ts`). */
  executors: Executor[] = [];

  constructor(f: CodeObjectFields) {
    this.serial = nextSerial++;
    this.co_name = f.co_name;
    this.co_qualname = f.co_qualname;
    this.co_filename = f.co_filename;
    this.co_firstlineno = f.co_firstlineno;
    this.co_argcount = f.co_argcount;
    this.co_posonlyargcount = f.co_posonlyargcount;
    this.co_kwonlyargcount = f.co_kwonlyargcount;
    this.co_flags = f.co_flags;
    this.co_localsplusnames = f.co_localsplusnames;
    this.co_localspluskinds = f.co_localspluskinds;
    this.co_names = f.co_names;
    this.co_consts = f.co_consts;
    this.co_code = f.co_code;
    this.co_stacksize = f.co_stacksize;
    this.co_exceptiontable = f.co_exceptiontable;
    this.co_positions = f.co_positions;
    const names = (kind: number) =>
      f.co_localsplusnames.filter((_, i) => f.co_localspluskinds[i] & kind);
    this.co_varnames = names(FAST.LOCAL);
    this.co_cellvars = names(FAST.CELL);
    this.co_freevars = names(FAST.FREE);
    this.co_nlocals = this.co_varnames.length;
    this.co_nlocalsplus = f.co_localsplusnames.length;
  }

  /** Line of the instruction at `unit`, or -1 when it has none. */
  lineAt(unit: number): number {
    return this.co_positions[4 * unit] ?? -1;
  }

  /** The innermost exception-table entry covering `unit`, if any. */
  handlerAt(unit: number): ExceptionTableEntry | undefined {
    // Entries are sorted and disjoint, so a binary search finds it.
    const t = this.co_exceptiontable;
    let lo = 0;
    let hi = t.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = t[mid];
      if (unit < e.start) hi = mid - 1;
      else if (unit >= e.end) lo = mid + 1;
      else return e;
    }
    return undefined;
  }

  /** `<code object f at 0x.., file "x.py", line 1>`, with the serial for an address. */
  toString(): string {
    return `<code object ${this.co_name} at #${this.serial}, file "${this.co_filename}", ` +
      `line ${this.co_firstlineno}>`;
  }
}

/** Splits a unit of `co_code` into opcode and oparg. */
export function decode(unit: number): [opcode: number, oparg: number] {
  return [unit & 0xff, unit >>> 8];
}
