// Checks that libm.ts is correctly rounded on hard inputs (rounding boundaries, argument
// reduction near multiples of pi/2, tiny and huge arguments, subnormal and overflowing
// results) against values computed with exact integer arithmetic: mpmath at 3000 bits turned
// into a Fraction, whose float() is the correctly rounded double. Special values are checked
// against C99 Annex F without python.
import assert from "node:assert/strict";
import * as libm from "./libm.ts";
import { havePython } from "./numeric_oracle_testutil.ts";

const PER_FUNCTION = 300;

/** xorshift64*: reproducible inputs. */
function rng(seed: bigint): () => number {
  let s = seed;
  return () => {
    s ^= s >> 12n;
    s ^= (s << 25n) & 0xffffffffffffffffn;
    s ^= s >> 27n;
    return Number(((s * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn) >> 11n) / 2 ** 53;
  };
}

const view = new DataView(new ArrayBuffer(8));
/** x moved by k ulps (same sign, no crossing of zero needed here). */
function ulps(x: number, k: number): number {
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + BigInt(k));
  return view.getFloat64(0);
}

function hardInputs(name: string): number[] {
  const u = rng(BigInt(name.length * 1000 + name.charCodeAt(0) * 7 + name.charCodeAt(1)));
  const out: number[] = [];
  const near = (x: number, spread: number) => ulps(x, Math.round((u() * 2 - 1) * spread));
  const logUniform = (lo: number, hi: number) => 2 ** (lo + u() * (hi - lo));
  const sign = () => (u() < 0.5 ? -1 : 1);
  while (out.length < PER_FUNCTION) {
    const i = out.length % 6;
    let x: number;
    switch (name) {
      case "exp":
        x = [
          near(709.782712893384, 1e4),
          near(-745.1332191019411, 1e4),
          -708 - u() * 37,
          sign() * logUniform(-60, -20),
          (u() * 2 - 1) * 700,
          near(Math.LN2 * Math.round(u() * 1000 - 500), 50),
        ][i];
        break;
      case "exp2":
        x = [
          near(1024, 1e4),
          -1022 - u() * 53,
          sign() * logUniform(-60, -20),
          (u() * 2 - 1) * 1000,
          near(Math.round(u() * 100 - 50) + 0.5, 20),
          near(1e-3, 1e6),
        ][i];
        break;
      case "log":
      case "log2":
      case "log10":
        x = [
          near(1, 1e6),
          2 ** -1074 * Math.floor(u() * 2 ** 52 + 1),
          logUniform(-1022, 1024),
          near(2 ** Math.round(u() * 2000 - 1000), 100),
          near(10 ** Math.round(u() * 600 - 300), 100),
          u() * 2,
        ][i];
        break;
      case "sin":
      case "cos":
      case "tan":
        x = [
          near(Math.PI / 2 * Math.round(u() * 2e6), 3),
          sign() * logUniform(-30, -20),
          sign() * logUniform(0, 1024),
          near(6381956970095103 * 2 ** 797, 1e6),
          (u() * 2 - 1) * 10,
          near(Math.PI / 4 * (2 * Math.round(u() * 1e4) + 1), 3),
        ][i];
        break;
      case "atan":
        x = [
          sign() * logUniform(-30, -20),
          near(1, 1e6),
          sign() * logUniform(0, 1024),
          sign() * logUniform(-1074, -20),
          (u() * 2 - 1) * 10,
          sign() * logUniform(20, 60),
        ][i];
        break;
      case "asin":
      case "acos":
        x = [
          Math.min(1, near(1, 1e5)),
          -Math.min(1, near(1, 1e5)),
          sign() * logUniform(-30, -20),
          near(0.5, 1e6),
          u() * 2 - 1,
          sign() * logUniform(-1074, -30),
        ][i];
        break;
      case "sinh":
      case "cosh":
        x = [
          near(710.4758600739439, 1e4),
          sign() * logUniform(-30, -20),
          (u() * 2 - 1) * 710,
          sign() * logUniform(-10, 3),
          near(Math.LN2 * Math.round(u() * 200), 50),
          (u() * 2 - 1) * 40,
        ][i];
        break;
      case "tanh":
        x = [
          sign() * near(19.06, 1e13),
          sign() * logUniform(-30, -20),
          (u() * 2 - 1) * 25,
          sign() * logUniform(-10, 3),
          (u() * 2 - 1) * 2,
          sign() * logUniform(-1074, -27),
        ][i];
        break;
      case "asinh":
        x = [
          sign() * logUniform(-30, -20),
          sign() * logUniform(0, 1024),
          (u() * 2 - 1) * 10,
          sign() * logUniform(-10, 3),
          sign() * logUniform(20, 60),
          sign() * logUniform(-1074, -27),
        ][i];
        break;
      default:
        throw new Error(name);
    }
    if (Number.isFinite(x)) out.push(x);
  }
  return out;
}

/** atan2 pairs: tiny and subnormal quotients, both signs of x, huge quotients. */
function atan2Inputs(): [number, number][] {
  const u = rng(2718281828n);
  const lu = (lo: number, hi: number) => (u() < 0.5 ? -1 : 1) * 2 ** (lo + u() * (hi - lo));
  const out: [number, number][] = [];
  while (out.length < PER_FUNCTION) {
    const i = out.length % 5;
    const p: [number, number] = [
      [lu(-1074, -900), Math.abs(lu(0, 1023))],
      [lu(-1074, 1023), lu(-1074, 1023)],
      [lu(-10, 10), lu(-10, 10)],
      [lu(500, 1023), lu(-1074, -500)],
      [lu(-60, 0), -Math.abs(lu(0, 60))],
    ][i] as [number, number];
    out.push(p);
  }
  return out;
}

const UNARY = [
  "exp",
  "exp2",
  "log",
  "log2",
  "log10",
  "sin",
  "cos",
  "tan",
  "atan",
  "asin",
  "acos",
  "sinh",
  "cosh",
  "tanh",
  "asinh",
];
const MP: Record<string, string> = {
  exp: "mp.exp",
  exp2: "lambda x: mp.power(2, x)",
  log: "mp.log",
  log2: "lambda x: mp.log(x, 2)",
  log10: "mp.log10",
  sin: "mp.sin",
  cos: "mp.cos",
  tan: "mp.tan",
  atan: "mp.atan",
  asin: "mp.asin",
  acos: "mp.acos",
  sinh: "mp.sinh",
  cosh: "mp.cosh",
  tanh: "mp.tanh",
  asinh: "mp.asinh",
};

function pyProgram(unary: Map<string, number[]>, pairs: [number, number][]): string {
  const lines = [
    "import mpmath as mp",
    "from fractions import Fraction",
    "mp.mp.prec = 3000",
    "def cr(v):",
    "    v = mp.mpf(v)",
    "    m, e = v.man_exp",
    "    neg = v < 0",
    "    try: r = float(Fraction(abs(int(m))) * Fraction(2) ** int(e))",
    "    except OverflowError: r = float('inf')",
    "    return repr(-r if neg else r)",
  ];
  for (const [name, xs] of unary) {
    lines.push(
      `print(' '.join(cr((${MP[name]})(mp.mpf(float(x)))) for x in [${xs.map(String).join(",")}]))`,
    );
  }
  const flat = pairs.map(([y, x]) => `(${y},${x})`).join(",");
  lines.push(
    `print(' '.join(cr(mp.atan2(mp.mpf(float(y)), mp.mpf(float(x)))) for y, x in [${flat}]))`,
  );
  return lines.join("\n") + "\n";
}

async function python(src: string): Promise<string | undefined> {
  const child = new Deno.Command("python3", {
    args: ["-"],
    stdin: "piped",
    stdout: "piped",
    stderr: "inherit",
  })
    .spawn();
  const w = child.stdin.getWriter();
  await w.write(new TextEncoder().encode(src));
  await w.close();
  const out = await child.output();
  return out.success ? new TextDecoder().decode(out.stdout) : undefined;
}

function parsePy(s: string): number {
  if (s === "inf") return Infinity;
  if (s === "-inf") return -Infinity;
  return Number(s);
}

Deno.test("libm is correctly rounded on hard inputs", async () => {
  if (!(await havePython())) return;
  const probe = await python("import mpmath\n");
  if (probe === undefined) {
    console.log("mpmath not available: libm hard-input check skipped");
    return;
  }
  const unary = new Map(UNARY.map((n) => [n, hardInputs(n)]));
  // Negative and zero arguments are special cases, checked below.
  for (const n of ["log", "log2", "log10"]) unary.set(n, unary.get(n)!.filter((x) => x > 0));
  const pairs = atan2Inputs();
  const out = await python(pyProgram(unary, pairs));
  assert.ok(out !== undefined, "mpmath oracle failed");
  const lines = out.trimEnd().split("\n");
  const failures: string[] = [];
  let li = 0;
  for (const [name, xs] of unary) {
    const want = lines[li++].split(" ").map(parsePy);
    const f = (libm as unknown as Record<string, (x: number) => number>)[name];
    xs.forEach((x, j) => {
      const got = f(x);
      if (!Object.is(got, want[j])) failures.push(`${name}(${x}) = ${got}, want ${want[j]}`);
    });
  }
  const want = lines[li++].split(" ").map(parsePy);
  pairs.forEach(([y, x], j) => {
    const got = libm.atan2(y, x);
    if (!Object.is(got, want[j])) failures.push(`atan2(${y}, ${x}) = ${got}, want ${want[j]}`);
  });
  assert.deepStrictEqual(failures, []);
});

Deno.test("libm special values follow C99 Annex F", () => {
  const inf = Infinity;
  const cases: [string, number, number][] = [
    ["exp", 0, 1],
    ["exp", -0, 1],
    ["exp", inf, inf],
    ["exp", -inf, 0],
    ["exp", 710, inf],
    ["exp", -746, 0],
    ["exp", NaN, NaN],
    ["exp2", 1024, inf],
    ["exp2", -1074, 5e-324],
    ["exp2", -1075.5, 0],
    ["exp2", 3, 8],
    ["log", 1, 0],
    ["log", 0, -inf],
    ["log", -0, -inf],
    ["log", -1, NaN],
    ["log", inf, inf],
    ["log", -inf, NaN],
    ["log2", 2 ** -1074, -1074],
    ["log2", 8, 3],
    ["log10", 1e22, 22],
    ["log10", 0, -inf],
    ["sin", -0, -0],
    ["sin", inf, NaN],
    ["cos", -0, 1],
    ["cos", -inf, NaN],
    ["tan", -0, -0],
    ["tan", inf, NaN],
    ["atan", -0, -0],
    ["atan", inf, Math.PI / 2],
    ["atan", -inf, -Math.PI / 2],
    ["asin", -0, -0],
    ["asin", 1, Math.PI / 2],
    ["asin", 1.5, NaN],
    ["acos", 1, 0],
    ["acos", -1, Math.PI],
    ["acos", -1.5, NaN],
    ["sinh", -0, -0],
    ["sinh", -inf, -inf],
    ["sinh", 711, inf],
    ["cosh", -inf, inf],
    ["cosh", -0, 1],
    ["tanh", -0, -0],
    ["tanh", -inf, -1],
    ["tanh", inf, 1],
    ["asinh", -0, -0],
    ["asinh", -inf, -inf],
    ["sin", 5e-324, 5e-324],
    ["tan", -5e-324, -5e-324],
  ];
  for (const [name, x, want] of cases) {
    const f = (libm as unknown as Record<string, (x: number) => number>)[name];
    assert.ok(Object.is(f(x), want), `${name}(${x}) = ${f(x)}, want ${want}`);
  }
  const pi = Math.PI;
  const pairs: [number, number, number][] = [
    [0, 1, 0],
    [-0, 1, -0],
    [0, -0, pi],
    [-0, -0, -pi],
    [0, -1, pi],
    [-0, -1, -pi],
    [1, 0, pi / 2],
    [-1, -0, -pi / 2],
    [inf, inf, pi / 4],
    [-inf, -inf, -3 * pi / 4],
    [1, inf, 0],
    [-1, inf, -0],
    [1, -inf, pi],
    [-1, -inf, -pi],
    [inf, 1, pi / 2],
    [NaN, 1, NaN],
    [1, NaN, NaN],
    [1e-300, 1e300, 0],
    [5e-324, 1, 5e-324],
  ];
  for (const [y, x, want] of pairs) {
    assert.ok(Object.is(libm.atan2(y, x), want), `atan2(${y}, ${x}) = ${libm.atan2(y, x)}`);
  }
});
