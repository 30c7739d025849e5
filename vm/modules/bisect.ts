/**
 * The `bisect` module (CPython 3.11 Modules/_bisectmodule.c): binary search
 * on any sequence through `__getitem__`, with `lo`, `hi` and the 3.10 `key=`.
 *
 * @module
 */
import { PyBuiltinFunction, PyList, type PyObject, raise, T } from "../object.ts";
import { call, getAttr, getItem, index, isTrue, len, None, richCompare } from "../abstract.ts";
import { call1 } from "../calls.ts";
import { parseArgs, Signature } from "../args.ts";
import { newModule } from "../object_type.ts";
import { PyDict } from "../dict.ts";
import { registerBuiltinModule } from "../vm.ts";

const names = ["a", "x", "lo", "hi", "key"];
const sig = (n: string) => new Signature(n, names, { minpos: 2, maxpos: 4 });

function lt(a: PyObject, b: PyObject): boolean {
  return isTrue(richCompare(a, b, 0));
}

// CPython's `hi` converter takes None or an int; -1 (the C default) means len(a).
function bounds(
  a: PyObject,
  loArg: PyObject | undefined,
  hiArg: PyObject | undefined,
): [number, number] {
  const lo = loArg === undefined ? 0 : Number(index(loArg));
  if (lo < 0) raise("ValueError", "lo must be non-negative");
  let hi = hiArg === undefined || hiArg === None ? -1 : Number(index(hiArg));
  if (hi === -1) hi = len(a);
  return [lo, hi];
}

function bisect(
  right: boolean,
  a: PyObject,
  x: PyObject,
  lo: number,
  hi: number,
  key: PyObject,
): number {
  while (lo < hi) {
    // Unsigned average, as CPython's ((size_t)lo + hi) / 2.
    const mid = Math.floor((lo + hi) / 2);
    let item = getItem(a, mid);
    if (key !== None) item = call1(key, item);
    if (right ? lt(x, item) : lt(item, x)) {
      if (right) hi = mid;
      else lo = mid + 1;
    } else if (right) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function bisectFn(name: string, right: boolean): PyBuiltinFunction {
  const s = sig(name);
  return new PyBuiltinFunction(name, (args, kw) => {
    const p = parseArgs(s, args, kw);
    const [lo, hi] = bounds(p[0]!, p[2], p[3]);
    return bisect(right, p[0]!, p[1]!, lo, hi, p[4] ?? None);
  });
}

function insortFn(name: string, right: boolean): PyBuiltinFunction {
  const s = sig(name);
  return new PyBuiltinFunction(name, (args, kw) => {
    const p = parseArgs(s, args, kw);
    const a = p[0]!, x = p[1]!, key = p[4] ?? None;
    const [lo, hi] = bounds(a, p[2], p[3]);
    // 3.10+: the key is applied to x before searching, never to the stored item.
    const i = bisect(right, a, key === None ? x : call1(key, x), lo, hi, key);
    if (a instanceof PyList && a.cls === T.list) a.items.splice(i, 0, x);
    else call(getAttr(a, "insert"), [i, x], null);
    return None;
  });
}

registerBuiltinModule("bisect", () => {
  const d = new PyDict();
  const br = bisectFn("bisect_right", true);
  const ir = insortFn("insort_right", true);
  d.setStr("bisect_left", bisectFn("bisect_left", false));
  d.setStr("bisect_right", br);
  d.setStr("bisect", br);
  d.setStr("insort_left", insortFn("insort_left", false));
  d.setStr("insort_right", ir);
  d.setStr("insort", ir);
  return newModule("bisect", d);
});
