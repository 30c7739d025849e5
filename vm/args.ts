/**
 * Argument parsing for functions and methods written in TypeScript, with
 * CPython's exact messages. CPython has three conventions, and which one a
 * built-in uses decides its error text:
 * - `METH_O` / `METH_NOARGS`: "list.append() takes exactly one argument (2
 *   given)", "list.clear() takes no arguments (1 given)".
 * - Argument Clinic, positional only (`_PyArg_CheckPositional`): "pop
 *   expected at most 1 argument, got 2".
 * - Argument Clinic with keywords (`_PyArg_UnpackKeywords`): "sort() takes
 *   no positional arguments", "round() missing required argument 'number'
 *   (pos 1)", "'foo' is an invalid keyword argument for sort()".
 *
 * The fast paths return the caller's array unchanged: no allocation when
 * no keywords are passed.
 *
 * @module
 */
import { type PyObject, raise } from "./object.ts";

/** `_PyArg_NoKeywords`: "list() takes no keyword arguments". */
export function noKeywords(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    raise("TypeError", `${name}() takes no keyword arguments`);
  }
}

/** `_PyArg_CheckPositional`: "insert expected 2 arguments, got 1". */
export function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) {
    raise(
      "TypeError",
      `${name} expected ${min === max ? "" : "at least "}${min} argument${
        min === 1 ? "" : "s"
      }, got ${n}`,
    );
  }
  if (n > max) {
    raise(
      "TypeError",
      `${name} expected ${min === max ? "" : "at most "}${max} argument${
        max === 1 ? "" : "s"
      }, got ${n}`,
    );
  }
}

/** Both checks of a positional-only Clinic function (`name` without `()`). */
export function positional(
  name: string,
  args: PyObject[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
): void {
  noKeywords(name, kwnames);
  checkPositional(name, args.length, min, max);
}

/** `METH_O`: exactly one positional argument, no keywords. */
export function exactlyOne(
  qualname: string,
  args: PyObject[],
  kwnames: readonly string[] | null,
): PyObject {
  if (kwnames !== null && kwnames.length > 0) {
    raise("TypeError", `${qualname}() takes no keyword arguments`);
  }
  if (args.length !== 1) {
    raise("TypeError", `${qualname}() takes exactly one argument (${args.length} given)`);
  }
  return args[0];
}

/** `METH_NOARGS`: no arguments at all. */
export function noArgs(
  qualname: string,
  args: PyObject[],
  kwnames: readonly string[] | null,
): void {
  if (kwnames !== null && kwnames.length > 0) {
    raise("TypeError", `${qualname}() takes no keyword arguments`);
  }
  if (args.length !== 0) {
    raise("TypeError", `${qualname}() takes no arguments (${args.length} given)`);
  }
}

/**
 * The signature of a Clinic function with keywords: `names` lists every
 * parameter in order (positional-only ones included, by any name), `posonly`
 * how many come first, `minpos` how many are required and `maxpos` how many
 * may be passed by position (the rest are keyword-only).
 */
export class Signature {
  readonly fname: string;
  readonly names: readonly string[];
  readonly posonly: number;
  readonly minpos: number;
  readonly maxpos: number;
  /** Required keyword-only parameters end here (CPython's `reqlimit`). */
  readonly reqlimit: number;
  constructor(
    fname: string,
    names: readonly string[],
    options: { posonly?: number; minpos?: number; maxpos?: number; requiredKwOnly?: number } = {},
  ) {
    this.fname = fname;
    this.names = names;
    this.posonly = options.posonly ?? 0;
    this.minpos = options.minpos ?? 0;
    this.maxpos = options.maxpos ?? names.length;
    this.reqlimit = this.maxpos + (options.requiredKwOnly ?? 0);
  }
}

/**
 * `_PyArg_UnpackKeywords` (CPython 3.11 Python/getargs.c): the arguments in
 * parameter order, `undefined` for the ones not given. Returns `args` itself
 * when there are no keywords.
 */
export function parseArgs(
  sig: Signature,
  args: PyObject[],
  kwnames: readonly string[] | null,
): (PyObject | undefined)[] {
  const nargs = kwnames === null ? args.length : args.length - kwnames.length;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw === 0 && sig.minpos <= nargs && nargs <= sig.maxpos) return args;
  const f = sig.fname;
  const maxargs = sig.names.length;
  if (nargs + nkw > maxargs) {
    raise(
      "TypeError",
      `${f}() takes at most ${maxargs} ${nargs === 0 ? "keyword " : ""}argument${
        maxargs === 1 ? "" : "s"
      } (${nargs + nkw} given)`,
    );
  }
  if (nargs > sig.maxpos) {
    if (sig.maxpos === 0) raise("TypeError", `${f}() takes no positional arguments`);
    raise(
      "TypeError",
      `${f}() takes ${
        sig.minpos < sig.maxpos ? "at most" : "exactly"
      } ${sig.maxpos} positional argument${sig.maxpos === 1 ? "" : "s"} (${nargs} given)`,
    );
  }
  const minposonly = Math.min(sig.posonly, sig.minpos);
  if (nargs < minposonly) {
    raise(
      "TypeError",
      `${f}() takes ${
        minposonly < sig.maxpos ? "at least" : "exactly"
      } ${minposonly} positional argument${minposonly === 1 ? "" : "s"} (${nargs} given)`,
    );
  }
  const out: (PyObject | undefined)[] = new Array(maxargs);
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  let remaining = nkw;
  for (let i = Math.max(nargs, sig.posonly); i < maxargs; i++) {
    let current: PyObject | undefined;
    if (remaining > 0) {
      const k = kwnames!.indexOf(sig.names[i]);
      if (k >= 0) current = args[nargs + k];
    } else if (i >= sig.reqlimit) break;
    out[i] = current;
    if (current !== undefined) remaining--;
    else if (i < sig.minpos || (sig.maxpos <= i && i < sig.reqlimit)) {
      raise("TypeError", `${f}() missing required argument '${sig.names[i]}' (pos ${i + 1})`);
    }
  }
  if (remaining > 0) {
    for (let i = sig.posonly; i < nargs; i++) {
      if (kwnames!.includes(sig.names[i])) {
        raise(
          "TypeError",
          `argument for ${f}() given by name ('${sig.names[i]}') and position (${i + 1})`,
        );
      }
    }
    for (const k of kwnames!) {
      const i = sig.names.indexOf(k);
      if (i < sig.posonly) raise("TypeError", `'${k}' is an invalid keyword argument for ${f}()`);
    }
  }
  return out;
}

/**
 * `PyArg_ParseTuple` with `|` (CPython's `vgetargs1`): "startswith() takes at
 * least 1 argument (0 given)". Positional only.
 */
export function checkTupleArgs(
  name: string,
  args: PyObject[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
): void {
  noKeywords(name, kwnames);
  const n = args.length;
  if (n < min || n > max) {
    const which = min === max ? "exactly" : n < min ? "at least" : "at most";
    const k = n < min ? min : max;
    raise("TypeError", `${name}() takes ${which} ${k} argument${k === 1 ? "" : "s"} (${n} given)`);
  }
}

/** The number of positional arguments of a vectorcall. */
export function nPositional(args: PyObject[], kwnames: readonly string[] | null): number {
  return kwnames === null ? args.length : args.length - kwnames.length;
}
