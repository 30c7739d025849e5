// Boxing and unboxing across the native boundary: every kind of slot goes in through `enter`
// and comes back through `restore` unchanged, at the edges of int64, of safe integers and of
// IEEE doubles.
import assert from "node:assert/strict";
import "../vm/cli.ts";
import { intFromBig, PyFloat, type PyObject, T } from "../vm/object.ts";
import { RangeIterator } from "../vm/range.ts";
import { enter, type EntrySlot, NativeSlots, restore, type Snapshot, unboxInt } from "./exits.ts";

const SAFE = 2 ** 53 - 1;
const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);

function slots(count = 8) {
  const n = new NativeSlots(new ArrayBuffer(count * 8));
  return { i64: n.i64, f64: n.f64, n };
}

function snapshot(kinds: Snapshot["slots"]): Snapshot {
  return { pc: 0, sp: kinds.length, slots: kinds, label: "test" };
}

/** Enters `value` as `kind` in slot 0, restores it, and returns what the frame then holds. */
function roundTrip(kind: "int" | "float" | "bool", value: PyObject): PyObject | undefined {
  const { n } = slots();
  const fast: (PyObject | undefined)[] = [value];
  assert.ok(enter([{ slot: 0, kind }], fast, n), `enter ${String(value)}`);
  fast[0] = undefined;
  restore(snapshot([{ kind }]), n, fast);
  return fast[0];
}

Deno.test("ints box as numbers up to 2**53-1 and as bigints beyond", () => {
  for (const v of [0, 1, -1, SAFE, -SAFE]) {
    const back = roundTrip("int", v);
    assert.equal(typeof back, "number");
    assert.equal(back, v);
  }
  for (const v of [BigInt(SAFE) + 1n, -BigInt(SAFE) - 1n, INT64_MAX, INT64_MIN]) {
    assert.equal(roundTrip("int", v), v);
  }
  assert.equal(intFromBig(BigInt(SAFE)), SAFE);
  assert.equal(intFromBig(BigInt(SAFE) + 1n), BigInt(SAFE) + 1n);
});

Deno.test("ints outside int64 and non-ints refuse entry, writing nothing", () => {
  const { i64, n } = slots();
  i64[0] = 42n;
  for (const bad of [INT64_MAX + 1n, INT64_MIN - 1n, true, new PyFloat(1.0, T.float), "1"]) {
    assert.equal(unboxInt(bad as PyObject), null);
    assert.equal(enter([{ slot: 0, kind: "int" }], [bad as PyObject], n), false);
    assert.equal(i64[0], 42n);
  }
  // One bad slot refuses the whole entry, even after good ones.
  const entries: EntrySlot[] = [{ slot: 0, kind: "int" }, { slot: 1, kind: "float" }];
  assert.equal(enter(entries, [7, 7], n), false);
  assert.equal(i64[0], 42n);
});

Deno.test("floats keep their bits: -0.0, infinities, NaN, subnormals", () => {
  for (const v of [0.0, -0.0, 1.5, -1e308, Infinity, -Infinity, NaN, 5e-324, Number.MAX_VALUE]) {
    const back = roundTrip("float", new PyFloat(v, T.float));
    assert.ok(back instanceof PyFloat && back.cls === T.float);
    assert.ok(Object.is(back.value, v), `${v}`);
  }
  // A float subclass instance is not an exact float.
  const { n } = slots();
  const sub = new PyFloat(1.0, T.bool);
  assert.equal(enter([{ slot: 0, kind: "float" }], [sub], n), false);
});

Deno.test("bools round trip as 0 and 1", () => {
  assert.equal(roundTrip("bool", true), true);
  assert.equal(roundTrip("bool", false), false);
  const { n } = slots();
  assert.equal(enter([{ slot: 0, kind: "bool" }], [1], n), false);
});

Deno.test("range iterators: cursor and stop in, next_ and remaining back", () => {
  for (const [start, step, length] of [[0, 1, 10], [100, -3, 7], [-SAFE + 10, 5, 3], [5, 2, 0]]) {
    const it = new RangeIterator(start, step, length);
    const { i64, n } = slots();
    const entry: EntrySlot = { slot: 0, kind: "range_iter", cursor: 4, step: BigInt(step) };
    assert.ok(enter([entry], [it], n));
    assert.equal(i64[4], BigInt(start));
    assert.equal(i64[5], BigInt(start) + BigInt(length) * BigInt(step));
    // Advance the native cursor by two items (or to the end), as _FOR_ITER_RANGE would.
    const taken = Math.min(2, length);
    i64[4] += BigInt(taken * step);
    restore(snapshot([{ kind: "range_iter", cursor: 4, step: BigInt(step) }]), n, [it]);
    assert.equal(it.next_, start + taken * step);
    assert.equal(it.remaining, length - taken);
  }
  // A different step, or another iterator type, refuses entry.
  const { n } = slots();
  const it = new RangeIterator(0, 2, 5);
  assert.equal(
    enter([{ slot: 0, kind: "range_iter", cursor: 4, step: 1n }], [it], n),
    false,
  );
  assert.equal(
    enter([{ slot: 0, kind: "range_iter", cursor: 4, step: 1n }], ["range"], n),
    false,
  );
});

Deno.test("a range exhausted by int64 overflow restores as exhausted", () => {
  const it = new RangeIterator(0, 1, 3);
  const { i64, n } = slots();
  // _FOR_ITER_RANGE parks the cursor on the stop when the next value would leave int64.
  i64[4] = 3n;
  i64[5] = 3n;
  restore(snapshot([{ kind: "range_iter", cursor: 4, step: 1n }]), n, [it]);
  assert.equal(it.remaining, 0);
  assert.equal(it.next(), undefined);
});

Deno.test("unchanged and const slots", () => {
  const { n } = slots();
  const marker = { marker: true } as unknown as PyObject;
  const fast: (PyObject | undefined)[] = [marker, 1, 2];
  restore(
    snapshot([{ kind: "unchanged" }, { kind: "const", value: undefined }, {
      kind: "const",
      value: "x",
    }]),
    n,
    fast,
  );
  assert.deepEqual(fast, [marker, undefined, "x"]);
});

Deno.test("int slots through the two-word path agree with int64 at every word boundary", () => {
  const { i64, n } = slots();
  const edges = [
    0n,
    1n,
    -1n,
    1n << 31n,
    (1n << 32n) - 1n,
    1n << 32n,
    -(1n << 32n),
    -(1n << 32n) - 1n,
  ];
  for (const b of [52n, 53n, 62n, 63n]) {
    for (const d of [-2n, -1n, 0n, 1n]) edges.push((1n << b) + d, -(1n << b) + d);
  }
  for (const v of edges) {
    const x = BigInt.asIntN(64, v);
    i64[0] = x;
    assert.equal(n.int(0), intFromBig(x), `read ${x}`);
    if (x >= -BigInt(SAFE) && x <= BigInt(SAFE)) {
      i64[1] = 99n;
      n.setNumber(1, Number(x));
      assert.equal(i64[1], x, `write ${x}`);
    }
  }
});
