// Tier 1 end to end: which forms instructions take, when, and what `--stats` counts, on small
// programs whose execution counts are known by hand.
import assert from "node:assert/strict";
import { main } from "./cli.ts";
import { MemoryHost } from "./host.ts";
import { ADAPTIVE, FAMILY } from "./specialize.ts";
import { Op, OPCODES } from "./opcodes.ts";

function run(args: string[], source: string) {
  const host = new MemoryHost({ files: { "/t/prog.py": source } });
  const status = main([...args, "/t/prog.py"], host);
  return { status, stdout: host.stdout, stderr: host.stderr };
}

/** The row of `family` in the stats table, as numbers. */
function familyRow(stderr: string, family: string): number[] {
  const line = stderr.split("\n").find((l) => l.trim().startsWith(family + " "));
  assert.ok(line, `no stats row for ${family} in:\n${stderr}`);
  return line.trim().split(/\s+/).slice(1).map(Number);
}

function executed(stderr: string, opcode: string): number {
  const top = stderr.slice(stderr.indexOf("Most executed"));
  const line = top.split("\n").find((l) => l.trim().startsWith(opcode + " "));
  assert.ok(line, `${opcode} not among the most executed:\n${top}`);
  return Number(line.trim().split(/\s+/)[1]);
}

const LOOP = `
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
def f(n):
    p = P(3)
    total = 0
    for i in range(n):
        total += p.x + p.get()
    return total
print(f(100))
`;

Deno.test("--stats counts attempts, hits and executions exactly", () => {
  const r = run(["--mode=specialized", "--stats"], LOOP);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, "600\n");
  // [attempts, successes, failures, hits, misses, deopts]
  // Two BINARY_OPs run 100 times each: the first run is generic, the second specializes
  // (and still runs generic), the other 98 are hits.
  assert.deepEqual(familyRow(r.stderr, "BINARY_OP"), [2, 2, 0, 196, 0, 0]);
  // LOAD_ATTR: p.x in f (100), p.get in f (100), self.x in get (100): 3 x 98 hits.
  assert.deepEqual(familyRow(r.stderr, "LOAD_ATTR"), [3, 3, 0, 294, 0, 0]);
  assert.deepEqual(familyRow(r.stderr, "CALL"), [1, 1, 0, 98, 0, 0]);
  // FOR_ITER runs 101 times (the last one ends the loop): 99 of them specialized.
  assert.deepEqual(familyRow(r.stderr, "FOR_ITER"), [1, 1, 0, 99, 0, 0]);
  // `STORE_FAST i; LOAD_FAST total` in the loop run as one superinstruction.
  assert.equal(executed(r.stderr, "STORE_FAST__LOAD_FAST"), 100);
  assert.equal(executed(r.stderr, "LOAD_FAST"), 302);
  assert.equal(executed(r.stderr, "JUMP_BACKWARD"), 100);
  assert.equal(executed(r.stderr, "BINARY_OP_ADD_INT"), 196);
  assert.match(r.stderr, /Most executed opcodes \(of 1550 instructions\)/);
});

Deno.test("a missed guard runs the generic form; the cooldown then respecializes", () => {
  // `x * x` sees ints for 100 iterations, then floats: iteration 0 is generic, 1 specializes,
  // 2..99 hit. From iteration 100 the int form misses and runs the generic form, counting its
  // cooldown of 52 down; the 53rd miss (iteration 152) respecializes for floats, and 153..199
  // hit. Nothing falls back to the generic form for good: no deopt.
  const src = `
def f():
    t = 0
    for i in range(200):
        x = i if i < 100 else float(i)
        t = x * x
    return t
print(f())
`;
  const r = run(["--mode=specialized", "--stats"], src);
  assert.equal(r.stdout, "39601.0\n");
  assert.deepEqual(familyRow(r.stderr, "BINARY_OP"), [2, 2, 0, 98 + 47, 53, 0]);
});

Deno.test("a site that stops fitting any form deoptimizes to the generic form", () => {
  // ints, then instances of a class with __add__: after the cooldown of misses the
  // instruction finds no form, and goes back to generic (one deopt), with a backoff.
  const src = `
class V:
    def __add__(self, o):
        return 1
def f():
    n = 0
    for i in range(300):
        a = i if i < 100 else V()
        n += 0 * (a + a)
    return n
print(f())
`;
  const r = run(["--mode=specialized", "--stats"], src);
  assert.equal(r.stdout, "0\n");
  const [, , failures, , misses, deopts] = familyRow(r.stderr, "BINARY_OP");
  assert.equal(misses, 53);
  assert.equal(deopts, 1);
  assert.ok(failures >= 1);
});

Deno.test("failures are counted by reason and back off exponentially", () => {
  const src = `
class V:
    def __add__(self, o):
        return 1
def f():
    v = V()
    n = 0
    for i in range(1000):
        n += 0 * (v + v)
    return n
print(f())
`;
  const r = run(["--mode=specialized", "--stats"], src);
  assert.equal(r.stdout, "0\n");
  assert.match(r.stderr, /BINARY_OP: both instance \d+/);
  const [attempts, , failures] = familyRow(r.stderr, "BINARY_OP");
  // `v + v` fails at executions 2, 4, 8, 16, ... (backoff 1, 3, 7, ...): about log2(1000).
  assert.ok(failures >= 8 && failures <= 11, `failures ${failures}`);
  assert.ok(attempts >= failures + 2);
});

Deno.test("--dis after a run shows the specialized forms; --stress specializes at once", () => {
  const src = "def f(a, b):\n    return a + b\nf(1, 2)\n";
  const plain = run(["--mode=specialized", "--dis"], src);
  assert.doesNotMatch(plain.stdout, /BINARY_OP_ADD_INT/, "one execution: still generic");
  const stress = run(["--mode=specialized", "--stress", "--dis"], src);
  assert.match(stress.stdout, /BINARY_OP_ADD_INT/);
  const interp = run(["--mode=interp", "--stress", "--dis"], src);
  assert.doesNotMatch(interp.stdout, /BINARY_OP_ADD_INT/, "tier 0 never rewrites itself");
});

Deno.test("every specialized form belongs to an adaptive family with the same cache", () => {
  for (let op = 128; op < 256; op++) {
    const info = OPCODES[op];
    if (info === undefined) continue;
    const base = OPCODES[FAMILY[op]]!;
    assert.notEqual(base.code, op);
    assert.equal(info.cache, base.cache, info.name);
    if (info.name.includes("__")) {
      // A superinstruction: made by quickening, never by a counter.
      assert.equal(info.cache, 0, info.name);
      assert.ok(info.name.startsWith(base.name + "__"), info.name);
      continue;
    }
    assert.equal(ADAPTIVE[base.code], 1, info.name);
    assert.ok(info.cache >= 1, `${info.name} needs a counter unit`);
    assert.ok(info.name.startsWith(base.name + "_"), info.name);
  }
  assert.equal(FAMILY[Op.LOAD_ATTR_INSTANCE_VALUE], Op.LOAD_ATTR);
});
