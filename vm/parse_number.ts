/**
 * Parsing of `float(s)` arguments with CPython's rules (surrounding
 * whitespace, one underscore between digits, `inf`/`nan`) and message.
 *
 * @module
 */
import { type PyObject, raise } from "./object.ts";
import { repr } from "./abstract.ts";

// str.strip()'s whitespace: Unicode White_Space plus the ASCII separators.
const WS = /^[\s\u001c-\u001f\u0085]+|[\s\u001c-\u001f\u0085]+$/gu;

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*|\d(?:_?\d)*\.)(?:[eE][+-]?\d(?:_?\d)*)?$/;

/** `float(s)`: "could not convert string to float: 'abc'". */
export function parseFloatLiteral(text: string, original: PyObject): number {
  const s = text.replace(WS, "");
  if (FLOAT_RE.test(s)) return Number(s.replace(/_/g, ""));
  const t = s.toLowerCase();
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(t);
  if (m !== null) {
    if (m[2] === "nan") return NaN;
    return m[1] === "-" ? -Infinity : Infinity;
  }
  raise("ValueError", `could not convert string to float: ${repr(original)}`);
}
