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
import { formatSpecStats, Specializer } from "./specialize.ts";
// The modules written in TypeScript register themselves with `vm.ts` (loaded first).
import "./modules/index.ts";

/** Runs the request's program in tier 0, or tier 1 when `adaptive`; returns its exit status. */
function runInterpreter(request: RunRequest, adaptive: boolean): number {
  const { host, options } = request;
  const vm = new Vm(host, {
    argv: request.argv,
    filename: request.filename,
    source: request.source,
  });
  if (adaptive) vm.specializer = new Specializer(options.stress, options.stats);
  const status = vm.run(request.code);
  host.flush();
  // After the run, so that tier 1 shows the forms its instructions took.
  if (options.dis) {
    host.writeStdout(disassemble(request.code));
    host.flush();
  }
  if (options.stats) {
    const stats = vm.specializer?.stats;
    host.writeStderr(
      stats
        ? formatSpecStats(stats)
        : `patchpy: --stats: mode '${options.mode}' has no specialization or JIT statistics\n`,
    );
  }
  return status;
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
