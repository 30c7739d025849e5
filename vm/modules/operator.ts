/**
 * The `operator` module (CPython 3.11 Modules/_operator.c and Lib/operator.py):
 * the operators as functions, plus `itemgetter`, `attrgetter` and
 * `methodcaller`. Every function delegates to the protocol the interpreter
 * uses for the operator itself, so results and error messages are the same.
 *
 * @module
 */
import {
  type NativeCall,
  PyBuiltinFunction,
  PyHeap,
  type PyObject,
  PyThrow,
  PyTuple,
  type PyType,
  raise,
  T,
} from "../object.ts";
import {
  binaryOp,
  call,
  callSpecial,
  contains,
  delItem,
  eq,
  getAttr,
  getItem,
  getIter,
  index,
  isTrue,
  iterNext,
  lengthHint,
  None,
  repr,
  richCompare,
  setItem,
  ternaryPow,
  throwMatches,
  unaryInvert,
  unaryNegative,
  unaryPositive,
} from "../abstract.ts";
import { typeLookup, typeName } from "../core.ts";
import { defGetSet, defMethod, defNew, defSlot, PyModule } from "../descriptors.ts";
import { checkPositional, exactlyOne, noKeywords, nPositional } from "../args.ts";
import { builtinType } from "../types.ts";
import { PyDict } from "../dict.ts";
import { registerBuiltinModule } from "../vm.ts";
import {
  NB_ADD,
  NB_AND,
  NB_FLOOR_DIVIDE,
  NB_INPLACE_ADD,
  NB_LSHIFT,
  NB_MATRIX_MULTIPLY,
  NB_MULTIPLY,
  NB_OR,
  NB_POWER,
  NB_REMAINDER,
  NB_RSHIFT,
  NB_SUBTRACT,
  NB_TRUE_DIVIDE,
  NB_XOR,
} from "../operators.ts";
import type { CompareOp } from "../operators.ts";

/** `abs(x)`: `__abs__`, with the builtin's message. */
export function absolute(x: PyObject): PyObject {
  if (typeof x === "number") return Math.abs(x);
  if (typeof x === "boolean") return x ? 1 : 0;
  const f = typeof x === "bigint"
    ? T.int.dict.get("__abs__")
    : typeLookup(typeof x === "string" ? T.str : x.cls, "__abs__");
  if (f === undefined || f === None) {
    raise("TypeError", `bad operand type for abs(): '${typeName(x)}'`);
  }
  return callSpecial(f, x);
}

// CPython 3.11 Objects/abstract.c PySequence_Concat: only sequences concatenate.
function isSequence(x: PyObject): boolean {
  if (typeof x === "string") return true;
  if (typeof x !== "object") return false;
  return typeLookup(x.cls, "__getitem__") !== undefined && !x.cls.mro.includes(T.dict);
}

function concat(a: PyObject, b: PyObject, inplace: boolean): PyObject {
  if (!isSequence(a)) raise("TypeError", `'${typeName(a)}' object can't be concatenated`);
  return binaryOp(a, b, inplace ? NB_INPLACE_ADD : NB_ADD);
}

// CPython 3.11 Objects/abstract.c _PySequence_IterSearch: countOf / indexOf.
function searchIter(seq: PyObject): PyObject {
  try {
    return getIter(seq);
  } catch (e) {
    if (e instanceof PyThrow && throwMatches(e, T.TypeError)) {
      raise("TypeError", `argument of type '${typeName(seq)}' is not iterable`);
    }
    throw e;
  }
}

function countOf(seq: PyObject, x: PyObject): PyObject {
  const it = searchIter(seq);
  let n = 0;
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (v === x || eq(v, x)) n++;
  return n;
}

function indexOf(seq: PyObject, x: PyObject): PyObject {
  const it = searchIter(seq);
  let n = 0;
  for (let v = iterNext(it); v !== undefined; v = iterNext(it), n++) {
    if (v === x || eq(v, x)) return n;
  }
  raise("ValueError", "sequence.index(x): x not in sequence");
}

// -- itemgetter / attrgetter / methodcaller -----------------------------------------------

const ITEMGETTER = builtinType("itemgetter", T.object, {
  final: true,
  module: "operator",
  key: "operator.itemgetter",
});
const ATTRGETTER = builtinType("attrgetter", T.object, {
  final: true,
  module: "operator",
  key: "operator.attrgetter",
});
const METHODCALLER = builtinType("methodcaller", T.object, {
  final: true,
  module: "operator",
  key: "operator.methodcaller",
});

/** A heap object of one of this module's types (no attribute dict, as in CPython). */
abstract class NativeObject extends PyHeap {
  cls: PyType;
  constructor(cls: PyType) {
    super();
    this.cls = cls;
  }
}

class ItemGetter extends NativeObject {
  constructor(readonly items: PyObject[]) {
    super(ITEMGETTER);
  }
}

class AttrGetter extends NativeObject {
  /** Each name split at its dots. */
  constructor(readonly names: string[], readonly paths: string[][]) {
    super(ATTRGETTER);
  }
}

class MethodCaller extends NativeObject {
  constructor(
    readonly name: string,
    readonly args: PyObject[],
    readonly kwnames: string[],
  ) {
    super(METHODCALLER);
  }
}

defNew(ITEMGETTER, (_cls, args, kwnames) => {
  noKeywords("itemgetter", kwnames);
  if (args.length === 0) raise("TypeError", "itemgetter expected 1 argument, got 0");
  return new ItemGetter(args.slice());
});
defMethod(ITEMGETTER, "__call__", (self, args, kwnames) => {
  const g = self as ItemGetter;
  noKeywords("itemgetter", kwnames);
  checkPositional("itemgetter", args.length, 1, 1);
  if (g.items.length === 1) return getItem(args[0], g.items[0]);
  return new PyTuple(g.items.map((k) => getItem(args[0], k)));
});
defSlot(ITEMGETTER, "__repr__", (self) => {
  return `operator.itemgetter(${(self as ItemGetter).items.map(repr).join(", ")})`;
}, 0);

defNew(ATTRGETTER, (_cls, args, kwnames) => {
  noKeywords("attrgetter", kwnames);
  if (args.length === 0) raise("TypeError", "attrgetter expected 1 argument, got 0");
  const names: string[] = [];
  for (const a of args) {
    if (typeof a !== "string") raise("TypeError", "attribute name must be a string");
    names.push(a);
  }
  return new AttrGetter(names, names.map((n) => n.split(".")));
});
defMethod(ATTRGETTER, "__call__", (self, args, kwnames) => {
  const g = self as AttrGetter;
  noKeywords("attrgetter", kwnames);
  checkPositional("attrgetter", args.length, 1, 1);
  const get = (path: string[]) => {
    let o = args[0];
    for (const p of path) o = getAttr(o, p);
    return o;
  };
  if (g.paths.length === 1) return get(g.paths[0]);
  return new PyTuple(g.paths.map(get));
});
defSlot(ATTRGETTER, "__repr__", (self) => {
  return `operator.attrgetter(${(self as AttrGetter).names.map(repr).join(", ")})`;
}, 0);

defNew(METHODCALLER, (_cls, args, kwnames) => {
  const npos = nPositional(args, kwnames);
  if (npos < 1) raise("TypeError", "methodcaller needs at least one argument, the method name");
  if (typeof args[0] !== "string") raise("TypeError", "method name must be a string");
  return new MethodCaller(args[0], args.slice(1), kwnames === null ? [] : kwnames.slice());
});
defMethod(METHODCALLER, "__call__", (self, args, kwnames) => {
  const m = self as MethodCaller;
  noKeywords("methodcaller", kwnames);
  checkPositional("methodcaller", args.length, 1, 1);
  return call(getAttr(args[0], m.name), m.args.slice(), m.kwnames.length ? m.kwnames : null);
});
defSlot(METHODCALLER, "__repr__", (self) => {
  const m = self as MethodCaller;
  const npos = m.args.length - m.kwnames.length;
  const parts = [repr(m.name)];
  for (let i = 0; i < npos; i++) parts.push(repr(m.args[i]));
  m.kwnames.forEach((k, i) => parts.push(`${k}=${repr(m.args[npos + i])}`));
  return `operator.methodcaller(${parts.join(", ")})`;
}, 0);
defGetSet(METHODCALLER, "__name__", (self) => (self as MethodCaller).name);

// Clinic's positional-only functions of _operator name the module when refusing keywords.
function clinic(
  name: string,
  args: PyObject[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
): void {
  noKeywords(`_operator.${name}`, kwnames);
  checkPositional(name, args.length, min, max);
}

// -- The module ----------------------------------------------------------------------------

function makeOperatorModule(): PyModule {
  const d = new PyDict();
  d.setStr("__name__", "operator");
  d.setStr("__doc__", None);
  const put = (name: string, call: NativeCall, dunder = true) => {
    const f = new PyBuiltinFunction(name, call);
    d.setStr(name, f);
    // Lib/operator.py: `__add__ = add` and so on, for the names that have a dunder.
    if (dunder) d.setStr(`__${name.replace(/_$/, "")}__`, f);
  };
  // Clinic functions with two positional-only parameters: "add expected 2 arguments, got 1".
  const two = (name: string, fn: (a: PyObject, b: PyObject) => PyObject, dunder = true) =>
    put(name, (args, kwnames) => {
      clinic(name, args, kwnames, 2, 2);
      return fn(args[0], args[1]);
    }, dunder);
  // METH_O functions: "_operator.neg() takes exactly one argument (2 given)".
  const one = (name: string, fn: (a: PyObject) => PyObject, dunder = true) =>
    put(name, (args, kwnames) => fn(exactlyOne(`_operator.${name}`, args, kwnames)), dunder);

  const binaries: [string, number][] = [
    ["add", NB_ADD],
    ["and_", NB_AND],
    ["floordiv", NB_FLOOR_DIVIDE],
    ["lshift", NB_LSHIFT],
    ["matmul", NB_MATRIX_MULTIPLY],
    ["mod", NB_REMAINDER],
    ["mul", NB_MULTIPLY],
    ["or_", NB_OR],
    ["pow", NB_POWER],
    ["rshift", NB_RSHIFT],
    ["sub", NB_SUBTRACT],
    ["truediv", NB_TRUE_DIVIDE],
    ["xor", NB_XOR],
  ];
  for (const [name, op] of binaries) {
    // `pow` goes through the ternary slot as the `**` operator does.
    if (name === "pow") two(name, (a, b) => ternaryPow(a, b, None));
    else two(name, (a, b) => binaryOp(a, b, op));
    const iname = `i${name.replace(/_$/, "")}`;
    two(iname, (a, b) => binaryOp(a, b, op + NB_INPLACE_ADD));
  }
  const compares: [string, CompareOp][] = [
    ["lt", 0],
    ["le", 1],
    ["eq", 2],
    ["ne", 3],
    ["gt", 4],
    ["ge", 5],
  ];
  for (const [name, op] of compares) two(name, (a, b) => richCompare(a, b, op));
  two("is_", (a, b) => a === b, false);
  two("is_not", (a, b) => a !== b, false);
  two("contains", (a, b) => contains(a, b));
  two("concat", (a, b) => concat(a, b, false));
  two("iconcat", (a, b) => concat(a, b, true));
  two("getitem", (a, b) => getItem(a, b));
  two("delitem", (a, b) => {
    delItem(a, b);
    return None;
  });
  put("setitem", (args, kwnames) => {
    clinic("setitem", args, kwnames, 3, 3);
    setItem(args[0], args[1], args[2]);
    return None;
  });
  two("countOf", countOf, false);
  two("indexOf", indexOf, false);
  one("neg", unaryNegative);
  one("pos", unaryPositive);
  one("abs", absolute);
  one("invert", unaryInvert);
  one("inv", unaryInvert);
  one("not_", (a) => !isTrue(a));
  one("truth", (a) => isTrue(a), false);
  one("index", (a) => index(a));
  put("length_hint", (args, kwnames) => {
    clinic("length_hint", args, kwnames, 1, 2);
    let dflt = 0;
    if (args.length > 1) {
      const v = args[1];
      if (typeof v !== "number") {
        if (typeof v === "bigint") {
          raise("OverflowError", "Python int too large to convert to C ssize_t");
        }
        raise("TypeError", `'${typeName(v)}' object cannot be interpreted as an integer`);
      }
      dflt = v;
    }
    return lengthHint(args[0], dflt);
  }, false);
  put("call", (args, kwnames) => {
    const npos = nPositional(args, kwnames);
    if (npos < 1) raise("TypeError", "call expected at least 1 argument, got 0");
    return call(args[0], args.slice(1), kwnames);
  });
  d.setStr("itemgetter", ITEMGETTER);
  d.setStr("attrgetter", ATTRGETTER);
  d.setStr("methodcaller", METHODCALLER);
  return new PyModule(d);
}

registerBuiltinModule("operator", makeOperatorModule);
