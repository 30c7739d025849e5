/**
 * `collections.Counter`: a dict from elements to counts in which a missing
 * element counts zero. Counts are arbitrary objects combined with the
 * ordinary operators, so `Counter(a=1.5)` and negative counts work; the
 * binary operators (`+ - | &`) and unary `+ -` keep only positive results,
 * and always produce a plain Counter whatever the operands' classes.
 *
 * Element writes go through `setItem`/`delItem` so subclasses that override
 * `__setitem__` or `__delitem__` see them, as they do in CPython, whose
 * Counter is written in Python.
 *
 * @module
 */
import {
  PyList,
  type PyObject,
  PyThrow,
  PyTuple,
  type PyType,
  raise,
  T,
  typeOf,
} from "../object.ts";
import {
  call,
  delItem,
  getAttr,
  getItem,
  getIter,
  index,
  isTrue,
  iterNext,
  None,
  NotImplemented,
  repr,
  richCompare,
  setItem,
  toArray,
} from "../abstract.ts";
import { binaryOp, eq, NB_ADD, NB_SUBTRACT } from "../operators.ts";
import { builtinType } from "../types.ts";
import { defClassMethod, defMethod, defMethodNoArgs, defMethodO, defSlot } from "../descriptors.ts";
import { dictFromKeywords, PyDict } from "../dict.ts";
import { dictUpdate } from "../dict_methods.ts";
import { reprGuard, sortList } from "../list.ts";
import { isSubtype, typeName } from "../core.ts";
import { throwMatches } from "../exceptions.ts";
import { bindPy } from "./pyargs.ts";
import "./itertools.ts";

export const COUNTER: PyType = builtinType("Counter", T.dict, {
  module: "collections",
  key: "collections.Counter",
});

const LT = 0, LE = 1, GT = 4, GE = 5;

function self(x: PyObject): PyDict {
  if (!isCounter(x)) {
    raise(
      "TypeError",
      `descriptor requires a 'collections.Counter' object but received a '${typeName(x)}'`,
    );
  }
  return x;
}

function isCounter(x: PyObject): x is PyDict {
  return x instanceof PyDict && isSubtype(x.cls, COUNTER);
}

const positive = (v: PyObject) => isTrue(richCompare(v, 0, GT));
const negate = (v: PyObject) => binaryOp(0, v, NB_SUBTRACT);

/** The `(element, count)` pairs of `x.items()`, as a snapshot. */
function itemsOf(x: PyObject): [PyObject, PyObject][] {
  return toArray(call(getAttr(x, "items"), [], null)).map((p) => {
    const pair = toArray(p);
    return [pair[0], pair[1]];
  });
}

function entries(d: PyDict): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = [];
  d.forEach((k, v) => out.push([k, v]));
  return out;
}

function countOf(d: PyDict, elem: PyObject): PyObject {
  return d.get(elem) ?? 0;
}

/**
 * The positional arguments of a method that CPython writes as
 * `def name(self, iterable=None, /, **kwds)`: at most one, keywords apart.
 */
function splitArgs(
  qualname: string,
  x: PyObject,
  args: PyObject[],
  kwnames: readonly string[] | null,
): [PyObject, PyDict | null] {
  const npos = kwnames === null ? args.length : args.length - kwnames.length;
  bindPy(qualname, ["self", "iterable"], 1, [x, ...args.slice(0, npos)], null);
  const kw = kwnames === null || kwnames.length === 0
    ? null
    : dictFromKeywords(kwnames, args, npos);
  return [npos > 0 ? args[0] : None, kw];
}

defMethod(COUNTER, "__init__", (x, args, kwnames) => {
  const d = self(x);
  const [it, kw] = splitArgs("Counter.__init__", d, args, kwnames);
  // Through the attribute, so a subclass's own `update` is the one used.
  if (kw === null) call(getAttr(d, "update"), [it], null);
  else {
    const names: string[] = [];
    const values: PyObject[] = [it];
    kw.forEach((k, v) => {
      names.push(k as string);
      values.push(v);
    });
    call(getAttr(d, "update"), values, names);
  }
  return None;
});

defMethodO(COUNTER, "__missing__", () => 0);

defMethod(COUNTER, "update", (x, args, kwnames) => {
  const d = self(x);
  const [it, kw] = splitArgs("Counter.update", d, args, kwnames);
  if (it !== None) {
    if (it instanceof PyDict) {
      // An empty counter takes the mapping's counts as they are.
      if (d.size === 0) dictUpdate(d, it);
      else {
        for (const [elem, n] of itemsOf(it)) {
          setItem(d, elem, binaryOp(n, countOf(d, elem), NB_ADD));
        }
      }
    } else {
      const iter = getIter(it);
      for (let e = iterNext(iter); e !== undefined; e = iterNext(iter)) {
        setItem(d, e, binaryOp(countOf(d, e), 1, NB_ADD));
      }
    }
  }
  if (kw !== null) call(getAttr(d, "update"), [kw], null);
  return None;
});

defMethod(COUNTER, "subtract", (x, args, kwnames) => {
  const d = self(x);
  const [it, kw] = splitArgs("Counter.subtract", d, args, kwnames);
  if (it !== None) {
    if (it instanceof PyDict) {
      for (const [elem, n] of itemsOf(it)) {
        setItem(d, elem, binaryOp(countOf(d, elem), n, NB_SUBTRACT));
      }
    } else {
      const iter = getIter(it);
      for (let e = iterNext(iter); e !== undefined; e = iterNext(iter)) {
        setItem(d, e, binaryOp(countOf(d, e), 1, NB_SUBTRACT));
      }
    }
  }
  if (kw !== null) call(getAttr(d, "subtract"), [kw], null);
  return None;
});

defMethodNoArgs(COUNTER, "total", (x) => {
  let sum: PyObject = 0;
  for (const v of self(x).valueList()) sum = binaryOp(sum, v, NB_ADD);
  return sum;
});

/** The items by decreasing count; equal counts keep their insertion order. */
function byCount(d: PyDict): PyObject[] {
  const pairs = entries(d);
  const items: PyObject[] = pairs.map(([k, v]) => new PyTuple([k, v]));
  sortList(items, pairs.map(([, v]) => v), true);
  return items;
}

defMethod(COUNTER, "most_common", (x, args, kwnames) => {
  const d = self(x);
  const [n] = bindPy("Counter.most_common", ["self", "n"], 1, [d, ...args], kwnames).slice(1);
  if (n === undefined || n === None) return new PyList(byCount(d));
  // The same checks, in the same order, as `heapq.nlargest(n, items)`, so a
  // bad `n` fails with the same message.
  const size = d.size;
  if (n !== 1 && isTrue(richCompare(n, size, GE))) return new PyList(byCount(d));
  const k = n === 1 ? 1 : Number(index(n));
  if (k <= 0) return new PyList([]);
  return new PyList(byCount(d).slice(0, k));
});

let elementsParts: { chainFrom: PyObject; starmap: PyObject; repeat: PyObject } | null = null;
defMethodNoArgs(COUNTER, "elements", (x) => {
  const d = self(x);
  elementsParts ??= {
    chainFrom: getAttr(T["itertools.chain"], "from_iterable"),
    starmap: T["itertools.starmap"],
    repeat: T["itertools.repeat"],
  };
  const { chainFrom, starmap, repeat } = elementsParts;
  // Lazy over the live items: each element repeated `count` times (none when count <= 0).
  const runs = call(starmap, [repeat, call(getAttr(d, "items"), [], null)], null);
  return call(chainFrom, [runs], null);
});

defClassMethod(COUNTER, "fromkeys", () =>
  raise(
    "NotImplementedError",
    "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
  ));

function copyOf(x: PyObject): PyObject {
  return call(typeOf(self(x)), [x], null);
}
defMethodNoArgs(COUNTER, "copy", copyOf);
defMethodNoArgs(COUNTER, "__copy__", copyOf);
defMethodNoArgs(COUNTER, "__reduce__", (x) => {
  const d = self(x);
  return new PyTuple([typeOf(d), new PyTuple([d.copy(T.dict)])]);
});

// Deleting an absent element is not an error: its count is already zero.
defSlot(COUNTER, "__delitem__", (x, k) => {
  self(x).delete(k);
  return None;
}, 1);

/** Whether `test(a[e], b[e])` holds for every element of either counter. */
function everyCount(
  a: PyDict,
  b: PyDict,
  test: (p: PyObject, q: PyObject) => boolean,
): boolean {
  for (const c of [a, b]) {
    for (const e of c.keyList()) if (!test(getItem(a, e), getItem(b, e))) return false;
  }
  return true;
}

const sameCounts = (a: PyDict, b: PyDict) => everyCount(a, b, (p, q) => eq(p, q));
const within = (a: PyDict, b: PyDict) => everyCount(a, b, (p, q) => isTrue(richCompare(p, q, LE)));

function compareSlot(test: (a: PyDict, b: PyDict) => boolean) {
  return (x: PyObject, y: PyObject): PyObject => {
    if (!isCounter(y)) return NotImplemented;
    return test(self(x), y);
  };
}
defSlot(COUNTER, "__eq__", compareSlot(sameCounts), 1);
defSlot(COUNTER, "__ne__", compareSlot((a, b) => !sameCounts(a, b)), 1);
defSlot(COUNTER, "__le__", compareSlot(within), 1);
defSlot(COUNTER, "__lt__", compareSlot((a, b) => within(a, b) && !sameCounts(a, b)), 1);
defSlot(COUNTER, "__ge__", compareSlot((a, b) => within(b, a)), 1);
defSlot(COUNTER, "__gt__", compareSlot((a, b) => within(b, a) && !sameCounts(a, b)), 1);
COUNTER.dict.set("__hash__", None);

defSlot(COUNTER, "__repr__", (x) => {
  const d = self(x);
  const name = typeOf(d).name;
  if (d.size === 0) return `${name}()`;
  return reprGuard(d, "...", () => {
    let items: PyObject[];
    try {
      items = byCount(d);
    } catch (e) {
      // Counts that cannot be ordered are shown in insertion order.
      if (!(e instanceof PyThrow) || !throwMatches(e, T.TypeError)) throw e;
      items = entries(d).map(([k, v]) => new PyTuple([k, v]));
    }
    const body = items.map((p) => {
      const [k, v] = (p as PyTuple).items;
      return `${repr(k)}: ${repr(v)}`;
    });
    return `${name}({${body.join(", ")}})`;
  });
}, 0);

// -- Multiset arithmetic: a fresh plain Counter holding only positive counts ------------

function binary(combine: (a: PyDict, b: PyDict, out: PyDict) => void) {
  return (x: PyObject, y: PyObject): PyObject => {
    if (!isCounter(y)) return NotImplemented;
    const out = new PyDict(COUNTER);
    combine(self(x), y, out);
    return out;
  };
}

function keepIfPositive(out: PyDict, elem: PyObject, n: PyObject): void {
  if (positive(n)) out.set(elem, n);
}

defSlot(
  COUNTER,
  "__add__",
  binary((a, b, out) => {
    for (const [e, n] of entries(a)) keepIfPositive(out, e, binaryOp(n, getItem(b, e), NB_ADD));
    for (const [e, n] of entries(b)) if (!a.has(e)) keepIfPositive(out, e, n);
  }),
  1,
);

defSlot(
  COUNTER,
  "__sub__",
  binary((a, b, out) => {
    for (const [e, n] of entries(a)) {
      keepIfPositive(out, e, binaryOp(n, getItem(b, e), NB_SUBTRACT));
    }
    // Elements only on the right with a negative count end up positive.
    for (const [e, n] of entries(b)) {
      if (!a.has(e) && isTrue(richCompare(n, 0, LT))) out.set(e, negate(n));
    }
  }),
  1,
);

defSlot(
  COUNTER,
  "__or__",
  binary((a, b, out) => {
    for (const [e, n] of entries(a)) {
      const m = getItem(b, e);
      keepIfPositive(out, e, isTrue(richCompare(n, m, LT)) ? m : n);
    }
    for (const [e, n] of entries(b)) if (!a.has(e)) keepIfPositive(out, e, n);
  }),
  1,
);

defSlot(
  COUNTER,
  "__and__",
  binary((a, b, out) => {
    for (const [e, n] of entries(a)) {
      const m = getItem(b, e);
      keepIfPositive(out, e, isTrue(richCompare(n, m, LT)) ? n : m);
    }
  }),
  1,
);

defSlot(COUNTER, "__pos__", (x) => {
  const out = new PyDict(COUNTER);
  for (const [e, n] of entries(self(x))) keepIfPositive(out, e, n);
  return out;
}, 0);

defSlot(COUNTER, "__neg__", (x) => {
  const out = new PyDict(COUNTER);
  for (const [e, n] of entries(self(x))) {
    if (isTrue(richCompare(n, 0, LT))) out.set(e, negate(n));
  }
  return out;
}, 0);

// -- In place: the left counter is updated, then loses its non-positive counts ----------

function dropNonPositive(d: PyDict): PyDict {
  for (const [e, n] of entries(d)) if (!positive(n)) delItem(d, e);
  return d;
}

defSlot(COUNTER, "__iadd__", (x, y) => {
  const d = self(x);
  for (const [e, n] of itemsOf(y)) setItem(d, e, binaryOp(getItem(d, e), n, NB_ADD));
  return dropNonPositive(d);
}, 1);

defSlot(COUNTER, "__isub__", (x, y) => {
  const d = self(x);
  for (const [e, n] of itemsOf(y)) setItem(d, e, binaryOp(getItem(d, e), n, NB_SUBTRACT));
  return dropNonPositive(d);
}, 1);

defSlot(COUNTER, "__ior__", (x, y) => {
  const d = self(x);
  for (const [e, m] of itemsOf(y)) {
    if (isTrue(richCompare(m, getItem(d, e), GT))) setItem(d, e, m);
  }
  return dropNonPositive(d);
}, 1);

defSlot(COUNTER, "__iand__", (x, y) => {
  const d = self(x);
  for (const [e, n] of entries(d)) {
    const m = getItem(y, e);
    if (isTrue(richCompare(m, n, LT))) setItem(d, e, m);
  }
  return dropNonPositive(d);
}, 1);
