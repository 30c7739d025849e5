import assert from "node:assert/strict";
import { intFromBig, PyFloat, type PyInt, type PyObject, PyThrow, raise } from "./object.ts";
import {
  formatFloat,
  formatInt,
  formatStr,
  type PercentConversions,
  percentFormat,
} from "./format.ts";
import { floatRepr } from "./float.ts";
import { intToString } from "./int.ts";
import { reprStr as pyStrRepr } from "./repr.ts";
import { type Case, compareWithPython, type Enc, F, I, rng, S } from "./oracle_testutil.ts";

const assertEquals = (a: unknown, b: unknown) => assert.deepStrictEqual(a, b);
const R = rng(777);
const pick = <T>(xs: T[]): T => xs[Math.floor(R() * xs.length)];

function randomSpec(types: string[]): string {
  const align = pick([
    "",
    "",
    "<",
    ">",
    "^",
    "=",
    "*<",
    "*>",
    "*^",
    "*=",
    "0=",
    "0<",
    "😀^",
    "x>",
    "é=",
  ]);
  const sign = pick(["", "", "+", "-", " "]);
  const z = R() < 0.1 ? "z" : "";
  const alt = R() < 0.2 ? "#" : "";
  const zero = R() < 0.2 ? "0" : "";
  const width = pick(["", "", "1", "5", "9", "12", "25", "٣"]);
  const group = pick(["", "", "", ",", "_"]);
  const prec = pick(["", "", "", ".0", ".1", ".3", ".6", ".10", ".17"]);
  return align + sign + z + alt + zero + width + group + prec + pick(types);
}

const INTS: PyInt[] = ([
  0,
  1,
  -1,
  7,
  -42,
  65,
  255,
  1234,
  -5678,
  123456789,
  -987654321,
  2 ** 31,
  2 ** 53 - 1,
  -(2 ** 53 - 1),
  0x10ffff,
  0x110000,
  97,
  128512,
] as PyInt[]).concat(
  [2n ** 64n, -(2n ** 70n) + 1n, 10n ** 30n, 2n ** 1100n].map(intFromBig),
);

const FLOATS = [
  0.0,
  -0.0,
  1.0,
  -1.0,
  0.5,
  1.5,
  2.5,
  -2.5,
  0.1,
  1e16,
  1e-5,
  1e-4,
  5e-324,
  1.7976931348623157e308,
  123456789.125,
  -0.000123456,
  1e22,
  9.999999999999999e22,
  0.125,
  0.375,
  2.675,
  1234.5,
  99.995,
  9.5,
  0.00001234,
  1e100,
  Infinity,
  -Infinity,
  NaN,
  100.0,
  12345678901234567890.0,
  3.141592653589793,
  -1e-300,
  0.5e-6,
  999999.5,
  9999995.0,
  0.0009999,
  1e-7,
];
{
  const view = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 60; i++) {
    view.setUint32(0, Math.floor(R() * 2 ** 32));
    view.setUint32(4, Math.floor(R() * 2 ** 32));
    const x = view.getFloat64(0);
    if (Number.isFinite(x)) FLOATS.push(x);
    FLOATS.push((R() - 0.5) * 10 ** Math.floor(R() * 30 - 12));
  }
}

const STRS = [
  "",
  "a",
  "abc",
  "hello world",
  "é",
  "😀x",
  "tab\there",
  "ü😀ü😀ü",
  "0123456789abcdef",
];

Deno.test("format() of int matches CPython", async () => {
  const cases: Case[] = [];
  const types = [
    "",
    "",
    "d",
    "d",
    "b",
    "c",
    "o",
    "x",
    "X",
    "n",
    "e",
    "E",
    "f",
    "F",
    "g",
    "G",
    "%",
    "s",
    "y",
  ];
  for (let i = 0; i < 6000; i++) {
    const v = pick(INTS);
    const spec = randomSpec(types);
    cases.push({ expr: "format(a, b)", args: [I(v), S(spec)], ours: () => S(formatInt(v, spec)) });
  }
  const fixed = [
    "",
    ",",
    "_",
    "_b",
    "_x",
    "_o",
    ",x",
    "010,",
    "09,",
    "05,",
    "04,",
    "013_b",
    "#010_x",
    "=^10",
    "0=5",
    "😀>5",
    ",,",
    "_,",
    ",_",
    "__",
    ".",
    ".x",
    "abc",
    "z",
    "zd",
    "+c",
    " c",
    "#c",
    "=10c",
    "010c",
    ".2",
    "#X",
    "#o",
    "+#b",
    "-#x",
    " 10,",
    "020,d",
    "0>10",
    "<010",
    "\u0665",
    "99999999999999999999d",
    "\x00",
    "ሴ",
    ",c",
    ",n",
    "_n",
    ",s",
    "#x_",
    "+z",
    "z#x",
    "c",
    "d",
    "0",
  ];
  for (const v of INTS) {
    for (const spec of fixed) {
      cases.push({
        expr: "format(a, b)",
        args: [I(v), S(spec)],
        ours: () => S(formatInt(v, spec)),
      });
    }
  }
  const huge = intFromBig(10n ** 5000n);
  for (const spec of ["", "d", ",", "x", "_b", "e", "20"]) {
    cases.push({
      expr: "format(a, b)",
      args: [I(huge), S(spec)],
      ours: () => S(formatInt(huge, spec)),
    });
  }
  const big = intFromBig(2n ** 1024n);
  cases.push({ expr: "format(a, 'f')", args: [I(big)], ours: () => S(formatInt(big, "f")) });
  assertEquals(await compareWithPython("format int", cases), 0);
});

Deno.test("format() of float matches CPython", async () => {
  const cases: Case[] = [];
  const types = ["", "", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x", "s"];
  for (let i = 0; i < 8000; i++) {
    const v = pick(FLOATS);
    const spec = randomSpec(types);
    cases.push({
      expr: "format(a, b)",
      args: [F(v), S(spec)],
      ours: () => S(formatFloat(v, spec)),
    });
  }
  for (const v of FLOATS) {
    for (const t of ["e", "f", "g", "", "%", "#g", "#", "#.0f", "#.0e"]) {
      for (
        const p of [
          "",
          ".0",
          ".1",
          ".2",
          ".5",
          ".12",
          ".16",
          ".17",
          ".20",
          ".50",
          ".99",
          ".100",
          ".101",
          ".120",
          ".400",
          ".1100",
        ]
      ) {
        const spec = t.startsWith("#") ? t.slice(0, 1) + p + t.slice(1).replace(/^\.0/, "") : p + t;
        cases.push({
          expr: "format(a, b)",
          args: [F(v), S(spec)],
          ours: () => S(formatFloat(v, spec)),
        });
      }
    }
  }
  // Exact ties at every kind of position: dyadic values and integers ending in 5.
  for (let k = 0; k < 14; k++) {
    for (const m of [1, 3, 5, 25, 125, 1025, 12345, 99995, 2 ** 40 + 1]) {
      for (const v of [m / 2 ** k, -m / 2 ** k, m * 10 ** (k % 5) / 2]) {
        for (
          const spec of [
            ".0e",
            ".1e",
            ".2e",
            ".3e",
            ".1g",
            ".2g",
            ".3g",
            ".4g",
            ".5g",
            ".0f",
            ".1f",
            ".2f",
            ".3f",
            "#.2g",
            ".2",
            ".2%",
          ]
        ) {
          cases.push({
            expr: "format(a, b)",
            args: [F(v), S(spec)],
            ours: () => S(formatFloat(v, spec)),
          });
        }
      }
    }
  }
  for (
    const spec of [
      "z",
      "z.2f",
      "+z.1e",
      "z%",
      "z.0f",
      "z g",
      ".2147483648f",
      ".2147483647x",
      ".3,f",
      "010,.2f",
      "015_.3e",
      "0=12",
      "=^12",
      "_",
      ",",
      ",g",
      "_%",
      ",.1%",
      "n",
      ".3n",
      "10n",
      "#.3g",
      "#g",
    ]
  ) {
    for (const v of [-0.0, -0.001, -0.004, 0.004, -1234.5, NaN, -Infinity, 1e16]) {
      cases.push({
        expr: "format(a, b)",
        args: [F(v), S(spec)],
        ours: () => S(formatFloat(v, spec)),
      });
    }
  }
  assertEquals(await compareWithPython("format float", cases), 0);
});

Deno.test("format() of str matches CPython", async () => {
  const cases: Case[] = [];
  const types = ["", "", "", "s", "d", "r"];
  for (let i = 0; i < 3000; i++) {
    const v = pick(STRS);
    const spec = randomSpec(types);
    cases.push({ expr: "format(a, b)", args: [S(v), S(spec)], ours: () => S(formatStr(v, spec)) });
  }
  for (
    const spec of [
      "",
      "s",
      "10",
      "<10",
      "^11",
      "*^11",
      "010",
      "=5",
      "+",
      " ",
      "-",
      "z",
      "#",
      ".0",
      ".2",
      ".2s",
      "😀^9.3",
      ",",
      "_s",
      ",d",
      "abc",
      ".",
      "x<",
    ]
  ) {
    for (const v of STRS) {
      cases.push({
        expr: "format(a, b)",
        args: [S(v), S(spec)],
        ours: () => S(formatStr(v, spec)),
      });
    }
  }
  assertEquals(await compareWithPython("format str", cases), 0);
});

// -- %-formatting ----------------------------------------------------------------------

class Fake {
  constructor(readonly cls: { name: string }, readonly text: string) {}
}
const NONE = new Fake({ name: "NoneType" }, "None");

function asciiRepr(s: string): string {
  let out = "";
  for (const ch of pyStrRepr(s)) {
    const c = ch.codePointAt(0)!;
    out += c < 0x80
      ? ch
      : c <= 0xff
      ? "\\x" + c.toString(16).padStart(2, "0")
      : c <= 0xffff
      ? "\\u" + c.toString(16).padStart(4, "0")
      : "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

const conv: PercentConversions = {
  str(x) {
    if (x instanceof PyFloat) return floatRepr(x.value);
    if (typeof x === "number" || typeof x === "bigint") return intToString(x);
    if (typeof x === "boolean") return x ? "True" : "False";
    if (typeof x === "string") return x;
    return (x as unknown as Fake).text;
  },
  repr(x) {
    return typeof x === "string" ? pyStrRepr(x) : conv.str(x);
  },
  ascii(x) {
    return typeof x === "string" ? asciiRepr(x) : conv.str(x);
  },
  toInt(x: PyObject): PyInt {
    raise(
      "TypeError",
      `int() argument must be a string, a bytes-like object or a real number, not '${
        (x as unknown as Fake).cls.name
      }'`,
    );
  },
  toFloat(x: PyObject): number {
    raise("TypeError", `must be real number, not ${(x as unknown as Fake).cls.name}`);
  },
};

type Val = PyObject;

function enc(v: Val): Enc {
  if (v === (NONE as unknown as PyObject)) return "N";
  if (v instanceof PyFloat) return F(v.value);
  if (typeof v === "string") return S(v);
  if (typeof v === "boolean") return v ? "T" : "F";
  return I(v as PyInt);
}

const fl = (x: number) => {
  const f = Object.create(PyFloat.prototype) as { value: number };
  Object.defineProperty(f, "value", { value: x });
  return f as unknown as PyFloat;
};

Deno.test("%-formatting matches CPython", async () => {
  const cases: Case[] = [];
  const values: Val[] = [
    0,
    1,
    -1,
    42,
    -255,
    65,
    2 ** 53 - 1,
    intFromBig(2n ** 70n),
    intFromBig(-(3n ** 50n)),
    true,
    false,
    fl(0.0),
    fl(-0.0),
    fl(1.5),
    fl(-2.5),
    fl(3.14159),
    fl(1e16),
    fl(1e-5),
    fl(1e300),
    fl(Infinity),
    fl(-Infinity),
    fl(NaN),
    fl(123456.789),
    fl(0.1),
    fl(65.7),
    "",
    "x",
    "hello",
    "é😀",
    "A",
    "'q\"",
    NONE as unknown as PyObject,
  ];
  const convs = ["s", "r", "a", "d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c"];
  for (let i = 0; i < 8000; i++) {
    const flags = (R() < 0.3 ? "-" : "") + (R() < 0.3 ? "+" : "") + (R() < 0.2 ? " " : "") +
      (R() < 0.3 ? "#" : "") +
      (R() < 0.3 ? "0" : "");
    const width = pick(["", "", "1", "5", "12", "*"]);
    const prec = pick(["", "", ".0", ".2", ".5", ".12", ".*", "."]);
    const c = pick(convs);
    const fmt = pick(["", "<", "x="]) + "%" + flags + width + prec + pick(["", "", "l", "h"]) + c +
      pick(["", "|", "%%"]);
    const args: Val[] = [];
    if (width === "*") args.push(pick([5, -7, 0, 12, true]));
    if (prec === ".*") args.push(pick([0, 3, -2, 10]));
    args.push(pick(values));
    cases.push({
      expr: "a % b",
      args: [S(fmt), args.map(enc)],
      ours: () => S(percentFormat(fmt, args, null, conv)),
    });
  }
  const specials: [string, Val[] | Val][] = [
    ["%s", []],
    ["%s %s", [1]],
    ["%s", [1, 2]],
    ["", [5]],
    ["%y", [1]],
    ["%y", []],
    ["%5%", [1]],
    ["%5%", []],
    ["%", []],
    ["%-", [1]],
    ["%5", [1]],
    ["%.", [1]],
    ["%(a)s", 5],
    ["%d", "x"],
    ["%x", fl(1.5)],
    ["%d", fl(1.5)],
    ["%d", fl(Infinity)],
    ["%d", fl(NaN)],
    ["%c", "ab"],
    ["%c", fl(1.5)],
    ["%c", -1],
    ["%c", 0x110000],
    ["%c", 128512],
    ["%c", "😀"],
    ["%f", "x"],
    ["%*d", ["x", 1]],
    ["%.*f", [fl(1.5), 1]],
    ["%-*d|", [-5, 1]],
    ["%*d|", [-5, 1]],
    ["%.*f", [-3, fl(1.5)]],
    ["%d", NONE as unknown as PyObject],
    ["%x", NONE as unknown as PyObject],
    ["%c", NONE as unknown as PyObject],
    ["%f", NONE as unknown as PyObject],
    ["%05f", fl(Infinity)],
    ["%+05.1f", fl(-0.0)],
    ["%ld %hi %Lf", [1, 2, fl(3.0)]],
    ["%#o %#x %#X", [8, 255, 255]],
    ["%#5x|%-#8o|%#08X", [255, 8, 255]],
    ["%c", true],
    ["%d", true],
    ["%s", true],
    ["%10000000000000000000000d", [1]],
    ["%.10000000000d", [1]],
    ["%😀", [1]],
    ["é%😀", [1]],
    ["%\x00", [1]],
    ["%\x7f", [1]],
    ["%.3s|%-6.2s|%5r", ["abcdef", "xyz", "q"]],
    ["%.150f", fl(0.1)],
    ["%.120e", fl(1 / 3)],
    ["%#.0f %#.0e %#g %#.3g", [fl(2.5), fl(2.5), fl(2.0), fl(100.0)]],
    ["%.0f %.0f %.0f %.0f", [fl(0.5), fl(1.5), fl(2.5), fl(-0.5)]],
    ["%.3d|%+.3d|%08.3d|%-8.3x|", [7, 7, -7, 255]],
    ["%(a", []],
    ["%*.*f", [10, 3, fl(3.14159)]],
    ["%*s", [2n ** 64n, "x"]],
    ["%.*s", [2n ** 40n, "x"]],
    ["%s %r %a", ["é", "é", "é😀"]],
    ["%-05d|%-+05d", [42, 42]],
    ["% d|% d|%+ d", [5, -5, 5]],
  ];
  for (const [fmt, v] of specials) {
    const args = Array.isArray(v) ? v : [v];
    cases.push({
      expr: "a % b",
      args: [S(fmt), Array.isArray(v) ? v.map(enc) : enc(v)],
      ours: () => S(percentFormat(fmt, args, null, conv)),
    });
  }
  // Mappings: b holds alternating keys and values.
  const mappings: [string, [string, Val][]][] = [
    ["%(a)s %(b)d", [["a", "x"], ["b", 5]]],
    ["%(a)s %s", [["a", 1]]],
    ["%s", [["a", 1]]],
    ["", []],
    ["%(a)*d", [["a", 5]]],
    ["%(a)s %(a)r", [["a", "q"]]],
    ["%(x(y))s", [["x(y)", 7]]],
    ["%(a)5.1f|%(b)-4s|", [["a", fl(2.25)], ["b", "z"]]],
    ["%(missing)s", [["a", 1]]],
    ["%(a)s %%", [["a", 1]]],
    ["%()s", [["", 3]]],
  ];
  for (const [fmt, items] of mappings) {
    const map = new Map(items);
    const flat: Enc[] = items.flatMap(([k, val]) => [S(k), enc(val)]);
    cases.push({
      expr: "a % dict(zip(b[::2], b[1::2]))",
      args: [S(fmt), flat],
      ours: () =>
        S(percentFormat(fmt, [NONE as unknown as PyObject], (k) => {
          if (!map.has(k)) raise("KeyError", pyStrRepr(k));
          return map.get(k)!;
        }, {
          ...conv,
          str: (x) =>
            x === (NONE as unknown as PyObject)
              ? "{" + items.map(([k, val]) => pyStrRepr(k) + ": " + conv.repr(val)).join(", ") + "}"
              : conv.str(x),
        })),
    });
  }
  assertEquals(await compareWithPython("percent format", cases), 0);
});

function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyThrow) return `${e.typeName}: ${e.message}`;
    throw e;
  }
  return "no error";
}

Deno.test("format golden values", () => {
  assertEquals(formatInt(1234567, ","), "1,234,567");
  assertEquals(formatInt(1234, "010,"), "00,001,234");
  assertEquals(formatInt(255, "#010_b"), "0b1111_1111");
  assertEquals(formatInt(-255, "#X"), "-0XFF");
  assertEquals(formatInt(65, "^5c"), "  A  ");
  assertEquals(formatInt(5, "+.2%"), "+500.00%");
  assertEquals(
    pyError(() => formatInt(1, ".2")),
    "ValueError: Precision not allowed in integer format specifier",
  );
  assertEquals(
    pyError(() => formatInt(1, "s")),
    "ValueError: Unknown format code 's' for object of type 'int'",
  );
  assertEquals(
    pyError(() => formatInt(1, "z")),
    "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
  );
  assertEquals(
    pyError(() => formatInt(1, "abc")),
    "ValueError: Invalid format specifier 'abc' for object of type 'int'",
  );
  assertEquals(formatFloat(1.0, ""), "1.0");
  assertEquals(formatFloat(1e16, ""), "1e+16");
  assertEquals(formatFloat(1e16, ".3"), "1e+16");
  assertEquals(formatFloat(123456.0, ".6"), "1.23456e+05");
  assertEquals(formatFloat(1.5, "10.3f"), "     1.500");
  assertEquals(formatFloat(-1.5, "010.3f"), "-00001.500");
  assertEquals(formatFloat(0.125, ".2f"), "0.12");
  assertEquals(formatFloat(2.5, ".0f"), "2");
  assertEquals(formatFloat(0.1, ".30f"), "0.100000000000000005551115123126");
  assertEquals(formatFloat(5e-324, ".3e"), "4.941e-324");
  assertEquals(formatFloat(1234567.891, ",.2f"), "1,234,567.89");
  assertEquals(formatFloat(0.5, ".1%"), "50.0%");
  assertEquals(formatFloat(-0.0, "z.1f"), "0.0");
  assertEquals(formatFloat(Infinity, "05f"), "00inf");
  assertEquals(formatFloat(NaN, "+08"), "+0000nan");
  assertEquals(formatFloat(100.0, "g"), "100");
  assertEquals(formatFloat(100.0, "#g"), "100.000");
  assertEquals(formatFloat(1e-5, "g"), "1e-05");
  assertEquals(formatFloat(1e22, "#"), "1.e+22");
  assertEquals(formatFloat(0.1, ".100f").length, 102);
  assertEquals(
    pyError(() => formatFloat(1.5, "x")),
    "ValueError: Unknown format code 'x' for object of type 'float'",
  );
  assertEquals(
    pyError(() => formatFloat(1.5, ".f")),
    "ValueError: Format specifier missing precision",
  );
  assertEquals(formatStr("abc", "*^9"), "***abc***");
  assertEquals(formatStr("abcdef", ".2"), "ab");
  assertEquals(formatStr("é", "😀^5"), "😀😀é😀😀");
  assertEquals(formatStr("x", "010"), "x000000000");
  assertEquals(
    pyError(() => formatStr("x", "+")),
    "ValueError: Sign not allowed in string format specifier",
  );
  assertEquals(
    pyError(() => formatStr("x", "#")),
    "ValueError: Alternate form (#) not allowed in string format specifier",
  );
  assertEquals(
    pyError(() => formatStr("x", "=5")),
    "ValueError: '=' alignment not allowed in string format specifier",
  );
  assertEquals(pyError(() => formatStr("x", ",")), "ValueError: Cannot specify ',' with 's'.");
  assertEquals(percentFormat("%5.2f|%-4d|%s", [fl(3.14159), 42, "x"], null, conv), " 3.14|42  |x");
  assertEquals(percentFormat("%#x %o %X %c%%", [255, 8, 255, 65], null, conv), "0xff 10 FF A%");
  assertEquals(
    percentFormat("%(n)s=%(v).1f", [0], (k) => k === "n" ? "pi" : fl(3.14159), conv),
    "pi=3.1",
  );
  assertEquals(
    pyError(() => percentFormat("%s %s", [1], null, conv)),
    "TypeError: not enough arguments for format string",
  );
  assertEquals(
    pyError(() => percentFormat("%s", [1, 2], null, conv)),
    "TypeError: not all arguments converted during string formatting",
  );
  assertEquals(
    pyError(() => percentFormat("%d", ["x"], null, conv)),
    "TypeError: %d format: a real number is required, not str",
  );
  assertEquals(
    pyError(() => percentFormat("%y", [1], null, conv)),
    "ValueError: unsupported format character 'y' (0x79) at index 1",
  );
});
