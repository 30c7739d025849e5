/**
 * The `interp` mode: runs a program in the tier-0 interpreter, one `Vm` per
 * run. Loaded by `vm/cli.ts`, so the command line and the conformance worker
 * both see the mode.
 *
 * @module
 */
import { registerMode, type RunRequest } from "./cli.ts";
import { disassemble } from "./dis.ts";
import { Vm } from "./vm.ts";
// The modules written in TypeScript register themselves with `vm.ts` (loaded first).
import "./modules/index.ts";
import "./modules/index.ts";

/** Runs the request's program in tier 0 and returns its exit status. */
export function runInterp(request: RunRequest): number {
  const vm = new Vm(request.host, {
    argv: request.argv,
    filename: request.filename,
    source: request.source,
  });
  const status = vm.run(request.code);
  if (request.options.dis) {
    request.host.flush();
    request.host.writeStdout(disassemble(request.code));
  }
  return status;
}

registerMode("interp", runInterp);
