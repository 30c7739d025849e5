/**
 * Argument binding with the messages CPython gives for functions written in
 * Python (Python/ceval.c `missing_arguments`, `too_many_positional`), for
 * module functions that CPython implements in Python (`string.capwords`,
 * `copy.deepcopy`, `heapq.nlargest`).
 *
 * @module
 */
import { type PyObject, raise } from "../object.ts";

/**
 * Binds `args`/`kwnames` to the positional-or-keyword parameters `names`,
 * of which the first `required` have no default. Absent ones are undefined.
 */
export function bindPy(
  fname: string,
  names: readonly string[],
  required: number,
  args: PyObject[],
  kwnames: readonly string[] | null,
): (PyObject | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const n = names.length;
  if (npos > n) {
    const takes = required === n
      ? `${n} positional argument${n === 1 ? "" : "s"}`
      : `from ${required} to ${n} positional arguments`;
    raise(
      "TypeError",
      `${fname}() takes ${takes} but ${npos} ${npos === 1 ? "was" : "were"} given`,
    );
  }
  const out: (PyObject | undefined)[] = new Array(n);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const i = names.indexOf(name);
    if (i < 0) raise("TypeError", `${fname}() got an unexpected keyword argument '${name}'`);
    if (out[i] !== undefined) {
      raise("TypeError", `${fname}() got multiple values for argument '${name}'`);
    }
    out[i] = args[npos + k];
  }
  const missing: string[] = [];
  for (let i = 0; i < required; i++) if (out[i] === undefined) missing.push(`'${names[i]}'`);
  if (missing.length > 0) {
    const m = missing.length;
    const list = m === 1
      ? missing[0]
      : m === 2
      ? `${missing[0]} and ${missing[1]}`
      : `${missing.slice(0, -1).join(", ")}, and ${missing[m - 1]}`;
    raise(
      "TypeError",
      `${fname}() missing ${m} required positional argument${m === 1 ? "" : "s"}: ${list}`,
    );
  }
  return out;
}
