/**
 * `collections.OrderedDict`: a dict subclass whose order is observable in
 * `==` between two OrderedDicts and which can reorder (`move_to_end`) and
 * pop from either end. The underlying dict table already keeps insertion
 * order, so no separate linked list is needed: reordering rebuilds the table.
 *
 * Writes made by `__init__`, `update`, `copy` and `|` go through
 * `setItem`, so a subclass overriding `__setitem__` sees every one of them,
 * as it does with CPython's OrderedDict.
 *
 * @module
 */
import { PyHeap, type PyObject, PyTuple, type PyType, raise, T, typeOf } from "../object.ts";
import {
  call,
  getAttr,
  getAttrOrUndefined,
  getItem,
  getIter,
  iterNext,
  None,
  NotImplemented,
  repr,
  setItem,
  toArray,
} from "../abstract.ts";
import { parseArgs, Signature } from "../args.ts";
import { builtinType } from "../types.ts";
import { defMethod, defMethodNoArgs, defSlot } from "../descriptors.ts";
import { PyDict } from "../dict.ts";
import { PyDictView } from "../dict_views.ts";
import { dictEqual, type DictIterKind } from "../dict_methods.ts";
import { raiseKeyError } from "../exceptions.ts";
import { reprGuard } from "../list.ts";
import { isSubtype, typeName } from "../core.ts";
import { eq } from "../operators.ts";
import { isTrue } from "../abstract.ts";

export const ODICT: PyType = builtinType("OrderedDict", T.dict, {
  module: "collections",
  key: "collections.OrderedDict",
});

function self(x: PyObject): PyDict {
  if (!(x instanceof PyDict) || !isSubtype(x.cls, ODICT)) {
    raise(
      "TypeError",
      `descriptor requires a 'collections.OrderedDict' object but received a '${typeName(x)}'`,
    );
  }
  return x;
}

function isODict(x: PyObject): x is PyDict {
  return x instanceof PyDict && isSubtype(x.cls, ODICT);
}

// The views only differ from dict's by name and repr (`odict_keys(['a'])`).
const VIEW_TYPES: PyType[] = ["keys", "values", "items"].map((k) => {
  const t = builtinType(`odict_${k}`, T[`dict_${k}`], {
    final: true,
    module: "collections",
    key: `collections.odict_${k}`,
  });
  defSlot(
    t,
    "__repr__",
    (x) => reprGuard(x, "...", () => `${t.name}([${toArray(x).map((v) => repr(v)).join(", ")}])`),
    0,
  );
  return t;
});

function view(d: PyDict, kind: DictIterKind): PyObject {
  const v = new PyDictView(d, kind);
  v.cls = VIEW_TYPES[kind];
  return v;
}

defMethodNoArgs(ODICT, "keys", (x) => view(self(x), 0));
defMethodNoArgs(ODICT, "values", (x) => view(self(x), 1));
defMethodNoArgs(ODICT, "items", (x) => view(self(x), 2));

/**
 * Merges a mapping (anything with `keys()`) or an iterable of pairs into
 * `target`, then the keyword arguments, one `target[k] = v` at a time.
 */
function mergeInto(
  target: PyObject,
  args: PyObject[],
  kwnames: readonly string[] | null,
  tooMany: (n: number) => string,
): void {
  const npos = kwnames === null ? args.length : args.length - kwnames.length;
  if (npos > 1) raise("TypeError", tooMany(npos));
  if (npos === 1) mergeOne(target, args[0]);
  for (let i = 0; i < (kwnames?.length ?? 0); i++) setItem(target, kwnames![i], args[npos + i]);
}

function mergeOne(target: PyObject, src: PyObject): void {
  const keys = src instanceof PyHeap ? getAttrOrUndefined(src, "keys") : undefined;
  if (keys !== undefined) {
    for (const k of toArray(call(keys, [], null))) setItem(target, k, getItem(src, k));
    return;
  }
  const it = getIter(src);
  for (let i = 0, item = iterNext(it); item !== undefined; i++, item = iterNext(it)) {
    const pair = toArray(item);
    if (pair.length !== 2) {
      raise(
        "ValueError",
        `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`,
      );
    }
    setItem(target, pair[0], pair[1]);
  }
}

defMethod(ODICT, "__init__", (x, args, kwnames) => {
  // Both messages are CPython's, plural included.
  mergeInto(self(x), args, kwnames, (n) => `expected at most 1 arguments, got ${n}`);
  return None;
});
defMethod(ODICT, "update", (x, args, kwnames) => {
  mergeInto(
    self(x),
    args,
    kwnames,
    (n) => `update() takes at most 1 positional argument (${n} given)`,
  );
  return None;
});

const POPITEM = new Signature("popitem", ["last"], { maxpos: 1 });
defMethod(ODICT, "popitem", (x, args, kwnames) => {
  const d = self(x);
  const a = parseArgs(POPITEM, args, kwnames);
  if (d.size === 0) raise("KeyError", "dictionary is empty");
  const last = a[0] === undefined || isTrue(a[0]);
  const keys = d.keyList();
  const e = d.table.delete(last ? keys[keys.length - 1] : keys[0])!;
  return new PyTuple([e.key, e.value]);
});

const MOVE = new Signature("move_to_end", ["key", "last"], { minpos: 1 });
defMethod(ODICT, "move_to_end", (x, args, kwnames) => {
  const d = self(x);
  const a = parseArgs(MOVE, args, kwnames);
  const last = a[1] === undefined || isTrue(a[1]);
  const e = d.table.delete(a[0]!);
  if (e === null) raiseKeyError(a[0]!);
  if (last) {
    d.set(e.key, e.value);
    return None;
  }
  // The table only appends, so moving to the front re-inserts everything after it.
  const rest: [PyObject, PyObject][] = [];
  d.forEach((k, v) => rest.push([k, v]));
  d.clear();
  d.set(e.key, e.value);
  for (const [k, v] of rest) d.set(k, v);
  return None;
});

defSlot(ODICT, "__repr__", (x) => {
  const d = self(x);
  const name = typeOf(d).name;
  if (d.size === 0) return `${name}()`;
  return reprGuard(d, "...", () => {
    const parts: string[] = [];
    d.forEach((k, v) => parts.push(`(${repr(k)}, ${repr(v)})`));
    return `${name}([${parts.join(", ")}])`;
  });
}, 0);

// Order matters only when both sides are OrderedDicts.
function odictEqual(a: PyDict, b: PyDict): boolean {
  if (!dictEqual(a, b)) return false;
  if (!isODict(b)) return true;
  const ka = a.keyList(), kb = b.keyList();
  for (let i = 0; i < ka.length; i++) {
    if (!(ka[i] === kb[i] || eq(ka[i], kb[i]))) return false;
  }
  return true;
}
defSlot(
  ODICT,
  "__eq__",
  (a, b) => (b instanceof PyDict ? odictEqual(self(a), b) : NotImplemented),
  1,
);
defSlot(
  ODICT,
  "__ne__",
  (a, b) => (b instanceof PyDict ? !odictEqual(self(a), b) : NotImplemented),
  1,
);
ODICT.dict.set("__hash__", None);

// A copy is made by the subclass itself, then filled item by item.
function copyOf(x: PyObject): PyObject {
  const d = self(x);
  const out = call(typeOf(d), [], null);
  for (const [k, v] of entries(d)) setItem(out, k, v);
  return out;
}
defMethodNoArgs(ODICT, "copy", copyOf);
defMethodNoArgs(ODICT, "__copy__", copyOf);

function entries(d: PyDict): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = [];
  d.forEach((k, v) => out.push([k, v]));
  return out;
}

// `od | other` and `other | od` both build the OrderedDict's own type from the left operand.
defSlot(ODICT, "__or__", (x, y) => {
  if (!(y instanceof PyDict)) return NotImplemented;
  const out = call(typeOf(self(x)), [x], null);
  mergeOne(out, y);
  return out;
}, 1);
defSlot(ODICT, "__ror__", (x, y) => {
  if (!(y instanceof PyDict)) return NotImplemented;
  const out = call(typeOf(self(x)), [y], null);
  mergeOne(out, x);
  return out;
}, 1);
defSlot(ODICT, "__ior__", (x, y) => {
  mergeOne(self(x), y);
  return x;
}, 1);

defMethodNoArgs(ODICT, "__reduce__", (x) => {
  const d = self(x);
  const state = getAttrOrUndefined(d, "__dict__");
  const hasState = state instanceof PyDict && state.size > 0;
  const items = getIter(call(getAttr(d, "items"), [], null));
  return new PyTuple([typeOf(d), new PyTuple([]), hasState ? state : None, None, items]);
});
