/**
 * The robustness fuzz test: a fixed seed's generated programs through
 * patchpy's command line in `--mode=interp`, none of which may end in an
 * internal error, a crash, a hang or leaked JavaScript. Differences from
 * CPython's output are printed, not failed on (known gaps exist).
 *
 * Explore other seeds with `conformance/fuzz.ts --seed=N --count=M`.
 */
import assert from "node:assert/strict";
import { DEFAULT_SEED, printReport, runFuzz } from "./fuzz.ts";

// Sized for about half a minute on two cores with CPython (a hang adds its 10 s timeout).
const COUNT = 2000;

Deno.test({
  name: `fuzz: ${COUNT} generated programs (seed ${DEFAULT_SEED}) end cleanly in --mode=interp`,
  async fn() {
    const report = await runFuzz({
      seed: DEFAULT_SEED,
      count: COUNT,
      minimize: true,
      minimizeBudget: 30,
    });
    printReport(report, { show: 8 });
    assert.ok(report.programs.length >= 500);
    const distinct = new Set(report.failures.map((f) => f.signature)).size;
    assert.equal(
      report.failures.length,
      0,
      `${report.failures.length} failing programs, ${distinct} distinct bugs (listed above)`,
    );
  },
});
