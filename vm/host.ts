/**
 * The one door between the VM and the world outside it. Everything in `vm/`
 * that reads a file, writes a stream, looks at the environment or a clock
 * goes through a `Host`, so the interpreter tiers run unchanged on any
 * JavaScript runtime; `ffi/` provides the runtime-specific implementations.
 *
 * @module
 */
import type { Libm } from "./modules/libm_backend.ts";

/** What the VM needs from its runtime. */
export interface Host {
  /** Writes text to standard output (buffered by the host). */
  writeStdout(text: string): void;
  /** Writes text to standard error (unbuffered, after flushing stdout). */
  writeStderr(text: string): void;
  /** Flushes buffered output. */
  flush(): void;
  /** Reads all of standard input as text. */
  readStdin(): string;
  /** Reads a UTF-8 text file, or returns null when it does not exist. */
  readTextFile(path: string): string | null;
  /** Makes a path absolute against the current directory. */
  resolvePath(path: string): string;
  /** Reads an environment variable. */
  getEnv(name: string): string | undefined;
  /** Wall-clock time in seconds since the epoch. */
  timeSeconds(): number;
  /** A monotonic clock in nanoseconds. */
  monotonicNs(): bigint;
  /**
   * Opens the platform C library's math functions, or gives null when the
   * runtime cannot call them. Asked at the first call of a math function.
   */
  readonly libm?: () => Libm | null;
  /**
   * Why this process cannot run native code (`--allow-ffi is not granted`,
   * `unsupported CPU: riscv64`), or null when it can; absent on hosts that
   * never can. Asked lazily: answering may load the native backend.
   */
  readonly nativeCodeProblem?: () => string | null;
}

/** A host that keeps output in memory: for tests and for embedding. */
export class MemoryHost implements Host {
  /** Everything written to standard output so far. */
  stdout = "";
  /** Everything written to standard error so far. */
  stderr = "";
  #files: Map<string, string>;
  #stdin: string;
  #env: Record<string, string>;

  /** Creates a host with the given files, standard input and environment. */
  constructor(
    options: { files?: Record<string, string>; stdin?: string; env?: Record<string, string> } = {},
  ) {
    this.#files = new Map(Object.entries(options.files ?? {}));
    this.#stdin = options.stdin ?? "";
    this.#env = options.env ?? {};
  }
  writeStdout(text: string): void {
    this.stdout += text;
  }
  writeStderr(text: string): void {
    this.stderr += text;
  }
  flush(): void {}
  readStdin(): string {
    const text = this.#stdin;
    this.#stdin = "";
    return text;
  }
  readTextFile(path: string): string | null {
    return this.#files.get(path) ?? null;
  }
  resolvePath(path: string): string {
    return path.startsWith("/") ? path : `/${path}`;
  }
  getEnv(name: string): string | undefined {
    return this.#env[name];
  }
  timeSeconds(): number {
    return Date.now() / 1000;
  }
  monotonicNs(): bigint {
    return BigInt(Math.round(performance.now() * 1e6));
  }
}
