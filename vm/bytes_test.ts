import assert from "node:assert/strict";
import { PyThrow } from "./object.ts";
import * as B from "./bytes.ts";
import { pythonScript, rng } from "./oracle_testutil.ts";

const python = pythonScript;

/** Bytes travel as {"b": [...]} both ways. */
type J = unknown;
const dec = (v: J): unknown =>
  Array.isArray(v)
    ? v.map(dec)
    : v !== null && typeof v === "object" && "b" in v
    ? new Uint8Array((v as { b: number[] }).b)
    : v;
const enc = (v: unknown): J =>
  v instanceof Uint8Array ? { b: Array.from(v) } : Array.isArray(v) ? v.map(enc) : v;

// deno-lint-ignore no-explicit-any
type Fn = (d: Uint8Array, ...args: any[]) => unknown;
const n = (v: unknown) => (v === undefined ? null : v) as number | null;
const METHODS: Record<string, Fn> = {
  find: (d, s, a, b) => B.bytesFind(d, s, n(a), n(b)),
  rfind: (d, s, a, b) => B.bytesRfind(d, s, n(a), n(b)),
  index: (d, s, a, b) => B.bytesIndexOf(d, s, n(a), n(b)),
  rindex: (d, s, a, b) => B.bytesRindexOf(d, s, n(a), n(b)),
  count: (d, s, a, b) => B.bytesCount(d, s, n(a), n(b)),
  contains: (d, s) => B.bytesContains(d, s),
  startswith: (d, p, a, b) => B.bytesStartswith(d, p, n(a), n(b)),
  endswith: (d, p, a, b) => B.bytesEndswith(d, p, n(a), n(b)),
  split: (d, sep = null, max = -1) => B.bytesSplit(d, sep, max),
  rsplit: (d, sep = null, max = -1) => B.bytesRsplit(d, sep, max),
  splitlines: (d, k = false) => B.bytesSplitlines(d, k),
  join: (d, parts) => B.bytesJoin(d, parts),
  partition: (d, s) => B.bytesPartition(d, s),
  rpartition: (d, s) => B.bytesRpartition(d, s),
  strip: (d, c = null) => B.bytesStrip(d, c),
  lstrip: (d, c = null) => B.bytesLstrip(d, c),
  rstrip: (d, c = null) => B.bytesRstrip(d, c),
  removeprefix: (d, p) => B.bytesRemoveprefix(d, p),
  removesuffix: (d, p) => B.bytesRemovesuffix(d, p),
  replace: (d, a, b, c = -1) => B.bytesReplace(d, a, b, c),
  center: (d, w, f = 32) => B.bytesCenter(d, w, f),
  ljust: (d, w, f = 32) => B.bytesLjust(d, w, f),
  rjust: (d, w, f = 32) => B.bytesRjust(d, w, f),
  zfill: (d, w) => B.bytesZfill(d, w),
  expandtabs: (d, t = 8) => B.bytesExpandtabs(d, t),
  upper: (d) => B.bytesUpper(d),
  lower: (d) => B.bytesLower(d),
  swapcase: (d) => B.bytesSwapcase(d),
  title: (d) => B.bytesTitle(d),
  capitalize: (d) => B.bytesCapitalize(d),
  isalpha: (d) => B.bytesIsalpha(d),
  isdigit: (d) => B.bytesIsdigit(d),
  isalnum: (d) => B.bytesIsalnum(d),
  isspace: (d) => B.bytesIsspace(d),
  isascii: (d) => B.bytesIsascii(d),
  islower: (d) => B.bytesIslower(d),
  isupper: (d) => B.bytesIsupper(d),
  istitle: (d) => B.bytesIstitle(d),
  hex: (d, sep = null, per = 1) => B.bytesHex(d, sep, per),
  fromhex: (_d, s) => B.bytesFromhex(s),
  repr: (d) => B.bytesRepr(d),
  repr_ba: (d) => B.bytesRepr(d, "bytearray"),
  cmp: (d, o) => B.bytesCompare(d, o),
  decode: (d, e = "utf-8", err = "strict") => B.bytesDecode(d, e, err),
};

const PY = `
import sys, json
def dec(v):
    if isinstance(v, list): return [dec(x) for x in v]
    if isinstance(v, dict): return bytes(v["b"])
    return v
def enc(v):
    if isinstance(v, (bytes, bytearray)): return {"b": list(v)}
    if isinstance(v, (list, tuple)): return [enc(x) for x in v]
    return v
def run(name, d, args):
    if name == "contains": return args[0] in d
    if name == "join": return d.join(args[0])
    if name == "fromhex": return bytes.fromhex(args[0])
    if name == "repr": return repr(d)
    if name == "repr_ba": return repr(bytearray(d))
    if name == "cmp": o = args[0]; return (d > o) - (d < o)
    if name in ("startswith", "endswith") and isinstance(args[0], list): args = [tuple(args[0])] + args[1:]
    if name in ("center", "ljust", "rjust") and len(args) > 1 and isinstance(args[1], int): args = [args[0], bytes([args[1]])]
    return getattr(d, name)(*args)
for line in sys.stdin:
    name, d, args = json.loads(line)
    try: r = {"ok": enc(run(name, dec(d), dec(args)))}
    except Exception as e: r = {"exc": type(e).__name__, "msg": str(e)}
    print(json.dumps(r))
`;

function randomBytes(r: () => number, max: number): Uint8Array {
  const pool = [
    ...Array.from("abcAB xyz-+09\t\n\r\x0b\x0c\x1c'\"\\", (c) => c.charCodeAt(0)),
    0,
    0x7f,
    0x80,
    0xff,
    0xe9,
  ];
  return new Uint8Array(
    Array.from({ length: Math.floor(r() * (max + 1)) }, () => pool[Math.floor(r() * pool.length)]),
  );
}

Deno.test("bytes: random method calls against CPython", async () => {
  const r = rng(5);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const cases: [string, Uint8Array, unknown[]][] = [];
  for (let k = 0; k < 30000; k++) {
    const name = pick(Object.keys(METHODS));
    const d = randomBytes(r, 12);
    const len = d.length;
    const sub = () => (r() < 0.6
      ? d.slice(Math.floor(r() * (len + 1))).slice(0, Math.floor(r() * 3))
      : randomBytes(r, 2));
    const idx = () => (r() < 0.2 ? null : Math.floor(r() * (2 * len + 7)) - len - 3);
    let args: unknown[] = [];
    switch (name) {
      case "find":
      case "rfind":
      case "index":
      case "rindex":
      case "count":
        args = [r() < 0.2 ? pick([97, 0, 255, 256, -1]) : sub()];
        if (r() < 0.6) {
          args.push(idx());
        }
        if (args.length > 1 && r() < 0.6) {
          args.push(idx());
        }
        break;
      case "contains":
        args = [r() < 0.2 ? pick([97, 0, 300]) : sub()];
        break;
      case "startswith":
      case "endswith":
        args = [r() < 0.3 ? [sub(), sub()] : sub()];
        if (r() < 0.6) {
          args.push(idx());
        }
        if (args.length > 1 && r() < 0.6) {
          args.push(idx());
        }
        break;
      case "split":
      case "rsplit":
        args = r() < 0.3
          ? []
          : [r() < 0.3 ? null : r() < 0.1 ? new Uint8Array(0) : sub(), pick([-1, 0, 1, 2, 5])];
        break;
      case "splitlines":
        args = r() < 0.5 ? [] : [r() < 0.5];
        break;
      case "join":
        args = [Array.from({ length: Math.floor(r() * 4) }, () =>
          randomBytes(r, 3))];
        break;
      case "partition":
      case "rpartition":
      case "removeprefix":
      case "removesuffix":
        args = [r() < 0.1 ? new Uint8Array(0) : sub()];
        break;
      case "strip":
      case "lstrip":
      case "rstrip":
        args = r() < 0.4 ? [] : [r() < 0.2 ? null : randomBytes(r, 3)];
        break;
      case "replace":
        args = [r() < 0.15 ? new Uint8Array(0) : sub(), randomBytes(r, 2)];
        if (r() < 0.5) args.push(pick([-1, 0, 1, 2, 100]));
        break;
      case "center":
      case "ljust":
      case "rjust":
        args = [Math.floor(r() * (len + 8)) - 1];
        if (r() < 0.5) args.push(pick([42, new Uint8Array([0x2a]), new Uint8Array([1, 2])]));
        break;
      case "zfill":
        args = [Math.floor(r() * (len + 6)) - 1];
        break;
      case "expandtabs":
        if (r() < 0.7) args = [pick([-1, 0, 1, 4, 8])];
        break;
      case "hex":
        if (r() < 0.7) {
          args = [
            pick(["", ":", "ab", "é", new Uint8Array([0x2d]), new Uint8Array([0xff]), "-"]),
          ];
        }
        if (args.length > 0 && r() < 0.7) args.push(pick([1, 2, 3, -1, -2, -3, 0]));
        break;
      case "fromhex": {
        const chars = "0123456789abcdefABCDEF  \t\ngé";
        args = [
          Array.from({ length: Math.floor(r() * 9) }, () => chars[Math.floor(r() * chars.length)])
            .join(""),
        ];
        if (r() < 0.5) {
          args = [
            Array.from(d, (b) => b.toString(16).padStart(2, "0")).join(pick(["", " ", "  "])),
          ];
        }
        break;
      }
      case "cmp":
        args = [r() < 0.5 ? randomBytes(r, 4) : d.slice(0, Math.floor(r() * (len + 1)))];
        break;
      case "decode":
        if (r() < 0.8) args = [pick(["utf-8", "ascii", "latin-1"])];
        if (args.length > 0 && r() < 0.7) {
          args.push(
            pick(["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]),
          );
        }
        break;
    }
    cases.push([name, d, args]);
  }
  const mine = cases.map(([name, d, args]) => {
    try {
      return { ok: enc(METHODS[name](d, ...args)) };
    } catch (e) {
      if (e instanceof PyThrow) return { exc: e.typeName, msg: e.message };
      throw e;
    }
  });
  const out = await python(
    PY,
    cases.map(([name, d, args]) => JSON.stringify([name, enc(d), enc(args)])).join("\n") + "\n",
  );
  if (out === null) return;
  const lines = out.split("\n");
  let bad = 0;
  for (let i = 0; i < cases.length; i++) {
    const theirs = JSON.parse(lines[i]);
    try {
      assert.deepStrictEqual(mine[i], theirs);
    } catch {
      bad++;
      if (bad <= 100) {
        const [name, d, args] = cases[i];
        console.log(
          `bytes mismatch: ${JSON.stringify([name, enc(d), enc(args)])}\n  ours:    ${
            JSON.stringify(mine[i])
          }\n  cpython: ${JSON.stringify(theirs)}`,
        );
      }
    }
  }
  console.log(`bytes methods: ${cases.length} cases compared, ${bad} mismatches`);
  assert.equal(bad, 0);
  void dec;
});

Deno.test("bytes: golden values", () => {
  const b = (s: string) => new TextEncoder().encode(s);
  assert.equal(B.bytesHex(new Uint8Array([1, 2, 3, 4, 5]), ":", 2), "01:0203:0405");
  assert.equal(B.bytesHex(new Uint8Array([1, 2, 3, 4, 5]), ":", -2), "0102:0304:05");
  assert.deepEqual(B.bytesFromhex(" 01ff 2a"), new Uint8Array([1, 255, 42]));
  assert.throws(
    () => B.bytesFromhex("0"),
    (e) =>
      e instanceof PyThrow &&
      e.message === "non-hexadecimal number found in fromhex() arg at position 1",
  );
  assert.equal(B.bytesRepr(b("it's")), `b"it's"`);
  assert.equal(
    B.bytesRepr(new Uint8Array([0, 9, 10, 13, 0x5c, 0x7f, 0x80]), "bytearray"),
    "bytearray(b'\\x00\\t\\n\\r\\\\\\x7f\\x80')",
  );
  assert.deepEqual(B.bytesSplit(b(" a\x0bb\x1cc ")), [b("a"), b("b\x1cc")]);
  assert.equal(B.bytesDecode(new Uint8Array([0xc3, 0xa9])), "é");
  assert.throws(
    () => B.bytesIndexOf(b("abc"), b("d")),
    (e) => e instanceof PyThrow && e.message === "subsection not found",
  );
});
