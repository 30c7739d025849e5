import assert from "node:assert/strict";
import { ConstTuple } from "./code.ts";
import { ELLIPSIS } from "./ast.ts";
import {
  PyBuiltinFunction,
  PyFloat,
  type PyInstance,
  PyList,
  PyMethodDescriptor,
  type PyObject,
  PyThrow,
  PyTuple,
  T,
} from "./object.ts";
import {
  binaryOp,
  call,
  contains,
  Ellipsis,
  eq,
  exceptionLine,
  getAttr,
  getAttrOrUndefined,
  getItem,
  getIter,
  hash,
  index,
  isInstance,
  isTrue,
  iterNext,
  len,
  loadMethod,
  materialize,
  NB_INPLACE_ADD,
  None,
  repr,
  richCompare,
  setAttr,
  setItem,
  str,
  toPy,
} from "./abstract.ts";
import { makeFunction, py } from "./_test_eval.ts";
import { typeNew } from "./classes.ts";
import { PyDict } from "./dict.ts";
import { typeLookup } from "./core.ts";

function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyThrow) return exceptionLine(materialize(e));
    throw e;
  }
  throw new Error("expected a Python exception");
}

function newClass(name: string, ns: Record<string, PyObject>, bases: PyObject[] = []) {
  const d = new PyDict();
  d.setStr("__module__", "__main__");
  d.setStr("__qualname__", name);
  for (const [k, v] of Object.entries(ns)) d.setStr(k, v);
  return typeNew(name, bases, d);
}

Deno.test("toPy turns front-end constants into runtime values", () => {
  assert.equal(toPy(5n), 5);
  assert.equal(toPy(2n ** 70n), 2n ** 70n);
  assert.ok(toPy(1.5) instanceof PyFloat);
  assert.equal(repr(toPy(1)), "1.0");
  assert.equal(toPy(null), None);
  assert.equal(toPy(ELLIPSIS), Ellipsis);
  assert.equal(repr(toPy(new Uint8Array([97, 0]))), "b'a\\x00'");
  assert.equal(repr(toPy(new ConstTuple([1n, "a", new ConstTuple([])]))), "(1, 'a', ())");
  assert.equal(toPy(true), true);
});

Deno.test("repr and str of the primitive representations", () => {
  assert.equal(repr(-0 + 0), "0");
  assert.equal(repr(true), "True");
  assert.equal(str("x"), "x");
  assert.equal(repr("x"), "'x'");
  assert.equal(repr(new PyFloat(-0)), "-0.0");
  assert.equal(repr(new PyFloat(1e16)), "1e+16");
  assert.equal(repr(None), "None");
});

Deno.test("recursive containers print with the recursion markers", () => {
  const l = new PyList([1]);
  l.items.push(l);
  assert.equal(repr(l), "[1, [...]]");
  const d = new PyDict();
  d.set("k", d);
  assert.equal(repr(d), "{'k': {...}}");
  const inner = new PyList([]);
  const t = new PyTuple([1, inner]);
  inner.items.push(t);
  assert.equal(repr(t), "(1, [(...)])");
});

Deno.test("loadMethod returns the function and self without binding", () => {
  const f = makeFunction("m", (args) => args.length);
  const C = newClass("C", { m: f });
  const c = call(C, [], null);
  const [fn, self] = loadMethod(c, "m");
  assert.equal(fn, f);
  assert.equal(self, c);
  // An instance attribute shadows the method: no self.
  setAttr(c, "m", 42);
  assert.deepEqual(loadMethod(c, "m"), [42, undefined]);
  // Built-in methods come back as their descriptor.
  const l = new PyList([]);
  const [append, lself] = loadMethod(l, "append");
  assert.ok(append instanceof PyMethodDescriptor);
  assert.equal(lself, l);
  // Class attributes that are not methods are values.
  const [v, s] = loadMethod(C, "m");
  assert.equal(v, f);
  assert.equal(s, undefined);
});

Deno.test("getAttrOrUndefined swallows only AttributeError", () => {
  assert.equal(getAttrOrUndefined(1, "nope"), undefined);
  assert.equal(getAttrOrUndefined(1, "real"), 1);
  const raiser = makeFunction("__getattr__", () => {
    throw new PyThrow(null, "ValueError", "boom");
  });
  const C = newClass("C", { __getattr__: raiser });
  assert.throws(() => getAttrOrUndefined(call(C, [], null), "x"), PyThrow);
  const missing = makeFunction("__getattr__", () => {
    throw new PyThrow(null, "AttributeError", "no");
  });
  const D = newClass("D", { __getattr__: missing });
  assert.equal(getAttrOrUndefined(call(D, [], null), "x"), undefined);
});

Deno.test("attribute errors carry CPython's messages", () => {
  assert.equal(pyError(() => getAttr(1, "x")), "AttributeError: 'int' object has no attribute 'x'");
  const C = newClass("C", {});
  assert.equal(
    pyError(() => getAttr(C, "y")),
    "AttributeError: type object 'C' has no attribute 'y'",
  );
  assert.equal(
    pyError(() => setAttr(T.int, "x", 1)),
    "TypeError: cannot set 'x' attribute of immutable type 'int'",
  );
});

Deno.test("class attribute stores bump the versions of the class and its subclasses", () => {
  const A = newClass("A", { x: 1 });
  const B = newClass("B", {}, [A]);
  const b = call(B, [], null);
  assert.equal(getAttr(b, "x"), 1);
  const va = A.version, vb = B.version;
  setAttr(A, "x", 2);
  assert.notEqual(A.version, va);
  assert.notEqual(B.version, vb);
  assert.equal(getAttr(b, "x"), 2);
  assert.equal(typeLookup(B, "x"), 2);
});

Deno.test("attribute lookup order: data descriptors, instance, then class", () => {
  const getter = makeFunction("get", () => "property");
  const prop = call(T.property, [getter], null);
  const C = newClass("C", { p: prop, m: makeFunction("m", () => "method"), v: "class" });
  const c = call(C, [], null) as PyInstance;
  const dict = getAttr(c, "__dict__") as PyDict;
  dict.setStr("p", "instance");
  dict.setStr("m", "instance");
  dict.setStr("v", "instance");
  assert.equal(getAttr(c, "p"), "property");
  assert.equal(getAttr(c, "m"), "instance");
  assert.equal(getAttr(c, "v"), "instance");
  // Asking for __dict__ moved the instance to dict mode, for good.
  assert.equal(c.shape, null);
  assert.equal(getAttr(c, "__dict__"), dict);
});

Deno.test("binaryOp dispatch: reflected, subclass-first and in-place forms", () => {
  const add = makeFunction("__add__", () => "A.add");
  const radd = makeFunction("__radd__", () => "A.radd");
  const A = newClass("A", { __add__: add, __radd__: radd });
  const B = newClass("B", { __radd__: makeFunction("__radd__", () => "B.radd") }, [A]);
  const a = call(A, [], null), b = call(B, [], null);
  assert.equal(binaryOp(a, 1, 0), "A.add");
  assert.equal(binaryOp(1, a, 0), "A.radd");
  assert.equal(binaryOp(a, b, 0), "B.radd");
  assert.equal(binaryOp(a, a, NB_INPLACE_ADD), "A.add");
  const l = new PyList([1]);
  const r = binaryOp(l, new PyTuple([2]), NB_INPLACE_ADD);
  assert.equal(r, l);
  assert.equal(repr(l), "[1, 2]");
  assert.equal(
    pyError(() => binaryOp(1, "a", 0)),
    "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
  );
  assert.equal(
    pyError(() => binaryOp(1, "a", 13)),
    "TypeError: unsupported operand type(s) for +=: 'int' and 'str'",
  );
  assert.equal(binaryOp(2, 10, 8), 1024);
  assert.equal(binaryOp(2 ** 52, 2 ** 52 - 1, 0), 2 ** 53 - 1);
  assert.equal(binaryOp(2 ** 52, 2 ** 52, 0), 2n ** 53n);
});

Deno.test("native methods on Python classes take part in dispatch", () => {
  const C = newClass("C", {});
  C.dict.set(
    "__mul__",
    new PyMethodDescriptor(C, "__mul__", (_self, args) => binaryOp(args[0], 3, 5)),
  );
  C.touch();
  assert.equal(binaryOp(call(C, [], null), 7, 5), 21);
});

Deno.test("comparisons: identity for ==, TypeError for ordering", () => {
  const C = newClass("C", {});
  const c = call(C, [], null);
  assert.equal(richCompare(c, c, 2), true);
  assert.equal(eq(c, call(C, [], null)), false);
  assert.equal(
    pyError(() => richCompare(c, 1, 0)),
    "TypeError: '<' not supported between instances of 'C' and 'int'",
  );
  assert.equal(richCompare(1, new PyFloat(1.5), 0), true);
  assert.equal(richCompare(2n ** 60n, new PyFloat(2 ** 60), 2), true);
  assert.equal(richCompare("\uffff", "\u{10000}", 0), true);
});

Deno.test("iteration protocol: undefined at the end, user iterators' StopIteration swallowed", () => {
  const it = getIter(new PyList([1, 2]));
  assert.equal(iterNext(it), 1);
  assert.equal(iterNext(it), 2);
  assert.equal(iterNext(it), undefined);
  let n = 0;
  const next = makeFunction("__next__", () => {
    if (n < 2) return n++;
    throw new PyThrow(null, "StopIteration", "");
  });
  const I = newClass("I", {
    __next__: next,
    __iter__: makeFunction("__iter__", (args) => args[0]),
  });
  const u = getIter(call(I, [], null));
  assert.equal(iterNext(u), 0);
  assert.equal(iterNext(u), 1);
  assert.equal(iterNext(u), undefined);
  assert.equal(pyError(() => getIter(1)), "TypeError: 'int' object is not iterable");
});

Deno.test("truth, length, hashing and index", () => {
  assert.equal(isTrue(new PyList([])), false);
  assert.equal(isTrue(new PyFloat(NaN)), true);
  assert.equal(isTrue(0n as unknown as PyObject), true);
  assert.equal(len("\u{1F600}a"), 2);
  assert.equal(hash(-1), -2);
  assert.equal(hash(new PyFloat(1.0)), 1);
  assert.equal(pyError(() => hash(new PyList([]))), "TypeError: unhashable type: 'list'");
  assert.equal(index(true), 1);
  assert.equal(
    pyError(() => index(new PyFloat(1))),
    "TypeError: 'float' object cannot be interpreted as an integer",
  );
});

Deno.test("items, containment and isinstance", () => {
  const d = new PyDict();
  setItem(d, new PyTuple([1, 2]), "t");
  assert.equal(getItem(d, new PyTuple([1, 2])), "t");
  assert.equal(contains(d, new PyTuple([1, 2])), true);
  assert.equal(pyError(() => getItem(d, 3)), "KeyError: 3");
  assert.equal(contains("abc", "bc"), true);
  assert.equal(isInstance(true, T.int), true);
  assert.equal(isInstance(1, new PyTuple([T.str, T.float])), false);
});

Deno.test("built-in functions are PyBuiltinFunctions with keyword arguments", () => {
  assert.equal(py("sorted([3, 1, 2], reverse=True)"), "[3, 2, 1]");
  assert.equal(py("print"), "<built-in function print>");
  assert.ok(getAttr(new PyList([]), "append") instanceof PyBuiltinFunction);
});
