/**
 * Frames of the tier-0 interpreter: one per running (or suspended) Python
 * body, laid out as CPython 3.11's `_PyInterpreterFrame`.
 *
 * Requirements:
 * 1. A frame has a fixed shape: every field is assigned in the constructor,
 *    so the loop's loads stay monomorphic.
 * 2. `fast` is one array: the localsplus slots (locals, cells, free
 *    variables: `code.co_nlocalsplus` of them) followed by the value stack,
 *    so LOAD_FAST and the stack index the same array. `undefined` is
 *    CPython's NULL: an unbound local or the null of `self_or_null`.
 * 3. Constants are materialized once per code object (`codeInfo`), never per
 *    frame or per execution.
 * 4. A frame that returned normally goes back to its code's pool and is
 *    reused by the next call (CPython reuses its frame stack the same way),
 *    unless something may still hold it: a generator owns it, or a
 *    traceback recorded it (`captured`). Frames are taken with
 *    `acquireFrame` and given back with `releaseFrame` only.
 *
 * @module
 */
import { CO, type CodeObject, FAST } from "./code.ts";
import type { PyDict } from "./dict.ts";
import type { PyDict as PyDictShape } from "./object.ts";
import { type PyFunction, PyHeap, type PyObject, type PyType, T } from "./object.ts";
import { toPy } from "./abstract.ts";
import type { PyGenerator } from "./generator.ts";

/** What the interpreter derives once from a code object. */
export class CodeInfo {
  /** `co_consts` as Python objects. */
  readonly consts: PyObject[];
  /** Slots before the value stack. */
  readonly nlocalsplus: number;
  /** Length of a frame's `fast` array. */
  readonly size: number;
  /** A generator function: calling it makes a generator instead of running. */
  readonly isGenerator: boolean;
  /** The plain parameters: no `*args`, `**kwargs` or keyword-only ones. */
  readonly simpleArgs: boolean;
  /** Slot of the `__class__` cell or free variable, or -1 (for `super()`). */
  readonly classCell: number;
  /** Frames of this code free for reuse (requirement 4). */
  readonly pool: Frame[] = [];

  constructor(code: CodeObject) {
    this.consts = code.co_consts.map(toPy);
    this.nlocalsplus = code.co_nlocalsplus;
    this.size = code.co_nlocalsplus + code.co_stacksize + 1;
    this.isGenerator = (code.co_flags & (CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR)) !== 0;
    this.simpleArgs = (code.co_flags & (CO.VARARGS | CO.VARKEYWORDS)) === 0 &&
      code.co_kwonlyargcount === 0;
    this.classCell = -1;
    const names = code.co_localsplusnames;
    for (let i = 0; i < names.length; i++) {
      if (
        names[i] === "__class__" && (code.co_localspluskinds[i] & (FAST.CELL | FAST.FREE)) !== 0
      ) {
        this.classCell = i;
      }
    }
  }
}

declare module "./code.ts" {
  interface CodeObject {
    /** The interpreter's derived data, made on first execution. */
    _interp?: CodeInfo;
  }
}

/** The `CodeInfo` of `code`, made on first use. */
export function codeInfo(code: CodeObject): CodeInfo {
  return code._interp ??= new CodeInfo(code);
}

// `T` is a dictionary: read once, not per frame.
const FRAME_TYPE = T.frame;

/**
 * How a frame's result reaches its caller: as the value of the CALL that
 * pushed it (`RETURN_TO_CALL`), to a JS caller (`RETURN_TO_HOST`, the frame
 * was entered through `runFrame`), or as the `self` of an `__init__` call.
 */
export const RETURN_TO_CALL = 0;
export const RETURN_TO_HOST = 1;
export const RETURN_INIT = 2;

/** Frames kept per code object: enough for the recursion depths of ordinary code. */
const POOL_MAX = 64;

/** A frame for a new execution of `code` (requirement 4). */
export function acquireFrame(
  func: PyFunction | null,
  code: CodeObject,
  globals: PyDictShape,
  builtins: PyDictShape,
  locals: PyObject | null,
): Frame {
  const f = codeInfo(code).pool.pop();
  if (f === undefined) return new Frame(func, code, globals, builtins, locals);
  f.func = func;
  f.globals = globals as PyDict;
  f.builtins = builtins as PyDict;
  f.locals = locals;
  return f;
}

/** Gives back a frame that returned, unless it may still be referenced. */
export function releaseFrame(f: Frame): void {
  const info = f.info;
  if (f.captured || info.isGenerator || info.pool.length >= POOL_MAX) return;
  const fast = f.fast;
  for (let i = 0, n = fast.length; i < n; i++) fast[i] = undefined;
  f.sp = info.nlocalsplus;
  f.pc = 0;
  f.lasti = 0;
  f.back = null;
  f.returnKind = RETURN_TO_CALL;
  f.initSelf = undefined;
  f.genReturnPc = -1;
  f.func = null;
  f.locals = null;
  info.pool.push(f);
}

/**
 * A frame: the state of one Python body in execution. It is also the
 * Python `frame` object (`tb_frame`, `gi_frame`).
 */
export class Frame extends PyHeap {
  cls: PyType;
  readonly code: CodeObject;
  readonly info: CodeInfo;
  /** The function being run, or null for module and `exec` bodies. */
  func: PyFunction | null;
  globals: PyDict;
  builtins: PyDict;
  /** The namespace of LOAD_NAME/STORE_NAME: module globals or a class body's dict. */
  locals: PyObject | null;
  /** Localsplus slots, then the value stack (requirement 2). */
  readonly fast: (PyObject | undefined)[];
  /** Index of the next free stack slot, while the frame is not executing. */
  sp: number;
  /** Unit to resume at, while the frame is not executing. */
  pc: number;
  /** Unit of the instruction being (or last) executed, for tracebacks and handlers. */
  lasti: number;
  /** The frame this one returns to. */
  back: Frame | null;
  /** RETURN_TO_CALL, RETURN_TO_HOST or RETURN_INIT. */
  returnKind: number;
  /** For RETURN_INIT: the instance that the call evaluates to. */
  initSelf: PyObject | undefined;
  /**
   * Where this frame resumes when a generator it resumed in the loop returns
   * (FOR_ITER: past END_FOR's pops; SEND: END_SEND), instead of `pc`.
   */
  genReturnPc: number;
  /** The generator owning this frame, or null. */
  gen: PyGenerator | null;
  /** The VM's recursion depth while this frame runs (it counts itself). */
  depth: number;
  /** A traceback refers to this frame: it must not be reused. */
  captured: boolean;

  constructor(
    func: PyFunction | null,
    code: CodeObject,
    globals: PyDictShape,
    builtins: PyDictShape,
    locals: PyObject | null,
  ) {
    super();
    const info = codeInfo(code);
    this.cls = FRAME_TYPE;
    this.code = code;
    this.info = info;
    this.func = func;
    this.globals = globals as PyDict;
    this.builtins = builtins as PyDict;
    this.locals = locals;
    this.fast = new Array(info.size).fill(undefined);
    this.sp = info.nlocalsplus;
    this.pc = 0;
    this.lasti = 0;
    this.back = null;
    this.returnKind = RETURN_TO_CALL;
    this.initSelf = undefined;
    this.genReturnPc = -1;
    this.gen = null;
    this.depth = 0;
    this.captured = false;
  }

  /** The line being executed (CPython's `f_lineno`). */
  get lineno(): number {
    return this.code.lineAt(this.lasti);
  }
}
