/**
 * Errors found before a program runs: by the tokenizer, the parser, the
 * symbol table or the compiler. They carry what CPython's `SyntaxError`
 * carries, and need no object model; the interpreter turns them into Python
 * exceptions when `compile()`/`import` raise them at run time.
 *
 * @module
 */

/** The classes CPython uses for errors in source text. */
export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

/**
 * A syntax error with CPython's fields (`lineno`, `offset` are 1-based), as
 * `compile()` of a `str` reports them. CPython reports a few of them
 * differently for the main script, which it reads from its file; the flags
 * below let `formatSyntaxError` print what `python3 FILE` prints.
 */
export class PySyntaxError extends Error {
  /** `SyntaxError`, or one of its subclasses. */
  readonly kind: SyntaxErrorKind;
  /** The message, without the class name. */
  readonly msg: string;
  /** The file name as given on the command line (`<string>` for `-c`). */
  filename: string;
  /** 1-based line of the error. */
  readonly lineno: number;
  /** 1-based column (in code points) where the caret starts; 0 for none. */
  offset: number;
  /** Line where the highlighted range ends (same as lineno when unknown). */
  readonly end_lineno: number;
  /** 1-based column just past the highlighted range (0 when unknown). */
  end_offset: number;
  /** The text of the offending line, with its newline, or null. */
  text: string | null;
  /**
   * True when CPython counts this error's columns in decoded characters even
   * for a script read from a file. Its tokenizer does so for the errors it
   * raises through `syntaxerror()` (`_syntaxerror_range` with a column of
   * -1: unterminated strings, invalid decimal literals, invalid characters);
   * every other error of a script is located in UTF-8 bytes, because the file
   * tokenizer has no `encoding` and the parser skips the conversion.
   */
  charColumns: boolean;
  /**
   * True when the error sits on a token without text (DEDENT, ENDMARKER)
   * after the last line. CPython's file tokenizer has emptied its buffer
   * there (`tok->cur == tok->buf` in pegen's `_PyPegen_raise_error`), so a
   * script's error gets column 0 and no caret, where `compile()` of a string
   * reports the end of the last line.
   */
  atEof: boolean;

  constructor(
    kind: SyntaxErrorKind,
    msg: string,
    where: {
      filename?: string;
      lineno: number;
      offset: number;
      end_lineno?: number;
      end_offset?: number;
      text?: string | null;
      charColumns?: boolean;
      atEof?: boolean;
    },
  ) {
    super(msg);
    this.name = kind;
    this.kind = kind;
    this.msg = msg;
    this.filename = where.filename ?? "<unknown>";
    this.lineno = where.lineno;
    this.offset = where.offset;
    this.end_lineno = where.end_lineno ?? where.lineno;
    this.end_offset = where.end_offset ?? 0;
    this.text = where.text ?? null;
    this.charColumns = where.charColumns ?? false;
    this.atEof = where.atEof ?? false;
  }
}

/** How `formatSyntaxError` reads the columns of an error. */
export interface FormatSyntaxErrorOptions {
  /**
   * Where the source came from. `"file"` (the default) prints what
   * `python3 FILE` prints for an error in the script itself: CPython then
   * reports most columns in UTF-8 bytes, so a line with non-ASCII text before
   * the error shifts the caret right by the extra bytes. `"string"` prints
   * what CPython prints for a `SyntaxError` raised by `compile()`/`exec()` of
   * a `str`, whose columns are characters.
   */
  source?: "file" | "string";
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** UTF-8 length of `s` (lone surrogates count 3 bytes, as U+FFFD does). */
function utf8Length(s: string): number {
  return encoder.encode(s).length;
}

/**
 * Converts a 1-based column counted in code points of `text` to the 1-based
 * UTF-8 byte column CPython's file parser reports. Columns past the end of
 * the text (a caret after the last character) move by one byte per column.
 */
function byteColumn(text: string, column: number): number {
  if (column <= 1) return column;
  const chars = Array.from(text);
  const before = Math.min(column - 1, chars.length);
  return utf8Length(chars.slice(0, before).join("")) + (column - 1 - before) + 1;
}

/**
 * The report CPython 3.11 prints on stderr for an uncaught syntax error:
 *
 * ```text
 *   File "x.py", line 2
 *     x = = 1
 *         ^
 * SyntaxError: invalid syntax
 * ```
 *
 * It mirrors `print_exception_file_and_line()` and `print_error_text()` of
 * CPython 3.11's `Python/pythonrun.c`, quirks included: the text is measured
 * in UTF-8 bytes; leading spaces, tabs and form feeds are stripped and the
 * caret moves left with them (no caret at all when it would fall left of the
 * text); a column past the end of the line is clipped to just past it; text
 * holding several lines is cut to the line the column falls in; a range
 * that ends on a later line is highlighted to the end of the first one;
 * `IndentationError` and `TabError` never get a range, only one caret.
 */
export function formatSyntaxError(
  e: PySyntaxError,
  options: FormatSyntaxErrorOptions = {},
): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) out += errorText(e, options.source ?? "file");
  out += e.msg === "" ? `${e.kind}\n` : `${e.kind}: ${e.msg}\n`;
  return out;
}

/** The source line and caret lines of the report (`print_error_text`). */
function errorText(e: PySyntaxError, source: "file" | "string"): string {
  const text = e.text as string;
  const bytes = encoder.encode(text);
  const lineSize = bytes.length;
  // parse_syntax_error() reads end_lineno/end_offset of SyntaxError itself
  // only; its subclasses always get end_offset -1 (a single caret).
  const ranged = e.kind === "SyntaxError";
  const inBytes = source === "file" && !e.charColumns;
  let offset = inBytes ? byteColumn(text, e.offset) : e.offset;
  if (source === "file" && e.atEof) offset = 0;
  const endLineno = ranged ? e.end_lineno : e.lineno;
  let endOffset = -1;
  if (ranged) {
    endOffset = inBytes && endLineno === e.lineno ? byteColumn(text, e.end_offset) : e.end_offset;
  }
  // A range spanning lines is shown up to the end of its first line.
  if (endLineno > e.lineno) endOffset = lineSize;
  // Never more carets than the line has room for.
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;

  offset--; // 1-based to 0-based
  let start = 0;
  const isBlank = (b: number) => b === 0x20 || b === 0x09 || b === 0x0c;
  while (start < lineSize && isBlank(bytes[start])) {
    start++;
    offset--;
  }
  let len = lineSize - start;
  if (len > 0 && bytes[lineSize - 1] === 0x0a) len--;
  if (offset > len) offset = len;
  // Skip the lines of a multi-line text that end before the column.
  for (;;) {
    const nl = bytes.indexOf(0x0a, start);
    if (nl < 0) break;
    let inl = nl - start;
    if (inl >= offset) break;
    inl += 1;
    start += inl;
    len -= inl;
    offset -= inl;
  }
  const shown = bytes.subarray(start);
  let out = "    " + decoder.decode(shown);
  if (shown[len] !== 0x0a) out += "\n";
  if (offset < 0) return out;
  return out + "    " + " ".repeat(offset) + "^".repeat(carets) + "\n";
}

/**
 * Line `lineno` of `source` as CPython's `PyErr_ProgramTextObject()` reads it
 * back from the script file: newlines made `\n`, kept at the end of the line,
 * and null when the line does not exist. Its 1000-byte buffer means a longer
 * line comes back as its last chunk of at most 999 bytes.
 */
export function sourceLine(source: string, lineno: number): string | null {
  if (lineno < 1) return null;
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  // The piece after the last newline is a line only when it is not empty.
  const count = lines[lines.length - 1] === "" ? lines.length - 1 : lines.length;
  if (lineno > count) return null;
  const line = lines[lineno - 1] + (lineno < lines.length ? "\n" : "");
  const bytes = encoder.encode(line);
  if (bytes.length <= 999) return line;
  const rest = bytes.length % 999;
  return decoder.decode(bytes.subarray(bytes.length - (rest === 0 ? 999 : rest)));
}

/** A 1-based column in UTF-16 code units of `line` as one in code points. */
function codePointColumn(line: string, column: number): number {
  if (column <= 1) return column;
  const before = line.slice(0, column - 1);
  return Array.from(before).length + (column - 1 - before.length) + 1;
}

/**
 * Gives an error found after parsing (by the symbol table or the compiler,
 * which see only the AST) the source line CPython prints with it: CPython
 * reads that line back from the file when it raises the error. Such an error
 * is located by AST columns, which count UTF-16 code units (see `ast.ts`):
 * they become code points here, where the line is at hand.
 */
export function attachSourceText(e: PySyntaxError, source: string): PySyntaxError {
  if (e.text !== null) return e;
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const line = lines[e.lineno - 1];
  if (line !== undefined) {
    e.offset = codePointColumn(line, e.offset);
    const endLine = lines[e.end_lineno - 1];
    if (endLine !== undefined) e.end_offset = codePointColumn(endLine, e.end_offset);
  }
  e.text = sourceLine(source, e.lineno);
  return e;
}

/**
 * CPython's `RecursionError: maximum recursion depth exceeded during
 * compilation`: source nested too deeply for the symbol table or the
 * compiler (a chain of thousands of calls, subscripts or operators).
 */
export class CompileRecursionError extends Error {
  constructor() {
    super("maximum recursion depth exceeded during compilation");
    this.name = "RecursionError";
  }
}
