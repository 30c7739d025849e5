import assert from "node:assert/strict";
import { PyFloat, PyList, PyThrow, PyTuple, T } from "./object.ts";
import { call, exceptionLine, getIter, iterNext, materialize, repr } from "./abstract.ts";
import { dictFromPairs, PyDict } from "./dict.ts";
import { newSet } from "./set.ts";
import { sortList } from "./list.ts";

function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyThrow) return exceptionLine(materialize(e));
    throw e;
  }
  throw new Error("expected a Python exception");
}

Deno.test("PyDict: insertion order, equal keys of different types meet, first key kept", () => {
  const d = new PyDict();
  d.set(1, "int");
  d.set(new PyFloat(1), "float");
  d.set(true, "bool");
  d.setStr("a", 1);
  d.set(new PyTuple([1, 2]), "t");
  assert.equal(repr(d), "{1: 'bool', 'a': 1, (1, 2): 't'}");
  assert.equal(d.getStr("a"), 1);
  assert.equal(d.get(new PyTuple([1, 2])), "t");
  assert.equal(d.deleteStr("a"), true);
  assert.equal(d.deleteStr("a"), false);
  d.setStr("a", 2);
  assert.deepEqual(d.keyList().map(repr), ["1", "(1, 2)", "'a'"]);
  const c = d.copy();
  c.set(1, "changed");
  assert.equal(d.get(1), "bool");
  assert.equal(repr(dictFromPairs(["x", 1, "y", 2])), "{'x': 1, 'y': 2}");
  assert.equal(pyError(() => d.set(new PyList([]), 1)), "TypeError: unhashable type: 'list'");
});

Deno.test("PyDict: iteration notices size changes", () => {
  const d = dictFromPairs([1, 1, 2, 2]);
  const it = getIter(d);
  assert.equal(iterNext(it), 1);
  d.set(3, 3);
  assert.equal(
    pyError(() => iterNext(it)),
    "RuntimeError: dictionary changed size during iteration",
  );
});

Deno.test("PyDict: __missing__ of subclasses and version tags", () => {
  const d = new PyDict();
  const v0 = d.version;
  d.setStr("k", 1);
  assert.notEqual(d.version, v0);
  assert.equal(pyError(() => d.getItem("nope")), "KeyError: 'nope'");
  assert.equal(call(T.dict, [], null) instanceof PyDict, true);
});

Deno.test("set iteration order follows CPython's table", () => {
  // Expected outputs: CPython 3.11, adding the items in this order.
  assert.equal(repr(newSet([3, 1, 2, 100, 33, -1, 8, 16])), "{1, 2, 3, 100, 33, 8, 16, -1}");
  const s = newSet(Array.from({ length: 20 }, (_, i) => i * 7));
  assert.equal(
    repr(s),
    "{0, 133, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119, 126}",
  );
});

Deno.test("sortList is stable and uses only <", () => {
  const items = [3, 1, 2, 1, 3].map((k, i) => new PyTuple([k, i]));
  const keys = items.map((t) => t.items[0]);
  sortList(items, keys, false);
  assert.equal(repr(new PyList(items)), "[(1, 1), (1, 3), (2, 2), (3, 0), (3, 4)]");
  const rev = [3, 1, 2, 1, 3].map((k, i) => new PyTuple([k, i]));
  sortList(rev, rev.map((t) => t.items[0]), true);
  assert.equal(repr(new PyList(rev)), "[(3, 0), (3, 4), (2, 2), (1, 1), (1, 3)]");
  assert.equal(
    pyError(() => sortList([1, "a"], null, false)),
    "TypeError: '<' not supported between instances of 'str' and 'int'",
  );
});
