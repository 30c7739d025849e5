/**
 * The calls into native code that the uop interpreter (`jit/uop_interp.ts`)
 * makes itself: `_CALL_BUILTIN_FAST`, `_CALL_METHOD_DESCRIPTOR_FAST`,
 * `_CALL_BUILTIN_CLASS`, `_CALL_LEN` and `_CALL_ISINSTANCE`, each guard then call, as tier 1's
 * specialized CALL forms do them (`vm/interp.ts`).
 *
 * @module
 */
import { call, isInstance, lenObject } from "../vm/abstract.ts";
import {
  type PyBuiltinFunction,
  type PyMethodDescriptor,
  type PyObject,
  typeOf,
} from "../vm/object.ts";
import type { Frame } from "../vm/frame.ts";
import type { Vm } from "../vm/vm.ts";
import { ISINSTANCE, LEN } from "../vm/specialize.ts";
import { enterNativeCall } from "../vm/interp_ops.ts";
import { uopId } from "./uop_decode.ts";

const CALL_BUILTIN_FAST = uopId("_CALL_BUILTIN_FAST");
const CALL_METHOD_DESCRIPTOR_FAST = uopId("_CALL_METHOD_DESCRIPTOR_FAST");
const CALL_LEN = uopId("_CALL_LEN");
const CALL_ISINSTANCE = uopId("_CALL_ISINSTANCE");
const CALL_BUILTIN_CLASS = uopId("_CALL_BUILTIN_CLASS");

/**
 * Op `uop` (one of the four above) on the call whose callable is at
 * `fast[base]`, its self or NULL at `base + 1` and its arguments up to `sp`:
 * the result, or undefined when the guard fails and the op exits, having
 * changed nothing. `pc` is the op's instruction, set as `frame.lasti` for
 * the call. The caller writes the result at `base`.
 */
export function callNativeFast(
  vm: Vm,
  frame: Frame,
  uop: number,
  operand: unknown,
  fast: (PyObject | undefined)[],
  base: number,
  sp: number,
  pc: number,
): PyObject | undefined {
  const callable = fast[base]!;
  const self = fast[base + 1];
  if (
    uop === CALL_METHOD_DESCRIPTOR_FAST
      ? callable !== operand || self === undefined ||
        typeOf(self) !== (callable as PyMethodDescriptor).owner
      : self !== undefined || callable !==
          (uop === CALL_BUILTIN_FAST || uop === CALL_BUILTIN_CLASS
            ? operand
            : uop === CALL_LEN
            ? LEN
            : ISINSTANCE)
  ) return undefined;
  frame.lasti = pc;
  enterNativeCall(vm);
  let r: PyObject;
  if (uop === CALL_LEN) r = lenObject(fast[sp - 1]!);
  else if (uop === CALL_ISINSTANCE) r = isInstance(fast[sp - 2]!, fast[sp - 1]!);
  else {
    const args = fast.slice(base + 2, sp) as PyObject[];
    r = uop === CALL_METHOD_DESCRIPTOR_FAST
      ? (callable as PyMethodDescriptor).call(self!, args, null)
      : uop === CALL_BUILTIN_CLASS
      ? call(callable, args, null)
      : (callable as PyBuiltinFunction).call(args, null);
  }
  vm.depth--;
  return r;
}
