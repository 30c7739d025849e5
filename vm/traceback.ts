/**
 * Tracebacks: the `traceback` objects that record where an exception went
 * (one per frame it passed through, CPython's `PyTraceBack_Here`), and the
 * report of an uncaught exception, printed as CPython 3.11's C display does
 * (Python/pythonrun.c `print_exception_recursive`, Python/traceback.c
 * `tb_printinternal` and `tb_displayline`): frames, source lines, the
 * caret and tilde markers of PEP 657, repeated frames collapsed, chained
 * exceptions, and the final `Type: message` line.
 *
 * @module
 */
import type * as ast from "./ast.ts";
import { PyHeap, type PyObject, PyThrow, type PyType, T } from "./object.ts";
import type { Vm } from "./vm.ts";
import { None, PyCode, repr } from "./abstract.ts";
import { defGetSet } from "./descriptors.ts";
import { exceptionSummary, PyBaseException } from "./exceptions.ts";
import type { Frame } from "./frame.ts";
import type { PyDict } from "./dict.ts";
import { parse } from "./parser.ts";
import { localsOf } from "./interp_ops.ts";

/** A traceback entry: `tb_frame`, `tb_lasti`, `tb_lineno`, `tb_next`. */
export class PyTraceback extends PyHeap {
  cls: PyType;
  readonly next: PyTraceback | null;
  readonly frame: Frame;
  /** The unit of the instruction that was executing. */
  readonly lasti: number;
  readonly lineno: number;
  constructor(next: PyTraceback | null, frame: Frame, lasti: number) {
    super();
    this.cls = T.traceback;
    this.next = next;
    this.frame = frame;
    this.lasti = lasti;
    // A generator's prologue (RETURN_GENERATOR) carries no position;
    // CPython reports the `def` line for it.
    const line = frame.code.lineAt(lasti);
    this.lineno = line >= 0 ? line : frame.code.co_firstlineno;
  }
}

/** Prepends an entry for `frame` at its current instruction to the traceback of `exc`. */
export function addTraceback(exc: PyObject, frame: Frame): void {
  if (!(exc instanceof PyBaseException)) return;
  frame.captured = true;
  const tb = exc.traceback;
  exc.traceback = new PyTraceback(tb instanceof PyTraceback ? tb : null, frame, frame.lasti);
}

defGetSet(T.traceback, "tb_next", (x) => (x as PyTraceback).next ?? None);
defGetSet(T.traceback, "tb_frame", (x) => (x as PyTraceback).frame);
defGetSet(T.traceback, "tb_lineno", (x) => (x as PyTraceback).lineno);
// CPython counts code units of two bytes.
defGetSet(T.traceback, "tb_lasti", (x) => 2 * (x as PyTraceback).lasti);

// The frame objects tracebacks and generators expose (CPython 3.11 Objects/frameobject.c).
const asFrame = (x: PyObject) => x as Frame;
defGetSet(T.frame, "f_code", (x) => new PyCode(asFrame(x).code));
defGetSet(T.frame, "f_lineno", (x) => asFrame(x).lineno);
defGetSet(T.frame, "f_lasti", (x) => 2 * asFrame(x).lasti);
defGetSet(T.frame, "f_globals", (x) => asFrame(x).globals);
defGetSet(T.frame, "f_builtins", (x) => asFrame(x).builtins);
defGetSet(T.frame, "f_locals", (x) => localsOf(asFrame(x)));
defGetSet(T.frame, "f_back", (x) => asFrame(x).back ?? None);

// -- The report of an uncaught exception ---------------------------------------------

/** Where the report finds the text of source files (null when unavailable, as for `-c`). */
export type SourceLookup = (filename: string) => readonly string[] | null;

const CAUSE_MESSAGE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE = "\nDuring handling of the above exception, another exception occurred:\n\n";
/** CPython's `PyTraceBack_LIMIT`, the default of `sys.tracebacklimit`. */
const TRACEBACK_LIMIT = 1000;
/** Python/traceback.c TB_RECURSIVE_CUTOFF. */
const RECURSIVE_CUTOFF = 3;

/**
 * CPython's report of an exception that cannot propagate (a finalizer's:
 * `sys.unraisablehook`), on stderr.
 */
export function writeUnraisable(vm: Vm, exc: PyObject, obj: PyObject): void {
  let where: string;
  try {
    where = repr(obj);
  } catch (e) {
    if (!(e instanceof PyThrow)) throw e;
    where = "<object repr() failed>";
  }
  vm.host.flush();
  // CPython 3.11 errors.c write_unraisable_exc_file: no chained exceptions.
  const out = [`Exception ignored in: ${where}\n`];
  printOne(exc, (f) => vm.sourceLines(f), out);
  vm.host.writeStderr(out.join(""));
}

/** The whole report of an uncaught exception, chained exceptions first. */
export function formatException(exc: PyObject, sources: SourceLookup): string {
  const out: string[] = [];
  printRecursive(exc, sources, new Set(), out);
  return out.join("");
}

// CPython 3.11 pythonrun.c print_exception_recursive / print_exception_cause_and_context.
function printRecursive(
  exc: PyObject,
  sources: SourceLookup,
  seen: Set<PyObject>,
  out: string[],
): void {
  seen.add(exc);
  if (exc instanceof PyBaseException) {
    const cause = exc.cause;
    if (cause !== None) {
      if (!seen.has(cause)) {
        printRecursive(cause, sources, seen, out);
        out.push(CAUSE_MESSAGE);
      }
    } else if (!exc.suppressContext) {
      const context = exc.context;
      if (context !== None && !seen.has(context)) {
        printRecursive(context, sources, seen, out);
        out.push(CONTEXT_MESSAGE);
      }
    }
  }
  printOne(exc, sources, out);
}

function printOne(exc: PyObject, sources: SourceLookup, out: string[]): void {
  let last: PyTraceback | null = null;
  if (exc instanceof PyBaseException && exc.traceback instanceof PyTraceback) {
    out.push("Traceback (most recent call last):\n");
    last = printTraceback(exc.traceback, sources, out);
  }
  const frame = last?.frame;
  const candidates = frame === undefined ? undefined : () => nameCandidates(frame);
  out.push(exceptionSummary(exc, candidates) + "\n");
}

// CPython 3.11 suggestions.c offer_suggestions_for_name_error: the frame's
// plain locals, then its globals, then its builtins.
function nameCandidates(frame: Frame): string[][] {
  const keys = (d: PyDict) =>
    (d as import("./dict.ts").PyDict).keyList().filter((k): k is string => typeof k === "string");
  return [frame.code.co_varnames.slice(), keys(frame.globals), keys(frame.builtins)];
}

// CPython 3.11 traceback.c tb_printinternal. Returns the last entry.
function printTraceback(tb: PyTraceback, sources: SourceLookup, out: string[]): PyTraceback {
  let depth = 0;
  for (let t: PyTraceback | null = tb; t !== null; t = t.next) depth++;
  let t: PyTraceback | null = tb;
  while (t !== null && depth > TRACEBACK_LIMIT) {
    depth--;
    t = t.next;
  }
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let count = 0;
  let last = tb;
  for (; t !== null; t = t.next) {
    last = t;
    const code = t.frame.code;
    if (code.co_filename !== lastFile || t.lineno !== lastLine || code.co_name !== lastName) {
      if (count > RECURSIVE_CUTOFF) out.push(repeatedLine(count));
      lastFile = code.co_filename;
      lastLine = t.lineno;
      lastName = code.co_name;
      count = 0;
    }
    count++;
    if (count <= RECURSIVE_CUTOFF) displayLine(t, sources, out);
  }
  if (count > RECURSIVE_CUTOFF) out.push(repeatedLine(count));
  return last;
}

function repeatedLine(count: number): string {
  const n = count - RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
}

// CPython 3.11 traceback.c tb_displayline.
function displayLine(tb: PyTraceback, sources: SourceLookup, out: string[]): void {
  const code = tb.frame.code;
  out.push(`  File "${code.co_filename}", line ${tb.lineno}, in ${code.co_name}\n`);
  const lines = sources(code.co_filename);
  if (lines === null || tb.lineno < 1 || tb.lineno > lines.length) return;
  const line = lines[tb.lineno - 1];
  let indent = 0;
  while (
    indent < line.length && (line[indent] === " " || line[indent] === "\t" || line[indent] === "\f")
  ) indent++;
  out.push(`    ${line.slice(indent)}\n`);
  const p = code.co_positions;
  const u = 4 * tb.lasti;
  const markers = caretLine(line, indent, p[u], p[u + 1], p[u + 2], p[u + 3]);
  if (markers !== null) out.push(markers);
}

/**
 * The marker line under a source line (PEP 657), or null when the
 * instruction has no position or spans the whole stripped line. Columns
 * count UTF-16 units (`vm/ast.ts`), which is also how CPython 3.11's
 * display counts them: a character outside the BMP takes two markers.
 */
export function caretLine(
  line: string,
  indent: number,
  startLine: number,
  endLine: number,
  startCol: number,
  endCol: number,
): string | null {
  if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) return null;
  let end = endCol;
  let anchors: Anchors | null = null;
  if (startLine === endLine) {
    anchors = extractAnchors(line.slice(startCol, endCol));
  } else {
    // A multi-line instruction: mark up to the last non-blank character.
    let i = line.length;
    while (--i >= 0) if (line[i] !== " " && line[i] !== "\t" && line[i] !== "\f") break;
    end = i + 1;
  }
  if (end - startCol === line.length - indent && anchors === null) return null;
  const leftEnd = anchors === null ? -1 : startCol + anchors.leftEnd;
  const rightStart = anchors === null ? -1 : startCol + anchors.rightStart;
  let s = "    ";
  for (let c = indent; c < end; c++) {
    if (c < startCol) s += " ";
    else if (anchors !== null && leftEnd <= c && c < rightStart) s += "^";
    else s += anchors !== null ? "~" : "^";
  }
  return s + "\n";
}

interface Anchors {
  /** Where the secondary (`^`) range starts, in UTF-16 units of the segment. */
  leftEnd: number;
  /** Where it ends. */
  rightStart: number;
}

// CPython 3.11 traceback.c extract_anchors_from_line: a segment that parses
// as one expression statement whose expression is a binary operation (the
// operator is marked) or a subscript (the index is marked).
function extractAnchors(segment: string): Anchors | null {
  let module: ast.Module;
  try {
    module = parse(segment, "<traceback>");
  } catch {
    return null;
  }
  if (module.body.length !== 1) return null;
  const stmt = module.body[0];
  if (stmt._type !== "Expr") return null;
  const expr = stmt.value;
  // The segment is on one line, so columns index it directly.
  if (expr._type === "BinOp") {
    const isBlank = (c: string) => c === " " || c === "\t" || c === "\f";
    for (let i = expr.left.end_col_offset; i < expr.right.col_offset; i++) {
      if (isBlank(segment[i])) continue;
      let right = i + 1;
      if (i + 1 < expr.right.col_offset && !isBlank(segment[i + 1])) right++;
      return { leftEnd: i, rightStart: right };
    }
    return null;
  }
  if (expr._type === "Subscript") {
    return { leftEnd: expr.value.end_col_offset, rightStart: expr.slice.end_col_offset + 1 };
  }
  return null;
}
