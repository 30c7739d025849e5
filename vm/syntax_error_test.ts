/**
 * Syntax errors are reported exactly as CPython 3.11 reports them: the
 * formatter against hand-made errors whose reports were taken from CPython,
 * and the front end against every program of `conformance/syntax_errors/`,
 * each with the stderr `python3` printed for it (`NN_topic.err`).
 */
import assert from "node:assert/strict";
import {
  attachSourceText,
  formatSyntaxError,
  PySyntaxError,
  sourceLine,
  type SyntaxErrorKind,
} from "./syntax_error.ts";

const CORPUS = new URL("../conformance/syntax_errors/", import.meta.url);

function err(
  kind: SyntaxErrorKind,
  msg: string,
  lineno: number,
  offset: number,
  end_lineno: number,
  end_offset: number,
  text: string | null,
): PySyntaxError {
  return new PySyntaxError(kind, msg, {
    filename: "f.py",
    lineno,
    offset,
    end_lineno,
    end_offset,
    text,
  });
}

// Each expectation is what CPython 3.11 prints for
// `raise <kind>(msg, ("f.py", lineno, offset, text, end_lineno, end_offset))`.
Deno.test("formatSyntaxError reproduces CPython's report", async (t) => {
  const cases: [string, PySyntaxError, string][] = [
    [
      "one caret",
      err("SyntaxError", "invalid syntax", 1, 5, 1, 6, "x = = 1\n"),
      '  File "f.py", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n',
    ],
    [
      "a range",
      err("SyntaxError", "cannot delete function call", 1, 5, 1, 8, "del f()\n"),
      '  File "f.py", line 1\n    del f()\n        ^^^\nSyntaxError: cannot delete function call\n',
    ],
    [
      "leading tab and form feed stripped, caret moved with them",
      err("SyntaxError", "invalid syntax", 2, 7, 2, 8, "\t\fx = = 1\n"),
      '  File "f.py", line 2\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n',
    ],
    [
      "no caret when it falls left of the stripped text",
      err("IndentationError", "unexpected indent", 2, 4, 2, -1, "    y = 2\n"),
      '  File "f.py", line 2\n    y = 2\nIndentationError: unexpected indent\n',
    ],
    [
      "no caret for offset 0, and a newline added to text without one",
      err("IndentationError", "expected an indented block", 1, 0, 1, -1, "def f():"),
      '  File "f.py", line 1\n    def f():\nIndentationError: expected an indented block\n',
    ],
    [
      "offset past the end is clipped to just past the text",
      err("SyntaxError", "invalid syntax", 1, 40, 1, 40, "x = 1 +\n"),
      '  File "f.py", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n',
    ],
    [
      "range ending on a later line runs to the end of the first",
      err("SyntaxError", "cannot assign to expression", 1, 2, 2, 3, "(a +\n"),
      '  File "f.py", line 1\n    (a +\n     ^^^\nSyntaxError: cannot assign to expression\n',
    ],
    [
      "range longer than the line is cut to it",
      err("SyntaxError", "m", 1, 1, 1, 30, "abc"),
      '  File "f.py", line 1\n    abc\n    ^^^\nSyntaxError: m\n',
    ],
    [
      "IndentationError ignores end_offset",
      err("IndentationError", "m", 1, 1, 1, 5, "abcdef\n"),
      '  File "f.py", line 1\n    abcdef\n    ^\nIndentationError: m\n',
    ],
    [
      "text of several lines is cut to the line of the caret",
      err("SyntaxError", "invalid syntax", 2, 17, 2, 18, "if x and \\\n   y = 1:\n"),
      '  File "f.py", line 2\n       y = 1:\n         ^\nSyntaxError: invalid syntax\n',
    ],
    [
      "no text: no source line",
      err("SyntaxError", "'return' outside function", 3, 1, 3, 9, null),
      "  File \"f.py\", line 3\nSyntaxError: 'return' outside function\n",
    ],
    [
      "empty message: no colon",
      err("SyntaxError", "", 1, 1, 1, 2, "x\n"),
      '  File "f.py", line 1\n    x\n    ^\nSyntaxError\n',
    ],
    [
      "TabError",
      err(
        "TabError",
        "inconsistent use of tabs and spaces in indentation",
        3,
        1,
        3,
        0,
        "\ty = 2\n",
      ),
      '  File "f.py", line 3\n    y = 2\nTabError: inconsistent use of tabs and spaces in indentation\n',
    ],
  ];
  for (const [name, e, expected] of cases) {
    await t.step(name, () => {
      assert.equal(formatSyntaxError(e, { source: "string" }), expected);
    });
  }

  await t.step("a script's columns become UTF-8 bytes", () => {
    const text = "    return 'h\u00e9llo w\u00f6rld'\n";
    const e = err("SyntaxError", "'return' outside function", 2, 5, 2, 25, text);
    // CPython's report for the file: 22 carets under 20 characters.
    const expected = "  File \"f.py\", line 2\n    return 'h\u00e9llo w\u00f6rld'\n" +
      "    " + "^".repeat(22) + "\nSyntaxError: 'return' outside function\n";
    assert.equal(formatSyntaxError(e), expected);
    assert.equal(formatSyntaxError(e, { source: "file" }), expected);
    // compile() of a str reports characters, printed unchanged.
    assert.equal(
      formatSyntaxError(e, { source: "string" }),
      expected.replace("^".repeat(22), "^".repeat(20)),
    );
  });

  await t.step("errors CPython locates in characters stay in characters", () => {
    const e = new PySyntaxError("SyntaxError", "unterminated string literal (detected at line 1)", {
      filename: "f.py",
      lineno: 1,
      offset: 11,
      end_offset: 11,
      text: "s = '\u00e9' + 'abc",
      charColumns: true,
    });
    assert.equal(
      formatSyntaxError(e),
      "  File \"f.py\", line 1\n    s = '\u00e9' + 'abc\n              ^\n" +
        "SyntaxError: unterminated string literal (detected at line 1)\n",
    );
  });
});

Deno.test("formatSyntaxError: a script's error after its last line has no caret", () => {
  const e = new PySyntaxError(
    "IndentationError",
    "expected an indented block after function definition on line 1",
    { filename: "f.py", lineno: 1, offset: 9, end_offset: -1, text: "def f():\n", atEof: true },
  );
  const head = '  File "f.py", line 1\n    def f():\n';
  const tail = "IndentationError: expected an indented block after function definition on line 1\n";
  assert.equal(formatSyntaxError(e), head + tail);
  assert.equal(formatSyntaxError(e, { source: "string" }), head + "            ^\n" + tail);
});

Deno.test("sourceLine reads a line back as CPython does", () => {
  const src = "a = 1\r\nb = 2\rc = 3\nlast";
  assert.equal(sourceLine(src, 1), "a = 1\n");
  assert.equal(sourceLine(src, 2), "b = 2\n");
  assert.equal(sourceLine(src, 3), "c = 3\n");
  assert.equal(sourceLine(src, 4), "last");
  assert.equal(sourceLine(src, 5), null);
  assert.equal(sourceLine("x\n", 2), null);
  assert.equal(sourceLine("x\n", 0), null);
  // A 1500-byte line comes back as its last 1500 - 999 bytes.
  const long = "#" + "y".repeat(1498) + "\n";
  assert.equal(sourceLine(long, 1), long.slice(999));
  const e = err("SyntaxError", "'break' outside loop", 2, 5, 2, 10, null);
  assert.equal(attachSourceText(e, "if x:\n    break\n").text, "    break\n");
  // AST columns count UTF-16 units: the emoji is two of them, one code point.
  const r = err("SyntaxError", "'return' outside function", 1, 1, 1, 14, null);
  attachSourceText(r, "return '\u{1F600}\u{1F600}'\n");
  assert.deepEqual([r.offset, r.end_offset], [1, 12]);
});

/** A line-by-line comparison of two reports, CPython's first. */
function diff(expected: string, actual: string): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  const lines: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) {
      lines.push(`  ${JSON.stringify(a[i])}`);
    } else {
      if (a[i] !== undefined) lines.push(`- ${JSON.stringify(a[i])}`);
      if (b[i] !== undefined) lines.push(`+ ${JSON.stringify(b[i])}`);
    }
  }
  return lines.join("\n");
}

type Parse = (source: string, filename: string) => unknown;
type Compile = (module: never, filename: string) => unknown;

/** Loads a front-end module: null when its file does not exist yet. */
async function load(name: string): Promise<Record<string, unknown> | null> {
  const url = new URL(name, import.meta.url);
  try {
    await Deno.stat(url);
  } catch {
    return null;
  }
  // A computed specifier: the module graph (and type check) of this test
  // must not include modules that may not exist yet.
  try {
    return await import(url.href);
  } catch (e) {
    throw new Error(`vm/${name} does not load: ${e}`);
  }
}

/**
 * What the front end reports for one program: the formatted error, or a
 * description of what went wrong instead.
 */
async function report(source: string, filename: string): Promise<string> {
  const parser = await load("parser.ts");
  if (parser === null) throw new Error("vm/parser.ts does not exist yet: nothing to test");
  const parse = parser.parse as Parse;
  if (typeof parse !== "function") throw new Error("vm/parser.ts exports no parse()");
  const compiler = await load("compiler.ts");
  const compile = compiler?.compile as Compile | undefined;
  if (compiler !== null && typeof compile !== "function") {
    throw new Error("vm/compiler.ts exports no compile()");
  }
  try {
    const module = parse(source, filename);
    if (compile === undefined) {
      return "<no SyntaxError from the parser, and vm/compiler.ts does not exist yet>\n";
    }
    compile(module as never, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      attachSourceText(e, source);
      e.filename = filename;
      return formatSyntaxError(e);
    }
    const detail = e instanceof Error ? e.stack ?? String(e) : String(e);
    return `<a JavaScript exception escaped the front end: ${detail}>\n`;
  }
  return "<no SyntaxError: the program compiled>\n";
}

Deno.test("the front end reports conformance/syntax_errors as CPython does", async (t) => {
  const names: string[] = [];
  for await (const entry of Deno.readDir(CORPUS)) {
    if (entry.isFile && entry.name.endsWith(".py")) names.push(entry.name);
  }
  names.sort();
  assert.ok(names.length >= 70, `only ${names.length} cases in ${CORPUS.pathname}`);
  for (const name of names) {
    await t.step(name, async () => {
      const source = await Deno.readTextFile(new URL(name, CORPUS));
      const expected = await Deno.readTextFile(new URL(name.replace(/\.py$/, ".err"), CORPUS));
      const actual = await report(source, name);
      if (actual !== expected) {
        assert.fail(`${name}: the report differs from CPython's\n${diff(expected, actual)}`);
      }
    });
  }
});
