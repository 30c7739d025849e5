import assert from "node:assert/strict";
import { PyThrow } from "./object.ts";
import * as S from "./str.ts";
import { pythonScript, rng } from "./oracle_testutil.ts";

const python = (script: string, input: string) =>
  pythonScript(script, input, { PYTHONIOENCODING: "utf-8:surrogatepass" });

// -- Running one case on our side ---------------------------------------------------

type Case = [string, string, unknown[]];

// deno-lint-ignore no-explicit-any
type Fn = (s: string, ...args: any[]) => unknown;
const n = (v: unknown) => (v === undefined ? null : v) as number | null;

const METHODS: Record<string, Fn> = {
  len: (s) => S.strLen(s),
  getitem: (s, i) => S.strIndex(s, i),
  slice: (s, a, b, c) => S.strSlice(s, n(a), n(b), n(c)),
  list: (s) => S.strChars(s),
  ord: (s) => S.strOrd(s),
  chr: (_s, i) => S.strChr(i),
  cmp: (s, o) => S.strCompare(s, o),
  contains: (s, o) => S.strContains(s, o),
  split: (s, sep = null, max = -1) => S.strSplit(s, sep, max),
  rsplit: (s, sep = null, max = -1) => S.strRsplit(s, sep, max),
  splitlines: (s, keep = false) => S.strSplitlines(s, keep),
  join: (s, parts) => S.strJoin(s, parts),
  strip: (s, c = null) => S.strStrip(s, c),
  lstrip: (s, c = null) => S.strLstrip(s, c),
  rstrip: (s, c = null) => S.strRstrip(s, c),
  replace: (s, a, b, c = -1) => S.strReplace(s, a, b, c),
  find: (s, sub, a, b) => S.strFind(s, sub, n(a), n(b)),
  rfind: (s, sub, a, b) => S.strRfind(s, sub, n(a), n(b)),
  index: (s, sub, a, b) => S.strIndexOf(s, sub, n(a), n(b)),
  rindex: (s, sub, a, b) => S.strRindexOf(s, sub, n(a), n(b)),
  count: (s, sub, a, b) => S.strCount(s, sub, n(a), n(b)),
  startswith: (s, p, a, b) => S.strStartswith(s, p, n(a), n(b)),
  endswith: (s, p, a, b) => S.strEndswith(s, p, n(a), n(b)),
  upper: (s) => S.strUpper(s),
  lower: (s) => S.strLower(s),
  title: (s) => S.strTitle(s),
  capitalize: (s) => S.strCapitalize(s),
  swapcase: (s) => S.strSwapcase(s),
  casefold: (s) => S.strCasefold(s),
  isdigit: (s) => S.strIsdigit(s),
  isdecimal: (s) => S.strIsdecimal(s),
  isnumeric: (s) => S.strIsnumeric(s),
  isalpha: (s) => S.strIsalpha(s),
  isalnum: (s) => S.strIsalnum(s),
  isspace: (s) => S.strIsspace(s),
  isupper: (s) => S.strIsupper(s),
  islower: (s) => S.strIslower(s),
  istitle: (s) => S.strIstitle(s),
  isidentifier: (s) => S.strIsidentifier(s),
  isprintable: (s) => S.strIsprintable(s),
  isascii: (s) => S.strIsascii(s),
  center: (s, w, f = " ") => S.strCenter(s, w, f),
  ljust: (s, w, f = " ") => S.strLjust(s, w, f),
  rjust: (s, w, f = " ") => S.strRjust(s, w, f),
  zfill: (s, w) => S.strZfill(s, w),
  partition: (s, sep) => S.strPartition(s, sep),
  rpartition: (s, sep) => S.strRpartition(s, sep),
  expandtabs: (s, t = 8) => S.strExpandtabs(s, t),
  removeprefix: (s, p) => S.strRemoveprefix(s, p),
  removesuffix: (s, p) => S.strRemovesuffix(s, p),
  encode: (s, e = "utf-8", err = "strict") => Array.from(S.strEncode(s, e, err)),
  decode: (_s, bytes, e = "utf-8", err = "strict") => S.bytesDecode(new Uint8Array(bytes), e, err),
  maketrans_translate: (s, x, y, z = null) => {
    const m = S.strMaketrans(x, y, z);
    return S.strTranslate(s, (cp) => m.get(cp));
  },
};

const PY_RUN = `
import sys, json
def run(c):
    name, s, args = c
    if name == "len": return len(s)
    if name == "getitem": return s[args[0]]
    if name == "slice": return s[args[0]:args[1]:args[2]]
    if name == "list": return list(s)
    if name == "ord": return ord(s)
    if name == "chr": return chr(args[0])
    if name == "cmp": o = args[0]; return (s > o) - (s < o)
    if name == "contains": return args[0] in s
    if name == "join": return s.join(args[0])
    if name == "decode": return bytes(args[0]).decode(*args[1:])
    if name == "maketrans_translate": return s.translate(str.maketrans(*args))
    if name in ("startswith", "endswith") and isinstance(args[0], list): args = [tuple(args[0])] + args[1:]
    r = getattr(s, name)(*args)
    if isinstance(r, bytes): return list(r)
    return r
for line in sys.stdin:
    c = json.loads(line)
    try: r = {"ok": run(c)}
    except Exception as e: r = {"exc": type(e).__name__, "msg": str(e)}
    print(json.dumps(r))
`;

function ours(c: Case): unknown {
  const [name, s, args] = c;
  try {
    return { ok: METHODS[name](s, ...args) };
  } catch (e) {
    if (e instanceof PyThrow) return { exc: e.typeName, msg: e.message };
    throw e;
  }
}

async function compareCases(what: string, cases: Case[]): Promise<number> {
  const mine = cases.map(ours);
  const out = await python(PY_RUN, cases.map((c) => JSON.stringify(c)).join("\n") + "\n");
  if (out === null) return 0;
  const lines = out.split("\n");
  let bad = 0;
  for (let i = 0; i < cases.length; i++) {
    const theirs = JSON.parse(lines[i]);
    try {
      assert.deepStrictEqual(mine[i], theirs);
    } catch {
      bad++;
      if (bad <= 200) {
        console.log(
          `${what} mismatch: ${JSON.stringify(cases[i])}\n  ours:    ${
            JSON.stringify(mine[i])
          }\n  cpython: ${JSON.stringify(theirs)}`,
        );
      }
    }
  }
  console.log(`${what}: ${cases.length} cases compared, ${bad} mismatches`);
  return bad;
}

// -- Random inputs -----------------------------------------------------------------

const POOL_ASCII = "abcABC xyz_09-+.,\t\n\r";
const POOL_UNI = [
  ..."aAbBzZ 09_",
  ..."\x1c\x1d\x1e\x1f\x0b\x0c\x85\xa0\u1680\u2000\u2028\u2029\u3000\u200b\ufeff",
  ..."ΣσςΑαβΓ", // Greek (final sigma)
  ..."ßﬁﬂŉǅǄǆǈİıſ", // special casing
  ..."ĀāÉéÿŸ", // Latin-1 and Extended-A
  ..."ႠაᏣꭰ", // Georgian, Cherokee
  ..."²³¹①⑴٣०一二〇Ⅻ½", // digits and numerics
  ..."\u0301\u0345\u05b0'.·:", // case-ignorable
  "😀",
  "𝐀",
  "𐐀",
  "𐐨",
  "𞤀",
  "\u{1f1e6}",
  "\u{10ffff}",
  "\u0378", // unassigned
  "\u{1e030}", // assigned after Unicode 14
  "\ud800",
  "\udc00",
];

function randomStr(r: () => number, pool: readonly string[] | string, maxLen: number): string {
  const len = Math.floor(r() * (maxLen + 1));
  let s = "";
  for (let i = 0; i < len; i++) s += pool[Math.floor(r() * pool.length)];
  return s;
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function substringOf(r: () => number, s: string): string {
  const cs = Array.from(s);
  const a = Math.floor(r() * (cs.length + 1));
  const b = a + Math.floor(r() * 3);
  return cs.slice(a, b).join("");
}

function genCases(seed: number, count: number): Case[] {
  const r = rng(seed);
  const cases: Case[] = [];
  for (let k = 0; k < count; k++) {
    const uni = r() < 0.6;
    const pool = uni ? POOL_UNI : POOL_ASCII;
    let s = randomStr(r, pool, 12);
    const len = Array.from(s).length;
    const idx = () => (r() < 0.2 ? null : Math.floor(r() * (2 * len + 7)) - len - 3);
    const sub = () => (r() < 0.6 ? substringOf(r, s) : randomStr(r, pool, 2));
    const name = pick(r, Object.keys(METHODS));
    let args: unknown[] = [];
    switch (name) {
      case "getitem":
        args = [Math.floor(r() * (2 * len + 4)) - len - 2];
        break;
      case "slice":
        args = [idx(), idx(), r() < 0.5 ? null : pick(r, [1, 2, 3, -1, -2, -3, 0])];
        break;
      case "ord":
        s = randomStr(r, pool, 2);
        break;
      case "chr":
        args = [
          pick(r, [
            0,
            65,
            0xe9,
            0xd800,
            0xffff,
            0x10000,
            0x10ffff,
            0x110000,
            -1,
            2 ** 31,
            -(2 ** 31),
            2 ** 31 - 1,
          ]),
        ];
        break;
      case "cmp":
        args = [r() < 0.3 ? s + randomStr(r, pool, 1) : randomStr(r, pool, 4)];
        break;
      case "contains":
      case "removeprefix":
      case "removesuffix":
        args = [sub()];
        break;
      case "split":
      case "rsplit":
        args = r() < 0.3
          ? []
          : [pick(r, [null, " ", "", sub(), sub(), "a"]), pick(r, [-1, 0, 1, 2, 5])];
        break;
      case "splitlines":
        args = r() < 0.5 ? [] : [r() < 0.5];
        break;
      case "join":
        args = [Array.from({ length: Math.floor(r() * 4) }, () => randomStr(r, pool, 3))];
        s = randomStr(r, pool, 2);
        break;
      case "strip":
      case "lstrip":
      case "rstrip":
        args = r() < 0.4 ? [] : [r() < 0.2 ? null : randomStr(r, pool, 3)];
        break;
      case "replace":
        args = [r() < 0.15 ? "" : sub(), randomStr(r, pool, 2)];
        if (r() < 0.5) args.push(pick(r, [-1, 0, 1, 2, 100]));
        break;
      case "find":
      case "rfind":
      case "index":
      case "rindex":
      case "count":
        args = [r() < 0.15 ? "" : sub()];
        if (r() < 0.6) args.push(idx());
        if (args.length > 1 && r() < 0.6) args.push(idx());
        break;
      case "startswith":
      case "endswith":
        args = [r() < 0.3 ? [sub(), sub()] : r() < 0.1 ? "" : sub()];
        if (r() < 0.6) args.push(idx());
        if (args.length > 1 && r() < 0.6) args.push(idx());
        break;
      case "center":
      case "ljust":
      case "rjust":
        args = [Math.floor(r() * (len + 8)) - 1];
        if (r() < 0.5) args.push(pick(r, [" ", "*", "😀", "ab", ""]));
        break;
      case "zfill":
        if (r() < 0.5) s = pick(r, ["+", "-", ""]) + s;
        args = [Math.floor(r() * (len + 6)) - 1];
        break;
      case "partition":
      case "rpartition":
        args = [r() < 0.1 ? "" : sub()];
        break;
      case "expandtabs":
        s = s.replace(/x/g, "\t");
        if (r() < 0.7) args = [pick(r, [-1, 0, 1, 2, 4, 8])];
        break;
      case "encode":
        args = r() < 0.2 ? [] : [
          pick(r, [
            "utf-8",
            "ascii",
            "latin-1",
            "UTF8",
            "latin1",
            "iso-8859-1",
            "us-ascii",
            "foo",
          ]),
        ];
        if (args.length > 0 && r() < 0.7) {
          args.push(
            pick(r, [
              "strict",
              "ignore",
              "replace",
              "backslashreplace",
              "xmlcharrefreplace",
              "surrogateescape",
              "surrogatepass",
              "bogus",
            ]),
          );
        }
        if (r() < 0.3) s += pick(r, ["\udc80", "\udcff", "\ud800", "é"]);
        break;
      case "decode": {
        const bytes = Array.from(
          { length: Math.floor(r() * 8) },
          () =>
            r() < 0.5 ? Math.floor(r() * 128) : pick(r, [
              0x80,
              0xbf,
              0xc2,
              0xc0,
              0xe0,
              0xed,
              0xa0,
              0xef,
              0xf0,
              0x90,
              0xf4,
              0x8f,
              0xf5,
              0xff,
              0x9f,
              0x98,
            ]),
        );
        args = [bytes];
        if (r() < 0.8) args.push(pick(r, ["utf-8", "ascii", "latin-1", "utf8"]));
        if (args.length > 1 && r() < 0.8) {
          args.push(
            pick(r, [
              "strict",
              "ignore",
              "replace",
              "backslashreplace",
              "surrogateescape",
              "surrogatepass",
              "bogus",
            ]),
          );
        }
        break;
      }
      case "maketrans_translate": {
        const x = randomStr(r, pool, 3);
        args = [x, r() < 0.9 ? Array.from(x).reverse().join("") : "q", randomStr(r, pool, 2)];
        break;
      }
    }
    cases.push([name, s, args]);
  }
  return cases;
}

Deno.test("str: random method calls against CPython", async () => {
  const bad = await compareCases("str methods", genCases(7, 40000));
  assert.equal(bad, 0);
});

// -- Every code point --------------------------------------------------------------

const CP_PY = `
import sys, hashlib
def ser(cp):
    c = chr(cp)
    m = [c.upper(), c.lower(), c.title(), c.capitalize(), c.swapcase(), c.casefold()]
    f = [c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(), c.isspace(), c.isprintable(),
         c.isupper(), c.islower(), c.istitle(), c.isidentifier(), ("a" + c).isidentifier()]
    return str(cp) + ":" + "|".join(",".join("%x" % ord(x) for x in s) for s in m) + "|" + "".join("1" if x else "0" for x in f) + "\\n"
want = set(int(x) for x in sys.argv[1:])
for b in range(0x110000 // 4096):
    text = "".join(ser(cp) for cp in range(b * 4096, b * 4096 + 4096))
    if want:
        if b in want: sys.stdout.write(text)
    else:
        print(hashlib.sha1(text.encode()).hexdigest())
`;

function serCp(cp: number): string {
  const c = String.fromCodePoint(cp);
  const m = [
    S.strUpper(c),
    S.strLower(c),
    S.strTitle(c),
    S.strCapitalize(c),
    S.strSwapcase(c),
    S.strCasefold(c),
  ];
  const f = [
    S.strIsalpha(c),
    S.strIsdecimal(c),
    S.strIsdigit(c),
    S.strIsnumeric(c),
    S.strIsalnum(c),
    S.strIsspace(c),
    S.strIsprintable(c),
    S.strIsupper(c),
    S.strIslower(c),
    S.strIstitle(c),
    S.strIsidentifier(c),
    S.strIsidentifier("a" + c),
  ];
  return `${cp}:` +
    m.map((x) => S.strCodePoints(x).map((v) => v.toString(16)).join(",")).join("|") + "|" +
    f.map((x) => (x ? "1" : "0")).join("") + "\n";
}

async function sha1(text: string): Promise<string> {
  const d = await crypto.subtle.digest("SHA-1", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(d), (b) => b.toString(16).padStart(2, "0")).join("");
}

Deno.test("str: case mapping and predicates of every code point against CPython", async () => {
  const blocks: string[] = [];
  for (let b = 0; b < 0x110000 / 4096; b++) {
    let text = "";
    for (let cp = b * 4096; cp < b * 4096 + 4096; cp++) text += serCp(cp);
    blocks.push(text);
  }
  let child;
  try {
    child = await new Deno.Command("python3", {
      args: ["-c", CP_PY],
      stdout: "piped",
      env: { PYTHONHASHSEED: "0" },
    }).output();
  } catch {
    console.log("python3 not found: skipping the comparison with CPython");
    return;
  }
  const theirs = new TextDecoder().decode(child.stdout).split("\n");
  const badBlocks: number[] = [];
  for (let b = 0; b < blocks.length; b++) {
    if ((await sha1(blocks[b])) !== theirs[b]) badBlocks.push(b);
  }
  let bad = 0;
  if (badBlocks.length > 0) {
    const detail = await new Deno.Command("python3", {
      args: ["-c", CP_PY, ...badBlocks.map(String)],
      stdout: "piped",
    }).output();
    const lines = new TextDecoder().decode(detail.stdout).split("\n");
    const mine = badBlocks.flatMap((b) => blocks[b].split("\n").filter((x) => x));
    for (let i = 0; i < mine.length; i++) {
      if (mine[i] !== lines[i]) {
        bad++;
        console.log(`code point mismatch:\n  ours:    ${mine[i]}\n  cpython: ${lines[i]}`);
      }
    }
  }
  console.log(
    `code points: ${0x110000} compared (6 mappings, 12 predicates each), ${bad} mismatches`,
  );
  assert.equal(bad, 0);
});

// -- Golden expectations (CPython 3.11) ------------------------------------------------

Deno.test("str: golden values", () => {
  assert.equal(S.strLen("a😀b"), 3);
  assert.equal(S.strIndex("a😀b", 1), "😀");
  assert.equal(S.strIndex("a😀b", -1), "b");
  assert.throws(
    () => S.strIndex("abc", 3),
    (e) => e instanceof PyThrow && e.message === "string index out of range",
  );
  assert.equal(S.strSlice("a😀b😀c", null, null, -1), "c😀b😀a");
  assert.equal(S.strSlice("abcdef", 1, null, 2), "bdf");
  assert.throws(
    () => S.strSlice("abc", null, null, 0),
    (e) => e instanceof PyThrow && e.message === "slice step cannot be zero",
  );
  assert.equal(S.strUpper("ß"), "SS");
  assert.equal(S.strUpper("ﬁ"), "FI");
  assert.equal(S.strTitle("ﬁre ǆungla"), "Fire ǅungla");
  assert.equal(S.strCapitalize("ǆEMAL"), "ǅemal");
  assert.equal(S.strLower("ΟΔΟΣ ΣΑΣ Σ"), "οδος σας σ");
  assert.equal(S.strTitle("they're bill's friends"), "They'Re Bill'S Friends");
  assert.equal(S.strCasefold("Straße"), "strasse");
  assert.equal(S.strSwapcase("Hello ǅ"), "hELLO ǅ");
  assert.deepEqual(S.strSplit("  a  b c  "), ["a", "b", "c"]);
  assert.deepEqual(S.strSplit("a\x1cb\x85c\u3000d"), ["a", "b", "c", "d"]);
  assert.deepEqual(S.strSplit("  a b  c  ", null, 1), ["a", "b  c  "]);
  assert.deepEqual(S.strRsplit("  a b  c  ", null, 1), ["  a b", "c"]);
  assert.deepEqual(S.strSplitlines("a\r\nb\rc\n\x0bd\u2028", true), [
    "a\r\n",
    "b\r",
    "c\n",
    "\x0b",
    "d\u2028",
  ]);
  assert.throws(
    () => S.strSplit("a", ""),
    (e) => e instanceof PyThrow && e.message === "empty separator",
  );
  assert.equal(S.strReplace("😀😀", "", "-"), "-😀-😀-");
  assert.equal(S.strReplace("abc", "", "-", 2), "-a-bc");
  assert.equal(S.strReplace("", "", "-"), "-");
  assert.equal(S.strFind("a😀b", "b"), 2);
  assert.equal(S.strRfind("abc", "", 1, 2), 2);
  assert.equal(S.strCount("abc", "", 1), 3);
  assert.equal(S.strStartswith("abc", "", 4), false);
  assert.equal(S.strStartswith("abc", "", 3), true);
  assert.throws(
    () => S.strIndexOf("abc", "d"),
    (e) => e instanceof PyThrow && e.message === "substring not found",
  );
  assert.equal(S.strCenter("ab", 5, "*"), "**ab*");
  assert.equal(S.strCenter("abc", 6, "*"), "*abc**");
  assert.throws(
    () => S.strCenter("a", 5, "ab"),
    (e) =>
      e instanceof PyThrow && e.typeName === "TypeError" &&
      e.message === "The fill character must be exactly one character long",
  );
  assert.equal(S.strZfill("-42", 6), "-00042");
  assert.equal(S.strExpandtabs("a\tbc\td\n\te", 4), "a   bc  d\n    e");
  assert.equal(S.strIsdigit("²"), true);
  assert.equal(S.strIsdecimal("²"), false);
  assert.equal(S.strIsnumeric("一½"), true);
  assert.equal(S.strIsspace("\x1c\x85"), true);
  assert.equal(S.strIsspace("\u200b"), false);
  assert.equal(S.strIsidentifier("_ä1"), true);
  assert.equal(S.strIsprintable(""), true);
  assert.equal(S.strOrd("😀"), 0x1f600);
  assert.throws(
    () => S.strOrd("ab"),
    (e) =>
      e instanceof PyThrow &&
      e.message === "ord() expected a character, but string of length 2 found",
  );
  assert.throws(
    () => S.strChr(0x110000),
    (e) => e instanceof PyThrow && e.message === "chr() arg not in range(0x110000)",
  );
  assert.equal(S.strCompare("\uffff", "😀"), -1);
  assert.deepEqual(Array.from(S.strEncode("é€", "utf-8")), [0xc3, 0xa9, 0xe2, 0x82, 0xac]);
  assert.throws(
    () => S.strEncode("\xe9", "ascii"),
    (e) =>
      e instanceof PyThrow && e.typeName === "UnicodeEncodeError" &&
      e.message ===
        "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
  );
  assert.throws(
    () => S.strEncode("a\u20ac\u20acb", "latin1"),
    (e) =>
      e instanceof PyThrow &&
      e.message ===
        "'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)",
  );
  assert.throws(
    () => S.strEncode("a", "foo"),
    (e) =>
      e instanceof PyThrow && e.typeName === "LookupError" && e.message === "unknown encoding: foo",
  );
  assert.throws(
    () => S.bytesDecode(new Uint8Array([0xff])),
    (e) =>
      e instanceof PyThrow && e.typeName === "UnicodeDecodeError" &&
      e.message === "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
  );
  assert.throws(
    () => S.bytesDecode(new Uint8Array([0x61, 0xe2, 0x82])),
    (e) =>
      e instanceof PyThrow &&
      e.message === "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data",
  );
  assert.equal(
    S.bytesDecode(new Uint8Array([0xf0, 0x9f, 0x98, 0x41]), "utf-8", "replace"),
    "\ufffdA",
  );
  assert.equal(S.bytesDecode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), "\ufeffA");
});

Deno.test("str: code-point helpers", () => {
  const s = "a😀b\ud800c";
  assert.equal(S.strLen(s), 5);
  assert.deepEqual([...S.strIter(s)], ["a", "😀", "b", "\ud800", "c"]);
  assert.deepEqual(S.strChars(s), ["a", "😀", "b", "\ud800", "c"]);
  assert.deepEqual(S.strCodePoints(s), [0x61, 0x1f600, 0x62, 0xd800, 0x63]);
  assert.equal(S.strCharAtCu(s, 1), "😀");
  assert.equal(S.cpToCu(s, 2), 3);
  assert.equal(S.cuToCp(s, 3), 2);
  assert.equal(S.isBoundary(s, 2), false);
  assert.deepEqual(S.adjustSlice(10, -3, null, null), [7, 10, 1, 3]);
  assert.deepEqual(S.adjustSlice(10, null, null, -2), [9, -1, -2, 5]);
  assert.equal(S.strRepeat("ab", 3), "ababab");
  assert.equal(S.strRepeat("ab", -1), "");
  assert.equal(S.isSpaceCp(0x1f), true);
  assert.equal(S.isPrintableCp(0xa0), false);
  assert.equal(
    S.strTranslate("abc", (cp) => (cp === 0x61 ? "xy" : cp === 0x62 ? null : undefined)),
    "xyc",
  );
  assert.throws(
    () => S.strMaketrans("ab", "c"),
    (e) =>
      e instanceof PyThrow &&
      e.message === "the first two maketrans arguments must have equal length",
  );
  assert.equal(S.codecName("UTF 8"), "utf-8");
  assert.equal(S.codecName("ISO_8859-1"), "latin-1");
  assert.equal(S.codecName("us-ascii"), "ascii");
});
