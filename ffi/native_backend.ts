/**
 * What the native JIT needs from its host, and the one place that decides
 * whether this process can run native code at all. The Deno backend maps
 * code with libc and enters it through the trampoline; the `none` backend
 * says why not (`sys._jit.is_available()` is false) and refuses every use.
 *
 * @module
 */
import type { Arch, StencilTable } from "../jit/stencil_types.ts";
import { type CodeBlock, ExecMemory, type PageRange } from "./exec_memory.ts";
import { openLibc } from "./libc.ts";
import { loadTrampoline } from "./trampoline.ts";

export type { CodeBlock, PageRange } from "./exec_memory.ts";

/** The host layer the JIT runs native code through. */
export interface NativeBackend {
  /** Whether native code can run; when false every method throws. */
  readonly available: boolean;
  /** Why native code cannot run (`--allow-ffi is not granted`), or `""` when it can. */
  readonly reason: string;
  /** The architecture stencils must be built for. */
  readonly arch: Arch;
  /** The granularity of code blocks. */
  readonly pageSize: number;
  /** Read-write pages for at least `size` bytes of code. */
  alloc(size: number): CodeBlock;
  /** Copies bytes into a read-write block. */
  write(block: CodeBlock, bytes: Uint8Array, offset?: number): void;
  /** Makes a block read-execute and visible to instruction fetch. */
  seal(block: CodeBlock): void;
  /** Makes a sealed block read-write again, to patch it. */
  unseal(block: CodeBlock): void;
  /** Returns a block's pages; nothing may jump into it afterwards. */
  free(block: CodeBlock): void;
  /** Every page handed out or reserved, with its expected protection. */
  protections(): PageRange[];
  /** Runs a trace's shim on a native frame; returns the exit id. */
  enter(shim: Deno.PointerObject, frame: Deno.PointerObject): number;
  /**
   * The address of an ArrayBuffer used as a native frame, cached per buffer.
   * The buffer must stay alive, unresized and untransferred while any trace
   * may use it.
   */
  framePointer(buffer: ArrayBuffer): Deno.PointerObject;
  /**
   * The address of a fixed-size ArrayBuffer that native code reads and
   * writes (a list's header or items), as a number: user-space addresses
   * are below 2**53. Not cached: the buffer must stay alive while any
   * native code may use it.
   */
  bufferAddress(buffer: ArrayBuffer): number;
}

/** Options for `createNativeBackend`. */
export interface NativeBackendOptions {
  /** The trampoline shared object for this CPU, or why there is none. */
  trampoline: Uint8Array | string;
  /** Bytes per arena of code memory. */
  arenaSize?: number;
}

function hostArch(): Arch | null {
  const arch = typeof Deno === "undefined" ? undefined : Deno.build.arch;
  return arch === "x86_64" || arch === "aarch64" ? arch : null;
}

/**
 * The stencil table for this CPU, loaded with the module: `nativeBackend()`
 * is synchronous, and only the running architecture's table is parsed.
 */
async function loadTable(): Promise<StencilTable | string> {
  if (typeof Deno === "undefined" || Deno.build.os !== "linux") return "no table for this host";
  const arch = hostArch();
  if (arch === null) return "no table for this host";
  try {
    const module = arch === "x86_64"
      ? await import("../stencils/generated/x86_64.ts")
      : await import("../stencils/generated/aarch64.ts");
    return module.STENCILS as StencilTable;
  } catch (e) {
    return `stencils/generated/${arch}.ts does not load: ${e instanceof Error ? e.message : e}`;
  }
}

const TABLE = await loadTable();

/** The running CPU's stencil table, or null where there is none. */
export function hostStencils(): StencilTable | null {
  return typeof TABLE === "string" ? null : TABLE;
}

/** Why this process cannot run native code before anything native is touched, or null. */
function hostProblem(): string | null {
  if (typeof Deno === "undefined") return "not running on Deno";
  if (typeof Deno.dlopen !== "function") return "Deno.dlopen is not available";
  // Platform before permission: asking for --allow-ffi where native code can
  // never run would send the user on a useless errand.
  if (Deno.build.os !== "linux") return `unsupported OS: ${Deno.build.os}`;
  if (hostArch() === null) return `unsupported CPU: ${Deno.build.arch}`;
  try {
    if (Deno.permissions.querySync({ name: "ffi" }).state !== "granted") {
      return "--allow-ffi is not granted";
    }
  } catch (e) {
    return `Cannot query the ffi permission: ${e instanceof Error ? e.message : e}`;
  }
  return null;
}

/**
 * A backend that runs nothing: each use throws, saying why.
 *
 * @param reason Why native code cannot run.
 * @returns The unavailable backend.
 */
export function noneBackend(reason: string): NativeBackend {
  const refuse = (): never => {
    throw new Error(`Cannot run native code: ${reason}`);
  };
  return {
    available: false,
    reason,
    get arch(): Arch {
      return hostArch() ?? refuse();
    },
    get pageSize(): number {
      return refuse();
    },
    alloc: refuse,
    write: refuse,
    seal: refuse,
    unseal: refuse,
    free: refuse,
    protections: refuse,
    enter: refuse,
    framePointer: refuse,
    bufferAddress: refuse,
  };
}

/**
 * Probes the host and builds a backend, uncached: `nativeBackend()` is the
 * one to use; this one lets tests supply their own trampoline.
 *
 * @param options The trampoline bytes and the arena size.
 * @returns The Deno backend, or the none backend saying why not.
 */
export function createNativeBackend(options: NativeBackendOptions): NativeBackend {
  const problem = hostProblem();
  if (problem !== null) return noneBackend(problem);
  const arch = hostArch()!;
  let libc;
  try {
    libc = openLibc();
  } catch (e) {
    return noneBackend((e as Error).message);
  }
  if (typeof options.trampoline === "string") {
    return noneBackend(`Cannot load the trampoline: ${options.trampoline}`);
  }
  let trampoline;
  try {
    trampoline = loadTrampoline(libc, options.trampoline);
  } catch (e) {
    return noneBackend((e as Error).message);
  }
  if (!trampoline.cpuFma) {
    // Stencils that compute pow are built with fused multiply-adds (stencils/float_pow.h).
    trampoline.close();
    return noneBackend("unsupported CPU: x86-64 without FMA (Haswell or later is needed)");
  }
  const memory = new ExecMemory(libc, {
    arenaSize: options.arenaSize,
    // x86-64 keeps instruction fetch coherent with stores: skip the FFI call.
    flushIcache: arch === "aarch64" ? trampoline.flushIcache : null,
  });
  const jitCall = trampoline.jitCall;
  const frames = new WeakMap<ArrayBuffer, Deno.PointerObject>();
  return {
    available: true,
    reason: "",
    arch,
    pageSize: memory.pageSize,
    alloc: (size) => memory.alloc(size),
    write: (block, bytes, offset) => memory.write(block, bytes, offset),
    seal: (block) => memory.seal(block),
    unseal: (block) => memory.unseal(block),
    free: (block) => memory.free(block),
    protections: () => memory.protections(),
    enter: (shim, frame) => jitCall(shim, frame),
    framePointer(buffer) {
      let pointer = frames.get(buffer);
      if (pointer === undefined) {
        // A resizable buffer may move when it grows; a detached one has no memory.
        if (buffer.resizable || buffer.detached || buffer.byteLength === 0) {
          throw new TypeError(
            "Cannot use buffer as a native frame: it must be fixed-size and non-empty",
          );
        }
        pointer = Deno.UnsafePointer.of(buffer)!;
        frames.set(buffer, pointer);
      }
      return pointer;
    },
    bufferAddress(buffer) {
      if (buffer.resizable || buffer.detached || buffer.byteLength === 0) {
        throw new TypeError("Cannot use buffer natively: it must be fixed-size and non-empty");
      }
      return Number(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buffer)));
    },
  };
}

let cached: NativeBackend | undefined;

/**
 * The process's native backend, probed once: the Deno backend when
 * `Deno.dlopen` exists, the OS is Linux, the CPU is x86-64 or AArch64,
 * `--allow-ffi` is granted, libc opens and the trampoline loads; otherwise
 * the none backend, whose `reason` says which of these failed.
 *
 * @returns The cached backend.
 * @example Report whether native code runs
 * ```ts
 * import { nativeBackend } from "./native_backend.ts";
 * const backend = nativeBackend();
 * console.log(backend.available ? `native on ${backend.arch}` : backend.reason);
 * ```
 */
export function nativeBackend(): NativeBackend {
  if (cached === undefined) {
    cached = createNativeBackend({
      trampoline: typeof TABLE === "string" ? TABLE : TABLE.trampoline,
    });
  }
  return cached;
}
