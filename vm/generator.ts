/**
 * Generators (CPython 3.11 Objects/genobject.c): the object that owns a
 * suspended frame, and its methods `send`, `throw`, `close`, `__next__`.
 *
 * Python code resumes generators inside the eval loop (FOR_ITER and SEND
 * push the generator's frame; YIELD_VALUE and RETURN pop it: see
 * `vm/interp.ts`); the methods here are the way in from TypeScript (`next()`
 * called by a built-in, `gen.send(v)` called as a method), which re-enters
 * the loop with `runFrame`.
 *
 * @module
 */
import type { CodeObject } from "./code.ts";
import {
  PyCell,
  PyFunction,
  type PyObject,
  PyThrow,
  PyTuple,
  PyType,
  raise,
  T,
  typeOf,
} from "./object.ts";
import { call, getAttrOrUndefined, materialize, None, PyCode, repr } from "./abstract.ts";
import { addressOf, isSubtype, typeName } from "./core.ts";
import {
  defGetSet,
  defMethod,
  defMethodNoArgs,
  defMethodO,
  defSlot,
  PyIter,
} from "./descriptors.ts";
import { makeException, PyBaseException, throwMatches } from "./exceptions.ts";
import type { Frame } from "./frame.ts";
import { markThrownIn, runFrame, toPyThrow } from "./interp.ts";
import { writeUnraisable } from "./traceback.ts";
import type { ExcInfo, Vm } from "./vm.ts";
import { Op } from "./opcodes.ts";

/** `gi_frame_state` values (CPython's FRAME_CREATED ... FRAME_COMPLETED). */
export const GEN_CREATED = 0;
export const GEN_SUSPENDED = 1;
export const GEN_RUNNING = 2;
export const GEN_COMPLETED = 3;

/** A generator: a frame that runs piecewise. */
export class PyGenerator extends PyIter {
  cls: PyType;
  /** The suspended frame; null once the generator has completed. */
  frame: Frame | null;
  state: number;
  /** The exception state of the generator's own `except` blocks (CPython `gi_exc_state`). */
  readonly excState: ExcInfo;
  readonly vm: Vm;
  readonly code: CodeObject;
  name: string;
  qualname: string;
  /**
   * A `for` loop holds the only reference (see `newGenerator` in
   * `vm/interp.ts`): dropping it finalizes the generator.
   */
  loopOwned: boolean;

  constructor(vm: Vm, frame: Frame) {
    super();
    this.cls = T.generator;
    this.frame = frame;
    this.state = GEN_CREATED;
    this.excState = { value: None, previous: null };
    this.vm = vm;
    this.code = frame.code;
    const fn = frame.func;
    this.name = fn instanceof PyFunction ? fn.name : frame.code.co_name;
    this.qualname = fn instanceof PyFunction ? fn.qualname : frame.code.co_qualname;
    this.loopOwned = false;
    frame.gen = this;
  }

  /** `next(gen)` for TypeScript callers: undefined when it returns. */
  next(): PyObject | undefined {
    const v = resume(this, None, null);
    return returned ? undefined : v;
  }
}

/** Set by `resume`: whether the generator returned (rather than yielded). */
let returned = false;

/**
 * Makes the generator of a frame that has its arguments bound: runs the
 * prologue before RETURN_GENERATOR (MAKE_CELL, COPY_FREE_VARS) and leaves
 * the frame at the POP_TOP that discards the first sent value.
 */
export function makeGenerator(vm: Vm, frame: Frame): PyGenerator {
  runPrologue(frame);
  return new PyGenerator(vm, frame);
}

function runPrologue(frame: Frame): void {
  const code = frame.code.co_code;
  const fast = frame.fast;
  let pc = 0;
  for (;;) {
    const unit = code[pc++];
    const op = unit & 0xff;
    const arg = unit >>> 8;
    if (op === Op.RETURN_GENERATOR) break;
    if (op === Op.MAKE_CELL) fast[arg] = new PyCell(fast[arg]);
    else if (op === Op.COPY_FREE_VARS) {
      const closure = frame.func!.closure!;
      const offset = frame.info.nlocalsplus - arg;
      for (let i = 0; i < arg; i++) fast[offset + i] = closure[i];
    } else if (op !== Op.NOP) {
      throw new Error(
        `Cannot start generator ${frame.code.co_qualname}: unexpected opcode ${op} before RETURN_GENERATOR`,
      );
    }
  }
  frame.pc = pc;
  frame.lasti = pc - 1;
}

/**
 * Resumes `gen` from TypeScript, sending `value` or throwing `exc` (an
 * exception instance) at the point where it is suspended. Returns the
 * yielded or returned value; `returned` tells which.
 */
function resume(gen: PyGenerator, value: PyObject, exc: PyObject | null): PyObject {
  if (gen.state === GEN_RUNNING) raise("ValueError", "generator already executing");
  if (gen.state === GEN_COMPLETED) {
    if (exc !== null) throw new PyThrow(exc, typeName(exc), "");
    returned = true;
    return None;
  }
  if (gen.state === GEN_CREATED && exc === null && value !== None) {
    raise("TypeError", "can't send non-None value to a just-started generator");
  }
  const frame = gen.frame!;
  let t: PyThrow | null = null;
  if (exc === null) frame.fast[frame.sp++] = value;
  else {
    t = new PyThrow(exc, typeName(exc), "");
    markThrownIn(t);
  }
  const r = runFrame(gen.vm, frame, t);
  returned = gen.state === GEN_COMPLETED;
  return r;
}

/**
 * `gen.send(value)` from TypeScript: the yielded value, or a thrown
 * `StopIteration(value)` when the generator returns.
 */
export function genSend(gen: PyGenerator, value: PyObject): PyObject {
  const r = resume(gen, value, null);
  if (returned) throwStopIteration(r);
  return r;
}

function throwStopIteration(value: PyObject): never {
  const e = makeException(T.StopIteration, value === None ? [] : [value]);
  throw new PyThrow(e, "StopIteration", "");
}

/**
 * The sub-iterator a generator delegates to while suspended in `yield from`
 * (CPython `_PyGen_yf`): the top of its stack when the next instruction is
 * `RESUME 2`, else undefined.
 */
export function yieldFrom(gen: PyGenerator): PyObject | undefined {
  const frame = gen.frame;
  if (frame === null || gen.state !== GEN_SUSPENDED) return undefined;
  const unit = frame.code.co_code[frame.pc];
  if ((unit & 0xff) !== Op.RESUME || (unit >>> 8) < 2) return undefined;
  return frame.fast[frame.sp - 1];
}

/** CPython 3.11 genobject.c `_gen_throw`: delegates to the sub-iterator, else raises at the yield. */
function genThrow(gen: PyGenerator, typ: PyObject, val: PyObject, tb: PyObject): PyObject {
  const yf = yieldFrom(gen);
  if (yf !== undefined) {
    if (isSubtypeOrInstance(typ, T.GeneratorExit)) {
      gen.state = GEN_RUNNING;
      let err: PyThrow | null = null;
      try {
        closeIter(yf);
      } catch (e) {
        if (!(e instanceof PyThrow)) throw e;
        err = e;
      } finally {
        gen.state = GEN_SUSPENDED;
      }
      if (err !== null) return throwInto(gen, err);
      return throwHere(gen, typ, val, tb);
    }
    let ret: PyObject;
    gen.state = GEN_RUNNING;
    try {
      if (yf instanceof PyGenerator) {
        ret = genThrow(yf, typ, val, tb);
      } else {
        const meth = getAttrOrUndefined(yf, "throw");
        if (meth === undefined) {
          gen.state = GEN_SUSPENDED;
          return throwHere(gen, typ, val, tb);
        }
        ret = call(meth, [typ, val, tb], null);
      }
    } catch (e) {
      if (!(e instanceof PyThrow)) throw e;
      gen.state = GEN_SUSPENDED;
      // The exception reaches the generator at its `yield from`, where
      // CLEANUP_THROW takes a StopIteration's value as the result.
      return throwInto(gen, e);
    } finally {
      if (gen.state === GEN_RUNNING) gen.state = GEN_SUSPENDED;
    }
    return ret;
  }
  return throwHere(gen, typ, val, tb);
}

function isSubtypeOrInstance(x: PyObject, cls: PyType): boolean {
  if (x instanceof PyBaseException) return isSubtype(x.cls, cls);
  return x instanceof PyType && isSubtype(x, cls);
}

/** Raises the exception of a failed sub-iterator inside `gen`. */
function throwInto(gen: PyGenerator, t: PyThrow): PyObject {
  const exc = t.exc ?? makeException(T[t.typeName], [t.message]);
  const r = resume(gen, None, exc);
  if (returned) throwStopIteration(r);
  return r;
}

// CPython 3.11 genobject.c _gen_throw, label throw_here.
function throwHere(gen: PyGenerator, typ: PyObject, val: PyObject, tb: PyObject): PyObject {
  if (tb !== None && typeOf(tb) !== T.traceback) {
    raise("TypeError", "throw() third argument must be a traceback object");
  }
  let exc: PyObject;
  if (typ instanceof PyBaseException) {
    if (val !== None) raise("TypeError", "instance exception may not have a separate value");
    exc = typ;
  } else if (typ instanceof PyType && isSubtype(typ, T.BaseException)) {
    const cls = typ as PyType;
    if (val instanceof PyBaseException && isSubtype(val.cls, cls)) exc = val;
    else {
      const args = val === None ? [] : val instanceof PyTuple ? val.items.slice() : [val];
      exc = call(cls, args, null);
      if (!(exc instanceof PyBaseException)) {
        raise(
          "TypeError",
          `calling ${repr(cls)} should have returned an instance of BaseException, not ${
            typeName(exc)
          }`,
        );
      }
    }
  } else {
    raise(
      "TypeError",
      `exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`,
    );
  }
  if (tb !== None) (exc as PyBaseException).traceback = tb;
  const r = resume(gen, None, exc);
  if (returned) throwStopIteration(r);
  return r;
}

/** CPython 3.11 genobject.c gen_close_iter. */
function closeIter(yf: PyObject): void {
  if (yf instanceof PyGenerator) {
    genClose(yf);
    return;
  }
  const meth = getAttrOrUndefined(yf, "close");
  if (meth !== undefined) call(meth, [], null);
}

/** `gen.close()` (CPython 3.11 genobject.c gen_close). */
export function genClose(gen: PyGenerator): void {
  if (gen.state === GEN_CREATED) {
    finish(gen);
    return;
  }
  if (gen.state === GEN_COMPLETED) return;
  const yf = yieldFrom(gen);
  let pending: PyThrow | null = null;
  if (yf !== undefined) {
    gen.state = GEN_RUNNING;
    try {
      closeIter(yf);
    } catch (e) {
      if (!(e instanceof PyThrow)) throw e;
      pending = e;
    } finally {
      gen.state = GEN_SUSPENDED;
    }
  }
  const exc = pending !== null
    ? (pending.exc ?? makeException(T[pending.typeName], [pending.message]))
    : makeException(T.GeneratorExit, []);
  try {
    resume(gen, None, exc);
  } catch (e) {
    if (
      e instanceof PyThrow && (throwMatches(e, T.StopIteration) || throwMatches(e, T.GeneratorExit))
    ) return;
    throw e;
  }
  if (!returned) raise("RuntimeError", "generator ignored GeneratorExit");
}

/**
 * Closes a generator whose last reference is gone (CPython's
 * `_PyGen_Finalize`): an exception it raises cannot propagate and is
 * reported as unraisable.
 */
export function finalizeGenerator(gen: PyGenerator): void {
  gen.loopOwned = false;
  if (gen.state === GEN_CREATED) finish(gen);
  if (gen.state !== GEN_SUSPENDED) return;
  try {
    genClose(gen);
  } catch (e) {
    const t = toPyThrow(e);
    if (t === null) throw e;
    writeUnraisable(gen.vm, materialize(t), gen);
  }
}

function finish(gen: PyGenerator): void {
  gen.state = GEN_COMPLETED;
  if (gen.frame !== null) gen.frame.gen = null;
  gen.frame = null;
}

// -- The generator type ------------------------------------------------------------------

const GEN = T.generator;

function self(x: PyObject): PyGenerator {
  if (!(x instanceof PyGenerator)) {
    raise("TypeError", `descriptor requires a 'generator' object but received a '${typeName(x)}'`);
  }
  return x;
}

defSlot(GEN, "__iter__", (x) => x, 0);
defSlot(GEN, "__next__", (x) => {
  const g = self(x);
  const r = resume(g, None, null);
  if (returned) {
    if (r === None) return undefined;
    throwStopIteration(r);
  }
  return r;
}, 0);
defSlot(GEN, "__repr__", (x) => `<generator object ${self(x).qualname} at ${addressOf(x)}>`, 0);
defMethodO(GEN, "send", (x, v) => genSend(self(x), v));
defMethod(GEN, "throw", (x, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    raise("TypeError", "throw() takes no keyword arguments");
  }
  if (args.length < 1 || args.length > 3) {
    raise("TypeError", `throw expected at least 1 argument, got ${args.length}`);
  }
  return genThrow(self(x), args[0], args[1] ?? None, args[2] ?? None);
});
defMethodNoArgs(GEN, "close", (x) => {
  genClose(self(x));
  return None;
});
defGetSet(GEN, "gi_running", (x) => self(x).state === GEN_RUNNING);
defGetSet(GEN, "gi_suspended", (x) => self(x).state === GEN_SUSPENDED);
defGetSet(GEN, "gi_frame", (x) => self(x).frame ?? None);
defGetSet(GEN, "gi_code", (x) => new PyCode(self(x).code));
defGetSet(GEN, "gi_yieldfrom", (x) => yieldFrom(self(x)) ?? None);
defGetSet(GEN, "__name__", (x) => self(x).name, (x, v) => {
  if (typeof v !== "string") raise("TypeError", "__name__ must be set to a string object");
  self(x).name = v;
});
defGetSet(GEN, "__qualname__", (x) => self(x).qualname, (x, v) => {
  if (typeof v !== "string") raise("TypeError", "__qualname__ must be set to a string object");
  self(x).qualname = v;
});
