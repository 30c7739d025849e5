/**
 * Inlining of calls into traces (CPython 3.13 optimizer.c: projection goes
 * on into the callee at `_PUSH_FRAME` and back at `_POP_FRAME`). Projection
 * (`jit/trace.ts`) asks `planCall` at each CALL_PY_EXACT_ARGS whether the
 * callee's body joins the trace, and keeps the stack of callers here; the
 * optimizer follows the same frames with `enterFrame`/`leaveFrame`.
 *
 * Rules for what is inlined:
 * 1. Only a call tier 1 specialized as exact-args or with defaults (the
 *    callee's code is its cache; the defaults it leaves out are pushed as
 *    constants, and checked as `__code__` is) of a function the trace can name: folded from a global, a
 *    constant, a method lookup, or the loop frame's local at the loop head.
 *    The call's guard (`_CHECK_FUNCTION_VERSION`) re-checks the function's
 *    identity and its `__code__` every time, so a wrong guess only exits.
 * 2. The callee has no cells or free variables, is no generator, has no
 *    exception handler, at most MAX_INLINE_INSTRS instructions, and is not
 *    already being run by the trace (recursion); at most MAX_INLINE_DEPTH
 *    frames deep.
 * 3. A callee may hold a loop: the trace closes on it as its own loop (its
 *    first iteration peeled, so that locals it binds have their types at
 *    the head), and the callee's way on after the loop, back into the
 *    caller, is side traces that start inside the callee
 *    (`jit/side_traces.ts` requirement 7).
 *
 * @module
 */
import { CO, type CodeObject } from "../vm/code.ts";
import { codeInfo, type Frame } from "../vm/frame.ts";
import { cacheSize, Op } from "../vm/opcodes.ts";
import { PyFunction, type PyObject, T } from "../vm/object.ts";
import type { AbsValue } from "./optimizer.ts";
import type { Dependency, InlinedFrame, TraceOp } from "./trace_ir.ts";

/** Calls nested deeper than this are not inlined: the trace exits at the CALL. */
export const MAX_INLINE_DEPTH = 3;
/** Callees with more instructions than this are not inlined (a loop's body counts once). */
export const MAX_INLINE_INSTRS = 60;

const C_CALL = cacheSize(Op.CALL);

/** Where LOAD_GLOBAL of a running body looks names up. */
export interface Scope {
  globals: Frame["globals"];
  builtins: Frame["builtins"];
}

/** A caller suspended in the projection while its callee's body is walked. */
interface Caller {
  code: CodeObject;
  scope: Scope;
  frame: number;
}

/** The frames projection is in: the loop's, then one per inlined call. */
export class ProjectionFrames {
  readonly frames: InlinedFrame[] = [];
  readonly #callers: Caller[] = [];
  code: CodeObject;
  scope: Scope;
  /** Index in `frames` of the frame being walked, -1 for the loop's. */
  current = -1;

  constructor(readonly loop: Frame) {
    this.code = loop.code;
    this.scope = loop;
  }

  get depth(): number {
    return this.#callers.length;
  }

  /** The fields an op of the current frame carries (none in the loop's frame). */
  tag(): Partial<TraceOp> {
    return this.current < 0 ? {} : { depth: this.depth, frame: this.current };
  }

  /**
   * The callee of the CALL_PY_EXACT_ARGS at `pc` (stack depth `sp`) when it
   * is inlined (rules 1 and 2); `ops` are the trace's ops so far.
   */
  planCall(pc: number, sp: number, ops: readonly TraceOp[]): InlinedFrame | null {
    const code = this.code;
    const unit = code.co_code[pc];
    const op = unit & 0xff;
    if (op !== Op.CALL_PY_EXACT_ARGS && op !== Op.CALL_PY_WITH_DEFAULTS) return null;
    if (this.depth >= MAX_INLINE_DEPTH) return null;
    const arg = unit >>> 8;
    const base = sp - arg - 2;
    const callee = code.cacheRefs[pc] as CodeObject | undefined;
    const known = this.#callableAt(base, ops);
    if (known === null || callee === undefined) return null;
    const [func, withSelf] = known;
    if (!(func instanceof PyFunction) || func.cls !== T.function || func.code !== callee) {
      return null;
    }
    const given = arg + (withSelf ? 1 : 0);
    // With defaults: the ones the call leaves out join the arguments (their values are an
    // entry dependency, and the call's guard checks them).
    const missing = op === Op.CALL_PY_WITH_DEFAULTS ? callee.co_argcount - given : 0;
    const all = func.defaults ?? [];
    if (missing < 0 || missing > all.length || (missing > 0 && withSelf)) return null;
    const defaults = all.slice(all.length - missing);
    const nargs = given + missing;
    if (!inlinable(callee, nargs)) return null;
    if (callee === this.loop.code || this.#callers.some((c) => c.code === callee)) return null;
    if (callee === code) return null;
    return {
      func,
      code: callee,
      depth: this.depth + 1,
      parent: this.current,
      callPc: pc,
      base,
      resume: pc + 1 + C_CALL,
      nargs,
      defaults,
    };
  }

  /**
   * The function the trace will find at slot `base` of the current frame,
   * and whether a `self` sits above it: read off the op that pushed it.
   */
  #callableAt(base: number, ops: readonly TraceOp[]): [PyObject | undefined, boolean] | null {
    const here = this.current;
    for (let k = ops.length - 1; k >= 0; k--) {
      const op = ops[k];
      if ((op.frame ?? -1) !== here) {
        // Ops of a callee that returned below the slot are not its pushers.
        continue;
      }
      if (op.sp === base + 1) {
        // A method lookup replaces its owner by the function and pushes the owner as `self`.
        if (op.uop === "_LOAD_ATTR_METHOD_WITH_VALUES") {
          return [(op.operand as { after: PyObject }).after, true];
        }
        if (op.uop === "_LOAD_ATTR_METHOD_NO_DICT") {
          return [(op.operand as [unknown, PyObject])[1], true];
        }
      }
      if (op.sp > base) continue;
      if (op.sp < base) return null;
      switch (op.uop) {
        case "_LOAD_GLOBAL_MODULE":
        case "_LOAD_GLOBAL_BUILTIN":
          return [(op.operand as { value: PyObject }).value, false];
        case "_LOAD_CONST_INLINE":
          return [op.operand as PyObject, false];
        case "_LOAD_FAST":
        case "_LOAD_FAST_CHECK":
          // The loop frame's value at the head: a guess the guard checks.
          return here < 0 ? [this.loop.fast[op.oparg], false] : null;
        case "_PUSH_NULL":
          continue;
      }
      return null;
    }
    return null;
  }

  /** The uops of an inlined call, and what the trace now depends on. */
  callParts(f: InlinedFrame, arg: number): { parts: [string, number, unknown][]; dep: Dependency } {
    const defaults = f.defaults.map((v): [string, number, unknown] => ["_LOAD_CONST_INLINE", 0, v]);
    return {
      parts: [
        ["_CHECK_FUNCTION_VERSION", arg, f],
        ...defaults,
        ["_PUSH_FRAME", arg + defaults.length, f],
      ],
      dep: { kind: "function_code", func: f.func, code: f.code, defaults: f.defaults },
    };
  }

  /**
   * Projection starts inside calls another trace inlined (a side trace from
   * an exit in a callee): `frames` are that trace's, and `chain` the
   * indices of the frames it is in, outermost first.
   */
  resume(frames: readonly InlinedFrame[], chain: readonly number[]): void {
    this.frames.push(...frames);
    for (const k of chain) {
      const f = frames[k];
      this.#callers.push({ code: this.code, scope: this.scope, frame: this.current });
      this.current = k;
      this.scope = { globals: f.func.globals as Frame["globals"], builtins: this.scope.builtins };
      this.code = f.code;
    }
  }

  /** Projection continues in the callee's body. */
  enter(f: InlinedFrame): void {
    this.#callers.push({ code: this.code, scope: this.scope, frame: this.current });
    this.frames.push(f);
    this.current = this.frames.length - 1;
    // As tier 1's CALL: the callee's globals, the caller's builtins.
    this.scope = { globals: f.func.globals as Frame["globals"], builtins: this.scope.builtins };
    this.code = f.code;
  }

  /** The callee returned: projection continues in its caller after the CALL. */
  leave(): InlinedFrame {
    const f = this.frames[this.current];
    const c = this.#callers.pop()!;
    this.code = c.code;
    this.scope = c.scope;
    this.current = c.frame;
    return f;
  }
}

/** Rule 2 for a callee's code, called with `nargs` arguments. */
function inlinable(code: CodeObject, nargs: number): boolean {
  const info = codeInfo(code);
  if (!code.quickened || info.isGenerator || !info.simpleArgs) return false;
  if ((code.co_flags & (CO.VARARGS | CO.VARKEYWORDS)) !== 0) return false;
  if (code.co_argcount !== nargs) return false;
  if (code.co_cellvars.length !== 0 || code.co_freevars.length !== 0) return false;
  if (code.co_exceptiontable.length !== 0) return false;
  const units = code.co_code;
  let n = 0;
  for (let pc = 0; pc < units.length; pc += 1 + cacheSize(units[pc] & 0xff)) {
    if (++n > MAX_INLINE_INSTRS) return false;
  }
  return true;
}

// -- The optimizer's view: abstract frames ----------------------------------------

const NULL: AbsValue = { type: "null", known: true, value: undefined };

/**
 * `_PUSH_FRAME` over abstract states: pops the call's operands off `s`,
 * keeps `s` for the return, and gives the callee's state (its parameters
 * are the arguments, its other locals unbound).
 */
export function enterFrame(s: AbsValue[], op: TraceOp, callers: AbsValue[][]): AbsValue[] | null {
  const f = op.operand as InlinedFrame;
  const base = s.length - op.oparg - 2;
  if (base < 0) return null;
  const args = f.nargs === op.oparg ? s.slice(base + 2) : s.slice(base + 1);
  s.length = base;
  callers.push(s);
  const n = f.code.co_nlocalsplus;
  const callee: AbsValue[] = [];
  for (let j = 0; j < n; j++) callee.push(j < args.length ? args[j] : NULL);
  return callee;
}

/** `_POP_FRAME` over abstract states: the caller's state with the return value pushed. */
export function leaveFrame(s: AbsValue[], callers: AbsValue[][]): AbsValue[] | null {
  const caller = callers.pop();
  const v = s[s.length - 1];
  if (caller === undefined || v === undefined) return null;
  caller.push(v);
  return caller;
}
