/**
 * The few libc functions the native JIT needs, through Deno FFI: memory
 * mapping and protection for code, `memfd_create` for loading the entry
 * trampoline, and errno for messages. Opened lazily, once per process, and
 * only by callers that have already checked `--allow-ffi`.
 *
 * Addresses travel as bigints (`usize`), not pointer objects: arenas are
 * carved by arithmetic, and each `Deno.UnsafePointer.create` costs about
 * 0.3 us, so pointer objects are made only where native code needs them.
 *
 * The constants are Linux's, identical on x86-64 and AArch64 (both use the
 * generic flag and errno values; only alpha, mips, parisc and sparc differ).
 *
 * @module
 */

/** `mmap`/`mprotect` protections. */
export const PROT_NONE = 0;
export const PROT_READ = 1;
export const PROT_WRITE = 2;
export const PROT_EXEC = 4;

/** `mmap` flags. */
export const MAP_PRIVATE = 0x02;
export const MAP_ANONYMOUS = 0x20;
export const MAP_NORESERVE = 0x4000;

/** `madvise`: drop the pages; the next touch reads zeros. */
export const MADV_DONTNEED = 4;

/** `memfd_create`: the descriptor does not leak into child processes. */
export const MFD_CLOEXEC = 1;

/** `sysconf` name of the page size (glibc's `_SC_PAGESIZE`). */
const SC_PAGESIZE = 30;

/** `mmap`'s failure value, `(void *)-1`. */
export const MAP_FAILED = 0xffff_ffff_ffff_ffffn;

const ERRNO_NAMES: Record<number, string> = {
  1: "EPERM",
  2: "ENOENT",
  4: "EINTR",
  5: "EIO",
  9: "EBADF",
  11: "EAGAIN",
  12: "ENOMEM",
  13: "EACCES",
  14: "EFAULT",
  16: "EBUSY",
  17: "EEXIST",
  22: "EINVAL",
  23: "ENFILE",
  24: "EMFILE",
  28: "ENOSPC",
  38: "ENOSYS",
  75: "EOVERFLOW",
};

/**
 * The symbolic name of an errno value, for messages.
 *
 * @param errno The value of `errno`.
 * @returns `"EACCES"` for 13, or `"errno 99"` for a value without a name here.
 * @example Name an errno
 * ```ts
 * import { errnoName } from "./libc.ts";
 * console.log(errnoName(13)); // "EACCES"
 * ```
 */
export function errnoName(errno: number): string {
  return ERRNO_NAMES[errno] ?? `errno ${errno}`;
}

const SYMBOLS = {
  mmap: { parameters: ["usize", "usize", "i32", "i32", "i32", "i64"], result: "usize" },
  munmap: { parameters: ["usize", "usize"], result: "i32" },
  mprotect: { parameters: ["usize", "usize", "i32"], result: "i32" },
  madvise: { parameters: ["usize", "usize", "i32"], result: "i32" },
  memfd_create: { parameters: ["buffer", "u32"], result: "i32" },
  write: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  close: { parameters: ["i32"], result: "i32" },
  sysconf: { parameters: ["i32"], result: "i64" },
  __errno_location: { parameters: [], result: "pointer" },
} as const;

/** The raw libc symbols, as `Deno.dlopen` types them. */
export type LibcSymbols = Deno.DynamicLibrary<typeof SYMBOLS>["symbols"];

/** libc, with errno and the page size read once. */
export interface Libc {
  readonly symbols: LibcSymbols;
  /** The page size (`sysconf(_SC_PAGESIZE)`): 4 KiB, or 16/64 KiB on some AArch64 kernels. */
  readonly pageSize: number;
  /** The calling thread's errno; read it right after the failing call. */
  errno(): number;
  /** `errnoName(errno())`. */
  errnoName(): string;
}

const CANDIDATES = ["libc.so.6", "libc.so"];

let cached: Libc | undefined;
let failure: Error | undefined;

/**
 * Opens libc on first use. The caller must have checked that `Deno.dlopen`
 * exists and that `--allow-ffi` is granted.
 *
 * @returns The process-wide libc handle.
 * @throws {Error} When no libc opens (`Cannot open libc: ...`).
 * @example Read the page size
 * ```ts ignore
 * import { openLibc } from "./libc.ts";
 * console.log(openLibc().pageSize); // 4096
 * ```
 */
export function openLibc(): Libc {
  if (cached) return cached;
  if (failure) throw failure;
  const errors: string[] = [];
  for (const path of CANDIDATES) {
    let symbols: LibcSymbols;
    try {
      symbols = Deno.dlopen(path, SYMBOLS).symbols;
    } catch (e) {
      errors.push(`${path}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const errnoPtr = symbols.__errno_location();
    if (errnoPtr === null) {
      errors.push(`${path}: __errno_location returned NULL`);
      continue;
    }
    // errno is thread-local, but FFI calls run on the JS thread, so this
    // one address serves every later read.
    const errnoView = new Deno.UnsafePointerView(errnoPtr);
    const pageSize = Number(symbols.sysconf(SC_PAGESIZE));
    if (!(pageSize >= 4096 && (pageSize & (pageSize - 1)) === 0)) {
      errors.push(`${path}: sysconf returned page size ${pageSize}`);
      continue;
    }
    cached = {
      symbols,
      pageSize,
      errno: () => errnoView.getInt32(0),
      errnoName: () => errnoName(errnoView.getInt32(0)),
    };
    return cached;
  }
  failure = new Error(`Cannot open libc: ${errors.join("; ")}`);
  throw failure;
}
