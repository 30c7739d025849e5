import assert from "node:assert/strict";
import {
  PyCell,
  type PyFunction,
  type PyInstance,
  PyList,
  type PyObject,
  PyThrow,
  type PyType,
  T,
} from "./object.ts";
import {
  call,
  exceptionLine,
  exceptionSummary,
  getAttr,
  hooks,
  materialize,
  newException,
  None,
  PyBaseException,
  repr,
  setAttr,
  str,
} from "./abstract.ts";
import { makeFunction } from "./_test_eval.ts";
import { buildClass, computeMro, typeNew } from "./classes.ts";
import { PyDict } from "./dict.ts";
import type { PyMemberDescriptor } from "./descriptors.ts";
import { builtinsDict } from "./builtins.ts";

function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyThrow) return exceptionLine(materialize(e));
    throw e;
  }
  throw new Error("expected a Python exception");
}

function ns(entries: Record<string, PyObject>): PyDict {
  const d = new PyDict();
  d.setStr("__module__", "__main__");
  for (const [k, v] of Object.entries(entries)) d.setStr(k, v);
  return d;
}

Deno.test("C3 linearization and CPython's MRO error", () => {
  const O = typeNew("O", [], ns({}));
  const A = typeNew("A", [O], ns({}));
  const B = typeNew("B", [O], ns({}));
  const C = typeNew("C", [A, B], ns({}));
  assert.deepEqual(C.mro.map((t) => t.name), ["C", "A", "B", "O", "object"]);
  assert.deepEqual(computeMro(C, C.bases).map((t) => t.name), ["C", "A", "B", "O", "object"]);
  const D = typeNew("D", [B, A], ns({}));
  assert.equal(
    pyError(() => typeNew("E", [C, D], ns({}))),
    "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B",
  );
});

Deno.test("buildClass runs the body through the hook and fills __class__", () => {
  const cell = new PyCell(undefined);
  const body = makeFunction("C", () => {
    throw new Error("the body runs through hooks.runClassBody");
  });
  const saved = hooks.runClassBody;
  hooks.runClassBody = (fn: PyFunction, d) => {
    assert.equal(fn, body);
    const nsd = d as PyDict;
    nsd.setStr("__module__", "__main__");
    nsd.setStr("__qualname__", "outer.<locals>.C");
    nsd.setStr("x", 1);
    nsd.setStr("__classcell__", cell);
    return cell;
  };
  try {
    const C = buildClass(body, "C", [], null) as PyType;
    assert.equal(cell.value, C);
    assert.equal(C.qualname, "outer.<locals>.C");
    assert.equal(C.dict.has("__classcell__"), false);
    assert.equal(C.dict.has("__qualname__"), false);
    assert.deepEqual([...C.dict.keys()].slice(0, 2), ["__module__", "x"]);
    assert.equal(repr(C), "<class '__main__.outer.<locals>.C'>");
    assert.notEqual(C.version, 0);
  } finally {
    hooks.runClassBody = saved;
  }
});

Deno.test("__build_class__ is a built-in that the interpreter can call", () => {
  const saved = hooks.runClassBody;
  hooks.runClassBody = (_fn, d) => {
    (d as PyDict).setStr("y", 2);
    return None;
  };
  try {
    const bc = builtinsDict().getStr("__build_class__")!;
    const body = makeFunction("K", () => 0);
    const K = call(bc, [body, "K", T.object], null) as PyType;
    assert.equal(K.name, "K");
    assert.equal(getAttr(K, "y"), 2);
  } finally {
    hooks.runClassBody = saved;
  }
});

Deno.test("__init_subclass__ and __set_name__ run at class creation", () => {
  const seen: string[] = [];
  const hook = makeFunction("__init_subclass__", (args, kwnames) => {
    seen.push(`${(args[0] as PyType).name} ${kwnames?.join(",") ?? ""}`);
    return None;
  });
  const Base = typeNew("Base", [], ns({ __init_subclass__: hook }));
  const kw = new PyDict();
  kw.setStr("flag", true);
  typeNew("Sub", [Base], ns({}), kw);
  assert.deepEqual(seen, ["Sub flag"]);
  const p = call(T.property, [makeFunction("g", () => 1)], null);
  const C = typeNew("C", [], ns({ attr: p }));
  const c = call(C, [], null);
  assert.equal(
    pyError(() => setAttr(c, "attr", 2)),
    "AttributeError: property 'attr' of 'C' object has no setter",
  );
});

Deno.test("__slots__ lay out member descriptors; no __dict__", () => {
  const S = typeNew("S", [], ns({ __slots__: "a" }));
  const S2 = typeNew("S2", [S], ns({ __slots__: new PyList(["b", "c"]) }));
  assert.deepEqual(S2.slotNames, ["a", "b", "c"]);
  assert.equal(S2.hasInstanceDict, false);
  assert.equal((S2.dict.get("c") as PyMemberDescriptor).index, 2);
  const s = call(S2, [], null) as PyInstance;
  setAttr(s, "c", 3);
  assert.equal(s.slots![2], 3);
  assert.equal(pyError(() => getAttr(s, "a")), "AttributeError: 'S2' object has no attribute 'a'");
  assert.equal(
    pyError(() => setAttr(s, "z", 1)),
    "AttributeError: 'S2' object has no attribute 'z'",
  );
  assert.equal(
    pyError(() => getAttr(s, "__dict__")),
    "AttributeError: 'S2' object has no attribute '__dict__'",
  );
  assert.equal(
    pyError(() => typeNew("X", [T.int, T.str], ns({}))),
    "TypeError: multiple bases have instance lay-out conflict",
  );
});

Deno.test("instances use shapes until __dict__ is asked for", () => {
  const C = typeNew("C", [], ns({}));
  const a = call(C, [], null) as PyInstance, b = call(C, [], null) as PyInstance;
  setAttr(a, "x", 1);
  setAttr(a, "y", 2);
  setAttr(b, "x", 3);
  setAttr(b, "y", 4);
  assert.equal(a.shape, b.shape);
  assert.deepEqual(b.values, [3, 4]);
  assert.equal(repr(getAttr(a, "__dict__")), "{'x': 1, 'y': 2}");
  assert.equal(a.shape, null);
});

Deno.test("super() without arguments asks the interpreter for the frame", () => {
  const A = typeNew("A", [], ns({ f: makeFunction("f", () => "A.f") }));
  const B = typeNew("B", [A], ns({}));
  const b = call(B, [], null);
  const saved = hooks.superArgs;
  hooks.superArgs = () => [B, b];
  try {
    const s = call(T.super, [], null);
    assert.equal(call(getAttr(s, "f"), [], null), "A.f");
    assert.equal(repr(s), "<super: <class 'B'>, <B object>>");
  } finally {
    hooks.superArgs = saved;
  }
  assert.equal(pyError(() => call(T.super, [], null)), "RuntimeError: super(): no arguments");
});

Deno.test("exceptions: str, repr, args and the uncaught-exception line", () => {
  assert.equal(exceptionSummary(newException("KeyError", "x")), "KeyError: 'x'");
  assert.equal(exceptionSummary(newException("ValueError")), "ValueError");
  assert.equal(exceptionSummary(newException("ValueError", 1, 2)), "ValueError: (1, 2)");
  const E = typeNew("E", [T.Exception], ns({}));
  const e = call(E, ["boom"], null);
  assert.ok(e instanceof PyBaseException);
  assert.equal(exceptionSummary(e), "E: boom");
  assert.equal(repr(e), "E('boom')");
  const M = typeNew("M", [T.Exception], ns({ __module__: "pkg.mod" }));
  assert.equal(exceptionSummary(call(M, [], null)), "pkg.mod.M");
  const S = typeNew("S", [T.Exception], ns({ __str__: makeFunction("__str__", () => 1) }));
  assert.equal(exceptionSummary(call(S, [], null)), "S: <exception str() failed>");
  assert.equal(str(newException("StopIteration", 5)), "5");
  assert.equal(getAttr(newException("StopIteration", 5), "value"), 5);
  assert.equal(getAttr(newException("SystemExit"), "code"), None);
});

Deno.test("uncaught AttributeError and NameError lines suggest names as 3.11", () => {
  try {
    getAttr(1, "reall");
    assert.fail("expected AttributeError");
  } catch (e) {
    const exc = materialize(e as PyThrow);
    assert.equal(
      exceptionSummary(exc),
      "AttributeError: 'int' object has no attribute 'reall'. Did you mean: 'real'?",
    );
  }
  const C = typeNew("C", [], ns({}));
  const c = call(C, [], null);
  setAttr(c, "counter", 1);
  try {
    getAttr(c, "countr");
  } catch (e) {
    assert.equal(
      exceptionSummary(materialize(e as PyThrow)),
      "AttributeError: 'C' object has no attribute 'countr'. Did you mean: 'counter'?",
    );
  }
  const ne = materialize(new PyThrow(null, "NameError", "name 'lenn' is not defined"));
  setAttr(ne, "name", "lenn");
  assert.equal(
    exceptionSummary(ne, () => [["x"], ["len", "print"]]),
    "NameError: name 'lenn' is not defined. Did you mean: 'len'?",
  );
});
