/**
 * Tokenizer edge cases, checked against what CPython 3.11's tokenizer
 * produces (token kinds and positions, INDENT/DEDENT, line joining, numbers,
 * string prefixes) and the errors it reports.
 *
 * @module
 */
import assert from "node:assert/strict";
import { ERRORTOKEN, TOKEN_NAMES, tokenize } from "./tokenizer.ts";

/** Tokens as "KIND text" strings (positions left out). */
function kinds(src: string): string[] {
  const r = tokenize(src, "<test>");
  return r.tokens.map((t) =>
    t.value === "" ? TOKEN_NAMES[t.type] : `${TOKEN_NAMES[t.type]} ${t.value}`
  );
}

/** The tokenizer error: [kind, msg, lineno, offset]. */
function tokError(src: string): [string, string, number, number] {
  const r = tokenize(src, "<test>");
  assert.ok(r.error !== null, `no error for ${JSON.stringify(src)}`);
  assert.equal(r.tokens[r.tokens.length - 1].type, ERRORTOKEN);
  const e = r.error.error;
  return [e.kind, e.msg, e.lineno, e.offset];
}

Deno.test("tokenizer: INDENT and DEDENT, blank and comment lines in between", () => {
  assert.deepEqual(kinds("if x:\n    y\n\n  # c\n    z\nw\n"), [
    "KEYWORD if",
    "NAME x",
    "OP :",
    "NEWLINE",
    "INDENT",
    "NAME y",
    "NEWLINE",
    "NAME z",
    "NEWLINE",
    "DEDENT",
    "NAME w",
    "NEWLINE",
    "ENDMARKER",
  ]);
  // Several DEDENTs at once, and at the end of the file.
  assert.deepEqual(kinds("a:\n b:\n  c\nd\ne:\n f\n"), [
    "NAME a",
    "OP :",
    "NEWLINE",
    "INDENT",
    "NAME b",
    "OP :",
    "NEWLINE",
    "INDENT",
    "NAME c",
    "NEWLINE",
    "DEDENT",
    "DEDENT",
    "NAME d",
    "NEWLINE",
    "NAME e",
    "OP :",
    "NEWLINE",
    "INDENT",
    "NAME f",
    "NEWLINE",
    "DEDENT",
    "ENDMARKER",
  ]);
  assert.deepEqual(kinds(""), ["ENDMARKER"]);
  assert.deepEqual(kinds("# only a comment"), ["ENDMARKER"]);
  assert.deepEqual(kinds("x"), ["NAME x", "NEWLINE", "ENDMARKER"]);
});

Deno.test("tokenizer: tabs count to the next multiple of 8, and must agree with tab size 1", () => {
  assert.deepEqual(kinds("if x:\n\ty\n\t  z\n\tw\n"), [
    "KEYWORD if",
    "NAME x",
    "OP :",
    "NEWLINE",
    "INDENT",
    "NAME y",
    "NEWLINE",
    "INDENT",
    "NAME z",
    "NEWLINE",
    "DEDENT",
    "NAME w",
    "NEWLINE",
    "DEDENT",
    "ENDMARKER",
  ]);
  // A tab and eight spaces reach the same column, but not with tab size 1.
  assert.deepEqual(tokError("if x:\n\ty\n        z\n"), [
    "TabError",
    "inconsistent use of tabs and spaces in indentation",
    3,
    1,
  ]);
  // A form feed resets the column.
  assert.deepEqual(kinds("if x:\n  y\n\f  z\n").slice(4, 9), [
    "INDENT",
    "NAME y",
    "NEWLINE",
    "NAME z",
    "NEWLINE",
  ]);
});

Deno.test("tokenizer: brackets and backslashes join lines; no NEWLINE inside brackets", () => {
  assert.deepEqual(kinds("x = (1,\n  2)\n"), [
    "NAME x",
    "OP =",
    "OP (",
    "NUMBER 1",
    "OP ,",
    "NUMBER 2",
    "OP )",
    "NEWLINE",
    "ENDMARKER",
  ]);
  assert.deepEqual(kinds("x = 1 + \\\n  2\n"), [
    "NAME x",
    "OP =",
    "NUMBER 1",
    "OP +",
    "NUMBER 2",
    "NEWLINE",
    "ENDMARKER",
  ]);
  assert.deepEqual(kinds("x;y\n"), ["NAME x", "OP ;", "NAME y", "NEWLINE", "ENDMARKER"]);
  assert.deepEqual(kinds("x\r\ny\r"), ["NAME x", "NEWLINE", "NAME y", "NEWLINE", "ENDMARKER"]);
});

Deno.test("tokenizer: numbers, including the forms that end before a name", () => {
  assert.deepEqual(
    kinds("0 00 0x_1f 0o17 0b1 1_000 1. .5 1e5 1E-5 1.5j 10J 0e0 1if x else 2\n").slice(0, 18),
    [
      "NUMBER 0",
      "NUMBER 00",
      "NUMBER 0x_1f",
      "NUMBER 0o17",
      "NUMBER 0b1",
      "NUMBER 1_000",
      "NUMBER 1.",
      "NUMBER .5",
      "NUMBER 1e5",
      "NUMBER 1E-5",
      "NUMBER 1.5j",
      "NUMBER 10J",
      "NUMBER 0e0",
      "NUMBER 1",
      "KEYWORD if",
      "NAME x",
      "KEYWORD else",
      "NUMBER 2",
    ],
  );
  assert.deepEqual(kinds("1 .real 1..real\n").slice(0, 5), [
    "NUMBER 1",
    "OP .",
    "NAME real",
    "NUMBER 1.",
    "OP .",
  ]);
  assert.deepEqual(kinds("x...\n").slice(0, 2), ["NAME x", "OP ..."]);
});

Deno.test("tokenizer: string prefixes and quotes", () => {
  assert.deepEqual(
    kinds(`r'a' b"b" Rb'c' bR"d" f'e' rf"f" Fr'g' u'h' U"i" '''j''' """k""" ''\n`).slice(0, 13),
    [
      "STRING r'a'",
      'STRING b"b"',
      "STRING Rb'c'",
      'STRING bR"d"',
      "STRING f'e'",
      'STRING rf"f"',
      "STRING Fr'g'",
      "STRING u'h'",
      'STRING U"i"',
      "STRING '''j'''",
      'STRING """k"""',
      "STRING ''",
      "NEWLINE",
    ],
  );
  // Prefixes that are not prefixes: names followed by a string.
  assert.deepEqual(kinds("ur'x' bu'y'\n").slice(0, 4), [
    "NAME ur",
    "STRING 'x'",
    "NAME bu",
    "STRING 'y'",
  ]);
  const t = tokenize("x = '''a\nb''' + 'c\\\nd'\n", "<test>").tokens;
  assert.deepEqual([t[2].lineno, t[2].col, t[2].endLineno, t[2].endCol], [1, 4, 2, 4]);
  assert.deepEqual([t[4].lineno, t[4].col, t[4].endLineno, t[4].endCol], [2, 7, 3, 2]);
});

Deno.test("tokenizer: operators are read longest first", () => {
  assert.deepEqual(kinds("a**=b//=c>>=d<<=e->f:=g!=h<>i\n").filter((k) => k.startsWith("OP")), [
    "OP **=",
    "OP //=",
    "OP >>=",
    "OP <<=",
    "OP ->",
    "OP :=",
    "OP !=",
    "OP <>",
  ]);
  assert.deepEqual(kinds("$ ? !\n").slice(0, 3), ["OP $", "OP ?", "OP !"]);
});

Deno.test("tokenizer: positions of NEWLINE, INDENT and ENDMARKER", () => {
  const t = tokenize("if x:\n  y\n", "<test>").tokens;
  assert.deepEqual(t.map((k) => [TOKEN_NAMES[k.type], k.lineno, k.col]), [
    ["KEYWORD", 1, 0],
    ["NAME", 1, 3],
    ["OP", 1, 4],
    ["NEWLINE", 1, 5],
    ["INDENT", 2, 2],
    ["NAME", 2, 2],
    ["NEWLINE", 2, 3],
    ["DEDENT", 2, 4],
    ["ENDMARKER", 2, 4],
  ]);
});

Deno.test("tokenizer: identifiers are checked as XID_Start XID_Continue*", () => {
  assert.deepEqual(kinds("été = ℌ\n").slice(0, 3), ["NAME été", "OP =", "NAME ℌ"]);
  assert.deepEqual(tokError("x = 1 €\n"), ["SyntaxError", "invalid character '€' (U+20AC)", 1, 7]);
  assert.deepEqual(tokError("a\u00b9 = 1\n"), [
    "SyntaxError",
    "invalid character '¹' (U+00B9)",
    1,
    2,
  ]);
  assert.deepEqual(tokError("x = \u00a0\n"), [
    "SyntaxError",
    "invalid non-printable character U+00A0",
    1,
    5,
  ]);
  assert.deepEqual(tokError("x = 1\u0001\n"), [
    "SyntaxError",
    "invalid non-printable character U+0001",
    1,
    6,
  ]);
});

Deno.test("tokenizer: errors carry CPython's messages and positions", () => {
  assert.deepEqual(tokError("x = 'abc\n"), [
    "SyntaxError",
    "unterminated string literal (detected at line 1)",
    1,
    5,
  ]);
  assert.deepEqual(tokError("x = '''abc\n\n"), [
    "SyntaxError",
    "unterminated triple-quoted string literal (detected at line 2)",
    1,
    5,
  ]);
  assert.deepEqual(tokError("x = )\n"), ["SyntaxError", "unmatched ')'", 1, 5]);
  assert.deepEqual(tokError("x = [1, 2)\n"), [
    "SyntaxError",
    "closing parenthesis ')' does not match opening parenthesis '['",
    1,
    10,
  ]);
  assert.deepEqual(tokError("x = [1,\n2)\n"), [
    "SyntaxError",
    "closing parenthesis ')' does not match opening parenthesis '[' on line 1",
    2,
    2,
  ]);
  assert.deepEqual(tokError("f(\n"), ["SyntaxError", "'(' was never closed", 1, 2]);
  assert.deepEqual(tokError("(".repeat(201)), [
    "SyntaxError",
    "too many nested parentheses",
    1,
    201,
  ]);
  assert.deepEqual(tokError("1_a\n"), ["SyntaxError", "invalid decimal literal", 1, 2]);
  assert.deepEqual(tokError("1a\n"), ["SyntaxError", "invalid decimal literal", 1, 1]);
  assert.deepEqual(tokError("0x\n"), ["SyntaxError", "invalid hexadecimal literal", 1, 2]);
  assert.deepEqual(tokError("0o8\n"), ["SyntaxError", "invalid digit '8' in octal literal", 1, 3]);
  assert.deepEqual(tokError("0b2\n"), ["SyntaxError", "invalid digit '2' in binary literal", 1, 3]);
  assert.deepEqual(tokError("1.5jx\n"), ["SyntaxError", "invalid imaginary literal", 1, 4]);
  assert.deepEqual(tokError("012\n"), [
    "SyntaxError",
    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
    1,
    1,
  ]);
  assert.deepEqual(tokError("if x:\n    a\n  b\n"), [
    "IndentationError",
    "unindent does not match any outer indentation level",
    3,
    4,
  ]);
  assert.deepEqual(tokError("if x:\n\ta\n        b\n"), [
    "TabError",
    "inconsistent use of tabs and spaces in indentation",
    3,
    1,
  ]);
  assert.deepEqual(tokError("a = 1\\ b\n"), [
    "SyntaxError",
    "unexpected character after line continuation character",
    1,
    7,
  ]);
  assert.deepEqual(tokError("a = 1 \\\n"), ["SyntaxError", "unexpected EOF while parsing", 1, 8]);
  const deep = Array.from({ length: 101 }, (_, i) => " ".repeat(i) + "if x:\n").join("") +
    " ".repeat(101) + "y\n";
  assert.deepEqual(tokError(deep), ["IndentationError", "too many levels of indentation", 101, 1]);
});

Deno.test("tokenizer: an f-string field's tokens are placed where the field is", () => {
  const t = tokenize("(a +\nb)", "<test>", { firstLine: 3, colShift: 10 }).tokens;
  assert.deepEqual(t.slice(0, 5).map((k) => [k.value, k.lineno, k.col, k.endCol]), [
    ["(", 3, 10, 11],
    ["a", 3, 11, 12],
    ["+", 3, 13, 14],
    ["b", 4, 0, 1],
    [")", 4, 1, 2],
  ]);
});
