/**
 * BINARY_OP_EXTEND's operations on boxed values, as a function for the uop
 * interpreter (`jit/uop_interp.ts`). Tier 1 keeps the same rules inline in
 * its loop for speed (`vm/interp.ts`, case BINARY_OP_EXTEND): a change to one
 * is a change to both. The other rules the two share are imported from
 * `vm/` (`compareNumbers` from `vm/operators.ts`, `enterNativeCall` from
 * `vm/interp_ops.ts`).
 *
 * @module
 */
import { PyFloat, type PyObject, T } from "../vm/object.ts";
import {
  type BinaryOpExtension,
  EXT_FLOAT_ADD_INT,
  EXT_FLOAT_DIV_FLOAT,
  EXT_FLOAT_DIV_INT,
  EXT_FLOAT_MUL_INT,
  EXT_FLOAT_SUB_INT,
  EXT_INT_ADD_FLOAT,
  EXT_INT_AND_INT,
  EXT_INT_DIV_FLOAT,
  EXT_INT_DIV_INT,
  EXT_INT_FLOORDIV_INT,
  EXT_INT_MOD_INT,
  EXT_INT_MUL_FLOAT,
  EXT_INT_OR_INT,
  EXT_INT_RSHIFT_INT,
  EXT_INT_SUB_FLOAT,
  EXT_INT_XOR_INT,
} from "../vm/specialize.ts";

const FLOAT = T.float;

/**
 * `a op b` by the descriptor's kind (tier 1's BINARY_OP_EXTEND), or
 * undefined when the operands are not the kinds it covers: the caller then
 * does what tier 1 does on a miss (the generic operator, or leaving a trace).
 */
export function binaryOpExtend(
  ext: BinaryOpExtension,
  a: PyObject,
  b: PyObject,
): PyObject | undefined {
  const x = (a as PyFloat).cls === FLOAT ? (a as PyFloat).value : a;
  const y = (b as PyFloat).cls === FLOAT ? (b as PyFloat).value : b;
  if (typeof x !== "number" || typeof y !== "number") return undefined;
  const af = a !== x;
  const bf = b !== y;
  switch (ext.kind) {
    case EXT_FLOAT_ADD_INT:
      return af && !bf ? new PyFloat(x + y, FLOAT) : undefined;
    case EXT_INT_ADD_FLOAT:
      return !af && bf ? new PyFloat(x + y, FLOAT) : undefined;
    case EXT_FLOAT_SUB_INT:
      return af && !bf ? new PyFloat(x - y, FLOAT) : undefined;
    case EXT_INT_SUB_FLOAT:
      return !af && bf ? new PyFloat(x - y, FLOAT) : undefined;
    case EXT_FLOAT_MUL_INT:
      return af && !bf ? new PyFloat(x * y, FLOAT) : undefined;
    case EXT_INT_MUL_FLOAT:
      return !af && bf ? new PyFloat(x * y, FLOAT) : undefined;
    case EXT_FLOAT_DIV_FLOAT:
      return af && bf && y !== 0 ? new PyFloat(x / y, FLOAT) : undefined;
    case EXT_FLOAT_DIV_INT:
      return af && !bf && y !== 0 ? new PyFloat(x / y, FLOAT) : undefined;
    case EXT_INT_DIV_FLOAT:
      return !af && bf && y !== 0 ? new PyFloat(x / y, FLOAT) : undefined;
    case EXT_INT_DIV_INT:
      return !af && !bf && y !== 0 ? new PyFloat(x / y, FLOAT) : undefined;
    case EXT_INT_FLOORDIV_INT:
      // `+ 0` turns -0 into 0.
      return !af && !bf && (x | 0) === x && (y | 0) === y && y !== 0
        ? Math.floor(x / y) + 0
        : undefined;
    case EXT_INT_MOD_INT: {
      if (af || bf || (x | 0) !== x || (y | 0) !== y || y === 0) return undefined;
      const m = x % y;
      // Python's remainder takes the divisor's sign.
      return m !== 0 && (m < 0) !== (y < 0) ? m + y : m + 0;
    }
    case EXT_INT_AND_INT:
      return !af && !bf && (x | 0) === x && (y | 0) === y ? x & y : undefined;
    case EXT_INT_OR_INT:
      return !af && !bf && (x | 0) === x && (y | 0) === y ? x | y : undefined;
    case EXT_INT_XOR_INT:
      return !af && !bf && (x | 0) === x && (y | 0) === y ? x ^ y : undefined;
    case EXT_INT_RSHIFT_INT:
      return !af && !bf && (x | 0) === x && y >= 0 && y < 32 && (y | 0) === y ? x >> y : undefined;
  }
  return undefined;
}
