import assert from "node:assert/strict";
import {
  bytesHash,
  floatHash,
  frozensetHash,
  hashFromHalves,
  hashFromInt,
  hashHi32,
  hashLo32,
  intHash,
  pointerHash,
  type PyHash,
  strHash,
  tupleHash,
} from "./hash.ts";
import { pythonScript, rng } from "./oracle_testutil.ts";

const python = pythonScript;

/** Compares line by line, printing every mismatch; returns the mismatch count. */
function compareLines(what: string, inputs: unknown[], ours: string[], theirs: string): number {
  const lines = theirs.split("\n");
  let bad = 0;
  for (let i = 0; i < ours.length; i++) {
    if (ours[i] !== lines[i]) {
      bad++;
      console.log(
        `${what} mismatch #${i}: input ${JSON.stringify(inputs[i])}: ours ${ours[i]} cpython ${
          lines[i]
        }`,
      );
    }
  }
  console.log(`${what}: ${ours.length} compared, ${bad} mismatches`);
  return bad;
}

// A small deterministic PRNG so failures reproduce.

function randomString(r: () => number, maxCp: number, maxLen: number, surrogates = false): string {
  const n = Math.floor(r() * maxLen);
  let s = "";
  for (let i = 0; i < n; i++) {
    let cp = Math.floor(r() * maxCp);
    if (!surrogates && cp >= 0xd800 && cp < 0xe000) cp = 0x41;
    s += String.fromCodePoint(cp);
  }
  return s;
}

// Golden values: CPython 3.11, PYTHONHASHSEED=0.
Deno.test("hash: golden values", () => {
  assert.equal(strHash(""), 0);
  assert.equal(strHash("a"), 4644417185603328019n);
  assert.equal(strHash("abc"), -4594863902769663758n);
  assert.equal(strHash("é"), 6047309291227476195n);
  assert.equal(strHash("€"), -5529981157763016009n);
  assert.equal(strHash("😀"), -3536540696076613844n);
  assert.equal(bytesHash(new TextEncoder().encode("abc")), -4594863902769663758n);
  assert.equal(floatHash(1.5), 1152921504606846977n);
  assert.equal(intHash(-1), -2);
  assert.equal(intHash(2n ** 64n), 8);
  assert.equal(tupleHash([1, 2]), -3550055125485641917n);
  assert.equal(tupleHash([]), 5740354900026072187n);
  assert.equal(frozensetHash([1, 2]), -1826646154956904602n);
  assert.equal(frozensetHash([]), 133146708735736);
  assert.equal(floatHash(Infinity), 314159);
  assert.equal(floatHash(-Infinity), -314159);
  assert.equal(floatHash(-0), 0);
  assert.equal(floatHash(NaN, 1234), 1234);
  assert.equal(hashFromInt(-1), -2);
  assert.equal(hashFromInt(2n ** 63n), 4);
  assert.equal(pointerHash(0x7f0000001230), 0x7f000000123);
});

Deno.test("hash: 64-bit halves are exact", () => {
  const cases: PyHash[] = [
    0,
    1,
    -2,
    2 ** 53 - 1,
    -(2 ** 53 - 1),
    2n ** 63n - 1n,
    -(2n ** 63n),
    2n ** 53n,
    -(2n ** 53n),
    0x123456789abcdefn,
  ];
  for (const h of cases) {
    const big = BigInt.asUintN(64, BigInt(h));
    assert.equal(hashLo32(h), Number(big & 0xffffffffn));
    assert.equal(hashHi32(h), Number(big >> 32n));
    assert.equal(hashFromHalves(hashHi32(h), hashLo32(h)), h);
  }
});

Deno.test("hash: str against CPython (ASCII, Latin-1, BMP, astral)", async () => {
  const r = rng(1);
  const inputs: string[] = [];
  for (let i = 0; i < 1500; i++) inputs.push(randomString(r, 128, 40));
  for (let i = 0; i < 1500; i++) inputs.push(randomString(r, 256, 40));
  for (let i = 0; i < 1500; i++) inputs.push(randomString(r, 0x10000, 30, true));
  for (let i = 0; i < 1500; i++) inputs.push(randomString(r, 0x110000, 20, true));
  for (let n = 0; n < 70; n++) {
    inputs.push("x".repeat(n), "\u0100".repeat(n), "\u{10000}".repeat(n));
  }
  const ours = inputs.map((s) => String(strHash(s)));
  // Twice: the second time through the memo.
  assert.deepEqual(inputs.map((s) => String(strHash(s))), ours);
  const out = await python(
    "import sys, json\nfor line in sys.stdin: print(hash(json.loads(line)))",
    inputs.map((s) => JSON.stringify(s)).join("\n") + "\n",
  );
  if (out === null) return;
  assert.equal(compareLines("str hash", inputs, ours, out), 0);
});

Deno.test("hash: bytes against CPython", async () => {
  const r = rng(2);
  const inputs: number[][] = [];
  for (let i = 0; i < 2000; i++) {
    const n = Math.floor(r() * 50);
    inputs.push(Array.from({ length: n }, () => Math.floor(r() * 256)));
  }
  const ours = inputs.map((b) => String(bytesHash(new Uint8Array(b))));
  const out = await python(
    "import sys, json\nfor line in sys.stdin: print(hash(bytes(json.loads(line))))",
    inputs.map((b) => JSON.stringify(b)).join("\n") + "\n",
  );
  if (out === null) return;
  assert.equal(compareLines("bytes hash", inputs, ours, out), 0);
});

function randomInt(r: () => number): bigint {
  const kind = Math.floor(r() * 6);
  const sign = r() < 0.5 ? -1n : 1n;
  switch (kind) {
    case 0:
      return BigInt(Math.floor(r() * 2000) - 1000);
    case 1:
      return sign * BigInt(Math.floor(r() * 2 ** 53));
    case 2:
      return sign * ((1n << 61n) - 1n + BigInt(Math.floor(r() * 5) - 2));
    case 3:
      return sign * (1n << BigInt(Math.floor(r() * 200)));
    default: {
      let v = 0n;
      const words = 1 + Math.floor(r() * 6);
      for (let i = 0; i < words; i++) v = (v << 32n) | BigInt(Math.floor(r() * 2 ** 32));
      return sign * v;
    }
  }
}

const toInt = (v: bigint) => (v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v);

Deno.test("hash: int against CPython", async () => {
  const r = rng(3);
  const inputs: bigint[] = [
    -2n,
    -1n,
    0n,
    1n,
    (1n << 61n) - 1n,
    -((1n << 61n) - 1n),
    (1n << 61n) - 2n,
    1n << 61n,
    -(1n << 61n),
  ];
  for (let i = 0; i < 4000; i++) inputs.push(randomInt(r));
  const ours = inputs.map((v) => String(intHash(toInt(v))));
  const out = await python(
    "import sys\nfor line in sys.stdin: print(hash(int(line)))",
    inputs.map(String).join("\n") + "\n",
  );
  if (out === null) return;
  assert.equal(compareLines("int hash", inputs.map(String), ours, out), 0);
  // __hash__ returning an int.
  const ours2 = inputs.map((v) => String(hashFromInt(toInt(v))));
  const out2 = await python(
    "import sys\nclass H:\n  def __init__(s, v): s.v = v\n  def __hash__(s): return s.v\nfor line in sys.stdin: print(hash(H(int(line))))",
    inputs.map(String).join("\n") + "\n",
  );
  if (out2 === null) return;
  assert.equal(compareLines("__hash__ result", inputs.map(String), ours2, out2), 0);
});

function randomFloat(r: () => number): number {
  const kind = Math.floor(r() * 5);
  const f = new Float64Array(1);
  const w = new Uint32Array(f.buffer);
  switch (kind) {
    case 0:
      return Math.floor(r() * 2000 - 1000) / 8;
    case 1:
      return (r() - 0.5) * 10 ** Math.floor(r() * 40 - 20);
    case 2:
      return Math.floor((r() - 0.5) * 2 ** 60) * 2 ** Math.floor(r() * 40);
    default:
      do {
        w[0] = Math.floor(r() * 2 ** 32);
        w[1] = Math.floor(r() * 2 ** 32);
      } while (!Number.isFinite(f[0]));
      return f[0];
  }
}

function floatBits(x: number): string {
  const f = new Float64Array([x]);
  return new BigUint64Array(f.buffer)[0].toString();
}

Deno.test("hash: float against CPython", async () => {
  const r = rng(4);
  const inputs: number[] = [
    0.5,
    -0.5,
    1e308,
    -1e308,
    5e-324,
    -5e-324,
    2 ** 53,
    2 ** 64,
    1 / 3,
    0.1,
  ];
  for (let i = 0; i < 4000; i++) inputs.push(randomFloat(r));
  const ours = inputs.map((v) => String(floatHash(v)));
  const out = await python(
    "import sys, struct\nfor line in sys.stdin: print(hash(struct.unpack('<d', struct.pack('<Q', int(line)))[0]))",
    inputs.map(floatBits).join("\n") + "\n",
  );
  if (out === null) return;
  assert.equal(compareLines("float hash", inputs, ours, out), 0);
});

Deno.test("hash: tuple and frozenset against CPython", async () => {
  const r = rng(5);
  // Each item: ["i", int] | ["s", str] | ["f", bits]
  type Item = [string, string];
  const inputs: Item[][] = [];
  for (let i = 0; i < 2000; i++) {
    const n = Math.floor(r() * 8);
    const items: Item[] = [];
    for (let j = 0; j < n; j++) {
      const k = r();
      if (k < 0.4) items.push(["i", String(randomInt(r))]);
      else if (k < 0.7) items.push(["s", randomString(r, 300, 6)]);
      else items.push(["f", floatBits(randomFloat(r))]);
    }
    inputs.push(items);
  }
  const hashOf = ([t, v]: Item): PyHash =>
    t === "i"
      ? intHash(toInt(BigInt(v)))
      : t === "s"
      ? strHash(v)
      : floatHash(new Float64Array(new BigUint64Array([BigInt(v)]).buffer)[0]);
  const ours: string[] = [];
  for (const items of inputs) {
    const hs = items.map(hashOf);
    ours.push(String(tupleHash(hs)));
    // A frozenset of the distinct hashes' owners: the test keys below are all distinct by value.
    ours.push(String(tupleHash([tupleHash(hs), 7])));
  }
  const script = `
import sys, json, struct
def conv(it):
    t, v = it
    if t == "i": return int(v)
    if t == "s": return v
    return struct.unpack('<d', struct.pack('<Q', int(v)))[0]
for line in sys.stdin:
    t = tuple(conv(x) for x in json.loads(line))
    print(hash(t)); print(hash((t, 7)))
`;
  const out = await python(script, inputs.map((x) => JSON.stringify(x)).join("\n") + "\n");
  if (out !== null) {
    assert.equal(compareLines("tuple hash", inputs.flatMap((x) => [x, x]), ours, out), 0);
  }

  const sets: bigint[][] = [];
  for (let i = 0; i < 1000; i++) {
    const n = Math.floor(r() * 12);
    const s = new Set<bigint>();
    for (let j = 0; j < n; j++) s.add(randomInt(r));
    sets.push([...s]);
  }
  const ours2 = sets.map((s) => String(frozensetHash(s.map((v) => intHash(toInt(v))))));
  const out2 = await python(
    "import sys, json\nfor line in sys.stdin: print(hash(frozenset(int(x) for x in json.loads(line))))",
    sets.map((s) => JSON.stringify(s.map(String))).join("\n") + "\n",
  );
  if (out2 !== null) {
    assert.equal(compareLines("frozenset hash", sets.map((s) => s.map(String)), ours2, out2), 0);
  }
});
