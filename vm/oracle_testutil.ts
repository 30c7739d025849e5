/**
 * Test support for the numeric core: runs many cases through one `python3`
 * process (the reference implementation) and compares the answers with
 * ours. Values cross as tagged strings so that nothing is lost: ints as
 * hex, floats as their IEEE bit patterns.
 *
 * @module
 */
import { PyFloat, type PyInt, PyThrow } from "./object.ts";

/** A value as exchanged with the oracle. */
export type Enc = string | Enc[];

const view = new DataView(new ArrayBuffer(8));

/** An int, tagged. */
export function I(v: PyInt): string {
  return "i" + (v < 0 ? "-0x" + (-v).toString(16) : "0x" + v.toString(16));
}

/** A float, tagged with its bit pattern. */
export function F(x: number): string {
  view.setFloat64(0, x);
  return "f" + view.getBigUint64(0).toString(16).padStart(16, "0");
}

/** A str, tagged. */
export function S(s: string): string {
  return "s" + s;
}

/** A bool, tagged. */
export function B(b: boolean): string {
  return b ? "T" : "F";
}

/** Decodes a tagged float. */
export function decodeFloat(e: string): number {
  view.setBigUint64(0, BigInt("0x" + e.slice(1)));
  return view.getFloat64(0);
}

/** Decodes a tagged int. */
export function decodeInt(e: string): PyInt {
  const neg = e[1] === "-";
  const v = BigInt(e.slice(neg ? 2 : 1));
  const r = neg ? -v : v;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

/** Runs `f` and encodes its result, or the Python exception it raised. */
export function attempt(f: () => Enc): Enc {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyThrow) return `E${e.typeName}: ${e.message}`;
    return `JS ${e instanceof Error ? e.stack : String(e)}`;
  }
}

/** Encodes a value our functions return, given whether it is a float. */
export function encodeResult(v: PyInt | number, isFloat: boolean): string {
  return isFloat ? F(v as number) : I(v);
}

/** Encodes a boxed or plain Python value from the object model's representations. */
export function encodeValue(v: unknown): Enc {
  if (typeof v === "number" || typeof v === "bigint") return I(v);
  if (typeof v === "boolean") return B(v);
  if (typeof v === "string") return S(v);
  if (v instanceof PyFloat) return F(v.value);
  if (Array.isArray(v)) return v.map(encodeValue);
  throw new Error(`cannot encode ${String(v)}`);
}

const PRELUDE = `
import sys, json, struct, math
def dec(v):
    if isinstance(v, list): return tuple(dec(x) for x in v)
    t, r = v[0], v[1:]
    if t == 'i': return int(r, 16)
    if t == 'f': return struct.unpack('>d', bytes.fromhex(r))[0]
    if t == 's': return r
    if t == 'T': return True
    if t == 'F': return False
    if t == 'N': return None
    raise ValueError(v)
def enc(v):
    if v is True: return 'T'
    if v is False: return 'F'
    if v is None: return 'N'
    if isinstance(v, int): return 'i' + hex(v)
    if isinstance(v, float): return 'f' + struct.pack('>d', v).hex()
    if isinstance(v, str): return 's' + v
    if isinstance(v, (tuple, list)): return [enc(x) for x in v]
    raise TypeError(type(v).__name__)
`;

const LOOP = `
cases = json.load(sys.stdin)
compiled = {}
out = []
for expr, *args in cases:
    code = compiled.get(expr)
    if code is None:
        code = compiled[expr] = compile(expr, '<case>', 'eval')
    env = dict(zip('abcd', [dec(a) for a in args]))
    try:
        out.append(enc(eval(code, G, env)))
    except Exception as e:
        out.append('E' + type(e).__name__ + ': ' + str(e))
json.dump(out, sys.stdout)
`;

/** One case: a Python expression over `a`, `b`, `c`, `d`, and our answer. */
export interface Case {
  expr: string;
  args: Enc[];
  ours: () => Enc;
}

/**
 * Evaluates every case in one python3 process (with `setup` run first, in
 * the globals `G`) and returns the answers, or null (with a notice) when
 * python3 is not installed.
 */
export async function runPython(cases: Case[], setup = ""): Promise<Enc[] | null> {
  const script = PRELUDE + "G = {'math': math}\nexec(" + JSON.stringify(setup) + ", G)\n" + LOOP;
  const out = await pythonScript(script, JSON.stringify(cases.map((c) => [c.expr, ...c.args])));
  return out === null ? null : JSON.parse(out);
}

/**
 * Runs `script` under python3 with `input` on its stdin and returns its
 * stdout, or null (with a notice) when python3 is not installed. String
 * hashes are fixed with PYTHONHASHSEED=0, as the conformance expectations are.
 */
export async function pythonScript(
  script: string,
  input: string,
  env: Record<string, string> = {},
): Promise<string | null> {
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command("python3", {
      args: ["-c", script],
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
      env: { PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8", ...env },
    }).spawn();
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) {
      console.log("python3 not found: skipping the comparison with CPython");
      return null;
    }
    throw e;
  }
  // Write while reading: a large answer would otherwise fill the pipe.
  const writer = child.stdin.getWriter();
  const [output] = await Promise.all([
    child.output(),
    writer.write(new TextEncoder().encode(input)).then(() => writer.close()),
  ]);
  if (!output.success) {
    throw new Error("python3 failed: " + new TextDecoder().decode(output.stderr));
  }
  return new TextDecoder().decode(output.stdout);
}

function same(a: Enc, b: Enc): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Compares our answers with CPython's, printing every mismatch; returns
 * the number of mismatches (0 when python3 is missing).
 */
export async function compareWithPython(name: string, cases: Case[], setup = ""): Promise<number> {
  const expected = await runPython(cases, setup);
  if (expected === null) return 0;
  let mismatches = 0;
  cases.forEach((c, i) => {
    const got = attempt(c.ours);
    if (!same(got, expected[i])) {
      mismatches++;
      console.log(
        `MISMATCH ${name}: ${c.expr} with ${JSON.stringify(c.args)}\n` +
          `  CPython: ${JSON.stringify(expected[i])}\n  ours:    ${JSON.stringify(got)}`,
      );
    }
  });
  console.log(`${name}: ${cases.length} cases compared with CPython, ${mismatches} mismatches`);
  return mismatches;
}

/** A small deterministic PRNG (mulberry32), so runs are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
