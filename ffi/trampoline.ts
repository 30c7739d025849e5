/**
 * Loads the entry trampoline (`stencils/trampoline.c`) from its bytes in the
 * stencil table. `Deno.dlopen` wants a path, so the bytes go into an
 * anonymous memory file whose `/proc/self/fd/N` name it can open: nothing is
 * written to disk and nothing is left behind. A call through a dlopen'ed
 * symbol is a fast FFI call (about 9 ns); `Deno.UnsafeFnPointer.call` on the
 * trace itself costs about a microsecond.
 *
 * The descriptor stays open while the library is loaded: the loader
 * recognises loaded objects by path, so a later load whose memfd reused the
 * number would silently get this library back.
 *
 * @module
 */
import { type Libc, MFD_CLOEXEC } from "./libc.ts";

const SYMBOLS = {
  jit_call: { parameters: ["pointer", "pointer"], result: "i32" },
  jit_flush_icache: { parameters: ["pointer", "usize"], result: "void" },
  jit_cpu_fma: { parameters: [], result: "i32" },
} as const;

/** The trampoline's exports. */
export interface Trampoline {
  /** Runs the shim `fn` on `frame`; returns the exit id. */
  readonly jitCall: (fn: Deno.PointerValue, frame: Deno.PointerValue) => number;
  /** Cleans and invalidates caches over `[start, start + length)`; a no-op on x86-64. */
  readonly flushIcache: (start: Deno.PointerValue, length: bigint) => void;
  /** Whether the CPU has the fused multiply-add stencils need (x86-64: FMA3 and AVX state). */
  readonly cpuFma: boolean;
  /** Unloads the shared object; only once no trace can run. */
  close(): void;
}

/**
 * Loads a trampoline shared object from its bytes.
 *
 * @param libc The opened libc.
 * @param bytes The shared object, for the running architecture.
 * @returns The loaded trampoline.
 * @throws {Error} `Cannot load the trampoline: ...` when any step fails.
 * @example Load the table's trampoline
 * ```ts ignore
 * import { openLibc } from "./libc.ts";
 * import { loadTrampoline } from "./trampoline.ts";
 * import { STENCILS } from "../stencils/generated/x86_64.ts";
 * const trampoline = loadTrampoline(openLibc(), STENCILS.trampoline);
 * ```
 */
export function loadTrampoline(libc: Libc, bytes: Uint8Array): Trampoline {
  if (bytes.length === 0) throw new Error("Cannot load the trampoline: the table holds no bytes");
  const { memfd_create, write, close } = libc.symbols;
  const fd = memfd_create(new TextEncoder().encode("patchpy-trampoline\0"), MFD_CLOEXEC);
  if (fd < 0) {
    throw new Error(`Cannot load the trampoline: memfd_create returned ${libc.errnoName()}`);
  }
  const closeFd = () => close(fd);
  try {
    let done = 0;
    while (done < bytes.length) {
      const n = Number(write(fd, bytes.subarray(done), BigInt(bytes.length - done)));
      if (n <= 0) {
        const why = n < 0 ? libc.errnoName() : "0";
        throw new Error(`Cannot load the trampoline: write returned ${why}`);
      }
      done += n;
    }
    let library: Deno.DynamicLibrary<typeof SYMBOLS>;
    try {
      library = Deno.dlopen(`/proc/self/fd/${fd}`, SYMBOLS);
    } catch (e) {
      throw new Error(`Cannot load the trampoline: ${e instanceof Error ? e.message : String(e)}`);
    }
    const { jit_call, jit_flush_icache, jit_cpu_fma } = library.symbols;
    return {
      jitCall: jit_call,
      flushIcache: jit_flush_icache,
      cpuFma: jit_cpu_fma() !== 0,
      close() {
        library.close();
        closeFd();
      },
    };
  } catch (e) {
    closeFd();
    throw e;
  }
}
