/**
 * Tier 2's counts for `--stats`: traces projected, compiled and rejected
 * (by reason, from `jit/reasons.ts`), native bytes, compile time, entries,
 * and exits taken per exit.
 *
 * @module
 */
import { type Reason, REASONS } from "./reasons.ts";

/**
 * What the last run did natively, kept even without `--stats`: the
 * conformance runner fails a `jit`-mode run that could not run native code,
 * and a `# expect: jit` case in which no native code ran.
 */
export const nativeRecord: { ran: boolean; enabled: boolean; entries: number } = {
  ran: false,
  enabled: false,
  entries: 0,
};

/** What tier 2 did during a run. */
export class Tier2Stats {
  projected = 0;
  compiled = 0;
  readonly rejected: Map<Reason, number> = new Map();
  invalidated = 0;
  /** Executors given up because their entries ran too few iterations to pay. */
  retired = 0;
  nativeBytes = 0;
  compileMs = 0;
  /** Executor runs started. */
  entries = 0;
  /** Entries refused by an entry check (types or dependencies). */
  entryMisses = 0;
  /** Iterations of a loop head run inside traces (`uops` mode). */
  iterations = 0;
  /** Loop iterations native code ended, of code already freed. */
  nativeIterations = 0;
  /** Live executors that count the loop iterations their native code ends. */
  readonly iterationCounters: Set<{ iterations(): number }> = new Set();
  /** Loop iterations tier 1 ended (backward jumps and executor entries), when it counts them. */
  tier1Iterations: (() => number) | null = null;
  /** Exits taken, by `code:line pc uop`. */
  readonly exits: Map<string, number> = new Map();
  /** Side traces made (`jit/side_traces.ts`), and not made, by reason. */
  sideTraces = 0;
  readonly sideRejected: Map<Reason, number> = new Map();
  /** Transfers between traces without tier 1: into a side trace, or back to a parent's top. */
  links = 0;
  /** Trees whose native links count their own transfers, until they are freed. */
  readonly linkCounters: Set<{ transfers(): number }> = new Set();
  /** Roots lowered again to carry slots their side traces work on. */
  rebuilt = 0;

  reject(reason: Reason): void {
    this.rejected.set(reason, (this.rejected.get(reason) ?? 0) + 1);
  }

  exit(label: string): void {
    this.exits.set(label, (this.exits.get(label) ?? 0) + 1);
  }
}

/** The `--stats` block of tier 2. */
export function formatTier2Stats(s: Tier2Stats, mode: string): string {
  const lines = [`tier 2 (${mode}):`];
  lines.push(
    `  traces projected: ${s.projected}, compiled: ${s.compiled}, invalidated: ${s.invalidated}` +
      (mode === "jit" ? `, retired for short trips: ${s.retired}` : ""),
  );
  const rejected = [...s.rejected].sort((a, b) => b[1] - a[1]);
  lines.push(`  rejected: ${rejected.reduce((n, [, c]) => n + c, 0)}`);
  for (const [r, c] of rejected) lines.push(`    ${String(c).padStart(8)}  ${REASONS[r]}`);
  if (mode === "jit") {
    lines.push(
      `  native code: ${s.nativeBytes} bytes, compile time ${s.compileMs.toFixed(3)} ms` +
        (s.compiled > 0 ? ` (${((s.compileMs * 1000) / s.compiled).toFixed(1)} us per trace)` : ""),
    );
  }
  lines.push(`  entries: ${s.entries}, refused at entry: ${s.entryMisses}`);
  if (mode === "jit" && s.tier1Iterations !== null) {
    const native = s.nativeIterations +
      [...s.iterationCounters].reduce((n, c) => n + c.iterations(), 0);
    const all = native + s.tier1Iterations();
    const share = all === 0 ? 0 : (100 * native) / all;
    lines.push(
      `  loop iterations: ${all}, in native code: ${native} (${share.toFixed(1)}%)`,
    );
  }
  const sideRejected = [...s.sideRejected].sort((a, b) => b[1] - a[1]);
  lines.push(
    `  side traces: ${s.sideTraces}, rejected: ${
      sideRejected.reduce((n, [, c]) => n + c, 0)
    }, links taken: ${
      s.links + [...s.linkCounters].reduce((n, c) => n + c.transfers(), 0)
    }, roots rebuilt to carry slots: ${s.rebuilt}`,
  );
  for (const [r, c] of sideRejected) lines.push(`    ${String(c).padStart(8)}  ${REASONS[r]}`);
  const exits = [...s.exits].sort((a, b) => b[1] - a[1]);
  lines.push(`  exits taken: ${exits.reduce((n, [, c]) => n + c, 0)}`);
  for (const [label, c] of exits.slice(0, 20)) lines.push(`    ${String(c).padStart(8)}  ${label}`);
  if (exits.length > 20) lines.push(`    ... ${exits.length - 20} more exits`);
  return lines.join("\n") + "\n";
}
