/**
 * Exception instances: `PyBaseException` and the methods of the built-in
 * exception classes (CPython 3.11 Objects/exceptions.c), the bridge from a
 * `PyThrow` raised by name to an instance (`materialize`), and the last line
 * of an uncaught exception's report (`exceptionSummary`, with 3.11's
 * "Did you mean" suggestions).
 *
 * @module
 */
import {
  type BuiltinExceptionName,
  PyInstance,
  type PyList,
  type PyObject,
  PyThrow,
  PyTuple,
  type PyType,
  raise,
  T,
  typeOf,
} from "./object.ts";
import { None } from "./types.ts";
import { isSubtype, strOf, typeName } from "./core.ts";
import { defGetSet, defMethod, defNew, defSlot } from "./descriptors.ts";
import { repr, str } from "./abstract.ts";
import { dirOf } from "./object_type.ts";
import { objectDict, setObjectDict } from "./attrs.ts";
import { newList } from "./list.ts";
import { toTuple } from "./tuple.ts";

const EMPTY_TUPLE = new PyTuple([]);

/**
 * An instance of `BaseException` or a subclass. It is a `PyInstance`, so
 * subclasses defined in Python get attributes as any instance does.
 */
export class PyBaseException extends PyInstance {
  args: PyTuple = EMPTY_TUPLE;
  /** `__traceback__`: the interpreter's traceback object, or None. */
  traceback: PyObject = None;
  cause: PyObject = None;
  context: PyObject = None;
  suppressContext = false;
  /** `__notes__` (3.11 `add_note`), when any. */
  notes: PyList | null = null;
  /** The per-class members: `value`, `code`, `name`, `obj`, `path`, `msg`. */
  members: Record<string, PyObject> | null = null;
  constructor(cls: PyType) {
    super(cls);
  }
}

/** Whether `x` is an exception instance. */
export function isException(x: PyObject): x is PyBaseException {
  return x instanceof PyBaseException;
}

function member(e: PyBaseException, name: string): PyObject {
  return e.members?.[name] ?? None;
}

function setMember(e: PyBaseException, name: string, value: PyObject): void {
  (e.members ??= {})[name] = value;
}

// -- Creating instances ----------------------------------------------------------

/**
 * `BaseException.__new__` plus the built-in `__init__` of the class: what
 * `ValueError("x")` makes, without going through Python calls.
 */
export function newException(
  typeName: BuiltinExceptionName | string,
  ...args: PyObject[]
): PyBaseException {
  const cls = T[typeName];
  if (cls === undefined || !isSubtype(cls, T.BaseException)) {
    throw new Error(`Cannot create exception: ${typeName} is not a built-in exception class`);
  }
  return makeException(cls, args);
}

/** An instance of exception class `cls` with `args`, initialized natively. */
export function makeException(cls: PyType, args: readonly PyObject[]): PyBaseException {
  const e = new PyBaseException(cls);
  e.args = args.length === 0 ? EMPTY_TUPLE : new PyTuple(args.slice());
  initMembers(e, args);
  return e;
}

// The member initialization of the special built-in `__init__`s.
function initMembers(e: PyBaseException, args: readonly PyObject[]): void {
  const cls = e.cls;
  if (isSubtype(cls, T.StopIteration)) setMember(e, "value", args.length > 0 ? args[0] : None);
  else if (isSubtype(cls, T.SystemExit)) {
    setMember(
      e,
      "code",
      args.length === 0 ? None : args.length === 1 ? args[0] : new PyTuple(args.slice()),
    );
  } else if (isSubtype(cls, T.ImportError)) {
    setMember(e, "msg", args.length === 1 ? args[0] : None);
  }
}

/** An `AttributeError` carrying `name` and `obj`, for 3.11's suggestions. */
export function attributeError(message: string, name: string, obj: PyObject): PyThrow {
  const e = makeException(T.AttributeError, [message]);
  setMember(e, "name", name);
  setMember(e, "obj", obj);
  return new PyThrow(e, "AttributeError", message);
}

/** A `NameError` (or `UnboundLocalError`) carrying `name`. */
export function nameError(message: string, name: string, typeName = "NameError"): PyThrow {
  const e = makeException(T[typeName], [message]);
  setMember(e, "name", name);
  return new PyThrow(e, typeName, message);
}

/** Throws `KeyError(key)`: the key itself is the argument, not a message. */
export function raiseKeyError(key: PyObject): never {
  throw new PyThrow(makeException(T.KeyError, [key]), "KeyError", "");
}

/** Throws a built-in exception instance with the given args. */
export function raiseWith(typeName: BuiltinExceptionName, ...args: PyObject[]): never {
  throw new PyThrow(newException(typeName, ...args), typeName, "");
}

/**
 * The exception instance of a `PyThrow`, created on first observation for
 * exceptions raised by name (`raise("TypeError", msg)`); sets `t.exc`.
 */
export function materialize(t: PyThrow): PyObject {
  if (t.exc !== null) return t.exc;
  const args = t.message === "" && t.typeName === "StopIteration" ? [] : [t.message];
  return t.exc = newException(t.typeName, ...args);
}

/** Whether the exception in flight is an instance of `cls` (without materializing when the name says it). */
export function throwMatches(t: PyThrow, cls: PyType): boolean {
  if (t.exc === null) {
    const own = T[t.typeName];
    return own !== undefined && isSubtype(own, cls);
  }
  return isSubtype(typeOf(t.exc), cls);
}

/** `x` as an exception instance, or a TypeError for `raise 1`. */
export function asException(x: PyObject): PyBaseException | undefined {
  return x instanceof PyBaseException ? x : undefined;
}

// -- BaseException's methods ------------------------------------------------------

const BE = T.BaseException;

function self(x: PyObject): PyBaseException {
  if (!(x instanceof PyBaseException)) {
    raise(
      "TypeError",
      `descriptor requires a 'BaseException' object but received a '${typeName(x)}'`,
    );
  }
  return x;
}

defNew(BE, (cls, args, kwnames) => {
  const n = kwnames === null ? args.length : args.length - kwnames.length;
  const e = new PyBaseException(cls);
  e.args = n === 0 ? EMPTY_TUPLE : new PyTuple(args.slice(0, n));
  return e;
});

function baseInit(x: PyObject, args: PyObject[], kwnames: readonly string[] | null): void {
  const e = self(x);
  e.args = args.length === 0 ? EMPTY_TUPLE : new PyTuple(args.slice());
  if (kwnames !== null && kwnames.length > 0) {
    raise("TypeError", `${e.cls.name}() takes no keyword arguments`);
  }
}

defMethod(BE, "__init__", (x, args, kwnames) => {
  baseInit(x, args, kwnames);
  return None;
});
defSlot(BE, "__str__", (x) => {
  const a = self(x).args.items;
  return a.length === 0 ? "" : a.length === 1 ? str(a[0]) : str(self(x).args);
}, 0);
defSlot(BE, "__repr__", (x) => {
  const e = self(x);
  const a = e.args.items;
  const name = e.cls.name.slice(e.cls.name.lastIndexOf(".") + 1);
  return a.length === 1 ? `${name}(${repr(a[0])})` : name + repr(e.args);
}, 0);
defMethod(BE, "with_traceback", (x, args) => {
  self(x).traceback = args[0] ?? None;
  return x;
});
defMethod(BE, "add_note", (x, args) => {
  const note = args[0];
  if (strOf(note) === undefined) raise("TypeError", `note must be a str, not '${typeName(note)}'`);
  // Stored as a Python list through the list module's constructor, lazily.
  const e = self(x);
  e.notes ??= newList([]);
  e.notes.items.push(note);
  return None;
});
defGetSet(BE, "args", (x) => self(x).args, (x, v) => {
  if (v === undefined) raise("TypeError", "args may not be deleted");
  self(x).args = toTuple(v);
});
defGetSet(BE, "__traceback__", (x) => self(x).traceback, (x, v) => {
  if (v === undefined) raise("TypeError", "__traceback__ may not be deleted");
  if (v !== None && typeOf(v) !== T.traceback) {
    raise("TypeError", "__traceback__ must be a traceback or None");
  }
  self(x).traceback = v;
});
defGetSet(BE, "__cause__", (x) => self(x).cause, (x, v) => {
  if (v === undefined) raise("TypeError", "__cause__ may not be deleted");
  if (v !== None && !(v instanceof PyBaseException)) {
    raise("TypeError", "exception cause must be None or derive from BaseException");
  }
  const e = self(x);
  e.cause = v;
  e.suppressContext = true;
});
defGetSet(BE, "__context__", (x) => self(x).context, (x, v) => {
  if (v === undefined) raise("TypeError", "__context__ may not be deleted");
  if (v !== None && !(v instanceof PyBaseException)) {
    raise("TypeError", "exception context must be None or derive from BaseException");
  }
  self(x).context = v;
});
defGetSet(BE, "__suppress_context__", (x) => self(x).suppressContext, (x, v) => {
  if (v === undefined) raise("TypeError", "__suppress_context__ may not be deleted");
  self(x).suppressContext = v === true || (v !== false && v !== 0 && v !== None);
});

defGetSet(BE, "__dict__", (x) => objectDict(x)!, (x, v) => setObjectDict(x, v));

/** Makes a getset for a member of an exception class. */
function defMember(cls: PyType, name: string): void {
  defGetSet(cls, name, (x) => member(self(x), name), (x, v) => setMember(self(x), name, v ?? None));
}

// -- The special classes -------------------------------------------------------------

defMethod(T.StopIteration, "__init__", (x, args, kwnames) => {
  baseInit(x, args, kwnames);
  setMember(self(x), "value", args.length > 0 ? args[0] : None);
  return None;
});
defMember(T.StopIteration, "value");

defMethod(T.SystemExit, "__init__", (x, args, kwnames) => {
  baseInit(x, args, kwnames);
  setMember(self(x), "code", args.length === 0 ? None : args.length === 1 ? args[0] : self(x).args);
  return None;
});
defMember(T.SystemExit, "code");

defSlot(T.KeyError, "__str__", (x) => {
  const a = self(x).args.items;
  return a.length === 1 ? repr(a[0]) : a.length === 0 ? "" : str(self(x).args);
}, 0);

/** `__init__` of exceptions with keyword-only members (`AttributeError(name=, obj=)`). */
function kwMembersInit(cls: PyType, names: readonly string[]): void {
  defMethod(cls, "__init__", (x, args, kwnames) => {
    const e = self(x);
    const npos = kwnames === null ? args.length : args.length - kwnames.length;
    e.args = npos === 0 ? EMPTY_TUPLE : new PyTuple(args.slice(0, npos));
    for (const n of names) setMember(e, n, None);
    if (kwnames !== null) {
      for (let i = 0; i < kwnames.length; i++) {
        if (!names.includes(kwnames[i])) {
          raise("TypeError", `'${kwnames[i]}' is an invalid keyword argument for ${e.cls.name}()`);
        }
        setMember(e, kwnames[i], args[npos + i]);
      }
    }
    if (cls === T.ImportError) setMember(e, "msg", npos === 1 ? args[0] : None);
    return None;
  });
  for (const n of names) defMember(cls, n);
}
kwMembersInit(T.AttributeError, ["name", "obj"]);
kwMembersInit(T.NameError, ["name"]);
kwMembersInit(T.ImportError, ["name", "path"]);
defMember(T.ImportError, "msg");
defSlot(T.ImportError, "__str__", (x) => {
  const e = self(x);
  const msg = member(e, "msg");
  if (msg !== None) return str(msg);
  const a = e.args.items;
  return a.length === 0 ? "" : a.length === 1 ? str(a[0]) : str(e.args);
}, 0);

// CPython 3.11 Objects/exceptions.c: OSError_str ("[Errno 2] No such file").
defSlot(T.OSError, "__str__", (x) => {
  const a = self(x).args.items;
  if (a.length === 2 || a.length === 3) return `[Errno ${str(a[0])}] ${str(a[1])}`;
  return a.length === 0 ? "" : a.length === 1 ? str(a[0]) : str(self(x).args);
}, 0);

// UnicodeDecodeError(encoding, object, start, end, reason).
defSlot(T.UnicodeDecodeError, "__str__", (x) => {
  const a = self(x).args.items;
  if (a.length !== 5) return a.length === 1 ? str(a[0]) : str(self(x).args);
  const [enc, obj, start, end, reason] = a;
  const data = (obj as { data?: Uint8Array }).data;
  const s = Number(start);
  if (data !== undefined && Number(end) === s + 1 && s < data.length) {
    return `'${str(enc)}' codec can't decode byte 0x${
      data[s].toString(16).padStart(2, "0")
    } in position ${s}: ${str(reason)}`;
  }
  return `'${str(enc)}' codec can't decode bytes in position ${s}-${Number(end) - 1}: ${
    str(reason)
  }`;
}, 0);
defSlot(T.UnicodeEncodeError, "__str__", (x) => {
  const a = self(x).args.items;
  if (a.length !== 5) return a.length === 1 ? str(a[0]) : str(self(x).args);
  const [enc, obj, start, end, reason] = a;
  const s = Number(start);
  const text = [...(strOf(obj) ?? "")];
  if (Number(end) === s + 1 && s < text.length) {
    const cp = text[s].codePointAt(0)!;
    const esc = cp < 0x100
      ? `\\x${cp.toString(16).padStart(2, "0")}`
      : cp < 0x10000
      ? `\\u${cp.toString(16).padStart(4, "0")}`
      : `\\U${cp.toString(16).padStart(8, "0")}`;
    return `'${str(enc)}' codec can't encode character '${esc}' in position ${s}: ${str(reason)}`;
  }
  return `'${str(enc)}' codec can't encode characters in position ${s}-${Number(end) - 1}: ${
    str(reason)
  }`;
}, 0);

// -- The last line of an uncaught exception ------------------------------------------

/**
 * Names a NameError's suggestion may come from, innermost first (the
 * frame's variables, its globals, the builtins), as CPython 3.11's
 * `offer_suggestions_for_name_error` searches them.
 */
export type NameCandidates = () => readonly (readonly string[])[];

/**
 * The last line(s) of CPython's report of an uncaught exception:
 * `TypeName: message`, `TypeName` alone for an empty message, the module
 * prefix for classes outside `builtins`/`__main__`, "Did you mean" for
 * AttributeError and NameError, then any `__notes__` lines. The interpreter
 * prints the traceback lines above it.
 */
export function exceptionSummary(exc: PyObject, nameCandidates?: NameCandidates): string {
  let line = exceptionLine(exc);
  if (exc instanceof PyBaseException) {
    const suggestion = suggest(exc, nameCandidates);
    if (suggestion !== null) line += `. Did you mean: '${suggestion}'?`;
    if (exc.notes !== null) {
      for (const n of exc.notes.items) line += "\n" + str(n);
    }
  }
  return line;
}

/**
 * `TypeName: message` as `traceback.format_exception_only` writes it (no
 * suggestions, no notes).
 */
export function exceptionLine(exc: PyObject): string {
  const tp = typeOf(exc);
  let line = tp.module !== "builtins" && tp.module !== "__main__"
    ? `${tp.module}.${tp.qualname}`
    : tp.qualname;
  let text: string | null;
  try {
    text = str(exc);
  } catch (e) {
    if (!(e instanceof PyThrow)) throw e;
    text = null;
  }
  if (text === null) line += ": <exception str() failed>";
  else if (text.length !== 0) line += ": " + text;
  return line;
}

function suggest(e: PyBaseException, nameCandidates?: NameCandidates): string | null {
  const name = member(e, "name");
  if (typeof name !== "string") return null;
  try {
    if (isSubtype(e.cls, T.AttributeError)) {
      const obj = e.members?.obj;
      if (obj === undefined || obj === None) return null;
      return bestSuggestion(dirOf(obj), name);
    }
    if (isSubtype(e.cls, T.NameError) && nameCandidates !== undefined) {
      for (const names of nameCandidates()) {
        const s = bestSuggestion(names, name);
        if (s !== null) return s;
      }
    }
  } catch (err) {
    if (!(err instanceof PyThrow)) throw err;
  }
  return null;
}

// CPython 3.11 Python/suggestions.c.
const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

function levenshtein(x: Uint8Array, y: Uint8Array, maxCost: number): number {
  let a = x, b = y;
  let as = 0, ae = a.length, bs = 0, be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) as++, bs++;
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) ae--, be--;
  let aSize = ae - as, bSize = be - bs;
  if (aSize === 0 || bSize === 0) return (aSize + bSize) * MOVE_COST;
  if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
  if (bSize < aSize) {
    [a, b] = [b, a];
    [as, bs] = [bs, as];
    [aSize, bSize] = [bSize, aSize];
  }
  if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer = new Array<number>(aSize);
  for (let i = 0, tmp = MOVE_COST; i < aSize; i++, tmp += MOVE_COST) buffer[i] = tmp;
  let result = 0;
  for (let bi = 0; bi < bSize; bi++) {
    const code = b[bs + bi];
    let distance = result = bi * MOVE_COST;
    let minimum = Infinity;
    for (let i = 0; i < aSize; i++) {
      const substitute = distance + substitutionCost(code, a[as + i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The closest of `candidates` to `name` by CPython's weighted edit distance, or null. */
export function bestSuggestion(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const enc = new TextEncoder();
  const nameBytes = enc.encode(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (item === name) continue;
    const itemBytes = enc.encode(item);
    let maxDistance = Math.floor((nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}
