/**
 * `repr` of str, bytes, float, int and complex, against CPython 3.11's
 * output (literal expectations, and a python3 cross-check when installed).
 *
 * @module
 */
import assert from "node:assert/strict";
import { isPrintable, reprBytes, reprComplex, reprFloat, reprInt, reprStr } from "./repr.ts";

/** Runs a python3 script, or returns null when python3 is not installed. */
async function python3(script: string, input: string): Promise<string | null> {
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command("python3", { args: ["-c", script], stdin: "piped", stdout: "piped" })
      .spawn();
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return null;
    throw e;
  }
  const w = child.stdin.getWriter();
  await w.write(new TextEncoder().encode(input));
  await w.close();
  const out = await child.output();
  assert.equal(out.code, 0);
  return new TextDecoder().decode(out.stdout);
}

Deno.test("reprFloat: CPython's shortest repr", () => {
  const cases: [number, string][] = [
    [1, "1.0"],
    [0, "0.0"],
    [-0, "-0.0"],
    [0.5, "0.5"],
    [-2.5, "-2.5"],
    [1e16, "1e+16"],
    [1e15, "1000000000000000.0"],
    [123456789012345680, "1.2345678901234568e+17"],
    [1e-5, "1e-05"],
    [1e-4, "0.0001"],
    [0.1 + 0.2, "0.30000000000000004"],
    [1 / 3, "0.3333333333333333"],
    [Infinity, "inf"],
    [-Infinity, "-inf"],
    [NaN, "nan"],
    [5e-324, "5e-324"],
    [1.7976931348623157e308, "1.7976931348623157e+308"],
    [1e22, "1e+22"],
    [1.5e300, "1.5e+300"],
    [123.456, "123.456"],
    [2 ** 53, "9007199254740992.0"],
    [100, "100.0"],
    [1e100, "1e+100"],
    [0.000123, "0.000123"],
    [1.25e-7, "1.25e-07"],
  ];
  for (const [x, want] of cases) assert.equal(reprFloat(x), want, String(x));
});

Deno.test("reprComplex: imaginary literals and complex numbers", () => {
  assert.equal(reprComplex(0, 2), "2j");
  assert.equal(reprComplex(0, 1.5), "1.5j");
  assert.equal(reprComplex(0, 0), "0j");
  assert.equal(reprComplex(0, 1e20), "1e+20j");
  assert.equal(reprComplex(0, Infinity), "infj");
  assert.equal(reprComplex(0, -1), "-1j");
  assert.equal(reprComplex(1, 2), "(1+2j)");
  assert.equal(reprComplex(-0, 1), "(-0+1j)");
  assert.equal(reprComplex(1.5, -0.5), "(1.5-0.5j)");
  assert.equal(reprComplex(NaN, Infinity), "(nan+infj)");
});

Deno.test("reprInt: arbitrary precision", () => {
  assert.equal(reprInt(0n), "0");
  assert.equal(reprInt(-12n), "-12");
  assert.equal(reprInt(2n ** 100n), "1267650600228229401496703205376");
  assert.equal(reprInt(42), "42");
});

Deno.test("reprStr: quotes, escapes and printable characters", () => {
  const cases: [string, string][] = [
    ["", "''"],
    ["abc", "'abc'"],
    ["it's", `"it's"`],
    ['say "hi"', `'say "hi"'`],
    [`both ' and "`, `'both \\' and "'`],
    ["back\\slash", "'back\\\\slash'"],
    ["\t\n\r", "'\\t\\n\\r'"],
    ["\x00\x1f\x7f", "'\\x00\\x1f\\x7f'"],
    ["\x80\x9f\xa0\xad", "'\\x80\\x9f\\xa0\\xad'"],
    ["é ü ñ", "'é ü ñ'"],
    ["\u200b\u2028\ufeff", "'\\u200b\\u2028\\ufeff'"],
    ["😀", "'😀'"],
    ["\u{10ffff}", "'\\U0010ffff'"],
    ["\ud800", "'\\ud800'"],
    ["\u0378", "'\\u0378'"],
    ["\u0897", "'\\u0897'"],
    ["\u3000", "'\\u3000'"],
    ["中文", "'中文'"],
  ];
  for (const [s, want] of cases) assert.equal(reprStr(s), want, JSON.stringify(s));
});

Deno.test("reprBytes: quotes and escapes", () => {
  const b = (...xs: number[]) => Uint8Array.from(xs);
  assert.equal(reprBytes(b()), "b''");
  assert.equal(reprBytes(new TextEncoder().encode("abc")), "b'abc'");
  assert.equal(reprBytes(new TextEncoder().encode("it's")), `b"it's"`);
  assert.equal(reprBytes(new TextEncoder().encode(`' and "`)), `b'\\' and "'`);
  assert.equal(
    reprBytes(b(0, 9, 10, 13, 92, 127, 128, 255)),
    "b'\\x00\\t\\n\\r\\\\\\x7f\\x80\\xff'",
  );
});

Deno.test("isPrintable: agrees with python3's str.isprintable on every code point", async () => {
  const out = await python3(
    "import sys; sys.stdout.write(''.join('1' if chr(c).isprintable() else '0' for c in range(0x110000)))",
    "",
  );
  if (out === null) {
    console.log("python3 not found: the isprintable cross-check is skipped");
    return;
  }
  const bad: string[] = [];
  for (let cp = 0; cp < 0x110000; cp++) {
    if (isPrintable(cp) !== (out.charCodeAt(cp) === 49)) bad.push(cp.toString(16));
    if (bad.length > 20) break;
  }
  assert.deepEqual(bad, []);
});

Deno.test("reprFloat: agrees with python3's repr on many values", async () => {
  const values: number[] = [];
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 2000; i++) {
    const e = Math.floor(rand() * 60) - 30;
    values.push((rand() - 0.5) * 10 ** e);
    values.push(Math.round(rand() * 1e6) / 10 ** Math.floor(rand() * 8));
  }
  const buf = new Float64Array(values);
  const hex = Array.from(new Uint8Array(buf.buffer), (x) => x.toString(16).padStart(2, "0")).join(
    "",
  );
  const out = await python3(
    "import sys, struct; d = bytes.fromhex(sys.stdin.read()); " +
      "print('\\n'.join(repr(x) for (x,) in struct.iter_unpack('<d', d)))",
    hex,
  );
  if (out === null) {
    console.log("python3 not found: the float repr cross-check is skipped");
    return;
  }
  const want = out.trim().split("\n");
  const bad = values.map((v, i) => [reprFloat(v), want[i]]).filter(([a, b]) => a !== b);
  assert.deepEqual(bad.slice(0, 10), []);
});
