/**
 * Parser tests: the committed corpus (`conformance/parse`), every `.py` file
 * of the repository against CPython's `ast.dump` when `python3` is present,
 * node positions, CPython's error messages and locations, and inputs that
 * must fail cleanly instead of crashing.
 *
 * @module
 */
import assert from "node:assert/strict";
import { dump } from "./ast_dump.ts";
import { parse, parseExpression } from "./parser.ts";
import { PySyntaxError } from "./syntax_error.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const CORPUS = `${ROOT}/conformance/parse`;

function corpusFiles(): string[] {
  return [...Deno.readDirSync(CORPUS)].map((e) => e.name).filter((n) => n.endsWith(".py")).sort();
}

/** Every `.py` file of the repository, skipping dependencies and the invalid-program corpus. */
function repoPyFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of Deno.readDirSync(dir)) {
      if (e.isDirectory) {
        if (e.name === "node_modules" || e.name === ".git" || e.name === "syntax_errors") continue;
        walk(`${dir}/${e.name}`);
      } else if (e.isFile && e.name.endsWith(".py")) {
        out.push(`${dir}/${e.name}`);
      }
    }
  };
  walk(ROOT);
  return out.sort();
}

/**
 * Dumps each file with python3 in one process (one JSON string per line),
 * or returns null when python3 is not installed. With `attributes`,
 * columns are converted from UTF-8 bytes to UTF-16 units, as ast.ts counts them.
 */
async function python3Dumps(files: string[], attributes: boolean): Promise<string[] | null> {
  const script = `
import ast, json, sys, warnings
warnings.simplefilter("ignore")
attrs = ${attributes ? "True" : "False"}
def utf16(lines, lineno, col):
    if lineno is None or col is None or not 1 <= lineno <= len(lines):
        return col
    prefix = lines[lineno - 1].encode("utf-8")[:col].decode("utf-8", "replace")
    return len(prefix.encode("utf-16-le")) // 2
for path in json.loads(sys.stdin.read()):
    try:
        src = open(path, encoding="utf-8").read()
        tree = ast.parse(src)
        if attrs:
            lines = src.split(chr(10))
            for n in ast.walk(tree):
                if hasattr(n, "end_col_offset"):
                    n.col_offset = utf16(lines, n.lineno, n.col_offset)
                    n.end_col_offset = utf16(lines, n.end_lineno, n.end_col_offset)
        print(json.dumps(ast.dump(tree, include_attributes=attrs)))
    except SyntaxError as e:
        print(json.dumps("%s: %s (%s, %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)))
`;
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command("python3", {
      args: ["-c", script],
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    })
      .spawn();
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return null;
    throw e;
  }
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(JSON.stringify(files)));
  await writer.close();
  const out = await child.output();
  assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
  return new TextDecoder().decode(out.stdout).split("\n").filter((l) => l !== "").map((l) =>
    JSON.parse(l)
  );
}

/** What our parser makes of a file, in the form python3Dumps prints. */
function ourDump(path: string, attributes: boolean): string {
  try {
    return dump(parse(Deno.readTextFileSync(path), path), { includeAttributes: attributes });
  } catch (e) {
    if (e instanceof PySyntaxError) return `${e.kind}: ${e.msg} (${e.lineno}, ${e.offset})`;
    throw e;
  }
}

function errorOf(src: string): PySyntaxError {
  try {
    parse(src, "<unknown>");
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error(`parsed without error: ${JSON.stringify(src)}`);
}

Deno.test("corpus: dump(parse(src)) equals the committed .ast of every conformance/parse program", () => {
  const files = corpusFiles();
  assert.ok(files.length >= 70, `only ${files.length} corpus programs`);
  const bad: string[] = [];
  for (const f of files) {
    const expected = Deno.readTextFileSync(`${CORPUS}/${f.replace(/\.py$/, ".ast")}`).replace(
      /\n$/,
      "",
    );
    if (ourDump(`${CORPUS}/${f}`, false) !== expected) bad.push(f);
  }
  assert.deepEqual(bad, []);
});

Deno.test("repository: every .py file parses as python3's ast.dump says", async () => {
  const files = repoPyFiles();
  const expected = await python3Dumps(files, false);
  if (expected === null) {
    console.log("python3 not found: the comparison of repository files with CPython is skipped");
    return;
  }
  assert.equal(expected.length, files.length);
  const bad = files.filter((f, i) => ourDump(f, false) !== expected[i]).map((f) =>
    f.slice(ROOT.length + 1)
  );
  assert.deepEqual(bad, [], `${bad.length} of ${files.length} files differ from python3`);
});

Deno.test("positions: lineno/col_offset/end_lineno/end_col_offset of the corpus match python3", async () => {
  const files = corpusFiles().map((f) => `${CORPUS}/${f}`);
  const expected = await python3Dumps(files, true);
  if (expected === null) {
    console.log("python3 not found: the position comparison is skipped");
    return;
  }
  const bad = files.filter((f, i) => ourDump(f, true) !== expected[i]).map((f) =>
    f.slice(ROOT.length + 1)
  );
  assert.deepEqual(bad, []);
});

/** [source, kind, msg, lineno, offset, end_lineno, end_offset], as CPython 3.11's ast.parse raises them. */
// deno-fmt-ignore
const ERRORS: [string, string, string, number, number, number, number][] = [
  ["x = 1 +\n", "SyntaxError", "invalid syntax", 1, 8, 1, 8],
  ["1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2],
  ["a, 1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 4, 1, 5],
  ["1, a = x\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9],
  ["f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4],
  ["x + 1 = 2\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6],
  ["(a, 1) = x\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6],
  ["[a, 1] = x\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6],
  ["1 = x = y\n", "SyntaxError", "cannot assign to literal", 1, 1, 1, 2],
  ["if x = 1:\n  pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9],
  ["f(a.b=1)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7],
  ["f(a=1, 2)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10],
  ["f(a=1, 2\n", "SyntaxError", "'(' was never closed", 1, 2, 1, 0],
  ["f(**a, *b)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9],
  ["f(**a, b)\n", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 1, 10],
  ["x = (1 2)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9],
  ["x = (\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0],
  ["x = [1, 2)\n", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 10, 1, 10],
  ["x = [1,\n2)\n", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 2, 2, 2, 2],
  ["x = )\n", "SyntaxError", "unmatched ')'", 1, 5, 1, 5],
  ["if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5],
  ["  x = 1\n", "IndentationError", "unexpected indent", 1, 2, 1, -1],
  ["if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, -1],
  ["if x:\n\ta\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0],
  ["if x\n  pass\n", "SyntaxError", "expected ':'", 1, 5, 1, 5],
  ["1_a\n", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2],
  ["1a\n", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1],
  ["x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5],
  ["x = '''abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5],
  ["x = '''abc\n\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 1, 5],
  ["x = 1 €\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 7, 1, 7],
  ["x€ = 1\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 2, 1, 2],
  ["f'{x'\n", "SyntaxError", "f-string: expecting '}'", 1, 6, 1, 6],
  ["f'{x!z}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9],
  ["f'{'\n", "SyntaxError", "f-string: expecting '}'", 1, 5, 1, 5],
  ["f'}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5],
  ["f'{}'\n", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6],
  ["del 1\n", "SyntaxError", "cannot delete literal", 1, 5, 1, 6],
  ["del f()\n", "SyntaxError", "cannot delete function call", 1, 5, 1, 8],
  ["for 1 in x: pass\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6],
  ["for x + 1 in y: pass\n", "SyntaxError", "cannot assign to expression", 1, 5, 1, 10],
  ["with a as 1: pass\n", "SyntaxError", "cannot assign to literal", 1, 11, 1, 12],
  ["(a, b) += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7],
  ["a, b += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5],
  ["f() += 1\n", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4],
  ["a, b: int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 2],
  ["[a]: int\n", "SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 4],
  ["f(): int\n", "SyntaxError", "illegal target for annotation", 1, 1, 1, 4],
  ["(\n", "SyntaxError", "'(' was never closed", 1, 1, 1, 0],
  ["((((\n", "SyntaxError", "'(' was never closed", 1, 4, 1, 0],
  ["x = (1,\n  2\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0],
  ["def f(:\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8],
  ["class\n", "SyntaxError", "invalid syntax", 1, 6, 1, 6],
  ["x = 5 if 3\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11],
  ["print 'hi'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 11],
  ["x = 0777\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6],
  ["x = 0b12\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 8, 1, 8],
  ["x = 0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 7, 1, 7],
  ["x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6],
  ["x = 1__0\n", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6],
  ["x = 1e\n", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5],
  ["x = 1e+\n", "SyntaxError", "invalid decimal literal", 1, 7, 1, 7],
  ["x = 5 $ 3\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8],
  ["x = ? \n", "SyntaxError", "invalid syntax", 1, 5, 1, 6],
  ["a = 1\\ b\n", "SyntaxError", "unexpected character after line continuation character", 1, 7, 1, 0],
  ["a = 1 \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 8, 1, -1],
  ["def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13],
  ["def f(*, **k): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8],
  ["def f(/, a): pass\n", "SyntaxError", "at least one argument must precede /", 1, 7, 1, 8],
  ["def f(a, /, b, /): pass\n", "SyntaxError", "/ may appear only once", 1, 16, 1, 17],
  ["def f(*a=1): pass\n", "SyntaxError", "var-positional argument cannot have default value", 1, 9, 1, 10],
  ["def f(**a, b): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13],
  ["x = yield = 3\n", "SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10],
  ["(yield) = 3\n", "SyntaxError", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 7],
  ["x = {1: 2, 3}\n", "SyntaxError", "':' expected after dictionary key", 1, 12, 1, 0],
  ["True = 1\n", "SyntaxError", "cannot assign to True", 1, 1, 1, 5],
  ["None = 1\n", "SyntaxError", "cannot assign to None", 1, 1, 1, 5],
  ["... = 1\n", "SyntaxError", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4],
  ["x.y := 1\n", "SyntaxError", "cannot use assignment expressions with attribute", 1, 1, 1, 4],
  ["(x.y := 1)\n", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 1, 5],
  ["f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15],
  ["f(1, x for x in y)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 6, 1, 18],
  ["if x:\n    a\n  bcdef = 1\n", "IndentationError", "unindent does not match any outer indentation level", 3, 12, 3, -1],
  ["if x:\n    a = 1\n    if y:\n        b\n   c\n", "IndentationError", "unindent does not match any outer indentation level", 5, 5, 5, -1],
  ["if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, -1],
  ["if x:\n        a\n\tb\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0],
  ["if x:\n  \ta\n\t  b = 22\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0],
  ["x = 1; \\ y\n", "SyntaxError", "unexpected character after line continuation character", 1, 9, 1, 0],
  ["a = (1 \\\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0],
  ["  x\n", "IndentationError", "unexpected indent", 1, 2, 1, -1],
  ["\n\n   x = 1\n", "IndentationError", "unexpected indent", 3, 3, 3, -1],
  ["if x:\n  a\n    b\n", "IndentationError", "unexpected indent", 3, 4, 3, -1],
  ["def f():\n  return\n\n    x = 1\n", "IndentationError", "unexpected indent", 4, 4, 4, -1],
  ["x = 1\n  y = 2\n", "IndentationError", "unexpected indent", 2, 2, 2, -1],
  ["x = 1 # c\n    # c2\n  y = 2\n", "IndentationError", "unexpected indent", 3, 2, 3, -1],
  ["x = \u000b1\n", "SyntaxError", "invalid non-printable character U+000B", 1, 5, 1, 5],
  ["x = 1\u0001\n", "SyntaxError", "invalid non-printable character U+0001", 1, 6, 1, 6],
  ["f'{a b}'\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5],
  ["x = 1; f'{a b}'\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5],
  ["f'{a +}'\n", "SyntaxError", "f-string: invalid syntax", 1, 5, 1, 6],
  ["f'{)}'\n", "SyntaxError", "f-string: unmatched ')'", 1, 7, 1, 7],
  ["f'{a:{b:{c}}}'\n", "SyntaxError", "f-string: expressions nested too deeply", 1, 15, 1, 15],
  ["f'{a!}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 1, 8],
  ["f'{a!r'\n", "SyntaxError", "f-string: expecting '}'", 1, 8, 1, 8],
  ["f'{a=!}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9],
  ["f'{#}'\n", "SyntaxError", "f-string expression part cannot include '#'", 1, 7, 1, 7],
  ["f'{\\n}'\n", "SyntaxError", "f-string expression part cannot include a backslash", 1, 8, 1, 8],
  ["f'{a:{b}'\n", "SyntaxError", "f-string: expecting '}'", 1, 10, 1, 10],
  ["f'{1 = 2}'\n", "SyntaxError", "f-string: expecting '}'", 1, 11, 1, 11],
  ["f'''\n{a b}'''\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 2, 2, 2, 5],
  ["x = '\\x4'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10],
  ["x = '\\x4' 'a'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 14, 1, 14],
  ["x = 'ab\\u12'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-5: truncated \\uXXXX escape", 1, 13, 1, 13],
  ["x = 'é\\u12'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-13: truncated \\uXXXX escape", 1, 12, 1, 12],
  ["x = '\\U00110000'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 17, 1, 17],
  ["x = '\\N{foo}'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 14, 1, 14],
  ["b'é'\n", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1, 1, 5],
  ["x = b'a' 'b'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13],
  ["x = 'a' b'b'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13],
  ["f'{x:{y}}}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 12, 1, 12],
  ["f'{x!r=}'\n", "SyntaxError", "f-string: expecting '}'", 1, 10, 1, 10],
  ["f'{lambda x: 1}'\n", "SyntaxError", "f-string: invalid syntax", 1, 10, 1, 11],
  ["b'\\x4'\n", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 7, 1, 7],
  ["b'\\x4g'\n", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 8, 1, 8],
  ["b'\\xg'\n", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 7, 1, 7],
  ["'\\N'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 5, 1, 5],
  ["'\\N{'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 1, 6, 1, 6],
  ["'\\Nx'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 6, 1, 6],
  ["'\\N{}'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 1, 7, 1, 7],
  ["x = 1\ny = 2\\ z\n", "SyntaxError", "unexpected character after line continuation character", 2, 7, 2, 0],
  ["f'{x!r }'\n", "SyntaxError", "f-string: expecting '}'", 1, 10, 1, 10],
  ["f'{x! r}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 10, 1, 10],
  ["f'{x!rr}'\n", "SyntaxError", "f-string: expecting '}'", 1, 10, 1, 10],
  ["f'{x}' f'{'\n", "SyntaxError", "f-string: expecting '}'", 1, 12, 1, 12],
  ["def f():\n  if x:\ny = 1\n", "IndentationError", "expected an indented block after 'if' statement on line 2", 3, 0, 3, -1],
  ["def f():\n  if x:\n  y = 1\n", "IndentationError", "expected an indented block after 'if' statement on line 2", 3, 3, 3, 4],
  ["for x in y:\nz\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 2, 2],
  ["while x:\nz\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1, 2, 2],
  ["with a:\nz\n", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1, 2, 2],
  ["try:\nz\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1, 2, 2],
  ["try:\n  x\nexcept:\nz\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 2],
  ["try:\n  x\nfinally:\nz\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1, 4, 2],
  ["try:\n  x\nexcept E:\nz\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 2],
  ["try:\n  x\nexcept* E:\nz\n", "IndentationError", "expected an indented block after 'except*' statement on line 3", 4, 1, 4, 2],
  ["if x:\n  a\nelse:\nz\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1, 4, 2],
  ["if x:\n  a\nelif y:\nz\n", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1, 4, 2],
  ["def f():\nz\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 2],
  ["class A:\nz\n", "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 2, 2],
  ["async def f():\nz\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 2],
  ["try:\n  x\ny = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2],
  ["try:\n  x\nexcept E, F:\n  pass\n", "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 3, 12],
  ["class A x:\n  pass\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10],
  ["class A\n  pass\n", "SyntaxError", "expected ':'", 1, 8, 1, 8],
  ["def f()\n  pass\n", "SyntaxError", "expected ':'", 1, 8, 1, 8],
  ["def f:\n  pass\n", "SyntaxError", "expected '('", 1, 6, 1, 7],
  ["def f() x:\n pass\n", "SyntaxError", "expected ':'", 1, 9, 1, 10],
  ["for x in y\n  pass\n", "SyntaxError", "expected ':'", 1, 11, 1, 11],
  ["for x in y z:\n  pass\n", "SyntaxError", "invalid syntax", 1, 12, 1, 13],
  ["while x\n  pass\n", "SyntaxError", "expected ':'", 1, 8, 1, 8],
  ["with a\n  pass\n", "SyntaxError", "expected ':'", 1, 7, 1, 7],
  ["with a b:\n  pass\n", "SyntaxError", "invalid syntax", 1, 8, 1, 9],
  ["try\n  pass\n", "SyntaxError", "expected ':'", 1, 4, 1, 4],
  ["try:\n  x\nexcept E\n  pass\n", "SyntaxError", "expected ':'", 3, 9, 3, 9],
  ["try:\n  x\nfinally\n  pass\n", "SyntaxError", "expected ':'", 3, 8, 3, 8],
  ["if x:\n  x\nelse\n  pass\n", "SyntaxError", "expected ':'", 3, 5, 3, 5],
  ["if x:\n  x\nelif y\n  pass\n", "SyntaxError", "expected ':'", 3, 7, 3, 7],
  ["x := 1\n", "SyntaxError", "invalid syntax", 1, 3, 1, 5],
  ["from x import a,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17],
  ["from x import (a\n", "SyntaxError", "'(' was never closed", 1, 15, 1, 0],
  ["import a.b as c.d\n", "SyntaxError", "invalid syntax", 1, 16, 1, 17],
  ["from . import *, a\n", "SyntaxError", "invalid syntax", 1, 16, 1, 17],
  ["del *a\n", "SyntaxError", "cannot delete starred", 1, 5, 1, 7],
  ["del (a, *b)\n", "SyntaxError", "cannot delete starred", 1, 9, 1, 11],
  ["del a +1\n", "SyntaxError", "cannot delete expression", 1, 5, 1, 9],
  ["a = 1 if 2\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11],
  ["f(x=1 for x in y)\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3, 1, 5],
  ["[*a for a in b]\n", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4],
  ["{**a for a in b}\n", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 2, 1, 4],
  ["{*a for a in b}\n", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4],
  ["(*a)\n", "SyntaxError", "cannot use starred expression here", 1, 2, 1, 4],
  ["(**a)\n", "SyntaxError", "cannot use double starred expression here", 1, 2, 1, 4],
  ["x[a=1]\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3, 1, 6],
  ["lambda x=1, y: 2\n", "SyntaxError", "non-default argument follows default argument", 1, 13, 1, 14],
  ["nonlocal x = 1\n", "SyntaxError", "invalid syntax", 1, 12, 1, 13],
  ["global x, \n", "SyntaxError", "invalid syntax", 1, 11, 1, 11],
  ["f(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6],
  ["[a b]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5],
  ["{a b}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5],
  ["{a: b c}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 1, 8],
  ["f(a, b c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9],
  ["(a b c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5],
  ["print 1\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 8],
  ["exec 'a'\n", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 1, 9],
  ["print(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1, 10],
  ["x = [1, 2 3]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12],
  ["x = a.b c\n", "SyntaxError", "invalid syntax", 1, 9, 1, 10],
  ["x = {1: 2, 3: 4 5: 6}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 15, 1, 18],
  ["a if b else c = 1\n", "SyntaxError", "cannot assign to conditional expression", 1, 1, 1, 14],
  ["x = 1 = 2\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6],
  ["[x for x in y] = 1\n", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1, 1, 15],
  ["(x for x in y) = 1\n", "SyntaxError", "cannot assign to generator expression", 1, 1, 1, 15],
  ["{a: b} = 1\n", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 7],
  ["-a = 1\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 3],
  ["a < b = 1\n", "SyntaxError", "cannot assign to comparison", 1, 1, 1, 6],
  ["not a = 1\n", "SyntaxError", "cannot assign to expression", 1, 1, 1, 6],
  ["x, y += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5],
  ["f'{a}' = 1\n", "SyntaxError", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 7],
  ["'a' = 1\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4],
  ["a.b: int = c = 1\n", "SyntaxError", "invalid syntax", 1, 14, 1, 15],
  ["x: int, y = 1\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8],
  ["((x, y)): int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 2, 1, 8],
  ["*a: int\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4],
  ["lambda: 1 = 1\n", "SyntaxError", "cannot assign to lambda", 1, 1, 1, 10],
  ["a and b = 1\n", "SyntaxError", "cannot assign to expression", 1, 1, 1, 8],
  ["a = b and c = 1\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 1, 1, 6],
  ["def f(:\n  pass\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8],
  ["a = 1\nb = (\nc = 2\n", "SyntaxError", "'(' was never closed", 2, 5, 2, 0],
  ["x = 1 +\ny = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, 2, 5],
  ["x = (\ny = 1 +\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0],
  ["x = 0_\n", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6],
  ["0b\n", "SyntaxError", "invalid binary literal", 1, 2, 1, 2],
  ["0o\n", "SyntaxError", "invalid octal literal", 1, 2, 1, 2],
  ["x = 1.5e\n", "SyntaxError", "invalid decimal literal", 1, 7, 1, 7],
  ["if True:\n    pass\n  else:\n    pass\n", "IndentationError", "unindent does not match any outer indentation level", 3, 8, 3, -1],
  ["x = [\n  1,\n  2\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0],
  ["class A:\n    def f(self):\n        pass\n      x = 1\n", "IndentationError", "unindent does not match any outer indentation level", 4, 12, 4, -1],];

Deno.test("errors: CPython's message, line and columns for invalid programs", () => {
  const bad: string[] = [];
  for (const [src, kind, msg, lineno, offset, endLineno, endOffset] of ERRORS) {
    const e = errorOf(src);
    const got = [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
    const want = [kind, msg, lineno, offset, endLineno, endOffset];
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      bad.push(`${JSON.stringify(src)}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
  }
  assert.deepEqual(bad, []);
});

Deno.test("errors: the filename and the offending line are attached", () => {
  try {
    parse("x = 1\ny = (1 2)\n", "prog.py");
    assert.fail("no error");
  } catch (e) {
    assert.ok(e instanceof PySyntaxError);
    assert.equal(e.filename, "prog.py");
    assert.equal(e.text, "y = (1 2)\n");
    assert.equal(e.lineno, 2);
  }
});

Deno.test("nesting: deep input raises a SyntaxError, never a host error", () => {
  const cases: [string, string][] = [
    ["(".repeat(1000) + ")".repeat(1000) + "\n", "too many nested parentheses"],
    ["[".repeat(201) + "]".repeat(201) + "\n", "too many nested parentheses"],
    ["-".repeat(100000) + "1\n", "Parser stack overflowed - Python source too complex to parse"],
    ["not ".repeat(20000) + "x\n", "Parser stack overflowed - Python source too complex to parse"],
    [
      "x = " + "lambda: ".repeat(20000) + "1\n",
      "Parser stack overflowed - Python source too complex to parse",
    ],
    [
      "x = " + "a if b else ".repeat(20000) + "c\n",
      "Parser stack overflowed - Python source too complex to parse",
    ],
    [
      "x = " + "2 ** ".repeat(20000) + "1\n",
      "Parser stack overflowed - Python source too complex to parse",
    ],
  ];
  for (const [src, msg] of cases) assert.equal(errorOf(src).msg, msg);
  // Just under the limits: CPython accepts these.
  parse("(".repeat(199) + ")".repeat(199) + "\n", "<unknown>");
  parse("x" + "[0]".repeat(10000) + "\n", "<unknown>");
  parse("x" + ".a".repeat(10000) + "\n", "<unknown>");
  parse("x = 1" + " + 1".repeat(10000) + "\n", "<unknown>");
  parse("-".repeat(1000) + "1\n", "<unknown>");
  // dump walks deep trees without recursion.
  assert.ok(
    dump(parse("-".repeat(2400) + "1\n", "<unknown>")).endsWith(
      "Constant(value=1)" + ")".repeat(2401) + "], type_ignores=[])",
    ),
  );
  assert.ok(dump(parse("x" + "[0]".repeat(10000) + "\n", "<unknown>")).length > 500000);
});

Deno.test("parseExpression: eval mode", () => {
  assert.equal(
    dump(parseExpression("1 + 2", "<string>")),
    "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))",
  );
  assert.equal(
    dump(parseExpression("a, b\n\n", "<string>")),
    "Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))",
  );
  assert.throws(() => parseExpression("x = 1", "<string>"), PySyntaxError);
  assert.throws(() => parseExpression("1 2", "<string>"), PySyntaxError);
});

Deno.test("dump: optional fields omitted, lists kept, operators and contexts as calls", () => {
  const src = "def f(a, *, b=None, **k) -> int:\n    return f'{a!r:>{b}}' if a else b'\\x00'\n";
  assert.equal(
    dump(parse(src, "<unknown>")),
    "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[arg(arg='b')], " +
      "kw_defaults=[Constant(value=None)], kwarg=arg(arg='k'), defaults=[]), body=[Return(value=IfExp(test=Name(id='a', " +
      "ctx=Load()), body=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114, " +
      "format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)]))]), " +
      "orelse=Constant(value=b'\\x00')))], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])",
  );
  assert.equal(
    dump(parse("{**a, 1: 2}\nfrom . import x\n", "<unknown>")),
    "Module(body=[Expr(value=Dict(keys=[None, Constant(value=1)], values=[Name(id='a', ctx=Load()), Constant(value=2)])), " +
      "ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])",
  );
});

Deno.test("a decimal int literal over sys.get_int_max_str_digits() digits is a SyntaxError", () => {
  const e = errorOf("x = (1 +\n  " + "9".repeat(4301) + ")\n");
  assert.equal(
    e.msg,
    "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; " +
      "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge " +
      "integer literals to avoid decimal conversion limits.",
  );
  assert.equal(e.lineno, 2);
  // At the limit, with underscores, and in hexadecimal, it is a literal like any other.
  parse(
    "x = " + "9".repeat(4300) + "\ny = 1_" + "0".repeat(4299) + "\nz = 0x" + "f".repeat(5000),
    "<t>",
  );
});
