/**
 * The robustness fuzz test: a fixed seed's generated programs through
 * patchpy's command line in `--mode=interp`, and another seed's in
 * `--mode=jit --stress` (every loop native from its first iteration), none
 * of which may end in an internal error, a crash, a hang or leaked
 * JavaScript. Differences from CPython's output are printed, not failed on
 * (known gaps exist).
 *
 * Explore other seeds with `conformance/fuzz.ts --seed=N --count=M`.
 */
import assert from "node:assert/strict";
import { DEFAULT_SEED, type FuzzOptions, printReport, runFuzz } from "./fuzz.ts";
import { nativeBackend } from "../ffi/native_backend.ts";

// Sized for about half a minute on two cores with CPython (a hang adds its 10 s timeout).
const COUNT = 2000;

async function fuzzClean(options: FuzzOptions): Promise<void> {
  const report = await runFuzz({ ...options, minimize: true, minimizeBudget: 30 });
  printReport(report, { show: 8 });
  assert.ok(report.programs.length >= 500);
  const distinct = new Set(report.failures.map((f) => f.signature)).size;
  assert.equal(
    report.failures.length,
    0,
    `${report.failures.length} failing programs, ${distinct} distinct bugs (listed above)`,
  );
}

Deno.test({
  name: `fuzz: ${COUNT} generated programs (seed ${DEFAULT_SEED}) end cleanly in --mode=interp`,
  fn: () => fuzzClean({ seed: DEFAULT_SEED, count: COUNT }),
});

const JIT_SEED = 777;
const JIT_COUNT = 1000;

Deno.test({
  name:
    `fuzz: ${JIT_COUNT} generated programs (seed ${JIT_SEED}) end cleanly in --mode=jit --stress`,
  ignore: !nativeBackend().available,
  fn: () => fuzzClean({ seed: JIT_SEED, count: JIT_COUNT, modeArgs: ["--mode=jit", "--stress"] }),
});
