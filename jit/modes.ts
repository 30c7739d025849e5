/**
 * The tier-2 modes: `uops` runs hot loops as traces in the TypeScript uop
 * interpreter, `jit` as native code. Both run tier 1 around them. When `jit`
 * cannot run native code it says why, once, on stderr, and runs on in tier 1
 * (`sys._jit.is_enabled()` is then false).
 *
 * @module
 */
import type { RunRequest } from "../vm/cli.ts";
import { registerMode } from "../vm/modes.ts";
import { runVm, specializeIn } from "../vm/run.ts";
import type { Vm } from "../vm/vm.ts";
import { nativeBackend } from "../ffi/native_backend.ts";
import { configureLists } from "../vm/list_storage.ts";
import { Op } from "../vm/opcodes.ts";
import { JIT_THRESHOLD, Tier2Controller } from "./tier2.ts";
import { formatTier2Stats, nativeRecord, Tier2Stats } from "./stats.ts";
import { dumpExecutor, type ShownTrace } from "./dump.ts";

function runTier2(request: RunRequest, mode: "uops" | "jit"): number {
  return runVm(request, (vm: Vm) => {
    const { host, options } = request;
    const backend = mode === "jit" ? nativeBackend() : null;
    nativeRecord.ran = true;
    nativeRecord.enabled = false;
    nativeRecord.entries = 0;
    if (backend !== null && !backend.available) {
      host.writeStderr(
        `patchpy: --jit: native code cannot run: ${backend.reason}; running in tier 1\n`,
      );
      return specializeIn(vm, request);
    }
    // Lists meet native code through their buffers' real addresses.
    if (backend !== null) configureLists(options.stress, backend.bufferAddress);
    const tier1Stats = specializeIn(vm, request, JIT_THRESHOLD);
    const stats = options.stats ? new Tier2Stats() : null;
    const executed = vm.specializer?.stats?.executed;
    if (stats !== null && executed !== undefined) {
      stats.tier1Iterations = () => executed[Op.JUMP_BACKWARD] + executed[Op.ENTER_EXECUTOR];
    }
    const onInstall = options.jitDump
      ? (shown: ShownTrace) => host.writeStderr(dumpExecutor(shown, vm))
      : null;
    vm.tier2 = new Tier2Controller({ mode, backend, stats, onInstall, stress: options.stress });
    vm.jitEnabled = mode === "jit";
    nativeRecord.enabled = vm.jitEnabled;
    return () => tier1Stats() + (stats === null ? "" : formatTier2Stats(stats, mode));
  });
}

/** Runs the request's program with hot loops traced and interpreted as uops. */
export function runUops(request: RunRequest): number {
  return runTier2(request, "uops");
}

/** Runs the request's program with hot loops compiled to native code. */
export function runJit(request: RunRequest): number {
  return runTier2(request, "jit");
}

registerMode("uops", runUops);
registerMode("jit", runJit);
