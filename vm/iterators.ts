/**
 * The built-in iterator types (CPython 3.11 Python/bltinmodule.c,
 * Objects/enumobject.c, iterobject.c): `enumerate`, `zip` (with
 * `strict=`), `map`, `filter`, `reversed`, `callable_iterator`, and the
 * `__iter__`/`__next__` slots every iterator written in TypeScript shares.
 *
 * @module
 */
import { PyList, type PyObject, PyThrow, PyTuple, type PyType, raise, T } from "./object.ts";
import { None } from "./types.ts";
import { isSubtype, typeLookup, typeName } from "./core.ts";
import { defMethod, defMethodNoArgs, defNew, defSlot, PyIter } from "./descriptors.ts";
import { parseArgs, positional, Signature } from "./args.ts";
import {
  call,
  callSpecial,
  eq,
  getItem,
  getIter,
  index,
  isTrue,
  iterNext,
  len,
} from "./abstract.ts";
import { intAdd } from "./int.ts";
import { ListReverseIterator } from "./list.ts";
import { throwMatches } from "./exceptions.ts";

/** `next()` of any iterator, with the fast path for TypeScript ones. */
function nextOf(it: PyObject): PyObject | undefined {
  return it instanceof PyIter ? it.next() : iterNext(it);
}

// -- enumerate ---------------------------------------------------------------------------------

/** `enumerate(iterable, start=0)`. */
export class PyEnumerate extends PyIter {
  cls: PyType;
  readonly it: PyObject;
  count: PyObject;
  constructor(it: PyObject, start: PyObject, cls: PyType = T.enumerate) {
    super();
    this.cls = cls;
    this.it = it;
    this.count = start;
  }
  next(): PyObject | undefined {
    const v = nextOf(this.it);
    if (v === undefined) return undefined;
    const i = this.count;
    this.count = typeof i === "number" && i < Number.MAX_SAFE_INTEGER
      ? i + 1
      : intAdd(i as number, 1);
    return new PyTuple([i, v]);
  }
}

const ENUMERATE_SIG = new Signature("enumerate", ["iterable", "start"]);
defNew(T.enumerate, (cls, args, kwnames) => {
  const a = parseArgs(ENUMERATE_SIG, args, kwnames);
  if (a[0] === undefined) raise("TypeError", "enumerate() missing required argument 'iterable'");
  const start = a[1] === undefined ? 0 : index(a[1]);
  return new PyEnumerate(getIter(a[0]), start, cls);
});

// -- zip -----------------------------------------------------------------------------------------

/** `zip(*iterables, strict=False)`. */
export class PyZip extends PyIter {
  cls: PyType;
  its: PyObject[] | null;
  readonly strict: boolean;
  constructor(its: PyObject[], strict: boolean, cls: PyType = T.zip) {
    super();
    this.cls = cls;
    this.its = its;
    this.strict = strict;
  }
  next(): PyObject | undefined {
    const its = this.its;
    if (its === null || its.length === 0) return undefined;
    const items = new Array<PyObject>(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = nextOf(its[i]);
      if (v === undefined) {
        this.its = null;
        if (this.strict) this.#strictCheck(its, i);
        return undefined;
      }
      items[i] = v;
    }
    return new PyTuple(items);
  }
  // CPython 3.11 Python/bltinmodule.c zip_next, strict mode.
  #strictCheck(its: PyObject[], i: number): void {
    if (i > 0) {
      raise(
        "ValueError",
        `zip() argument ${i + 1} is shorter than argument${i === 1 ? " " : "s 1-"}${i}`,
      );
    }
    for (let k = 1; k < its.length; k++) {
      if (nextOf(its[k]) !== undefined) {
        raise(
          "ValueError",
          `zip() argument ${k + 1} is longer than argument${k === 1 ? " " : "s 1-"}${k}`,
        );
      }
    }
  }
}

defNew(T.zip, (cls, args, kwnames) => {
  const npos = kwnames === null ? args.length : args.length - kwnames.length;
  let strict = false;
  if (kwnames !== null && kwnames.length > 0) {
    if (kwnames.length > 1) {
      raise("TypeError", `zip() takes at most 1 keyword argument (${kwnames.length} given)`);
    }
    if (kwnames[0] !== "strict") {
      raise("TypeError", `zip() got an unexpected keyword argument '${kwnames[0]}'`);
    }
    strict = isTrue(args[npos]);
  }
  const its: PyObject[] = [];
  for (let i = 0; i < npos; i++) its.push(getIter(args[i]));
  return new PyZip(its, strict, cls);
});

// -- map / filter ----------------------------------------------------------------------------------

/** `map(func, *iterables)`. */
export class PyMap extends PyIter {
  cls: PyType;
  readonly func: PyObject;
  readonly its: PyObject[];
  constructor(func: PyObject, its: PyObject[], cls: PyType = T.map) {
    super();
    this.cls = cls;
    this.func = func;
    this.its = its;
  }
  next(): PyObject | undefined {
    const its = this.its;
    if (its.length === 1) {
      const v = nextOf(its[0]);
      return v === undefined ? undefined : call(this.func, [v], null);
    }
    const args = new Array<PyObject>(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = nextOf(its[i]);
      if (v === undefined) return undefined;
      args[i] = v;
    }
    return call(this.func, args, null);
  }
}

defNew(T.map, (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    raise("TypeError", "map() takes no keyword arguments");
  }
  if (args.length < 2) raise("TypeError", "map() must have at least two arguments.");
  const its: PyObject[] = [];
  for (let i = 1; i < args.length; i++) its.push(getIter(args[i]));
  return new PyMap(args[0], its, cls);
});

/** `filter(function or None, iterable)`. */
export class PyFilter extends PyIter {
  cls: PyType;
  readonly func: PyObject;
  readonly it: PyObject;
  constructor(func: PyObject, it: PyObject, cls: PyType = T.filter) {
    super();
    this.cls = cls;
    this.func = func;
    this.it = it;
  }
  next(): PyObject | undefined {
    for (;;) {
      const v = nextOf(this.it);
      if (v === undefined) return undefined;
      const keep = this.func === None || this.func === T.bool
        ? isTrue(v)
        : isTrue(call(this.func, [v], null));
      if (keep) return v;
    }
  }
}

defNew(T.filter, (cls, args, kwnames) => {
  positional("filter", args, kwnames, 2, 2);
  return new PyFilter(args[0], getIter(args[1]), cls);
});

// -- reversed ------------------------------------------------------------------------------------------

/** `reversed(seq)` over `__len__` and `__getitem__`. */
export class PyReversed extends PyIter {
  cls: PyType = T.reversed;
  seq: PyObject | null;
  i: number;
  constructor(seq: PyObject, n: number) {
    super();
    this.seq = seq;
    this.i = n - 1;
  }
  next(): PyObject | undefined {
    if (this.seq === null || this.i < 0) {
      this.seq = null;
      return undefined;
    }
    try {
      return getItem(this.seq, this.i--);
    } catch (e) {
      if (
        e instanceof PyThrow && (throwMatches(e, T.IndexError) || throwMatches(e, T.StopIteration))
      ) {
        this.seq = null;
        return undefined;
      }
      throw e;
    }
  }
}

// CPython 3.11 Objects/enumobject.c reversed_len: asks the sequence again.
defMethodNoArgs(T.reversed, "__length_hint__", (x) => {
  const r = x as PyReversed;
  if (r.seq === null) return 0;
  const n = len(r.seq);
  return n < r.i + 1 ? 0 : r.i + 1;
});

/** `reversed(x)`: `__reversed__`, else the sequence protocol. */
export function reversedOf(x: PyObject): PyObject {
  if (x instanceof PyList && x.cls === T.list) return new ListReverseIterator(x);
  const cls = typeof x === "object" ? x.cls : typeOfPrimitive(x);
  const r = typeLookup(cls, "__reversed__");
  if (r !== undefined && r !== None) return callSpecial(r, x);
  if (r === None || typeLookup(cls, "__getitem__") === undefined || isSubtype(cls, T.dict)) {
    raise("TypeError", `'${typeName(x)}' object is not reversible`);
  }
  return new PyReversed(x, len(x));
}

function typeOfPrimitive(x: PyObject): PyType {
  return typeof x === "string" ? T.str : typeof x === "boolean" ? T.bool : T.int;
}

defNew(T.reversed, (_cls, args, kwnames) => {
  positional("reversed", args, kwnames, 1, 1);
  return reversedOf(args[0]);
});

// -- iter(callable, sentinel) ----------------------------------------------------------------------------

/** `iter(callable, sentinel)`. */
export class PyCallableIterator extends PyIter {
  cls: PyType = T.callable_iterator;
  func: PyObject | null;
  readonly sentinel: PyObject;
  constructor(func: PyObject, sentinel: PyObject) {
    super();
    this.func = func;
    this.sentinel = sentinel;
  }
  next(): PyObject | undefined {
    if (this.func === null) return undefined;
    let v: PyObject;
    try {
      v = call(this.func, [], null);
    } catch (e) {
      if (e instanceof PyThrow && throwMatches(e, T.StopIteration)) {
        this.func = null;
        return undefined;
      }
      throw e;
    }
    if (v === this.sentinel || eq(v, this.sentinel)) {
      this.func = null;
      return undefined;
    }
    return v;
  }
}

// -- The shared slots -------------------------------------------------------------------------------------

/** Installs `__iter__` (self) and `__next__` on an iterator type implemented by a `PyIter`. */
export function defIteratorSlots(tp: PyType): void {
  defSlot(tp, "__iter__", (x) => x, 0);
  defSlot(tp, "__next__", (x) => (x as PyIter).next(), 0);
}

for (
  const name of [
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "range_iterator",
    "longrange_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "set_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "iterator",
    "callable_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
  ]
) defIteratorSlots(T[name]);

defMethod(T.list_iterator, "__length_hint__", (x) => {
  const it = x as unknown as { seq: PyList | null; i: number };
  return it.seq === null ? 0 : Math.max(0, it.seq.items.length - it.i);
});
