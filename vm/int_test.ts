import assert from "node:assert/strict";
import { intFromBig, type PyInt, PyThrow } from "./object.ts";
import {
  intAbs,
  intAdd,
  intAnd,
  intBin,
  intBitCount,
  intBitLength,
  intCeilFromFloat,
  intCompare,
  intDivMod,
  intEq,
  intFloatCompare,
  intFloatEq,
  intFloorDiv,
  intFloorFromFloat,
  intFromFloat,
  intFromString,
  intHash,
  intHex,
  intInvert,
  intLshift,
  intMod,
  intMul,
  intNeg,
  intOct,
  intOr,
  intPow,
  intPowFloat,
  intPowMod,
  intRound,
  intRshift,
  intSub,
  intToFloat,
  intToString,
  intTrueDiv,
  intXor,
} from "./int.ts";
const assertEquals = (a: unknown, b: unknown) => assert.deepStrictEqual(a, b);
import { B, type Case, compareWithPython, type Enc, F, I, rng, S } from "./oracle_testutil.ts";

const R = rng(20240611);

function randomBig(bits: number): bigint {
  let v = 0n;
  for (let i = 0; i < bits; i += 30) v = (v << 30n) | BigInt(Math.floor(R() * 2 ** 30));
  v &= (1n << BigInt(bits)) - 1n;
  return R() < 0.5 ? -v : v;
}

const EDGE_BIG: bigint[] = [
  0n,
  1n,
  2n,
  3n,
  7n,
  10n,
  255n,
  256n,
  2n ** 31n - 1n,
  2n ** 31n,
  2n ** 32n,
  2n ** 52n,
  2n ** 53n - 1n,
  2n ** 53n,
  2n ** 53n + 1n,
  2n ** 63n - 1n,
  2n ** 63n,
  2n ** 64n,
  10n ** 20n,
  3n ** 200n,
  2n ** 1000n,
  10n ** 400n + 7n,
  2n ** 1024n - 2n ** 970n,
  2n ** 1024n - 2n ** 971n,
];
const EDGE: PyInt[] = [...EDGE_BIG, ...EDGE_BIG.filter((v) => v !== 0n).map((v) => -v)].map(
  intFromBig,
);
const RANDOM: PyInt[] = [];
for (let i = 0; i < 120; i++) RANDOM.push(intFromBig(randomBig(1 + Math.floor(R() * 200))));
for (let i = 0; i < 10; i++) RANDOM.push(intFromBig(randomBig(1000 + Math.floor(R() * 3000))));
const SMALL: PyInt[] = [];
for (let i = 0; i < 60; i++) SMALL.push(Math.floor((R() - 0.5) * 2 ** (1 + R() * 52)) || 1);

const ALL = [...EDGE, ...RANDOM, ...SMALL];

function pairs(): [PyInt, PyInt][] {
  const out: [PyInt, PyInt][] = [];
  for (const a of EDGE) for (const b of EDGE) out.push([a, b]);
  for (let i = 0; i < 3000; i++) {
    out.push([ALL[Math.floor(R() * ALL.length)], ALL[Math.floor(R() * ALL.length)]]);
  }
  return out;
}

const FLOATS = [
  0.0,
  -0.0,
  0.5,
  -0.5,
  1.0,
  1.5,
  -1.5,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  2 ** 63,
  2 ** 64,
  -(2 ** 64),
  1e16,
  1e20,
  1e22,
  1e300,
  -1e300,
  1.7976931348623157e308,
  Infinity,
  -Infinity,
  NaN,
  5e-324,
  9007199254740991.0,
  4.5,
  2.5,
  -2.5,
  0.49999999999999994,
  123456789.75,
  2 ** 1023,
];
for (let i = 0; i < 200; i++) {
  const x = (R() - 0.5) * 2 ** Math.floor(R() * 120 - 20);
  FLOATS.push(R() < 0.3 ? Math.round(x) : x);
}

Deno.test("int arithmetic matches CPython", async () => {
  const cases: Case[] = [];
  const bin = (expr: string, f: (a: PyInt, b: PyInt) => Enc) => {
    for (const [a, b] of pairs()) cases.push({ expr, args: [I(a), I(b)], ours: () => f(a, b) });
  };
  bin("a + b", (a, b) => I(intAdd(a, b)));
  bin("a - b", (a, b) => I(intSub(a, b)));
  bin("a * b", (a, b) => I(intMul(a, b)));
  bin("a // b", (a, b) => I(intFloorDiv(a, b)));
  bin("a % b", (a, b) => I(intMod(a, b)));
  bin("divmod(a, b)", (a, b) => intDivMod(a, b).map(I));
  bin("a / b", (a, b) => F(intTrueDiv(a, b)));
  bin("a & b", (a, b) => I(intAnd(a, b)));
  bin("a | b", (a, b) => I(intOr(a, b)));
  bin("a ^ b", (a, b) => I(intXor(a, b)));
  bin(
    "(a < b, a <= b, a == b, a != b, a > b, a >= b)",
    (a, b) => {
      const c = intCompare(a, b);
      return [B(c < 0), B(c <= 0), B(intEq(a, b)), B(!intEq(a, b)), B(c > 0), B(c >= 0)];
    },
  );
  // Correct rounding of int / int near halfway cases and in the subnormal range.
  for (let i = 0; i < 1500; i++) {
    const a = intFromBig(randomBig(40 + Math.floor(R() * 1100)));
    const b = intFromBig(randomBig(1 + Math.floor(R() * 1200)) || 1n);
    cases.push({ expr: "a / b", args: [I(a), I(b)], ours: () => F(intTrueDiv(a, b)) });
  }
  for (let k = 0; k < 300; k++) {
    // (2**53 + 1) * 2**k / 2**k style ties, and values next to them.
    const base = (1n << 53n) + BigInt(k % 7) * 2n + 1n;
    const shift = BigInt(k % 80);
    const a = intFromBig((base << shift) + BigInt((k % 3) - 1));
    const b = intFromBig(2n << shift);
    cases.push({ expr: "a / b", args: [I(a), I(b)], ours: () => F(intTrueDiv(a, b)) });
  }
  for (const a of ALL) {
    cases.push({ expr: "-a", args: [I(a)], ours: () => I(intNeg(a)) });
    cases.push({ expr: "abs(a)", args: [I(a)], ours: () => I(intAbs(a)) });
    cases.push({ expr: "~a", args: [I(a)], ours: () => I(intInvert(a)) });
    cases.push({ expr: "float(a)", args: [I(a)], ours: () => F(intToFloat(a)) });
    cases.push({ expr: "hash(a)", args: [I(a)], ours: () => I(intHash(a)) });
    cases.push({ expr: "a.bit_length()", args: [I(a)], ours: () => I(intBitLength(a)) });
    cases.push({ expr: "a.bit_count()", args: [I(a)], ours: () => I(intBitCount(a)) });
    cases.push({ expr: "str(a)", args: [I(a)], ours: () => S(intToString(a)) });
    cases.push({ expr: "bin(a)", args: [I(a)], ours: () => S(intBin(a)) });
    cases.push({ expr: "oct(a)", args: [I(a)], ours: () => S(intOct(a)) });
    cases.push({ expr: "hex(a)", args: [I(a)], ours: () => S(intHex(a)) });
    for (const n of [0, 1, -1, -2, -3, -5, -16, -17, -20, -60, -400, -401, 5]) {
      cases.push({ expr: "round(a, b)", args: [I(a), I(n)], ours: () => I(intRound(a, n)) });
    }
    for (const n of [0, 1, 5, 31, 32, 52, 53, 54, 63, 64, 100, 1000, -1]) {
      cases.push({ expr: "a << b", args: [I(a), I(n)], ours: () => I(intLshift(a, n)) });
      cases.push({ expr: "a >> b", args: [I(a), I(n)], ours: () => I(intRshift(a, n)) });
    }
    const huge = 2n ** 100n;
    cases.push({ expr: "a >> b", args: [I(a), I(huge)], ours: () => I(intRshift(a, huge)) });
    cases.push({ expr: "a << b", args: [I(a), I(huge)], ours: () => I(intLshift(a, huge)) });
  }
  for (let i = 0; i < 25; i++) {
    const halves = 10n ** BigInt(i);
    for (const m of [5n, 15n, 25n, 35n, 45n, 44n, 46n]) {
      for (const s of [1n, -1n]) {
        const a = intFromBig(s * m * halves);
        for (const n of [-i - 1, -i, -i - 2]) {
          cases.push({ expr: "round(a, b)", args: [I(a), I(n)], ours: () => I(intRound(a, n)) });
        }
      }
    }
  }
  assertEquals(await compareWithPython("int arithmetic", cases), 0);
});

Deno.test("int powers match CPython", async () => {
  const cases: Case[] = [];
  const bases: PyInt[] = [
    0,
    1,
    -1,
    2,
    -2,
    3,
    10,
    -7,
    12345,
    2 ** 26,
    94906265,
    94906266,
    2 ** 53 - 1,
  ];
  bases.push(...SMALL.slice(0, 20), ...RANDOM.slice(0, 10), 2n ** 64n, -(3n ** 50n));
  for (const a of bases) {
    for (const b of [0, 1, 2, 3, 5, 7, 8, 13, 31, 52, 53, 64, 70, 100, -1, -2, -3, -10, -1000]) {
      if (typeof a === "bigint" && b > 13) continue;
      cases.push({
        expr: "a ** b",
        args: [I(a), I(b)],
        ours: () => b < 0 ? F(intPowFloat(a, b)) : I(intPow(a, b)),
      });
    }
  }
  for (const b of [2n ** 100n, 2n ** 100n + 1n]) {
    for (const a of [0, 1, -1]) {
      cases.push({ expr: "a ** b", args: [I(a), I(b)], ours: () => I(intPow(a, b)) });
    }
  }
  const mods: PyInt[] = [
    1,
    -1,
    2,
    7,
    -7,
    10,
    97,
    65536,
    94906265,
    2 ** 53 - 1,
    2n ** 61n - 1n,
    -(10n ** 30n),
    0,
  ];
  for (let i = 0; i < 1500; i++) {
    const a = ALL[Math.floor(R() * ALL.length)];
    const b = R() < 0.2
      ? -Math.floor(R() * 5)
      : intAbs(intFromBig(randomBig(1 + Math.floor(R() * 90))));
    const bb = R() < 0.1 ? intNeg(b) : b;
    const c = R() < 0.6
      ? mods[Math.floor(R() * mods.length)]
      : intFromBig(randomBig(1 + Math.floor(R() * 130)) || 3n);
    cases.push({
      expr: "pow(a, b, c)",
      args: [I(a), I(bb), I(c)],
      ours: () => I(intPowMod(a, bb, c)),
    });
  }
  assertEquals(await compareWithPython("int powers", cases), 0);
});

Deno.test("int/float comparisons and float->int conversions match CPython", async () => {
  const cases: Case[] = [];
  const ints = [
    ...EDGE,
    ...SMALL.slice(0, 20),
    2 ** 53 - 1,
    2n ** 53n + 2n,
    2n ** 1024n,
    -(2n ** 1024n),
  ].map(
    (v) => typeof v === "bigint" ? intFromBig(v) : v,
  );
  for (const a of ints) {
    for (const x of FLOATS) {
      cases.push({
        expr: "(a < b, a <= b, a == b, a != b, a > b, a >= b)",
        args: [I(a), F(x)],
        ours: () => {
          const c = intFloatCompare(a, x);
          const eq = intFloatEq(a, x);
          return [B(c < 0), B(c <= 0), B(eq), B(!eq), B(c > 0), B(c >= 0)];
        },
      });
    }
  }
  for (const x of FLOATS) {
    cases.push({ expr: "int(a)", args: [F(x)], ours: () => I(intFromFloat(x)) });
    cases.push({ expr: "math.floor(a)", args: [F(x)], ours: () => I(intFloorFromFloat(x)) });
    cases.push({ expr: "math.ceil(a)", args: [F(x)], ours: () => I(intCeilFromFloat(x)) });
  }
  assertEquals(await compareWithPython("int/float", cases), 0);
});

Deno.test("int(str, base) matches CPython", async () => {
  const texts = [
    "0",
    "-0",
    "+0",
    "00",
    "000",
    "0_0",
    "007",
    "0_7",
    "1_000",
    "1__000",
    "_1",
    "1_",
    " 42 ",
    "\t-17\n",
    "  -  1",
    "- 1",
    "+",
    "-",
    "",
    "  ",
    "0x1f",
    "0X1F",
    "0x_1f",
    "0_x1f",
    "0x",
    "0b101",
    "0B_1_0",
    "0o17",
    "0O_7",
    "0o8",
    "0b2",
    "1e5",
    "1.5",
    "12a",
    "z",
    "Z",
    "zz",
    "ZZ",
    "9" + "9".repeat(30),
    "-" + "7".repeat(25),
    "١٢٣",
    "\u0661\u0662",
    "\u2003 12 \u2003",
    " 12 \x1c",
    "12\x00",
    "１２",
    "0xFFFFFFFFFFFFFFFFFFFFFFFF",
    "-0b" + "1".repeat(100),
    "\u00a0 5",
    "5\u3000",
    "𝟏𝟐",
    "1_2_3",
    "0x1_2_3",
    "0x__1",
    "0x1__2",
    "abc",
    "ABC",
    "1" + "_".repeat(2) + "2",
    "٣_٤",
    "12'",
    "1 2",
    "0o",
    "0b",
    "0_",
    "0_0_0",
    "00_00",
    "0x0",
    "-0x0",
    "+0b1",
    "_",
    "1" + "0".repeat(700),
    "1".repeat(4300),
    "1".repeat(4301),
    "1".repeat(5000) + "x",
    "x".repeat(300),
    "f".repeat(5000),
  ];
  const cases: Case[] = [];
  for (const t of texts) {
    for (const base of [10, 0, 2, 8, 16, 36, 3, 7, 32, 4, 1, 37, -1]) {
      cases.push({
        expr: "int(a, b)",
        args: [S(t), I(base)],
        ours: () => I(intFromString(t, base)),
      });
    }
  }
  for (let i = 0; i < 800; i++) {
    const base = 2 + Math.floor(R() * 35);
    const v = randomBig(1 + Math.floor(R() * 300));
    let t = (v < 0n ? -v : v).toString(base);
    if (R() < 0.3) t = t.toUpperCase();
    if (R() < 0.3 && t.length > 2) t = t.slice(0, 1) + "_" + t.slice(1);
    if (v < 0n) t = "-" + t;
    if (R() < 0.2) t = " " + t + "  ";
    cases.push({ expr: "int(a, b)", args: [S(t), I(base)], ours: () => I(intFromString(t, base)) });
  }
  const huge = intFromBig(10n ** 5000n);
  cases.push({ expr: "str(a)", args: [I(huge)], ours: () => S(intToString(huge)) });
  const limit = intFromBig(10n ** 4299n);
  cases.push({ expr: "str(a)", args: [I(limit)], ours: () => S(intToString(limit)) });
  cases.push({ expr: "str(-a)", args: [I(limit)], ours: () => S(intToString(intNeg(limit))) });
  cases.push({
    expr: "str(a * 10)",
    args: [I(limit)],
    ours: () => S(intToString(intMul(limit, 10))),
  });
  assertEquals(await compareWithPython("int parsing", cases), 0);
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

Deno.test("int golden values", () => {
  assertEquals(intAdd(9007199254740991, 1), 9007199254740992n);
  assertEquals(intSub(-9007199254740991, 1), -9007199254740992n);
  assertEquals(intAdd(9007199254740992n, -1), 9007199254740991);
  assertEquals(Object.is(intMul(0, -5), 0), true);
  assertEquals(Object.is(intFloorDiv(0, -3), 0), true);
  assertEquals(Object.is(intMod(-4, 2), 0), true);
  assertEquals(intFloorDiv(-7, 2), -4);
  assertEquals(intMod(-7, 2), 1);
  assertEquals(intMod(7, -2), -1);
  assertEquals(intDivMod(-7n * 10n ** 30n, 3), [intFromBig(-7n * 10n ** 30n / 3n - 1n), 2]);
  assertEquals(
    pyError(() => intFloorDiv(1, 0)),
    "ZeroDivisionError: integer division or modulo by zero",
  );
  assertEquals(pyError(() => intMod(1, 0)), "ZeroDivisionError: integer modulo by zero");
  assertEquals(pyError(() => intTrueDiv(1, 0)), "ZeroDivisionError: division by zero");
  assertEquals(intTrueDiv(10n ** 400n, 10n ** 399n), 10);
  assertEquals(Object.is(intTrueDiv(-1, 10n ** 400n), -0), true);
  assertEquals(intTrueDiv((1n << 53n) + 1n, 1), 9007199254740992);
  assertEquals(intTrueDiv((1n << 53n) + 3n, 1), 9007199254740996);
  assertEquals(
    pyError(() => intTrueDiv(10n ** 400n, 1)),
    "OverflowError: integer division result too large for a float",
  );
  assertEquals(intPow(2, 64), 18446744073709551616n);
  assertEquals(intPow(-3, 3), -27);
  assertEquals(intPowFloat(2, -1), 0.5);
  assertEquals(
    pyError(() => intPowFloat(0, -1)),
    "ZeroDivisionError: 0.0 cannot be raised to a negative power",
  );
  assertEquals(intPowMod(3, -1, -7), -2);
  assertEquals(intPowMod(2, -1, 1), 0);
  assertEquals(
    pyError(() => intPowMod(2, -1, 4)),
    "ValueError: base is not invertible for the given modulus",
  );
  assertEquals(pyError(() => intPowMod(2, 3, 0)), "ValueError: pow() 3rd argument cannot be 0");
  assertEquals(intLshift(1, 53), 9007199254740992n);
  assertEquals(intRshift(-1, 1000), -1);
  assertEquals(intRshift(-5, 1), -3);
  assertEquals(pyError(() => intLshift(1, -1)), "ValueError: negative shift count");
  assertEquals(
    pyError(() => intLshift(1, 2n ** 100n)),
    "OverflowError: too many digits in integer",
  );
  assertEquals(intAnd(-1, 2n ** 70n), 2n ** 70n);
  assertEquals(intXor(-(2n ** 70n), 1), intFromBig(-(2n ** 70n) + 1n));
  assertEquals(intInvert(9007199254740991), -9007199254740992n);
  assertEquals(intHash(-1), -2);
  assertEquals(intHash(2n ** 61n - 1n), 0);
  assertEquals(intHash(-(2n ** 61n)), -2);
  assertEquals(intFloatCompare(2n ** 53n + 1n, 2 ** 53), 1);
  assertEquals(intFloatEq(2n ** 53n + 1n, 2 ** 53), false);
  assertEquals(Number.isNaN(intFloatCompare(1, NaN)), true);
  assertEquals(intToFloat(2n ** 1024n - 2n ** 970n - 1n), 1.7976931348623157e308);
  assertEquals(
    pyError(() => intToFloat(2n ** 1024n - 2n ** 970n)),
    "OverflowError: int too large to convert to float",
  );
  assertEquals(intFromFloat(-2.5), -2);
  assertEquals(intFromFloat(1e20), 100000000000000000000n);
  assertEquals(
    pyError(() => intFromFloat(Infinity)),
    "OverflowError: cannot convert float infinity to integer",
  );
  assertEquals(pyError(() => intFromFloat(NaN)), "ValueError: cannot convert float NaN to integer");
  assertEquals(intBitLength(-(2 ** 40)), 41);
  assertEquals(intBitCount(-255), 8);
  assertEquals(intRound(25, -1), 20);
  assertEquals(intRound(35, -1), 40);
  assertEquals(intRound(-150, -2), -200);
  assertEquals(intRound(123, -(10n ** 20n)), 0);
  assertEquals(intBin(-5), "-0b101");
  assertEquals(intOct(8), "0o10");
  assertEquals(intHex(-255n * 2n ** 60n), "-0xff000000000000000");
  assertEquals(intFromString(" -0x_1f ", 0), -31);
  assertEquals(intFromString("\u0661\u0662"), 12);
  assertEquals(intFromString("0_0", 0), 0);
  assertEquals(
    pyError(() => intFromString("010", 0)),
    "ValueError: invalid literal for int() with base 0: '010'",
  );
  assertEquals(
    pyError(() => intFromString("1__0")),
    "ValueError: invalid literal for int() with base 10: '1__0'",
  );
  assertEquals(
    pyError(() => intFromString("12\x00")),
    "ValueError: invalid literal for int() with base 10: '12\\x00'",
  );
  assertEquals(
    pyError(() => intFromString("1", 37)),
    "ValueError: int() base must be >= 2 and <= 36, or 0",
  );
  assertEquals(
    pyError(() => intFromString("1".repeat(4301))),
    "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; " +
      "use sys.set_int_max_str_digits() to increase the limit",
  );
  assertEquals(
    pyError(() => intToString(10n ** 4300n)),
    "ValueError: Exceeds the limit (4300 digits) for integer string conversion; " +
      "use sys.set_int_max_str_digits() to increase the limit",
  );
  assertEquals(intToString(-(10n ** 4299n)).length, 4301);
  assert.throws(() => intPow(2, -1), RangeError);
});
