/**
 * Argument binding: how the arguments of a call fill the parameter slots of
 * a new frame (CPython 3.11 Python/ceval.c `initialize_locals`), with
 * CPython's exact error messages, and the `*args`/`**kwargs` unpacking of
 * CALL_FUNCTION_EX and DICT_MERGE.
 *
 * Convention (as `NativeCall`): the arguments are `src[start .. start +
 * nargs)`, the positional ones first, then the values of the keyword
 * arguments named by `kwnames`; reading them in place from the caller's
 * value stack avoids an array per call.
 *
 * @module
 */
import { CO } from "./code.ts";
import { PyDict } from "./dict.ts";
import { type PyFunction, type PyObject, PyThrow, PyTuple, raise, T, typeOf } from "./object.ts";
import { getAttr, getAttrOrUndefined, getItem, None, str, toArray } from "./abstract.ts";
import { strOf, typeName } from "./core.ts";
import { throwMatches } from "./exceptions.ts";

const EMPTY_TUPLE = new PyTuple([]);

/**
 * Binds the arguments `src[start .. start + nargs)` (the last
 * `kwnames.length` of them keyword values) to the parameters of `fn`,
 * writing the slots of `fast`.
 */
export function bindArgs(
  fn: PyFunction,
  fast: (PyObject | undefined)[],
  src: readonly (PyObject | undefined)[],
  start: number,
  nargs: number,
  kwnames: readonly string[] | null,
): void {
  const co = fn.code;
  const argcount = co.co_argcount;
  const kwcount = kwnames === null ? 0 : kwnames.length;
  const npos = nargs - kwcount;
  // Fast path: exactly the positional parameters.
  if (
    kwcount === 0 && npos === argcount && (co.co_flags & (CO.VARARGS | CO.VARKEYWORDS)) === 0 &&
    co.co_kwonlyargcount === 0
  ) {
    for (let i = 0; i < npos; i++) fast[i] = src[start + i];
    return;
  }
  const totalArgs = argcount + co.co_kwonlyargcount;
  let kwdict: PyDict | null = null;
  if (co.co_flags & CO.VARKEYWORDS) {
    kwdict = new PyDict();
    fast[totalArgs + ((co.co_flags & CO.VARARGS) ? 1 : 0)] = kwdict;
  }
  const n = npos < argcount ? npos : argcount;
  for (let i = 0; i < n; i++) fast[i] = src[start + i];
  if (co.co_flags & CO.VARARGS) {
    fast[totalArgs] = npos > n
      ? new PyTuple(src.slice(start + n, start + npos) as PyObject[])
      : EMPTY_TUPLE;
  }
  const names = co.co_localsplusnames;
  for (let k = 0; k < kwcount; k++) {
    const name = kwnames![k];
    const value = src[start + npos + k];
    let j = co.co_posonlyargcount;
    for (; j < totalArgs; j++) if (names[j] === name) break;
    if (j === totalArgs) {
      if (kwdict === null) {
        positionalOnlyPassedAsKeyword(fn, kwnames!);
        raise("TypeError", `${fn.qualname}() got an unexpected keyword argument '${name}'`);
      }
      kwdict.setStr(name, value as PyObject);
      continue;
    }
    if (fast[j] !== undefined) {
      raise("TypeError", `${fn.qualname}() got multiple values for argument '${name}'`);
    }
    fast[j] = value;
  }
  if (npos > argcount && !(co.co_flags & CO.VARARGS)) tooManyPositional(fn, fast, npos);
  if (npos < argcount) {
    const defaults = fn.defaults;
    const defcount = defaults === null ? 0 : defaults.length;
    const m = argcount - defcount;
    let missing = 0;
    for (let i = npos; i < m; i++) if (fast[i] === undefined) missing++;
    if (missing > 0) missingArguments(fn, fast, missing, defcount);
    for (let i = n > m ? n - m : 0; i < defcount; i++) {
      if (fast[m + i] === undefined) fast[m + i] = defaults![i];
    }
  }
  if (co.co_kwonlyargcount > 0) {
    let missing = 0;
    const kwdefaults = fn.kwdefaults as PyDict | null;
    for (let i = argcount; i < totalArgs; i++) {
      if (fast[i] !== undefined) continue;
      const def = kwdefaults === null ? undefined : kwdefaults.getStr(names[i]);
      if (def !== undefined) fast[i] = def;
      else missing++;
    }
    if (missing > 0) missingArguments(fn, fast, missing, -1);
  }
}

// CPython 3.11 ceval.c positional_only_passed_as_keyword.
function positionalOnlyPassedAsKeyword(fn: PyFunction, kwnames: readonly string[]): void {
  const co = fn.code;
  const hits: string[] = [];
  for (let k = 0; k < co.co_posonlyargcount; k++) {
    const name = co.co_localsplusnames[k];
    for (const kw of kwnames) if (kw === name) hits.push(kw);
  }
  if (hits.length > 0) {
    raise(
      "TypeError",
      `${fn.qualname}() got some positional-only arguments passed as keyword arguments: '${
        hits.join(", ")
      }'`,
    );
  }
}

// CPython 3.11 ceval.c too_many_positional.
function tooManyPositional(
  fn: PyFunction,
  fast: readonly (PyObject | undefined)[],
  given: number,
): never {
  const co = fn.code;
  const argcount = co.co_argcount;
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + co.co_kwonlyargcount; i++) {
    if (fast[i] !== undefined) kwonlyGiven++;
  }
  const defcount = fn.defaults === null ? 0 : fn.defaults.length;
  let sig: string;
  let plural: boolean;
  if (defcount > 0) {
    plural = true;
    sig = `from ${argcount - defcount} to ${argcount}`;
  } else {
    plural = argcount !== 1;
    sig = String(argcount);
  }
  const kwonlySig = kwonlyGiven > 0
    ? ` positional argument${given !== 1 ? "s" : ""} (and ${kwonlyGiven} keyword-only argument${
      kwonlyGiven !== 1 ? "s" : ""
    })`
    : "";
  raise(
    "TypeError",
    `${fn.qualname}() takes ${sig} positional argument${
      plural ? "s" : ""
    } but ${given}${kwonlySig} ${given === 1 && kwonlyGiven === 0 ? "was" : "were"} given`,
  );
}

// CPython 3.11 ceval.c missing_arguments and format_missing.
function missingArguments(
  fn: PyFunction,
  fast: readonly (PyObject | undefined)[],
  missing: number,
  defcount: number,
): never {
  const co = fn.code;
  const positional = defcount !== -1;
  const start = positional ? 0 : co.co_argcount;
  const end = positional ? co.co_argcount - defcount : start + co.co_kwonlyargcount;
  const names: string[] = [];
  for (let i = start; i < end; i++) {
    if (fast[i] === undefined) names.push(`'${co.co_localsplusnames[i]}'`);
  }
  let list: string;
  if (names.length === 1) list = names[0];
  else if (names.length === 2) list = `${names[0]} and ${names[1]}`;
  else {list = `${names.slice(0, -2).join(", ")}, ${names[names.length - 2]}, and ${
      names[names.length - 1]
    }`;}
  raise(
    "TypeError",
    `${fn.qualname}() missing ${missing} required ${
      positional ? "positional" : "keyword-only"
    } argument${missing === 1 ? "" : "s"}: ${list}`,
  );
}

// -- Unpacking for CALL_FUNCTION_EX ------------------------------------------------

/**
 * CPython's `_PyObject_FunctionStr`: `module.qualname()` for callables
 * outside `builtins`, `qualname()` for built-ins, else `str(x)`.
 */
export function functionStr(x: PyObject): string {
  let qualname: PyObject | undefined;
  try {
    qualname = getAttrOrUndefined(x, "__qualname__");
  } catch (e) {
    if (!(e instanceof PyThrow)) throw e;
  }
  if (qualname === undefined) return str(x);
  let module: PyObject | undefined;
  try {
    module = getAttrOrUndefined(x, "__module__");
  } catch (e) {
    if (!(e instanceof PyThrow)) throw e;
  }
  if (module !== undefined && module !== None && module !== "builtins") {
    return `${str(module)}.${str(qualname)}()`;
  }
  return `${str(qualname)}()`;
}

/** The positional arguments of `f(*x)`: "argument after * must be an iterable". */
export function starArgs(func: PyObject, x: PyObject): PyObject[] {
  if (x instanceof PyTuple && x.cls === T.tuple) return x.items as PyObject[];
  try {
    return toArray(x);
  } catch (e) {
    if (e instanceof PyThrow && throwMatches(e, T.TypeError) && !isIterable(x)) {
      raise(
        "TypeError",
        `${functionStr(func)} argument after * must be an iterable, not ${typeName(x)}`,
      );
    }
    throw e;
  }
}

function isIterable(x: PyObject): boolean {
  const tp = typeOf(x);
  return tp.lookup("__iter__") !== undefined || tp.lookup("__getitem__") !== undefined;
}

/**
 * Appends the keyword arguments of the dict `kw` to `args` and returns
 * their names (CPython `_PyStack_UnpackDict`): "keywords must be strings".
 */
export function unpackKwargs(args: PyObject[], kw: PyDict): string[] {
  const names: string[] = [];
  let bad = false;
  kw.forEach((k, v) => {
    const s = typeof k === "string" ? k : strOf(k);
    if (s === undefined) bad = true;
    names.push(s ?? "");
    args.push(v);
  });
  if (bad) raise("TypeError", "keywords must be strings");
  return names;
}

/**
 * DICT_MERGE: merges the mapping `update` into the keyword dict `dict`,
 * with CPython 3.11's `format_kwargs_error` messages naming `func`.
 */
export function dictMerge(func: PyObject, dict: PyDict, update: PyObject): void {
  if (update instanceof PyDict) {
    let dup: PyObject | undefined;
    update.forEach((k, v) => {
      if (dup !== undefined) return;
      if (dict.has(k)) dup = k;
      else dict.set(k, v);
    });
    if (dup !== undefined) {
      raise(
        "TypeError",
        `${functionStr(func)} got multiple values for keyword argument '${str(dup)}'`,
      );
    }
    return;
  }
  let keysFn: PyObject;
  try {
    keysFn = getAttr(update, "keys");
  } catch (e) {
    if (e instanceof PyThrow && throwMatches(e, T.AttributeError)) {
      raise(
        "TypeError",
        `${functionStr(func)} argument after ** must be a mapping, not ${typeName(update)}`,
      );
    }
    throw e;
  }
  const keys = toArray(callNoArgs(keysFn));
  for (const k of keys) {
    if (dict.has(k)) {
      raise(
        "TypeError",
        `${functionStr(func)} got multiple values for keyword argument '${str(k)}'`,
      );
    }
    dict.set(k, getItem(update, k));
  }
}

/** DICT_UPDATE (`{**x}`): "'int' object is not a mapping". */
export function dictUpdate(dict: PyDict, update: PyObject): void {
  if (update instanceof PyDict) {
    update.forEach((k, v) => dict.set(k, v));
    return;
  }
  let keysFn: PyObject;
  try {
    keysFn = getAttr(update, "keys");
  } catch (e) {
    if (e instanceof PyThrow && throwMatches(e, T.AttributeError)) {
      raise("TypeError", `'${typeName(update)}' object is not a mapping`);
    }
    throw e;
  }
  for (const k of toArray(callNoArgs(keysFn))) dict.set(k, getItem(update, k));
}

import { call } from "./abstract.ts";

function callNoArgs(f: PyObject): PyObject {
  return call(f, [], null);
}
