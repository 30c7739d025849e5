/**
 * The interpreter modes: `interp` runs a program in tier 0, `specialized` in
 * tier 1 (the same loop with its instructions quickened, `vm/specialize.ts`).
 * One `Vm` per run. Loaded by `vm/cli.ts`, so the command line and the
 * conformance worker both see the modes.
 *
 * @module
 */
import { registerMode, type RunRequest } from "./cli.ts";
import { disassemble } from "./dis.ts";
import { Vm } from "./vm.ts";
import { configureLists } from "./list_storage.ts";
import { formatSpecStats, Specializer } from "./specialize.ts";
// The modules written in TypeScript register themselves with `vm.ts` (loaded first).
import "./modules/index.ts";

/**
 * Runs the request's program on a new Vm that `setup` configures (tier 1's
 * specializer, tier 2), and returns its exit status. `setup` returns what
 * `--stats` prints for the mode, or null when the mode keeps no statistics.
 */
export function runVm(request: RunRequest, setup: (vm: Vm) => (() => string) | null): number {
  const { host, options } = request;
  const vm = new Vm(host, {
    argv: request.argv,
    filename: request.filename,
    source: request.source,
  });
  configureLists(options.stress);
  const stats = setup(vm);
  const status = vm.run(request.code);
  host.flush();
  // After the run, so that tier 1 shows the forms its instructions took.
  if (options.dis) {
    host.writeStdout(disassemble(request.code));
    host.flush();
  }
  if (options.stats) {
    host.writeStderr(
      stats !== null
        ? stats()
        : `patchpy: --stats: mode '${options.mode}' has no specialization or JIT statistics\n`,
    );
  }
  return status;
}

/** Tier 1 for `vm`, with tier 2's back-edge threshold when there is a tier 2; returns its `--stats`. */
export function specializeIn(vm: Vm, request: RunRequest, backedgeThreshold = 0): () => string {
  const spec = new Specializer(request.options.stress, request.options.stats, backedgeThreshold);
  vm.specializer = spec;
  return () => spec.stats === null ? "" : formatSpecStats(spec.stats);
}

function runInterpreter(request: RunRequest, adaptive: boolean): number {
  return runVm(request, (vm) => adaptive ? specializeIn(vm, request) : null);
}

/** Runs the request's program in the tier-0 interpreter. */
export function runInterp(request: RunRequest): number {
  return runInterpreter(request, false);
}

/** Runs the request's program in the specializing interpreter (tier 1). */
export function runSpecialized(request: RunRequest): number {
  return runInterpreter(request, true);
}

registerMode("interp", runInterp);
registerMode("specialized", runSpecialized);
