import assert from "node:assert/strict";
import { PyThrow } from "./object.ts";
import {
  floatAsIntegerRatio,
  floatDivMod,
  floatFloorDiv,
  floatFromHex,
  floatFromString,
  floatHash,
  floatHex,
  floatIsInteger,
  floatMod,
  floatPow,
  floatRepr,
  floatRound,
  floatRoundDigits,
  floatTrueDiv,
} from "./float.ts";
import { libmPow } from "./float_pow.ts";
import { B, type Case, compareWithPython, F, I, rng, S } from "./oracle_testutil.ts";

const assertEquals = (a: unknown, b: unknown) => assert.deepStrictEqual(a, b);
const R = rng(1234567);
const view = new DataView(new ArrayBuffer(8));

/** A double from 64 random bits: every exponent equally likely. */
function randomBits(): number {
  view.setUint32(0, Math.floor(R() * 2 ** 32));
  view.setUint32(4, Math.floor(R() * 2 ** 32));
  return view.getFloat64(0);
}

function randomFinite(): number {
  for (;;) {
    const x = randomBits();
    if (Number.isFinite(x)) return x;
  }
}

const EDGE = [
  0.0,
  -0.0,
  1.0,
  -1.0,
  0.5,
  -0.5,
  1.5,
  2.5,
  -2.5,
  0.1,
  0.2,
  0.3,
  1e16,
  1e-5,
  1e-4,
  0.0001,
  9.999999999999999e-5,
  5e-324,
  -5e-324,
  2.2250738585072014e-308,
  2.225073858507201e-308,
  1.7976931348623157e308,
  -1.7976931348623157e308,
  Infinity,
  -Infinity,
  NaN,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 63,
  2 ** 64,
  1e22,
  1e23,
  123456789012345.0,
  1234567890123456.0,
  12345678901234567.0,
  3.0,
  7.0,
  -7.0,
  0.125,
  0.375,
  2.675,
  1.005,
  1e300,
  1e-300,
  100.0,
  1e15,
  9999999999999998.0,
  4.35,
  0.045,
  1.0000000000000002,
  0.9999999999999999,
  6.02e23,
  1.602e-19,
  3.141592653589793,
];

const FLOATS: number[] = [...EDGE];
for (let i = 0; i < 150; i++) FLOATS.push(randomFinite());
for (let i = 0; i < 150; i++) FLOATS.push((R() - 0.5) * 10 ** Math.floor(R() * 40 - 20));
for (let i = 0; i < 50; i++) FLOATS.push(Math.round((R() - 0.5) * 2000) / 8);

Deno.test("float arithmetic matches CPython", async () => {
  const cases: Case[] = [];
  const small = FLOATS.slice(0, 120);
  for (const a of small) {
    for (const b of small) {
      cases.push({ expr: "a // b", args: [F(a), F(b)], ours: () => F(floatFloorDiv(a, b)) });
      cases.push({ expr: "a % b", args: [F(a), F(b)], ours: () => F(floatMod(a, b)) });
      cases.push({
        expr: "divmod(a, b)",
        args: [F(a), F(b)],
        ours: () => floatDivMod(a, b).map(F),
      });
      cases.push({ expr: "a / b", args: [F(a), F(b)], ours: () => F(floatTrueDiv(a, b)) });
    }
  }
  assertEquals(await compareWithPython("float arithmetic", cases), 0);
});

const POW_SETUP = `
def fpow(a, b):
    r = a ** b
    if isinstance(r, complex):
        raise NotImplementedError('complex results are not supported')
    return r
`;

Deno.test("float ** matches CPython (and glibc's pow) bit for bit", async () => {
  const cases: Case[] = [];
  const add = (a: number, b: number) =>
    cases.push({ expr: "fpow(a, b)", args: [F(a), F(b)], ours: () => F(floatPow(a, b)) });
  const exps = [
    0,
    -0,
    1,
    -1,
    2,
    -2,
    3,
    0.5,
    -0.5,
    1.5,
    -1.5,
    1 / 3,
    10,
    100,
    1e10,
    -1e10,
    2 ** 53,
    2 ** 53 + 2,
    2 ** 64,
    1e300,
    Infinity,
    -Infinity,
    NaN,
    5e-324,
    1e-20,
    1e-300,
    1023,
    1024,
    -1074,
  ];
  for (const a of EDGE) for (const b of exps) add(a, b);
  for (const a of FLOATS.slice(0, 200)) for (const b of [2, 3, 0.5, -1, -1.5, 2.5, 7]) add(a, b);
  for (let i = 0; i < 4000; i++) {
    const k = R();
    let a: number, b: number;
    if (k < 0.25) {
      a = R() * 10;
      b = (R() - 0.5) * 20;
    } else if (k < 0.45) {
      a = R() * 4;
      b = Math.round((R() - 0.5) * 60);
    } else if (k < 0.6) {
      a = Math.exp((R() - 0.5) * 1400);
      b = (R() - 0.5) * 6;
    } else if (k < 0.7) {
      a = 0.5 + R();
      b = (R() - 0.5) * 2000;
    } else if (k < 0.8) {
      // Results near overflow and in the subnormal range.
      a = 1 + R();
      b = (R() < 0.5 ? 1 : -1) * (1010 + R() * 70) / Math.log2(a);
    } else if (k < 0.9) {
      a = -(R() * 10);
      b = Math.round((R() - 0.5) * 40) + (R() < 0.1 ? 0.5 : 0);
    } else {
      a = Math.abs(randomFinite());
      b = (R() - 0.5) * 4;
    }
    add(a, b);
  }
  for (let i = 0; i < 30; i++) add(5e-324 * (1 + Math.floor(R() * 1e6)), (R() - 0.5) * 2);
  assertEquals(await compareWithPython("float pow", cases, POW_SETUP), 0);
});

Deno.test("float hashing, rounding and ratios match CPython", async () => {
  const cases: Case[] = [];
  for (const x of FLOATS) {
    if (x === x) cases.push({ expr: "hash(a)", args: [F(x)], ours: () => I(floatHash(x)) });
    cases.push({ expr: "round(a)", args: [F(x)], ours: () => I(floatRound(x)) });
    cases.push({ expr: "a.is_integer()", args: [F(x)], ours: () => B(floatIsInteger(x)) });
    cases.push({
      expr: "a.as_integer_ratio()",
      args: [F(x)],
      ours: () => floatAsIntegerRatio(x).map(I),
    });
    cases.push({ expr: "a.hex()", args: [F(x)], ours: () => S(floatHex(x)) });
    cases.push({
      expr: "float.fromhex(a.hex())",
      args: [F(x)],
      ours: () => F(floatFromHex(floatHex(x))),
    });
    for (
      const n of [
        0,
        1,
        2,
        3,
        -1,
        -2,
        5,
        10,
        15,
        17,
        20,
        -10,
        -20,
        100,
        300,
        323,
        324,
        -308,
        -309,
        400,
        -400,
      ]
    ) {
      cases.push({
        expr: "round(a, b)",
        args: [F(x), I(n)],
        ours: () => F(floatRoundDigits(x, n)),
      });
    }
  }
  for (let i = 0; i < 2000; i++) {
    // Decimal halfway points and their neighbours.
    const n = Math.floor(R() * 8);
    const v = (Math.floor((R() - 0.5) * 1e6) + 0.5) / 10 ** n;
    const x = R() < 0.3 ? v * (1 + (R() - 0.5) * 1e-15) : v;
    cases.push({ expr: "round(a, b)", args: [F(x), I(n)], ours: () => F(floatRoundDigits(x, n)) });
    cases.push({
      expr: "round(a)",
      args: [F(x * 10 ** n)],
      ours: () => I(floatRound(x * 10 ** n)),
    });
  }
  for (const x of [1.7976931348623157e308, -1.7976931348623157e308, 1.5e308]) {
    cases.push({
      expr: "round(a, b)",
      args: [F(x), I(-308)],
      ours: () => F(floatRoundDigits(x, -308)),
    });
  }
  for (const n of [2n ** 70n, -(2n ** 70n)]) {
    cases.push({
      expr: "round(a, b)",
      args: [F(1.5), I(n)],
      ours: () => F(floatRoundDigits(1.5, n)),
    });
  }
  const hexes = [
    "0x1.8p1",
    "-0x1p-1074",
    "0x1p-1075",
    "0x1.000001p-1075",
    "0x3p-1076",
    "0x1.fffffffffffff8p1023",
    "0x1.fffffffffffff7ffp1023",
    "0x1p1024",
    " 0X1.ABCp+10 ",
    "1",
    "1.",
    ".8",
    "0x.8p1",
    "inf",
    "-Infinity",
    "nan",
    "0x",
    ".",
    "0x1p",
    "0x1.g",
    "1e5",
    "0x1p+-1",
    "0x1.00000000000008p0",
    "0x1.00000000000018p0",
    "0x1.000000000000080001p0",
    "  -0x0p0",
    "0x0.0000000000001p-1022",
    "0x1p-1080",
    "0x10000000000000000p-64",
  ];
  for (const h of hexes) {
    cases.push({ expr: "float.fromhex(a)", args: [S(h)], ours: () => F(floatFromHex(h)) });
  }
  assertEquals(await compareWithPython("float hash/round/ratio", cases), 0);
});

Deno.test("float repr and float(str) match CPython", async () => {
  const cases: Case[] = [];
  const reprs: number[] = [...FLOATS];
  for (let i = 0; i < 5000; i++) reprs.push(randomBits());
  for (let i = 0; i < 1000; i++) reprs.push((R() - 0.5) * 10 ** Math.floor(R() * 40 - 20));
  for (let e = -330; e <= 310; e++) reprs.push(10 ** e, 1.5 * 10 ** e, 10 ** e * (1 - 2 ** -52));
  for (const x of reprs) {
    cases.push({ expr: "repr(a)", args: [F(x)], ours: () => S(floatRepr(x)) });
  }
  const texts = [
    "1_0.5",
    "1__0",
    "_1",
    "1_",
    " -Infinity ",
    "+nan",
    "-nan",
    "NaN",
    "iNfInItY",
    "infinit",
    "in f",
    "1e",
    ".",
    ".5",
    "5.",
    "0x10",
    "1_e5",
    "1e_5",
    "1e5_0",
    "١.٥",
    "",
    "  ",
    "1e500",
    "-1e500",
    "1e-500",
    "-1e-500",
    "1\x00",
    "+1e5",
    "-.5e-3",
    "1.5E+3",
    "\t\n 3.25 \x0c",
    "3.25\x1c",
    "\u2003 2.5 \u3000",
    "1,5",
    "1.5.5",
    "--1",
    "+-1",
    "e5",
    "1e+",
    "1e-",
    "0.1",
    "00000.000001",
    "123456789012345678901234567890",
    "2.4703282292062327e-324",
    "2.4703282292062328e-324",
    "1.7976931348623158e308",
    "1.7976931348623159e308",
    "4.9406564584124654e-324",
    "9007199254740993",
    "9007199254740992.5",
    "0.1" + "0".repeat(400) + "1",
    "1_000.000_1",
    "1.5_",
    "1._5",
    "1_.5",
    "in_f",
    "0_0",
    "0e0",
    "-0",
    "-0.0",
    "١٢٣٤",
    "12a",
    "  nan  ",
    "inf inf",
  ];
  for (const t of texts) {
    cases.push({
      expr: "float(a)",
      args: [S(t)],
      ours: () => F(floatFromString(t)),
    });
  }
  for (let i = 0; i < 2000; i++) {
    const x = randomFinite();
    const t = R() < 0.5 ? x.toPrecision(1 + Math.floor(R() * 21)) : String(x);
    cases.push({ expr: "float(a)", args: [S(t)], ours: () => F(floatFromString(t)) });
  }
  assertEquals(await compareWithPython("float repr/parse", cases), 0);
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

Deno.test("float golden values", () => {
  assertEquals(floatRepr(1e16), "1e+16");
  assertEquals(floatRepr(1e-5), "1e-05");
  assertEquals(floatRepr(0.0001), "0.0001");
  assertEquals(floatRepr(123456789012345.0), "123456789012345.0");
  assertEquals(floatRepr(1234567890123456.0), "1234567890123456.0");
  assertEquals(floatRepr(0.1), "0.1");
  assertEquals(floatRepr(-0.0), "-0.0");
  assertEquals(floatRepr(Infinity), "inf");
  assertEquals(floatRepr(NaN), "nan");
  assertEquals(floatRepr(5e-324), "5e-324");
  assertEquals(floatRepr(1.7976931348623157e308), "1.7976931348623157e+308");
  assertEquals(floatRepr(2e16 + 8), "2.000000000000001e+16");
  assertEquals(floatFloorDiv(-7.5, 2), -4);
  assertEquals(floatMod(-7.5, 2), 0.5);
  assertEquals(Object.is(floatMod(-0.0, 3), 0), true);
  assertEquals(Object.is(floatMod(3, -3), -0), true);
  assertEquals(
    pyError(() => floatFloorDiv(1, 0)),
    "ZeroDivisionError: float floor division by zero",
  );
  assertEquals(pyError(() => floatMod(1, 0)), "ZeroDivisionError: float modulo");
  assertEquals(pyError(() => floatDivMod(1, 0)), "ZeroDivisionError: float divmod()");
  assertEquals(pyError(() => floatTrueDiv(1, 0)), "ZeroDivisionError: float division by zero");
  assertEquals(floatPow(2, 0.5), Math.SQRT2);
  assertEquals(floatPow(-8, 3), -512);
  assertEquals(floatPow(0.9468047295846536, 2), 0.896439195963869);
  assertEquals(
    pyError(() => floatPow(0, -1)),
    "ZeroDivisionError: 0.0 cannot be raised to a negative power",
  );
  assertEquals(
    pyError(() => floatPow(-8, 0.5)),
    "NotImplementedError: complex results are not supported",
  );
  assertEquals(
    pyError(() => floatPow(10, 400)),
    "OverflowError: (34, 'Numerical result out of range')",
  );
  assertEquals(floatPow(1e-300, 50), 0);
  assertEquals(libmPow(2, 1024), Infinity);
  assertEquals(floatHash(0.5), 1152921504606846976n);
  assertEquals(floatHash(-1.0), -2);
  assertEquals(floatHash(1e300), 1224995262755759164n);
  assertEquals(floatHash(Infinity), 314159);
  assertEquals(floatHash(NaN, 0x7f0012345670), 0x7f001234567);
  assertEquals(floatHash(NaN, 0x11), 2n ** 60n + 1n);
  assertEquals(floatRound(2.5), 2);
  assertEquals(floatRound(-0.5), 0);
  assertEquals(floatRound(3.5), 4);
  assertEquals(floatRoundDigits(2.675, 2), 2.67);
  assertEquals(floatRoundDigits(0.125, 2), 0.12);
  assertEquals(floatRoundDigits(0.375, 2), 0.38);
  assertEquals(floatRoundDigits(1234.5, -1), 1230);
  assertEquals(Object.is(floatRoundDigits(-0.4, 0), -0), true);
  assertEquals(
    pyError(() => floatRoundDigits(1.7976931348623157e308, -308)),
    "OverflowError: rounded value too large to represent",
  );
  assertEquals(floatFromString(" 1_0.5 "), 10.5);
  assertEquals(floatFromString("-Infinity"), -Infinity);
  assertEquals(floatFromString("\u0661.\u0665"), 1.5);
  assertEquals(
    pyError(() => floatFromString("1__0")),
    "ValueError: could not convert string to float: '1__0'",
  );
  assertEquals(
    pyError(() => floatFromString("")),
    "ValueError: could not convert string to float: ''",
  );
  assertEquals(floatAsIntegerRatio(0.75), [3, 4]);
  assertEquals(floatAsIntegerRatio(-1e300)[1], 1);
  assertEquals(
    pyError(() => floatAsIntegerRatio(NaN)),
    "ValueError: cannot convert NaN to integer ratio",
  );
  assertEquals(floatHex(1.0), "0x1.0000000000000p+0");
  assertEquals(floatHex(5e-324), "0x0.0000000000001p-1022");
  assertEquals(floatFromHex("0x1.8p1"), 3);
  assertEquals(floatIsInteger(2.0), true);
  assertEquals(floatIsInteger(Infinity), false);
});
