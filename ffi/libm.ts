/**
 * The platform's libm through Deno FFI, so that `math` and float `**` round
 * exactly as CPython does on the same machine (CPython calls these very
 * functions). Without `--allow-ffi`, or where no libm can be opened, the VM
 * keeps its portable implementations (`vm/modules/libm_backend.ts`).
 *
 * @module
 */
import { type Libm, LIBM_BINARY, LIBM_UNARY } from "../vm/modules/libm_backend.ts";

const CANDIDATES = ["libm.so.6", "libm.so", "libm.dylib", "/usr/lib/libSystem.dylib"];

let cached: Libm | null | undefined;

/** The platform libm's functions, or null when FFI is not allowed or no libm opens. */
export function platformLibm(): Libm | null {
  if (cached !== undefined) return cached;
  cached = null;
  try {
    if (typeof Deno.dlopen !== "function") return null;
    if (Deno.permissions.querySync({ name: "ffi" }).state !== "granted") return null;
  } catch {
    return null;
  }
  const symbols: Record<string, Deno.ForeignFunction> = {};
  for (const name of LIBM_UNARY) symbols[name] = { parameters: ["f64"], result: "f64" };
  for (const name of LIBM_BINARY) symbols[name] = { parameters: ["f64", "f64"], result: "f64" };
  for (const path of CANDIDATES) {
    try {
      cached = Deno.dlopen(path, symbols).symbols as unknown as Libm;
      return cached;
    } catch {
      // try the next name
    }
  }
  return null;
}
