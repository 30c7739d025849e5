/**
 * Exceptions in flight through the tier-0 loop (`vm/interp.ts`): how a
 * thrown `PyThrow` is recorded (traceback entry, implicit `__context__`) and
 * unwound to the handler of CPython's exception table, frame by frame, and
 * how host exceptions (stack overflow, refused allocations) become Python
 * ones.
 *
 * @module
 */
import { CompileRecursionError } from "./syntax_error.ts";
import { PyThrow } from "./object.ts";
import type { PyObject } from "./object.ts";
import { materialize, None } from "./abstract.ts";
import { PyBaseException } from "./exceptions.ts";
import { type Frame, RETURN_TO_HOST } from "./frame.ts";
import {
  finalizeGenerator,
  GEN_COMPLETED,
  GEN_RUNNING,
  GEN_SUSPENDED,
  PyGenerator,
} from "./generator.ts";
import { addTraceback } from "./traceback.ts";
import type { Vm } from "./vm.ts";

// -- Exceptions in flight ---------------------------------------------------------------

/** The PyThrow of a RERAISE or bare `raise`: unwinds without a new traceback entry or context. */
let rethrown: PyThrow | null = null;
/** The lasti a RERAISE restored, or -1. */
let rethrownLasti = -1;
/** The PyThrow thrown into a generator (`throw()`, `close()`): a traceback entry, no context. */
let thrownIn: PyThrow | null = null;
/** PyThrows that left a `runFrame`: already recorded, they only propagate. */
const escaped = new WeakSet<PyThrow>();

/** Marks `t` as thrown into a generator by `throw()`/`close()`. */
export function markThrownIn(t: PyThrow): void {
  thrownIn = t;
}

/** Re-raises `exc` without a new traceback entry or context (RERAISE, bare `raise`). */
export function rethrow(exc: PyObject, lasti = -1): never {
  const t = new PyThrow(exc, "", "");
  rethrown = t;
  rethrownLasti = lasti;
  throw t;
}

/** Whether a host exception is JavaScript's stack overflow. */
function isStackOverflow(e: unknown): boolean {
  // Near the end of the stack even a regular expression cannot be compiled
  // (V8 then throws a SyntaxError ending in "Stack overflow"): plain
  // comparisons only.
  if (e instanceof RangeError) return e.message === "Maximum call stack size exceeded";
  return e instanceof SyntaxError && e.message.endsWith("Stack overflow");
}

/** Whether a host exception is the engine refusing an allocation (CPython: MemoryError). */
function isOutOfMemory(e: unknown): boolean {
  if (!(e instanceof RangeError)) return false;
  const m = e.message;
  return m.startsWith("Invalid array length") || m.startsWith("Invalid string length") ||
    m.startsWith("Invalid typed array length") || m.startsWith("Array buffer allocation failed") ||
    m.startsWith("Maximum BigInt size exceeded");
}

/**
 * A thrown value as a `PyThrow`: itself, a `RecursionError` for a host
 * stack overflow, a `MemoryError` for an allocation the engine refuses, or
 * null for any other JavaScript error (an internal error, never hidden).
 */
export function toPyThrow(e: unknown): PyThrow | null {
  if (e instanceof PyThrow) return e;
  if (e instanceof CompileRecursionError) return new PyThrow(null, "RecursionError", e.message);
  if (isStackOverflow(e)) return recursionError();
  if (isOutOfMemory(e)) return new PyThrow(null, "MemoryError", "");
  return null;
}

/** `RecursionError: maximum recursion depth exceeded`. */
export function recursionError(): PyThrow {
  return new PyThrow(null, "RecursionError", "maximum recursion depth exceeded");
}

// CPython 3.11 errors.c _PyErr_SetObject: implicit chaining to the exception
// being handled, breaking any cycle the new link would close.
function setContext(vm: Vm, exc: PyObject): void {
  if (!(exc instanceof PyBaseException)) return;
  const handled = vm.handledException();
  if (handled === None || handled === exc || !(handled instanceof PyBaseException)) return;
  let o: PyBaseException = handled;
  let slow: PyBaseException = handled;
  let toggle = false;
  for (;;) {
    const ctx = o.context;
    if (!(ctx instanceof PyBaseException)) break;
    if (ctx === exc) {
      o.context = None;
      break;
    }
    o = ctx;
    if (o === slow) break;
    if (toggle) slow = slow.context as PyBaseException;
    toggle = !toggle;
  }
  exc.context = handled;
}

/**
 * The `catch` of the loop: records the exception and finds its handler,
 * leaving frames without one. Returns the frame to continue in (its `pc` and
 * `sp` set to the handler); rethrows when the exception leaves the frame
 * `runFrame` was entered with.
 */
export function unwind(vm: Vm, frame: Frame, e: unknown, instr: number, sp: number): Frame {
  let t: PyThrow;
  let chain = true;
  let record = true;
  let lasti = instr;
  if (e instanceof PyThrow) {
    t = e;
    if (e === rethrown) {
      rethrown = null;
      if (rethrownLasti >= 0) lasti = rethrownLasti | 0;
      chain = false;
      record = false;
    } else if (e === thrownIn) {
      thrownIn = null;
      chain = false;
    } else if (escaped.has(e)) {
      chain = false;
    }
  } else {
    const converted = toPyThrow(e);
    if (converted === null) throw e;
    t = converted;
  }
  // A host stack overflow may have struck between a frame's push and its
  // bookkeeping: the frame being unwound says where the VM really is.
  vm.frame = frame;
  vm.depth = frame.depth;
  const exc = materialize(t);
  frame.lasti = lasti;
  if (chain) setContext(vm, exc);
  if (record) addTraceback(exc, frame);
  // CPython 3.12 ceval.c exception_unwind: the handler is the one of the
  // instruction that raised, even when RERAISE restored an older lasti
  // (which is what the handler receives).
  let at = instr;
  for (;;) {
    const h = frame.code.handlerAt(at);
    const fast = frame.fast;
    const base = frame.info.nlocalsplus;
    if (h !== undefined) {
      let top = base + h.depth;
      closeAbandoned(fast, top, sp);
      if (h.lasti) fast[top++] = frame.lasti;
      fast[top++] = exc;
      frame.sp = top;
      // `| 0` keeps the loop's pc a small integer for V8 whatever the table holds.
      frame.pc = h.target | 0;
      return frame;
    }
    closeAbandoned(fast, base, sp);
    const back = frame.back;
    vm.depth = frame.returnKind === RETURN_TO_HOST
      ? frame.depth - 1
      : back === null
      ? 0
      : back.depth;
    const gen = frame.gen;
    if (gen !== null) leaveGenerator(vm, gen, true);
    frame.back = null;
    if (frame.returnKind === RETURN_TO_HOST || back === null) {
      vm.frame = back;
      escaped.add(t);
      throw t;
    }
    frame = back;
    vm.frame = frame;
    at = frame.lasti;
    sp = frame.sp;
    addTraceback(exc, frame);
  }
}

/**
 * Finalizes the generators that `for` loops own among the stack slots
 * `[from, to)` being dropped: CPython's reference counting closes such a
 * generator the moment its last reference, the loop's, goes.
 */
function closeAbandoned(fast: (PyObject | undefined)[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const v = fast[i];
    if (v instanceof PyGenerator && v.loopOwned) finalizeGenerator(v);
  }
}

/** Suspends (`completed` false) or finishes a generator whose frame stops running. */
export function leaveGenerator(vm: Vm, gen: PyGenerator, completed: boolean): void {
  vm.excInfo = gen.excState.previous!;
  gen.excState.previous = null;
  if (completed) {
    gen.state = GEN_COMPLETED;
    if (gen.frame !== null) gen.frame.gen = null;
    gen.frame = null;
  } else {
    gen.state = GEN_SUSPENDED;
  }
}

/** Marks a generator running and makes its exception state the innermost. */
export function enterGenerator(vm: Vm, gen: PyGenerator): void {
  gen.state = GEN_RUNNING;
  gen.excState.previous = vm.excInfo;
  vm.excInfo = gen.excState;
}
