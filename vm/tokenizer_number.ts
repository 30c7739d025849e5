/**
 * Number literals: the "Number" block of CPython 3.11's `Parser/tokenizer.c`
 * `tok_get` (decimal, hexadecimal, octal and binary integers, underscores,
 * floats, exponents, imaginary literals) with its error messages, as a base
 * class of the tokenizer.
 *
 * @module
 */

export const C_DOT = 46, C_0 = 48, C_UNDERSCORE = 95;

export function isDigit(c: number): boolean {
  return c >= C_0 && c <= 57;
}

function isXDigit(c: number): boolean {
  return (c >= C_0 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** tokenizer.c is_potential_identifier_char. */
export function isIdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === C_UNDERSCORE ||
    (c >= C_0 && c <= 57) ||
    c >= 128;
}

/** Scans number literals; the tokenizer supplies the source, errors and output. */
export abstract class NumberScanner {
  abstract readonly src: string;
  /** Current position in `src`. */
  pos = 0;
  /** Where the current line starts in `src`. */
  lineStart = 0;

  /** tokenizer.c syntaxerror(): the caret goes just before `pos`. */
  protected abstract syntaxError(msg: string): never;
  /** tokenizer.c syntaxerror_known_range(), columns 1-based. */
  protected abstract syntaxErrorRange(msg: string, colOffset: number, endColOffset: number): never;
  /** Emits the NUMBER token from `start` to `pos`. */
  protected abstract emitNumber(start: number): void;

  protected ch(): number {
    return this.pos < this.src.length ? this.src.charCodeAt(this.pos) : -1;
  }

  /** tok_decimal_tail: digits with single underscores between them. */
  protected decimalTail(): number {
    for (;;) {
      let c = this.ch();
      while (isDigit(c)) {
        this.pos++;
        c = this.ch();
      }
      if (c !== C_UNDERSCORE) return c;
      this.pos++;
      c = this.ch();
      if (!isDigit(c)) this.syntaxError("invalid decimal literal");
    }
  }

  /** verify_end_of_number: a literal directly followed by a name is an error. */
  protected verifyEndOfNumber(c: number, kind: string): void {
    const src = this.src;
    const at = (i: number) => (this.pos + i < src.length ? src.charCodeAt(this.pos + i) : -1);
    const follows = (s: string) => src.startsWith(s, this.pos + 1);
    let r = false;
    // Keywords that may follow a literal in valid code only warn.
    if (c === 97) r = follows("nd");
    else if (c === 101) r = follows("lse");
    else if (c === 102) r = follows("or");
    else if (c === 105) {
      const c2 = at(1);
      r = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111) r = follows("r");
    else if (c === 110) r = follows("ot");
    if (r) return;
    // tokenizer.c checks `c < 128` too: a non-ASCII letter after a number
    // starts a name, so `1é` is two tokens and the parser reports it.
    if (c !== -1 && c < 128 && isIdChar(c)) {
      this.syntaxError(`invalid ${kind} literal`);
    }
  }

  protected number(start: number): void {
    let c = this.ch();
    if (c === C_DOT) {
      this.pos++;
      this.fraction(start);
      return;
    }
    if (c === C_0) {
      this.pos++;
      c = this.ch();
      if (c === 120 || c === 88) {
        this.radix(start, isXDigit, "hexadecimal", null);
        return;
      }
      if (c === 111 || c === 79) {
        this.radix(start, (d) => d >= C_0 && d < 56, "octal", "octal");
        return;
      }
      if (c === 98 || c === 66) {
        this.radix(start, (d) => d === C_0 || d === 49, "binary", "binary");
        return;
      }
      // Maybe old-style octal; in any case allow '0' as a literal.
      let nonzero = false;
      for (;;) {
        if (c === C_UNDERSCORE) {
          this.pos++;
          c = this.ch();
          if (!isDigit(c)) this.syntaxError("invalid decimal literal");
        }
        if (c !== C_0) break;
        this.pos++;
        c = this.ch();
      }
      const zerosEnd = this.pos;
      if (isDigit(c)) {
        nonzero = true;
        c = this.decimalTail();
      }
      if (c === C_DOT) {
        this.pos++;
        this.fraction(start);
        return;
      }
      if (c === 101 || c === 69) {
        this.exponent(start);
        return;
      }
      if (c === 106 || c === 74) {
        this.imaginary(start);
        return;
      }
      if (nonzero) {
        this.syntaxErrorRange(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          start - this.lineStart + 1,
          zerosEnd - this.lineStart + 1,
        );
      }
      this.verifyEndOfNumber(c, "decimal");
      this.emitNumber(start);
      return;
    }
    c = this.decimalTail();
    if (c === C_DOT) {
      this.pos++;
      this.fraction(start);
      return;
    }
    if (c === 101 || c === 69) {
      this.exponent(start);
      return;
    }
    if (c === 106 || c === 74) {
      this.imaginary(start);
      return;
    }
    this.verifyEndOfNumber(c, "decimal");
    this.emitNumber(start);
  }

  protected radix(
    start: number,
    ok: (c: number) => boolean,
    kind: string,
    digitKind: string | null,
  ): void {
    this.pos++;
    let c = this.ch();
    do {
      if (c === C_UNDERSCORE) {
        this.pos++;
        c = this.ch();
      }
      if (!ok(c)) {
        if (digitKind !== null && isDigit(c)) {
          this.pos++;
          this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${digitKind} literal`);
        }
        this.syntaxError(`invalid ${kind} literal`);
      }
      do {
        this.pos++;
        c = this.ch();
      } while (ok(c));
    } while (c === C_UNDERSCORE);
    if (digitKind !== null && isDigit(c)) {
      this.pos++;
      this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${digitKind} literal`);
    }
    this.verifyEndOfNumber(c, kind);
    this.emitNumber(start);
  }

  /** After the '.': optional digits, exponent, 'j'. */
  protected fraction(start: number): void {
    let c = this.ch();
    if (isDigit(c)) c = this.decimalTail();
    if (c === 101 || c === 69) {
      this.exponent(start);
      return;
    }
    if (c === 106 || c === 74) {
      this.imaginary(start);
      return;
    }
    this.verifyEndOfNumber(c, "decimal");
    this.emitNumber(start);
  }

  /** At the 'e' of an exponent. */
  protected exponent(start: number): void {
    const e = this.ch();
    this.pos++;
    let c = this.ch();
    if (c === 43 || c === 45) {
      this.pos++;
      c = this.ch();
      if (!isDigit(c)) this.syntaxError("invalid decimal literal");
    } else if (!isDigit(c)) {
      // "1e" followed by a non-digit: the number ends before the 'e'.
      this.pos--;
      this.verifyEndOfNumber(e, "decimal");
      this.emitNumber(start);
      return;
    }
    c = this.decimalTail();
    if (c === 106 || c === 74) {
      this.imaginary(start);
      return;
    }
    this.verifyEndOfNumber(c, "decimal");
    this.emitNumber(start);
  }

  protected imaginary(start: number): void {
    this.pos++;
    this.verifyEndOfNumber(this.ch(), "imaginary");
    this.emitNumber(start);
  }
}
