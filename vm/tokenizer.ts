/**
 * The tokenizer: source text to a token array, following CPython 3.11's
 * `Parser/tokenizer.c` (`tok_get`) rule for rule, so that INDENT/DEDENT,
 * line joining, number and string scanning, and the tokenizer's own error
 * messages are CPython's.
 *
 * All tokens are produced up front. A tokenizer error does not throw: it
 * ends the array with an ERRORTOKEN and is kept in `TokenizeResult.error`,
 * because CPython raises it only when the parser asks for that token, and
 * lets it replace a parser error found earlier (see `TokenizerError`).
 *
 * Columns are UTF-16 code units from the start of the line.
 *
 * @module
 */
import { isPrintable } from "./repr.ts";
import { C_DOT, C_UNDERSCORE, isDigit, isIdChar, NumberScanner } from "./tokenizer_number.ts";
import { PySyntaxError, type SyntaxErrorKind } from "./syntax_error.ts";

// -- Token kinds ---------------------------------------------------------------

export const NAME = 0;
export const NUMBER = 1;
export const STRING = 2;
export const OP = 3;
export const NEWLINE = 4;
export const INDENT = 5;
export const DEDENT = 6;
export const ENDMARKER = 7;
/** A name that is a hard keyword (`if`, `None`, ...): CPython's keyword tokens. */
export const KEYWORD = 8;
/** Where the tokenizer stopped on an error; `TokenizeResult.error` says which. */
export const ERRORTOKEN = 9;

export const TOKEN_NAMES: readonly string[] = [
  "NAME",
  "NUMBER",
  "STRING",
  "OP",
  "NEWLINE",
  "INDENT",
  "DEDENT",
  "ENDMARKER",
  "KEYWORD",
  "ERRORTOKEN",
];

/** CPython 3.11 `Lib/keyword.py` kwlist. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
]);

/**
 * One token. INDENT and DEDENT have no text; their `col` is the indentation
 * of the line they start.
 */
export class Token {
  constructor(
    public type: number,
    /** The token's text (for NAME, NUMBER, STRING, OP, KEYWORD). */
    public value: string,
    public lineno: number,
    public col: number,
    public endLineno: number,
    public endCol: number,
  ) {}
}

/**
 * A tokenizer error, raised when the parser reaches it, or when the parser
 * fails earlier and CPython's `_PyPegen_tokenize_full_source_to_check_for_errors`
 * would still find it.
 */
export interface TokenizerError {
  error: PySyntaxError;
  /**
   * True for errors that tokenizer.c raises itself through `syntaxerror()`
   * (bad literals, unmatched brackets, invalid characters): these replace a
   * parser error on any earlier line. Errors reported through `tok->done`
   * (bad dedent, tabs, line continuation, EOF) do not.
   */
  overridesParser: boolean;
  /** For an unclosed bracket at EOF: the line of that bracket, else 0. */
  unclosedLine: number;
}

export interface TokenizeResult {
  tokens: Token[];
  error: TokenizerError | null;
  /** The source after newline translation, which positions refer to. */
  source: string;
}

/** Where an f-string replacement field's tokens are placed (see string_literal.ts). */
export interface SubSource {
  /** Line number given to the first line. */
  firstLine: number;
  /** Added to the columns of tokens that end on the first line. */
  colShift: number;
}

// CPython 3.11 Parser/tokenizer.h: MAXINDENT 100, MAXLEVEL 200; tabsize 8.
const MAXINDENT = 100;
const MAXLEVEL = 200;
const TABSIZE = 8;

const C_TAB = 9, C_LF = 10, C_FF = 12, C_SPACE = 32, C_HASH = 35, C_QUOTE2 = 34, C_QUOTE1 = 39;
const C_BACKSLASH = 92;

/** tokenizer.c is_potential_identifier_start. */
function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === C_UNDERSCORE || c >= 128;
}

const ID_RE = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;
const ID_START_RE = /[\p{XID_Start}_]/u;
const ID_CONTINUE_RE = /\p{XID_Continue}/u;
/**
 * The length of the operator at `i`: PyToken_ThreeChars, PyToken_TwoChars
 * and PyToken_OneChar of CPython 3.11 Parser/token.c, longest match first.
 */
function operatorLength(src: string, i: number): number {
  const d = src.charCodeAt(i + 1);
  switch (src.charCodeAt(i)) {
    case 42: // * ** *= **=
    case 47: // / // /= //=
    case 62: // > >> >= >>=
      if (d === src.charCodeAt(i)) return src.charCodeAt(i + 2) === 61 ? 3 : 2;
      return d === 61 ? 2 : 1;
    case 60: // < << <= <<= <>
      if (d === 60) return src.charCodeAt(i + 2) === 61 ? 3 : 2;
      return d === 61 || d === 62 ? 2 : 1;
    case 46: // . ...
      return d === 46 && src.charCodeAt(i + 2) === 46 ? 3 : 1;
    case 45: // - -= ->
      return d === 61 || d === 62 ? 2 : 1;
    case 33: // !=
    case 37: // %=
    case 38: // &=
    case 43: // +=
    case 58: // :=
    case 61: // ==
    case 64: // @=
    case 94: // ^=
    case 124: // |=
      return d === 61 ? 2 : 1;
    default:
      return 1;
  }
}

/** One-character operator texts, shared so the parser compares constants. */
const ONE_CHAR: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/** Translates `\r\n` and `\r` to `\n` and ends the text with a newline, as tokenizer.c translate_newlines. */
export function translateNewlines(source: string): string {
  let s = source;
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  if (s.length === 0 || s.charCodeAt(s.length - 1) !== C_LF) s += "\n";
  return s;
}

/** The text of line `lineno` (1-based) of `source`, with its newline. */
export function lineText(source: string, lineno: number): string | null {
  let start = 0;
  for (let l = 1; l < lineno; l++) {
    const nl = source.indexOf("\n", start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  if (start >= source.length) return null;
  const nl = source.indexOf("\n", start);
  return nl < 0 ? source.slice(start) : source.slice(start, nl + 1);
}

/** Converts a UTF-16 column in `line` to a count of code points. */
export function codePointColumn(line: string | null, col: number): number {
  if (line === null || col <= 0) return col;
  let n = 0;
  for (let i = 0; i < col && i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < col) {
      const d = line.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n + Math.max(0, col - line.length);
}

/**
 * Tokenizes `source`. Never throws for bad input: the first error ends the
 * token array (see `TokenizeResult`).
 */
export function tokenize(source: string, filename: string, sub?: SubSource): TokenizeResult {
  return new Tokenizer(translateNewlines(source), filename, sub).run();
}

class Tokenizer extends NumberScanner {
  readonly tokens: Token[] = [];
  error: TokenizerError | null = null;
  lineno: number;
  atBol = true;
  level = 0;
  readonly parenStack: number[] = [];
  readonly parenLine: number[] = [];
  readonly parenCol: number[] = [];
  readonly indStack: number[] = [0];
  readonly altIndStack: number[] = [0];
  pendin = 0;
  blankline = false;
  readonly firstLine: number;
  readonly colShift: number;

  constructor(readonly src: string, readonly filename: string, sub?: SubSource) {
    super();
    this.firstLine = sub ? sub.firstLine : 1;
    this.colShift = sub ? sub.colShift : 0;
    this.lineno = this.firstLine;
  }

  run(): TokenizeResult {
    try {
      this.loop();
    } catch (e) {
      if (!(e instanceof TokError)) throw e;
    }
    return { tokens: this.tokens, error: this.error, source: this.src };
  }

  // -- Errors ------------------------------------------------------------------

  /** Records an error and stops tokenizing. */
  private fail(
    kind: SyntaxErrorKind,
    msg: string,
    lineno: number,
    offset: number,
    endOffset: number,
    overrides: boolean,
    unclosedLine = 0,
    charColumns = false,
  ): never {
    const text = lineText(this.src, lineno - this.firstLine + 1);
    const error = new PySyntaxError(kind, msg, {
      filename: this.filename,
      lineno,
      offset: offset <= 0 ? offset : codePointColumn(text, offset - 1) + 1,
      end_lineno: lineno,
      end_offset: endOffset <= 0 ? endOffset : codePointColumn(text, endOffset - 1) + 1,
      text,
      charColumns,
    });
    this.error = { error, overridesParser: overrides, unclosedLine };
    const col = this.pos - this.lineStart;
    this.tokens.push(new Token(ERRORTOKEN, "", this.lineno, col, this.lineno, col));
    throw new TokError();
  }

  /**
   * tokenizer.c syntaxerror(): the caret goes just before `this.pos` (the
   * offset counts the characters before the current position).
   */
  protected syntaxError(msg: string): never {
    const col = this.pos - this.lineStart;
    // syntaxerror() counts decoded characters, so even in a script file
    // these columns are not UTF-8 bytes.
    return this.fail("SyntaxError", msg, this.lineno, col, col, true, 0, true);
  }

  /** tokenizer.c syntaxerror_known_range(), columns 1-based. */
  protected syntaxErrorRange(msg: string, colOffset: number, endColOffset: number): never {
    return this.fail("SyntaxError", msg, this.lineno, colOffset, endColOffset, true);
  }

  // -- Token output ------------------------------------------------------------

  private push(
    type: number,
    start: number,
    end: number,
    lineno: number,
    lineStartOfStart: number,
  ): void {
    let col = start - lineStartOfStart;
    let endCol = end - this.lineStart;
    // CPython 3.11 Parser/pegen.c initialize_token: a shifted sub-parse (an
    // f-string expression) moves the columns of tokens ending on its first line.
    if (this.colShift !== 0 && this.lineno === this.firstLine) {
      col += this.colShift;
      endCol += this.colShift;
    }
    const value = type === NEWLINE ? "" : this.src.slice(start, end);
    this.tokens.push(new Token(type, value, lineno, col, this.lineno, endCol));
  }

  private newLine(nextLineStart: number): void {
    this.lineno++;
    this.lineStart = nextLineStart;
  }

  // -- The main loop (tok_get) -------------------------------------------------

  private loop(): void {
    const src = this.src;
    const n = src.length;
    for (;;) {
      this.blankline = false;
      if (this.atBol) this.indentation();

      // INDENT/DEDENT carry no text; their column is where the line's code
      // starts, which is where pegen puts "unexpected indent".
      while (this.pendin !== 0) {
        let line = this.lineno;
        let col = this.pos - this.lineStart;
        if (this.pos >= n) [line, col] = this.eofPosition();
        if (this.pendin < 0) {
          this.pendin++;
          this.tokens.push(new Token(DEDENT, "", line, col, line, col));
        } else {
          this.pendin--;
          this.tokens.push(new Token(INDENT, "", line, col, line, col));
        }
      }

      // again: skip spaces, comments, and explicit line joins.
      let c: number;
      let commentStart = -1;
      for (;;) {
        c = this.pos < n ? src.charCodeAt(this.pos) : -1;
        while (c === C_SPACE || c === C_TAB || c === C_FF) {
          c = ++this.pos < n ? src.charCodeAt(this.pos) : -1;
        }
        if (c === C_HASH) {
          commentStart = this.pos;
          const nl = src.indexOf("\n", this.pos);
          this.pos = nl < 0 ? n : nl;
          c = this.pos < n ? src.charCodeAt(this.pos) : -1;
        }
        if (c !== C_BACKSLASH) break;
        this.continuationLine();
      }

      const start = this.pos;
      if (c === -1) {
        if (this.level > 0) this.unclosedAtEof();
        const [line, col] = this.eofPosition();
        this.tokens.push(new Token(ENDMARKER, "", line, col, line, col));
        return;
      }

      if (c === C_LF) {
        this.atBol = true;
        this.pos++;
        if (this.blankline || this.level > 0) {
          this.newLine(this.pos);
          continue;
        }
        // NEWLINE ends at the '\n' (tok_get: p_end = cur - 1) and starts there,
        // or at a comment before it (tok->start is set before comments are skipped).
        this.push(
          NEWLINE,
          commentStart >= 0 ? commentStart : start,
          start,
          this.lineno,
          this.lineStart,
        );
        this.newLine(this.pos);
        continue;
      }

      if (isIdStart(c)) {
        this.nameOrString(start, c);
        continue;
      }
      if (
        isDigit(c) || (c === C_DOT && this.pos + 1 < n && isDigit(src.charCodeAt(this.pos + 1)))
      ) {
        this.number(start);
        continue;
      }
      if (c === C_QUOTE1 || c === C_QUOTE2) {
        this.string(start, start);
        continue;
      }
      this.operator(start, c);
    }
  }

  /** The indentation of a new logical line (tok_get's `if (tok->atbol)` block). */
  private indentation(): void {
    const src = this.src;
    const n = src.length;
    this.atBol = false;
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    let c: number;
    for (;;) {
      c = this.pos < n ? src.charCodeAt(this.pos) : -1;
      if (c === C_SPACE) {
        col++, altcol++;
      } else if (c === C_TAB) {
        col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
        altcol = altcol + 1; // ALTTABSIZE 1
      } else if (c === C_FF) {
        col = altcol = 0;
      } else if (c === C_BACKSLASH) {
        // A backslash in the indentation: the first one fixes the level.
        contLineCol = contLineCol ? contLineCol : col;
        this.continuationLine();
        continue;
      } else {
        break;
      }
      this.pos++;
    }
    if (c === C_HASH || c === C_LF) {
      this.blankline = true;
      return;
    }
    if (this.level !== 0) return;
    if (contLineCol) {
      col = contLineCol;
      altcol = contLineCol;
    }
    const ind = this.indStack.length - 1;
    if (col === this.indStack[ind]) {
      if (altcol !== this.altIndStack[ind]) this.tabError();
    } else if (col > this.indStack[ind]) {
      if (ind + 1 >= MAXINDENT) {
        this.fail("IndentationError", "too many levels of indentation", this.lineno, 1, 0, false);
      }
      if (altcol <= this.altIndStack[ind]) this.tabError();
      this.pendin++;
      this.indStack.push(col);
      this.altIndStack.push(altcol);
    } else {
      while (this.indStack.length > 1 && col < this.indStack[this.indStack.length - 1]) {
        this.pendin--;
        this.indStack.pop();
        this.altIndStack.pop();
      }
      if (col !== this.indStack[this.indStack.length - 1]) {
        // E_DEDENT: pegen reports the end of the line, newline included.
        this.fail(
          "IndentationError",
          "unindent does not match any outer indentation level",
          this.lineno,
          this.lineEndCol() + 1,
          -1,
          false,
        );
      }
      if (altcol !== this.altIndStack[this.altIndStack.length - 1]) this.tabError();
    }
  }

  /**
   * Where tokens at the end of the input are: tokenizer.c is then still on
   * the last line, past its newline (pegen reports that column for ENDMARKER).
   */
  private eofPosition(): [number, number] {
    const n = this.src.length;
    const lastStart = this.src.lastIndexOf("\n", n - 2) + 1;
    return [Math.max(this.firstLine, this.lineno - 1), n - lastStart];
  }

  /** Column (code units) of the end of the current line, newline excluded. */
  private lineEndCol(): number {
    const nl = this.src.indexOf("\n", this.lineStart);
    return (nl < 0 ? this.src.length : nl) - this.lineStart;
  }

  private tabError(): never {
    return this.fail(
      "TabError",
      "inconsistent use of tabs and spaces in indentation",
      this.lineno,
      1,
      0,
      false,
    );
  }

  /** tok_continuation_line: a backslash must end the line, and a line must follow. */
  private continuationLine(): void {
    const src = this.src;
    this.pos++;
    if (this.pos >= src.length || src.charCodeAt(this.pos) !== C_LF) {
      // E_LINECONT: pegen reports the column after the backslash.
      const col = this.pos - this.lineStart;
      this.fail(
        "SyntaxError",
        "unexpected character after line continuation character",
        this.lineno,
        col + 1,
        0,
        false,
      );
    }
    this.pos++;
    if (this.pos >= src.length) {
      if (this.level > 0) this.unclosedAtEof();
      const col = this.pos - 1 - this.lineStart;
      this.fail("SyntaxError", "unexpected EOF while parsing", this.lineno, col + 1, -1, false);
    }
    this.newLine(this.pos);
  }

  /** EOF with open brackets: pegen's raise_unclosed_parentheses_error. */
  private unclosedAtEof(): never {
    const i = this.level - 1;
    const line = this.parenLine[i];
    const msg = `'${String.fromCharCode(this.parenStack[i])}' was never closed`;
    return this.fail("SyntaxError", msg, line, this.parenCol[i] + 1, 0, false, line);
  }

  // -- Names and string prefixes -------------------------------------------------

  private nameOrString(start: number, first: number): void {
    const src = this.src;
    const n = src.length;
    let c = first;
    let sawB = false, sawR = false, sawU = false, sawF = false;
    // Process the legal combinations of b"", r"", u"" and f"" (tok_get).
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
      else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
      else break;
      this.pos++;
      c = this.pos < n ? src.charCodeAt(this.pos) : -1;
      if (c === C_QUOTE1 || c === C_QUOTE2) {
        this.string(start, this.pos);
        return;
      }
    }
    let nonAscii = false;
    while (c !== -1 && isIdChar(c)) {
      if (c >= 128) nonAscii = true;
      this.pos++;
      c = this.pos < n ? src.charCodeAt(this.pos) : -1;
    }
    if (nonAscii) this.verifyIdentifier(start);
    const text = src.slice(start, this.pos);
    const type = KEYWORDS.has(text) ? KEYWORD : NAME;
    this.push(type, start, this.pos, this.lineno, this.lineStart);
  }

  /** tokenizer.c verify_identifier: XID_Start then XID_Continue, code point by code point. */
  private verifyIdentifier(start: number): void {
    const text = this.src.slice(start, this.pos);
    if (ID_RE.test(text)) return;
    let i = 0;
    let first = true;
    for (const ch of text) {
      const ok = first ? ID_START_RE.test(ch) : ID_CONTINUE_RE.test(ch);
      if (!ok) {
        const cp = ch.codePointAt(0)!;
        this.pos = start + i + ch.length;
        const hex = cp.toString(16).toUpperCase().padStart(4, "0");
        if (isPrintable(cp)) this.syntaxError(`invalid character '${ch}' (U+${hex})`);
        this.syntaxError(`invalid non-printable character U+${hex}`);
      }
      first = false;
      i += ch.length;
    }
  }

  // -- Strings -------------------------------------------------------------------

  /** Scans a string literal whose prefix starts at `start` and quote at `q`. */
  private string(start: number, q: number): void {
    const src = this.src;
    const n = src.length;
    const quote = src.charCodeAt(q);
    const firstLine = this.lineno;
    const firstLineStart = this.lineStart;
    let quoteSize = 1;
    let endQuoteSize = 0;
    let p = q + 1;
    if (p < n && src.charCodeAt(p) === quote) {
      if (p + 1 < n && src.charCodeAt(p + 1) === quote) {
        quoteSize = 3;
        p += 2;
      } else {
        endQuoteSize = 1;
        p++;
      }
    }
    while (endQuoteSize !== quoteSize) {
      const c = p < n ? src.charCodeAt(p) : -1;
      if (c === -1 || (quoteSize === 1 && c === C_LF)) {
        // Report from the start of the literal (prefix included). At the end
        // of the input tokenizer.c is still on the last line.
        const detected = c === -1 ? Math.max(firstLine, this.lineno - 1) : this.lineno;
        this.lineno = firstLine;
        this.lineStart = firstLineStart;
        this.pos = start + 1;
        this.syntaxError(
          quoteSize === 3
            ? `unterminated triple-quoted string literal (detected at line ${detected})`
            : `unterminated string literal (detected at line ${detected})`,
        );
      }
      p++;
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === C_LF) {
          this.newLine(p);
        } else if (c === C_BACKSLASH) {
          if (p < n) {
            if (src.charCodeAt(p) === C_LF) this.newLine(p + 1);
            p++;
          }
        }
      }
    }
    this.pos = p;
    this.push(STRING, start, p, firstLine, firstLineStart);
  }

  protected emitNumber(start: number): void {
    this.push(NUMBER, start, this.pos, this.lineno, this.lineStart);
  }

  // -- Operators and brackets ------------------------------------------------------

  private operator(start: number, c: number): void {
    const src = this.src;
    if (c < 32 || c === 127) {
      // Control characters other than whitespace (tok_get's non-printable check).
      this.pos++;
      const hex = c.toString(16).toUpperCase().padStart(4, "0");
      this.syntaxError(`invalid non-printable character U+${hex}`);
    }
    const len = operatorLength(src, start);
    this.pos = start + len;
    if (len === 1) {
      if (c === 40 || c === 91 || c === 123) {
        if (this.level >= MAXLEVEL) this.syntaxError("too many nested parentheses");
        this.parenStack[this.level] = c;
        this.parenLine[this.level] = this.lineno;
        this.parenCol[this.level] = start - this.lineStart;
        this.level++;
      } else if (c === 41 || c === 93 || c === 125) {
        if (this.level === 0) this.syntaxError(`unmatched '${String.fromCharCode(c)}'`);
        this.level--;
        const opening = this.parenStack[this.level];
        if (
          !((opening === 40 && c === 41) || (opening === 91 && c === 93) ||
            (opening === 123 && c === 125))
        ) {
          const o = String.fromCharCode(opening);
          const cl = String.fromCharCode(c);
          if (this.parenLine[this.level] !== this.lineno) {
            this.syntaxError(
              `closing parenthesis '${cl}' does not match opening parenthesis '${o}' on line ${
                this.parenLine[this.level]
              }`,
            );
          }
          this.syntaxError(`closing parenthesis '${cl}' does not match opening parenthesis '${o}'`);
        }
      }
    }
    if (len === 1 && c < 128) {
      const col = start - this.lineStart + (this.lineno === this.firstLine ? this.colShift : 0);
      this.tokens.push(new Token(OP, ONE_CHAR[c], this.lineno, col, this.lineno, col + 1));
      return;
    }
    this.push(OP, start, this.pos, this.lineno, this.lineStart);
  }
}

/** Thrown inside the tokenizer to unwind after `fail` recorded an error. */
class TokError {}
