/**
 * The C library functions `math` and float `**` end in. CPython calls the
 * platform libm (glibc on Linux), whose results are not all correctly rounded,
 * so the only way to print CPython's last bit everywhere is to call the same
 * libm. Where the host can (Deno with `--allow-ffi`, see `ffi/libm.ts`), it
 * installs the platform's functions here with `useLibm`; otherwise the
 * portable TypeScript versions stay: correctly rounded `atan`/`atan2`, ports
 * of glibc's `pow`, `log10`, `log1p`, `expm1`, ... and V8's `Math.*` for the
 * rest, which differ from glibc in the last bit on a few inputs in ten
 * thousand.
 *
 * @module
 */
import { libmPow } from "../float_pow.ts";
import * as libm from "./libm.ts";
import * as ports from "./libm_ports.ts";

/** The libm entry points patchpy uses, by their C names. */
export interface Libm {
  sin(x: number): number;
  cos(x: number): number;
  tan(x: number): number;
  asin(x: number): number;
  acos(x: number): number;
  atan(x: number): number;
  atan2(y: number, x: number): number;
  sinh(x: number): number;
  cosh(x: number): number;
  tanh(x: number): number;
  asinh(x: number): number;
  acosh(x: number): number;
  atanh(x: number): number;
  exp(x: number): number;
  exp2(x: number): number;
  expm1(x: number): number;
  log(x: number): number;
  log2(x: number): number;
  log10(x: number): number;
  log1p(x: number): number;
  erf(x: number): number;
  erfc(x: number): number;
  cbrt(x: number): number;
  pow(x: number, y: number): number;
}

/** The names of `Libm`, for hosts that bind them by symbol. */
export const LIBM_UNARY = [
  "sin",
  "cos",
  "tan",
  "asin",
  "acos",
  "atan",
  "sinh",
  "cosh",
  "tanh",
  "asinh",
  "acosh",
  "atanh",
  "exp",
  "exp2",
  "expm1",
  "log",
  "log2",
  "log10",
  "log1p",
  "erf",
  "erfc",
  "cbrt",
] as const; // deno-fmt-ignore
/** The two-argument names of `Libm`. */
export const LIBM_BINARY = ["atan2", "pow"] as const;

/** The portable implementations. */
export const PORTABLE_LIBM: Readonly<Libm> = Object.freeze({
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  asin: Math.asin,
  acos: Math.acos,
  atan: libm.atan,
  atan2: libm.atan2,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  asinh: Math.asinh,
  acosh: ports.acosh,
  atanh: ports.atanh,
  exp: Math.exp,
  exp2: (x: number) => libmPow(2, x),
  expm1: ports.expm1,
  log: Math.log,
  log2: Math.log2,
  log10: ports.log10,
  log1p: ports.log1p,
  erf: ports.erf,
  erfc: ports.erfc,
  cbrt: ports.cbrt,
  pow: libmPow,
});

/**
 * The functions in use. Callers read `C.name` at call time, so a host that
 * installs the platform libm after the modules load still takes effect.
 */
export const C: Libm = { ...PORTABLE_LIBM };

/**
 * Installs a host's libm in place of the portable functions. `load` runs at
 * the first call of any of them, so a program that never calls one never
 * opens the library (which costs milliseconds); null from it keeps the
 * portable ones.
 */
export function useLibm(load: () => Libm | null): void {
  const install = () => Object.assign(C, load() ?? PORTABLE_LIBM);
  for (const name of Object.keys(PORTABLE_LIBM) as (keyof Libm)[]) {
    const first = (...args: number[]) => (install()[name] as (...a: number[]) => number)(...args);
    (C as Record<keyof Libm, unknown>)[name] = first;
  }
}
