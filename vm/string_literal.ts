/**
 * String and bytes literals: prefixes, escape decoding, implicit
 * concatenation and f-strings, as CPython 3.11's `Parser/string_parser.c`
 * builds them (`_PyPegen_concatenate_strings` and the `FstringParser`).
 *
 * The replacement fields of f-strings are parsed by the caller's parser
 * (`StringHost.parseExpr`), on the text `(expr)` placed where CPython places
 * it, so node positions inside f-strings are CPython's too.
 *
 * @module
 */
import type { Constant, Expr, FormattedValue, JoinedStr } from "./ast.ts";
import type { Token } from "./tokenizer.ts";
import { lookupCharacterName } from "./unicode_names.ts";

/** What the string builder needs from the parser. */
export interface StringHost {
  /**
   * Parses the text `(expr)` of a replacement field as `star_expressions`,
   * its first line numbered `firstLine`, columns on that line moved right by
   * `colShift` (CPython 3.11 fstring_compile_expr).
   */
  parseExpr(text: string, firstLine: number, colShift: number): Expr;
  /** Raises a SyntaxError at the parser's current token (the one after the strings). */
  error(msg: string): never;
  /** Raises a SyntaxError covering the token `t`. */
  errorAt(t: Token, msg: string): never;
}

/** The prefix of a string token and where its body lies in the token text. */
interface StringParts {
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** Index of the body (after the opening quotes) in the token text. */
  start: number;
  /** Index just past the body (before the closing quotes). */
  end: number;
}

/** Splits a STRING token's text, as string_parser.c _PyPegen_parsestr. */
function splitToken(text: string): StringParts {
  let bytes = false, raw = false, fstring = false;
  let i = 0;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 98 || c === 66) bytes = true;
    else if (c === 114 || c === 82) raw = true;
    else if (c === 102 || c === 70) fstring = true;
    else if (c !== 117 && c !== 85) break;
    i++;
  }
  const quote = text.charCodeAt(i);
  let q = 1;
  if (
    text.length - i >= 6 && text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote
  ) q = 3;
  return { bytes, raw, fstring, start: i + q, end: text.length - q };
}

// -- Escapes ---------------------------------------------------------------------

const SIMPLE_ESCAPES: Record<string, string> = {
  "\n": "",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * The byte position of `index` in the buffer CPython's decode_unicode_with_escapes
 * hands to the codec: each non-ASCII character there is `\UXXXXXXXX` (10
 * bytes), and a backslash before one gains `u005c`. Error messages count in it.
 */
function codecPosition(s: string, from: number, index: number): number {
  let pos = 0;
  for (let i = from; i < index; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      pos++;
      if (c === 92) {
        const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        if (d >= 128) pos += 5;
      }
    } else {
      pos += 10;
      if (c >= 0xd800 && c <= 0xdbff) i++;
    }
  }
  return pos;
}

/** Decodes the escapes of a str literal body `s[from, to)`. */
export function decodeStr(
  s: string,
  from: number,
  to: number,
  error: (msg: string) => never,
): string {
  let bs = s.indexOf("\\", from);
  if (bs < 0 || bs >= to) return s.slice(from, to);
  const out: string[] = [];
  let run = from;
  const fail = (start: number, end: number, what: string): never => {
    const a = codecPosition(s, from, start);
    const b = codecPosition(s, from, end) - 1;
    return error(
      `(unicode error) 'unicodeescape' codec can't decode bytes in position ${a}-${b}: ${what}`,
    );
  };
  while (bs >= 0 && bs < to) {
    if (bs > run) out.push(s.slice(run, bs));
    let i = bs + 1;
    const ch = i < to ? s[i] : "";
    i++;
    const simple = SIMPLE_ESCAPES[ch];
    if (simple !== undefined) {
      if (simple !== "") out.push(simple);
    } else if (ch >= "0" && ch <= "7") {
      let v = ch.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && i < to; k++) {
        const d = s.charCodeAt(i);
        if (d < 48 || d > 55) break;
        v = v * 8 + d - 48;
        i++;
      }
      out.push(String.fromCodePoint(v));
    } else if (ch === "x" || ch === "u" || ch === "U") {
      const count = ch === "x" ? 2 : ch === "u" ? 4 : 8;
      const what = ch === "x"
        ? "truncated \\xXX escape"
        : ch === "u"
        ? "truncated \\uXXXX escape"
        : "truncated \\UXXXXXXXX escape";
      let v = 0;
      for (let k = 0; k < count; k++) {
        const h = i < to ? hexValue(s.charCodeAt(i)) : -1;
        if (h < 0) fail(bs, i, what);
        v = v * 16 + h;
        i++;
      }
      if (v > 0x10ffff) fail(bs, i, "illegal Unicode character");
      out.push(String.fromCodePoint(v));
    } else if (ch === "N") {
      if (i >= to || s[i] !== "{") fail(bs, i, "malformed \\N character escape");
      const close = s.indexOf("}", i + 1);
      if (close < 0 || close >= to) fail(bs, to, "malformed \\N character escape");
      if (close === i + 1) fail(bs, close, "malformed \\N character escape");
      const cp = lookupCharacterName(s.slice(i + 1, close));
      if (cp < 0) fail(bs, close + 1, "unknown Unicode character name");
      out.push(String.fromCodePoint(cp));
      i = close + 1;
    } else {
      // Invalid escapes stay as they are (CPython only warns).
      out.push("\\");
      i--;
    }
    run = i;
    bs = s.indexOf("\\", run);
  }
  if (run < to) out.push(s.slice(run, to));
  return out.join("");
}

/** Decodes the escapes of a bytes literal body `s[from, to)` (ASCII already checked). */
export function decodeBytes(
  s: string,
  from: number,
  to: number,
  raw: boolean,
  error: (msg: string) => never,
): Uint8Array {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 92 || raw) {
      out.push(c);
      continue;
    }
    const at = i;
    i++;
    const ch = i < to ? s[i] : "";
    const simple = SIMPLE_ESCAPES[ch];
    if (simple !== undefined) {
      if (simple !== "") out.push(simple.charCodeAt(0));
    } else if (ch >= "0" && ch <= "7") {
      let v = ch.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && i + 1 < to; k++) {
        const d = s.charCodeAt(i + 1);
        if (d < 48 || d > 55) break;
        v = v * 8 + d - 48;
        i++;
      }
      // _PyBytes_DecodeEscape stores the value in a char: 0o777 becomes 0xff.
      out.push(v & 0xff);
    } else if (ch === "x") {
      const h1 = i + 1 < to ? hexValue(s.charCodeAt(i + 1)) : -1;
      const h2 = i + 2 < to ? hexValue(s.charCodeAt(i + 2)) : -1;
      if (h1 < 0 || h2 < 0) error(`(value error) invalid \\x escape at position ${at - from}`);
      out.push(h1 * 16 + h2);
      i += 2;
    } else {
      out.push(92);
      i--;
    }
  }
  return Uint8Array.from(out);
}

// -- Concatenation and f-strings -------------------------------------------------------

/** string_parser.c FstringParser: the pending literal and the finished parts. */
class FstringState {
  lastStr: string | null = null;
  readonly parts: (Constant | FormattedValue)[] = [];
  fmode = false;

  concat(s: string): void {
    if (s.length === 0) return;
    this.lastStr = this.lastStr === null ? s : this.lastStr + s;
  }
}

interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

function spanOf(first: Token, last: Token): Span {
  return {
    lineno: first.lineno,
    col_offset: first.col,
    end_lineno: last.endLineno,
    end_col_offset: last.endCol,
  };
}

/** string_parser.c make_str_node_and_del: the `u` kind comes from the first token only. */
function strNode(value: string, first: Token, span: Span): Constant {
  const kind = first.value.charCodeAt(0) === 117 ? "u" : null;
  return {
    _type: "Constant",
    value,
    kind,
    lineno: span.lineno,
    col_offset: span.col_offset,
    end_lineno: span.end_lineno,
    end_col_offset: span.end_col_offset,
  };
}

/**
 * Builds the node of adjacent string tokens (`_PyPegen_concatenate_strings`):
 * a Constant (str or bytes), or a JoinedStr when any part is an f-string.
 */
export function concatenateStrings(tokens: Token[], host: StringHost): Constant | JoinedStr {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const span = spanOf(first, last);
  let bytesMode = false;
  const byteParts: Uint8Array[] = [];
  const state = new FstringState();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const text = t.value;
    const p = splitToken(text);
    if (i !== 0 && bytesMode !== p.bytes) host.error("cannot mix bytes and nonbytes literals");
    bytesMode = p.bytes;
    if (p.fstring) {
      const f = new FstringBuilder(host, text, p.raw, t, first, span);
      f.concatFstring(state, p.start, p.end, 0);
    } else if (p.bytes) {
      for (let k = p.start; k < p.end; k++) {
        if (text.charCodeAt(k) >= 0x80) {
          host.errorAt(t, "bytes can only contain ASCII literal characters");
        }
      }
      byteParts.push(decodeBytes(text, p.start, p.end, p.raw, (m) => host.error(m)));
    } else {
      state.concat(
        p.raw ? text.slice(p.start, p.end) : decodeStr(text, p.start, p.end, (m) => host.error(m)),
      );
    }
  }
  if (bytesMode) {
    let value: Uint8Array;
    if (byteParts.length === 1) {
      value = byteParts[0];
    } else {
      let n = 0;
      for (const b of byteParts) n += b.length;
      value = new Uint8Array(n);
      let o = 0;
      for (const b of byteParts) {
        value.set(b, o);
        o += b.length;
      }
    }
    return {
      _type: "Constant",
      value,
      kind: null,
      lineno: span.lineno,
      col_offset: span.col_offset,
      end_lineno: span.end_lineno,
      end_col_offset: span.end_col_offset,
    };
  }
  return finish(state, first, span, span);
}

/** _PyPegen_FstringParser_Finish. `nodeSpan` places the JoinedStr, `span` the constants. */
function finish(
  state: FstringState,
  first: Token,
  span: Span,
  nodeSpan: Span,
): Constant | JoinedStr {
  if (!state.fmode) return strNode(state.lastStr ?? "", first, span);
  if (state.lastStr !== null) {
    state.parts.push(strNode(state.lastStr, first, span));
    state.lastStr = null;
  }
  return {
    _type: "JoinedStr",
    values: state.parts,
    lineno: nodeSpan.lineno,
    col_offset: nodeSpan.col_offset,
    end_lineno: nodeSpan.end_lineno,
    end_col_offset: nodeSpan.end_col_offset,
  };
}

/** Parses the body of one f-string token (fstring_find_literal / fstring_find_expr). */
class FstringBuilder {
  constructor(
    readonly host: StringHost,
    /** The whole token text; positions below index it. */
    readonly s: string,
    readonly raw: boolean,
    /** The token being parsed (CPython's `t`). */
    readonly t: Token,
    /** The first token of the concatenation (for the `u` kind). */
    readonly first: Token,
    /** The span of the whole concatenation, given to literal parts. */
    readonly span: Span,
  ) {}

  /** Position reached in `s`. */
  pos = 0;

  /** _PyPegen_FstringParser_ConcatFstring. Returns the position reached. */
  concatFstring(state: FstringState, start: number, end: number, recurseLvl: number): void {
    state.fmode = true;
    this.pos = start;
    for (;;) {
      const lit = this.findLiteral(end, recurseLvl);
      if (lit.literal !== null) state.concat(lit.literal);
      if (lit.doubled) continue;
      if (this.pos >= end || this.s.charCodeAt(this.pos) === 125) break;
      const { exprText, node } = this.findExpr(end, recurseLvl);
      if (exprText !== null) state.concat(exprText);
      if (state.lastStr !== null) {
        state.parts.push(strNode(state.lastStr, this.first, this.span));
        state.lastStr = null;
      }
      state.parts.push(node);
    }
    if (recurseLvl === 0 && this.pos < end - 1) {
      this.host.error("f-string: unexpected end of string");
    }
    if (recurseLvl !== 0 && (this.pos >= end || this.s.charCodeAt(this.pos) !== 125)) {
      this.host.error("f-string: expecting '}'");
    }
  }

  /** fstring_find_literal: text up to an undoubled brace. */
  private findLiteral(
    end: number,
    recurseLvl: number,
  ): { literal: string | null; doubled: boolean } {
    const s = this.s;
    const literalStart = this.pos;
    let i = this.pos;
    let doubled = false;
    let stop = -1;
    while (i < end) {
      let ch = s.charCodeAt(i++);
      if (!this.raw && ch === 92 && i < end) {
        ch = s.charCodeAt(i++);
        if (ch === 78) {
          // Skip the braces of "\N{NAME}": they do not start a field.
          if (i < end && s.charCodeAt(i++) === 123) {
            while (i < end && s.charCodeAt(i++) !== 125) { /* skip the name */ }
            continue;
          }
          // A malformed "\N" stays in the literal; decoding reports it.
          continue;
        }
      }
      if (ch === 123 || ch === 125) {
        if (recurseLvl === 0) {
          if (i < end && s.charCodeAt(i) === ch) {
            // A doubled brace: the literal ends with one brace; skip the other.
            stop = i;
            this.pos = i + 1;
            doubled = true;
            break;
          }
          if (ch === 125) {
            this.pos = i - 1;
            this.host.error("f-string: single '}' is not allowed");
          }
        }
        i--;
        break;
      }
    }
    if (!doubled) {
      stop = i;
      this.pos = i;
    }
    let literal: string | null = null;
    if (stop !== literalStart) {
      literal = this.raw
        ? s.slice(literalStart, stop)
        : decodeStr(s, literalStart, stop, (m) => this.host.error(m));
    }
    return { literal, doubled };
  }

  /** fstring_find_expr: one replacement field, from its '{'. */
  private findExpr(
    end: number,
    recurseLvl: number,
  ): { exprText: string | null; node: FormattedValue } {
    const s = this.s;
    const host = this.host;
    if (recurseLvl >= 2) host.error("f-string: expressions nested too deeply");
    const brace = this.pos;
    let i = this.pos + 1;
    const exprStart = i;
    let quoteChar = 0;
    let stringType = 0;
    const parens: number[] = [];
    for (; i < end; i++) {
      const ch = s.charCodeAt(i);
      if (ch === 92) host.error("f-string expression part cannot include a backslash");
      if (quoteChar) {
        if (ch === quoteChar) {
          if (stringType === 3) {
            if (i + 2 < end && s.charCodeAt(i + 1) === ch && s.charCodeAt(i + 2) === ch) {
              i += 2;
              stringType = 0;
              quoteChar = 0;
            }
          } else {
            stringType = 0;
            quoteChar = 0;
          }
        }
        continue;
      }
      if (ch === 39 || ch === 34) {
        if (i + 2 < end && s.charCodeAt(i + 1) === ch && s.charCodeAt(i + 2) === ch) {
          stringType = 3;
          i += 2;
        } else {
          stringType = 1;
        }
        quoteChar = ch;
      } else if (ch === 91 || ch === 123 || ch === 40) {
        if (parens.length >= 200) host.error("f-string: too many nested parenthesis");
        parens.push(ch);
      } else if (ch === 35) {
        host.error("f-string expression part cannot include '#'");
      } else if (
        parens.length === 0 &&
        (ch === 33 || ch === 58 || ch === 125 || ch === 61 || ch === 62 || ch === 60)
      ) {
        if (i + 1 < end) {
          const next = s.charCodeAt(i + 1);
          // "!=", "==", "<=", ">=" belong to the expression.
          if (next === 61 && (ch === 33 || ch === 61 || ch === 60 || ch === 62)) {
            i++;
            continue;
          }
        }
        if (ch === 62 || ch === 60) continue;
        break;
      } else if (ch === 93 || ch === 125 || ch === 41) {
        if (parens.length === 0) host.error(`f-string: unmatched '${String.fromCharCode(ch)}'`);
        const opening = parens.pop()!;
        if (
          !((opening === 40 && ch === 41) || (opening === 91 && ch === 93) ||
            (opening === 123 && ch === 125))
        ) {
          host.error(
            `f-string: closing parenthesis '${
              String.fromCharCode(ch)
            }' does not match opening parenthesis '${String.fromCharCode(opening)}'`,
          );
        }
      }
    }
    const exprEnd = i;
    if (quoteChar) host.error("f-string: unterminated string");
    if (parens.length) {
      host.error(`f-string: unmatched '${String.fromCharCode(parens[parens.length - 1])}'`);
    }
    if (i >= end) host.error("f-string: expecting '}'");

    const value = this.compileExpr(brace, exprStart, exprEnd);

    let exprText: string | null = null;
    if (s.charCodeAt(i) === 61) {
      i++;
      // Py_ISSPACE: space, \t, \n, \r, \f, \v.
      while (i < end) {
        const c = s.charCodeAt(i);
        if (c !== 32 && !(c >= 9 && c <= 13)) break;
        i++;
      }
      if (i >= end) host.error("f-string: expecting '}'");
      exprText = s.slice(exprStart, i);
    }
    let conversion = -1;
    if (s.charCodeAt(i) === 33) {
      i++;
      if (i >= end) host.error("f-string: expecting '}'");
      conversion = s.charCodeAt(i);
      i++;
      if (!(conversion === 115 || conversion === 114 || conversion === 97)) {
        host.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    let formatSpec: JoinedStr | null = null;
    if (i < end && s.charCodeAt(i) === 58) {
      i++;
      if (i >= end) host.error("f-string: expecting '}'");
      // fstring_parse: constants made inside the spec span the whole
      // concatenation; the spec and its trailing constant span only this token.
      const spec = new FstringState();
      this.pos = i;
      this.concatFstring(spec, i, end, recurseLvl + 1);
      i = this.pos;
      const own = spanOf(this.t, this.t);
      formatSpec = finish(spec, this.t, own, own) as JoinedStr;
    }
    if (i >= end || s.charCodeAt(i) !== 125) host.error("f-string: expecting '}'");
    this.pos = i + 1;
    if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114;
    const node: FormattedValue = {
      _type: "FormattedValue",
      value,
      conversion,
      format_spec: formatSpec,
      lineno: this.span.lineno,
      col_offset: this.span.col_offset,
      end_lineno: this.span.end_lineno,
      end_col_offset: this.span.end_col_offset,
    };
    return { exprText, node };
  }

  /** fstring_compile_expr and fstring_find_expr_location. */
  private compileExpr(brace: number, exprStart: number, exprEnd: number): Expr {
    const s = this.s;
    let k = exprStart;
    for (; k < exprEnd; k++) {
      const c = s.charCodeAt(k);
      if (!(c === 32 || c === 9 || c === 10 || c === 12)) break;
    }
    if (k === exprEnd) this.host.error("f-string: empty expression not allowed");

    // Where the field sits inside the token: lines before it, and its column
    // (on the token's first line, relative to the token's column).
    let lines = 0;
    for (let p = s.indexOf("\n"); p >= 0 && p < brace; p = s.indexOf("\n", p + 1)) lines++;
    let newlineAfterBrace = true;
    for (let p = brace + 1; p < s.length; p++) {
      const c = s.charCodeAt(p);
      if (c === 125 || c === 10) break;
      if (c !== 32 && c !== 9 && c !== 12) {
        newlineAfterBrace = false;
        break;
      }
    }
    let cols = 0;
    if (!newlineAfterBrace) {
      const nl = s.lastIndexOf("\n", brace);
      cols = nl < 0 ? brace : brace - nl - 1;
    }
    const firstLine = this.t.lineno + lines;
    const colShift = lines !== 0 ? cols : this.t.col + cols;
    return this.host.parseExpr("(" + s.slice(exprStart, exprEnd) + ")", firstLine, colShift);
  }
}
