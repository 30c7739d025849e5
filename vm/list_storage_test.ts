import assert from "node:assert/strict";
import { PyFloat, PyList, type PyObject, PyTuple } from "./object.ts";
import {
  configureLists,
  headerIfAny,
  HeaderOwners,
  listAppend,
  listItem,
  listLength,
  promote,
  setListItem,
  Strategy,
  TUPLE,
  tupleHeader,
} from "./list_storage.ts";
import { NativeMemory } from "./native_memory.ts";
import { runProgram } from "../jit/run_testutil.ts";

const f = (x: number) => new PyFloat(x);

Deno.test("a list whose items fit a strategy keeps them unboxed, and reads them back boxed", () => {
  configureLists(false);
  const ints = new PyList([1, 2, -3]);
  assert.equal(promote(ints)?.strategy, Strategy.Int);
  assert.deepEqual([0, 1, 2].map((i) => listItem(ints, i)), [1, 2, -3]);
  const x = f(0.1);
  const floats = new PyList([x, f(-0)]);
  assert.equal(promote(floats)?.strategy, Strategy.Float);
  // The box stored is the box read: `a[0] is a[0]` as in CPython.
  assert.equal(listItem(floats, 0), x);
  assert.ok(Object.is((listItem(floats, 1) as PyFloat).value, -0));
  assert.equal(promote(new PyList([true, false]))?.strategy, Strategy.Bool);
  assert.equal(promote(new PyList([1, true])), null, "an int and a bool: generic");
  assert.equal(promote(new PyList([1, 2n ** 60n])), null, "a big int: generic");
  assert.equal(promote(new PyList([])), null, "nothing to decide a strategy by");
});

Deno.test("a store that does not fit the strategy gives the list its JS array back", () => {
  configureLists(false);
  const l = new PyList([1, 2, 3]);
  const n = promote(l)!;
  setListItem(l, 1, 7);
  assert.equal(l.native, n);
  setListItem(l, 2, f(1.5));
  assert.equal(l.native, null);
  assert.deepEqual(l.items.slice(0, 2), [1, 7]);
  assert.equal((l.items[2] as PyFloat).value, 1.5);
});

Deno.test("appends grow native storage; reading `items` demotes; promotion is bounded", () => {
  configureLists(false);
  const l = new PyList([0]);
  promote(l);
  for (let i = 1; i < 100; i++) listAppend(l, i);
  assert.equal(listLength(l), 100);
  assert.equal(listItem(l, 99), 99);
  assert.equal(l.items.length, 100);
  assert.equal(l.native, null);
  let promoted = 0;
  for (let k = 0; k < 40; k++) {
    if (promote(l) !== null) promoted++;
    void l.items;
  }
  assert.ok(promoted < 40, "a list demoted again and again stops being promoted");
});

Deno.test("nested lists and tuples hold their items' headers, and exits find them again", () => {
  configureLists(false);
  const row = new PyList([f(1), f(2)]);
  const pair = new PyTuple([row, new PyList([f(3)])]);
  const outer = new PyList([pair]);
  const n = promote(outer)!;
  assert.equal(n.strategy, Strategy.Nested);
  assert.equal(row.native?.strategy, Strategy.Float, "inner lists are promoted with it");
  assert.equal(tupleHeader(pair).strategyWord, Strategy.Nested | TUPLE);
  const owners = new HeaderOwners([undefined, outer]);
  assert.equal(owners.at(headerIfAny(row)!.address), row);
  assert.equal(owners.at(headerIfAny(pair)!.address), pair);
  assert.throws(() => owners.at(12345));
  // A row among hundreds is found by one scan of the table's item words.
  const rows = Array.from({ length: 500 }, (_, i) => new PyList([i, i + 1]));
  const table = new PyList(rows);
  assert.equal(promote(table)?.strategy, Strategy.Nested);
  assert.equal(new HeaderOwners([table]).at(headerIfAny(rows[321])!.address), rows[321]);
  assert.equal(new HeaderOwners([pair, table]).at(headerIfAny(rows[0])!.address), rows[0]);
  const mixed = new PyTuple([1, "a"] as PyObject[]);
  assert.equal(tupleHeader(mixed).strategyWord, Strategy.Generic | TUPLE);
  assert.equal(tupleHeader(mixed).length, 0, "native code reads nothing of it");
});

Deno.test("native memory hands out aligned chunks that never overlap, and reuses freed ones", () => {
  let next = 0x100000;
  const memory = new NativeMemory((b) => (next += b.byteLength) - b.byteLength);
  const a = memory.alloc(32), b = memory.alloc(40), c = memory.alloc(5000);
  assert.equal(a.address % 8, 0);
  assert.equal(b.bytes, 64);
  assert.ok(b.address >= a.address + a.bytes);
  assert.equal(c.offset, 0, "a large chunk is a buffer of its own");
  memory.free(b);
  assert.equal(memory.alloc(64), b);
});

Deno.test("--stress runs every mode with lists promoted when made", () => {
  const source = [
    "a = [1.5, 2.5]",
    "x = a[0]",
    "print(x is a[0])",
    "a[1] = 7",
    "a.append(2 ** 70)",
    "print(a, len(a))",
    "b = [True] * 3",
    "b[0] = False",
    "print(b, sum(b), b[1:])",
    "t = [[1, 2], (3.0, 4.0)]",
    "t[0][1] += 5",
    "print(t, [v for r in t for v in r])",
  ].join("\n");
  const want = "True\n[1.5, 7, 1180591620717411303424] 3\n" +
    "[False, True, True] 2 [True, True]\n[[1, 7], (3.0, 4.0)] [1, 7, 3.0, 4.0]\n";
  for (const mode of ["interp", "specialized", "uops", "jit"]) {
    const r = runProgram([`--mode=${mode}`, "--stress"], source);
    assert.equal(r.stdout, want, `${mode}: ${r.stderr}`);
  }
});
