/**
 * The registry of execution modes: each tier's module registers the runner
 * of its mode here when it is loaded. `vm/cli.ts` re-exports `registerMode`
 * and imports the tiers after this module, so a tier can register while the
 * command line's module is still being evaluated.
 *
 * @module
 */
import type { Mode, ModeRunner } from "./cli.ts";

const runners = new Map<Mode, ModeRunner>();

/** Registers the runner of a mode (called by each tier's module). */
export function registerMode(mode: Mode, runner: ModeRunner): void {
  runners.set(mode, runner);
}

/** The runner of a mode, or undefined when no tier provides it. */
export function modeRunner(mode: Mode): ModeRunner | undefined {
  return runners.get(mode);
}

/** The modes that have a runner, in registration order. */
export function registeredModes(): Mode[] {
  return [...runners.keys()];
}
