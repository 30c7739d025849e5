/**
 * The parser's foundation: the token cursor, node positions, and every way
 * of raising a SyntaxError, named after the pegen macros they mirror
 * (`RAISE_SYNTAX_ERROR`, `RAISE_SYNTAX_ERROR_KNOWN_LOCATION`, ...). The
 * grammar is in the classes built on this one: `parser_expr.ts`,
 * `parser_atom.ts`, `parser_args.ts`, `parser_stmt.ts`, `parser_compound.ts`.
 *
 * @module
 */
import type { Located } from "./ast.ts";
import { PySyntaxError, type SyntaxErrorKind } from "./syntax_error.ts";
import {
  codePointColumn,
  DEDENT,
  ENDMARKER,
  ERRORTOKEN,
  INDENT,
  lineText,
  NEWLINE,
  type Token,
  type TokenizerError,
  type TokenizeResult,
} from "./tokenizer.ts";

/**
 * Past this many nested rules the parser gives up, as CPython's does past
 * MAXSTACK (6000 rule levels), instead of overflowing the host stack.
 */
export const MAX_NESTING = 2500;

export const TOO_COMPLEX = "Parser stack overflowed - Python source too complex to parse";

/** Where an f-string replacement field's text sits (see string_literal.ts). */
export interface FstringInfo {
  firstLine: number;
  colShift: number;
}

/** Thrown by `tryParse` alternatives that do not apply; never escapes the parser. */
export class Backtrack {}
const BACKTRACK = new Backtrack();

export class ParserBase {
  readonly tokens: Token[];
  readonly tokError: TokenizerError | null;
  /** The source the tokens index (newlines translated). */
  readonly source: string;
  pos = 0;
  /** The current token, `tokens[pos]`. */
  tok: Token;
  /** Rule nesting, checked against MAX_NESTING. */
  depth = 0;
  /** Open brackets around the current point (the tokenizer's `level`). */
  level = 0;
  /** The furthest token index read so far (pegen's `p->fill - 1`). */
  furthest = 0;
  /**
   * The furthest token read outside `probe`s: pegen's first pass, where a
   * generic "invalid syntax" is reported.
   */
  firstPassFurthest = 0;
  /** Nesting of `probe` calls (pegen's second pass, with its invalid_* rules). */
  probing = 0;

  constructor(
    tokenized: TokenizeResult,
    readonly filename: string,
    /** Set when parsing an f-string replacement field. */
    readonly fstring: FstringInfo | null = null,
  ) {
    this.tokens = tokenized.tokens;
    this.tokError = tokenized.error;
    this.source = tokenized.source;
    this.tok = this.tokens[0];
    if (this.tok.type === ERRORTOKEN) this.raiseTokenizerError();
  }

  // -- Token cursor ----------------------------------------------------------------

  /** Consumes the current token and returns it. */
  next(): Token {
    const t = this.tok;
    if (this.pos < this.tokens.length - 1) {
      this.tok = this.tokens[++this.pos];
      if (this.pos > this.furthest) this.furthest = this.pos;
      if (this.probing === 0 && this.pos > this.firstPassFurthest) {
        this.firstPassFurthest = this.pos;
      }
      if (this.tok.type === ERRORTOKEN) this.raiseTokenizerError();
    }
    return t;
  }

  /** The token `k` places ahead of the current one. */
  peek(k: number): Token {
    const i = Math.min(this.pos + k, this.tokens.length - 1);
    if (i > this.furthest) this.furthest = i;
    if (this.probing === 0 && i > this.firstPassFurthest) this.firstPassFurthest = i;
    for (let j = this.pos + 1; j <= i; j++) {
      if (this.tokens[j].type === ERRORTOKEN) this.raiseTokenizerError();
    }
    return this.tokens[i];
  }

  /** Moves back to token index `pos` (backtracking). */
  reset(pos: number): void {
    this.pos = pos;
    this.tok = this.tokens[pos];
  }

  /** Is the current token's text `value` (an operator or keyword)? */
  is(value: string): boolean {
    return this.tok.value === value;
  }

  /** Is the current token of kind `type`? */
  isType(type: number): boolean {
    return this.tok.type === type;
  }

  /** Consumes the current token if its text is `value` (an operator or keyword). */
  accept(value: string): boolean {
    if (this.tok.value === value) {
      this.next();
      return true;
    }
    return false;
  }

  /** Consumes a token that must be `value`; otherwise a generic syntax error. */
  expect(value: string): Token {
    if (this.tok.value !== value) this.invalidSyntax();
    return this.next();
  }

  /**
   * pegen's forced token (`&&':'`): a missing token is reported as
   * "expected ':'" at the token found instead.
   */
  expectForced(value: string): Token {
    if (this.tok.value !== value) this.raiseAtToken(this.tok, `expected '${value}'`);
    return this.next();
  }

  /** The last consumed token that is not NEWLINE/INDENT/DEDENT: where a node ends. */
  lastToken(): Token {
    let i = this.pos - 1;
    while (i > 0) {
      const ty = this.tokens[i].type;
      if (ty !== NEWLINE && ty !== INDENT && ty !== DEDENT) break;
      i--;
    }
    return this.tokens[i < 0 ? 0 : i];
  }

  /**
   * Gives `node` the span from token `s` to the last consumed token. Node
   * literals list the four position fields (as 0) so that each node is
   * allocated with all its fields: adding them here would give every node a
   * separate property store.
   */
  at<T extends object>(node: T, s: Token): T & Located {
    const n = node as T & Located;
    const e = this.lastToken();
    n.lineno = s.lineno;
    n.col_offset = s.col;
    n.end_lineno = e.endLineno;
    n.end_col_offset = e.endCol;
    return n;
  }

  /** Counts one more level of rule nesting (CPython's MAXSTACK check). */
  enter(): void {
    if (++this.depth > MAX_NESTING) this.raiseSyntaxError(TOO_COMPLEX);
  }

  /**
   * Runs an alternative that may not apply: on a syntax error or `Backtrack`
   * the cursor goes back and null is returned.
   */
  tryParse<T>(fn: () => T): T | null {
    const pos = this.pos, depth = this.depth, level = this.level;
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof PySyntaxError) && !(e instanceof Backtrack)) throw e;
      // A tokenizer error is raised as soon as its token is read, whatever
      // the alternative.
      if (this.tokError !== null && e === this.tokError.error) throw e;
      this.reset(pos);
      this.depth = depth;
      this.level = level;
      return null;
    }
  }

  /**
   * Parses what only pegen's second pass parses (an invalid_* rule's own
   * alternatives): like `tryParse`, but tokens read here do not move the
   * place where a generic "invalid syntax" is reported.
   */
  probe<T>(fn: () => T): T | null {
    this.probing++;
    try {
      return this.tryParse(fn);
    } finally {
      this.probing--;
    }
  }

  /** Abandons the current `tryParse` alternative. */
  backtrack(): never {
    throw BACKTRACK;
  }

  // -- Errors ----------------------------------------------------------------------

  /**
   * Builds a PySyntaxError. Offsets are 1-based UTF-16 columns, converted
   * here to code points; values <= 0 are CPython's special values, kept as is.
   */
  makeError(
    kind: SyntaxErrorKind,
    msg: string,
    lineno: number,
    offset: number,
    endLineno: number,
    endOffset: number,
  ): PySyntaxError {
    let o = offset, eo = endOffset;
    let lineBase = 0;
    if (this.fstring !== null) {
      // pegen reports errors inside an f-string field relative to its "(expr)" text.
      msg = "f-string: " + msg;
      lineBase = this.fstring.firstLine - 1;
      if (lineno === this.fstring.firstLine && o > 0) o -= this.fstring.colShift;
      if (endLineno === this.fstring.firstLine && eo > 0) eo -= this.fstring.colShift;
    }
    const text = lineText(this.source, lineno - lineBase);
    const endText = endLineno === lineno ? text : lineText(this.source, endLineno - lineBase);
    return new PySyntaxError(kind, msg, {
      filename: this.filename,
      lineno,
      offset: o > 0 ? codePointColumn(text, o - 1) + 1 : o,
      end_lineno: endLineno,
      end_offset: eo > 0 ? codePointColumn(endText, eo - 1) + 1 : eo,
      text,
    });
  }

  /**
   * RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the furthest token read,
   * which here is the current one.
   */
  raiseSyntaxError(msg: string, kind: SyntaxErrorKind = "SyntaxError"): never {
    return this.raiseAtToken(this.tok, msg, kind);
  }

  /**
   * Generic "invalid syntax" at the furthest token the first pass read; at an
   * INDENT or DEDENT pegen's _PyPegen_set_syntax_error says "unexpected
   * indent/unindent".
   */
  invalidSyntax(): never {
    const t = this.tokens[Math.max(this.pos, this.firstPassFurthest)];
    if (t.type === ERRORTOKEN) this.raiseTokenizerError();
    if (t.type === INDENT) return this.raiseAtToken(t, "unexpected indent", "IndentationError");
    if (t.type === DEDENT) return this.raiseAtToken(t, "unexpected unindent", "IndentationError");
    return this.raiseAtToken(t, "invalid syntax");
  }

  raiseIndentationError(msg: string): never {
    return this.raiseSyntaxError(msg, "IndentationError");
  }

  /** An error covering one token (pegen: RAISE_ERROR_KNOWN_LOCATION on a token). */
  raiseAtToken(t: Token, msg: string, kind: SyntaxErrorKind = "SyntaxError"): never {
    if (t.type === INDENT || t.type === DEDENT || t.type === ENDMARKER) {
      // Tokens without text: pegen uses the tokenizer's position, and no end.
      const e = this.makeError(kind, msg, t.lineno, t.col, t.lineno, -1);
      // A script file reports column 0 after its last line (see `atEof`);
      // an f-string field is parsed from a string, and keeps the column.
      e.atEof = this.fstring === null && this.atEndOfFile(t);
      throw e;
    }
    throw this.makeError(kind, msg, t.lineno, t.col + 1, t.endLineno, t.endCol + 1);
  }

  /** Is `t` one of the tokens after the last line (DEDENTs, ENDMARKER)? */
  private atEndOfFile(t: Token): boolean {
    const i = this.tokens.indexOf(t);
    if (i < 0) return false;
    for (let j = i; j < this.tokens.length; j++) {
      if (this.tokens[j].type !== DEDENT && this.tokens[j].type !== ENDMARKER) return false;
    }
    return true;
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node, msg). */
  raiseAtNode(n: Located, msg: string): never {
    throw this.makeError(
      "SyntaxError",
      msg,
      n.lineno,
      n.col_offset + 1,
      n.end_lineno,
      n.end_col_offset + 1,
    );
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg). */
  raiseRange(a: Located, b: Located, msg: string): never {
    throw this.makeError(
      "SyntaxError",
      msg,
      a.lineno,
      a.col_offset + 1,
      b.end_lineno,
      b.end_col_offset + 1,
    );
  }

  /**
   * RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from `a` to the tokenizer's
   * position, the end of the last token read (pegen's CURRENT_POS).
   */
  raiseStartingFrom(a: Located, msg: string): never {
    const last = this.lastToken();
    throw this.makeError(
      "SyntaxError",
      msg,
      a.lineno,
      a.col_offset + 1,
      last.endLineno,
      last.endCol,
    );
  }

  /** The tokenizer error the current token stands for. */
  raiseTokenizerError(): never {
    throw this.tokError!.error;
  }

  /**
   * CPython 3.11 `_PyPegen_set_syntax_error` and
   * `_PyPegen_tokenize_full_source_to_check_for_errors`: after a parser error,
   * the rest of the source is tokenized, and an error the tokenizer raises
   * there wins; an unclosed bracket wins if it was opened before the error line.
   */
  preferTokenizerError(err: PySyntaxError): PySyntaxError {
    const te = this.tokError;
    if (te === null || err === te.error) return err;
    // _PyPegen_set_syntax_error returns before the full-source check when it
    // reports an unexpected INDENT or DEDENT.
    if (
      err.kind === "IndentationError" &&
      (err.msg === "unexpected indent" || err.msg === "unexpected unindent")
    ) {
      return err;
    }
    if (te.overridesParser) return te.error;
    // The bracket must open before the line of the furthest token read, not
    // of the error: `[1, 2, 3` followed by more lines is "'[' was never
    // closed", though the parser blames the missing comma on the first line.
    const current = this.tokens[this.furthest].lineno;
    if (te.unclosedLine > 0 && te.unclosedLine < current) return te.error;
    return err;
  }

  /** Is the current token the end of the file? */
  atEnd(): boolean {
    return this.tok.type === ENDMARKER;
  }
}
