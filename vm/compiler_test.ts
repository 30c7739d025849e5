import assert from "node:assert/strict";
import { CO, CodeObject, type Const, ConstTuple, FAST } from "./code.ts";
import { compile } from "./compiler.ts";
import { instructions } from "./dis.ts";
import { F, Op, opInfo, opName } from "./opcodes.ts";
import { parse } from "./parser.ts";
import { PySyntaxError } from "./syntax_error.ts";

function compileSource(src: string, filename = "t.py"): CodeObject {
  return compile(parse(src, filename), filename);
}

function codes(code: CodeObject): CodeObject[] {
  const out = [code];
  for (const c of code.co_consts) if (c instanceof CodeObject) out.push(...codes(c));
  return out;
}

function find(code: CodeObject, qualname: string): CodeObject {
  const c = codes(code).find((c) => c.co_qualname === qualname);
  assert.ok(c, `no code object ${qualname}`);
  return c;
}

/** `NAME arg` of each instruction, args resolved to names and constants where useful. */
function ops(code: CodeObject): string[] {
  return instructions(code).map((i) => {
    const info = opInfo(i.opcode);
    if (info.flags & F.CONST) return `${info.name} ${show(code.co_consts[i.oparg])}`;
    if (info.flags & F.NAME) return `${info.name} ${code.co_names[i.oparg >> info.nameShift]}`;
    if (info.flags & (F.LOCAL | F.FREE)) return `${info.name} ${code.co_localsplusnames[i.oparg]}`;
    return info.flags & F.ARG && !(info.flags & F.JUMP) ? `${info.name} ${i.oparg}` : info.name;
  });
}

function show(c: Const): string {
  if (c instanceof ConstTuple) return `(${c.items.map(show).join(",")})`;
  if (c instanceof CodeObject) return `<${c.co_qualname}>`;
  return typeof c === "string" ? JSON.stringify(c) : String(c);
}

// -- A bytecode verifier, independent of the assembler --------------------------------

/**
 * Checks what every tier relies on: opcodes exist and are real, caches are
 * zero, jumps land on instructions, operands are in range, the exception
 * table is sorted and well formed, and a walk over the opcode table's stack
 * effects (jumps, fallthrough and exception edges) never underflows, agrees
 * at every merge, stays within co_stacksize and returns with a clean stack.
 */
function verify(code: CodeObject): void {
  const where = (u: number) => `${code.co_qualname} at offset ${2 * u}`;
  const co = code.co_code;
  const ins = instructions(code);
  const starts = new Map(ins.map((i, k) => [i.unit, k]));
  assert.equal(code.co_positions.length, 4 * co.length, code.co_qualname);
  for (const i of ins) {
    const info = opInfo(i.opcode);
    assert.ok(
      !(info.flags & F.PSEUDO) && i.opcode !== Op.CACHE,
      `${info.name} in ${where(i.unit)}`,
    );
    for (let k = 1; k <= info.cache; k++) {
      assert.equal(co[i.unit + k], 0, `cache of ${where(i.unit)}`);
    }
    if (info.flags & F.JUMP) {
      assert.ok(starts.has(i.target), `jump from ${where(i.unit)} to ${2 * i.target}`);
      if (i.opcode === Op.FOR_ITER) assert.equal(co[i.target] & 0xff, Op.END_FOR, where(i.unit));
      if (!(info.flags & F.BACKWARD)) {
        assert.ok(i.target > i.unit, `forward jump at ${where(i.unit)}`);
      }
    }
    if (info.flags & F.CONST) assert.ok(i.oparg < code.co_consts.length, where(i.unit));
    if (info.flags & F.NAME) {
      assert.ok(i.oparg >> info.nameShift < code.co_names.length, where(i.unit));
    }
    if (info.flags & F.LOCAL) {
      assert.ok(i.oparg < code.co_nlocalsplus, where(i.unit));
      assert.ok(code.co_localspluskinds[i.oparg] & FAST.LOCAL, where(i.unit));
    }
    if (info.flags & F.FREE) {
      assert.ok(i.oparg < code.co_nlocalsplus, where(i.unit));
      assert.ok(code.co_localspluskinds[i.oparg] & (FAST.CELL | FAST.FREE), where(i.unit));
    }
  }
  let prevEnd = 0;
  for (const e of code.co_exceptiontable) {
    assert.ok(e.start >= prevEnd && e.start < e.end && e.end <= co.length, code.co_qualname);
    assert.ok(starts.has(e.start) && (starts.has(e.end) || e.end === co.length), code.co_qualname);
    assert.ok(
      starts.has(e.target) && e.depth >= 0 && e.depth <= code.co_stacksize,
      code.co_qualname,
    );
    prevEnd = e.end;
  }
  const depth = new Array<number>(ins.length).fill(-1);
  const work: number[] = [];
  const reach = (unit: number, d: number, from: number) => {
    const k = starts.get(unit)!;
    assert.ok(d >= 0 && d <= code.co_stacksize, `depth ${d} at ${where(unit)} from ${where(from)}`);
    if (depth[k] < 0) {
      depth[k] = d;
      work.push(k);
    } else {
      assert.equal(depth[k], d, `depths disagree at ${where(unit)} (from ${where(from)})`);
    }
  };
  reach(0, 0, 0);
  while (work.length > 0) {
    const k = work.pop()!;
    const i = ins[k];
    const d = depth[k];
    const info = opInfo(i.opcode);
    assert.ok(info.pop(i.oparg) <= d, `${info.name} underflows at ${where(i.unit)}`);
    const h = code.handlerAt(i.unit);
    if (h !== undefined) {
      assert.ok(h.depth <= d, `handler depth ${h.depth} above the stack at ${where(i.unit)}`);
      reach(h.target, h.depth + (h.lasti ? 1 : 0) + 1, i.unit);
    }
    if (i.opcode === Op.RETURN_VALUE) assert.equal(d, 1, `unclean return at ${where(i.unit)}`);
    if (i.opcode === Op.RETURN_CONST) assert.equal(d, 0, `unclean return at ${where(i.unit)}`);
    if (info.flags & F.JUMP) {
      reach(i.target, d - info.jumpPop(i.oparg) + info.jumpPush(i.oparg), i.unit);
    }
    if (!(info.flags & F.NO_FALLTHROUGH)) {
      assert.ok(k + 1 < ins.length, `falls off the end at ${where(i.unit)}`);
      reach(ins[k + 1].unit, d - info.pop(i.oparg) + info.push(i.oparg), i.unit);
    }
  }
}

function* pyFiles(dir: string): Generator<string> {
  let entries: Deno.DirEntry[];
  try {
    entries = [...Deno.readDirSync(dir)];
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory) yield* pyFiles(p);
    else if (p.endsWith(".py")) yield p;
  }
}

/** CPython's SyntaxError message for each file (null when it compiles), or null without python3. */
async function cpythonErrors(files: string[]): Promise<(string | null)[] | null> {
  const script = `
import json, sys
out = []
for f in json.load(sys.stdin):
    try:
        compile(open(f, encoding="utf-8").read(), f, "exec")
        out.append(None)
    except SyntaxError as e:
        out.append(e.msg)
print(json.dumps(out))
`;
  let p: Deno.ChildProcess;
  try {
    p = new Deno.Command("python3", {
      args: ["-W", "ignore", "-c", script],
      stdin: "piped",
      stdout: "piped",
      stderr: "null",
    }).spawn();
  } catch {
    return null;
  }
  const w = p.stdin.getWriter();
  await w.write(new TextEncoder().encode(JSON.stringify(files)));
  await w.close();
  return JSON.parse(new TextDecoder().decode((await p.output()).stdout));
}

Deno.test("compiler: every conformance and bench program compiles to verified bytecode", async () => {
  const root = new URL("..", import.meta.url).pathname;
  const files = [...pyFiles(root + "conformance"), ...pyFiles(root + "bench")];
  const refused: [string, string][] = [];
  let compiled = 0;
  for (const file of files) {
    let module;
    try {
      module = parse(Deno.readTextFileSync(file), file);
    } catch (e) {
      if (e instanceof PySyntaxError) continue; // a parser case
      throw e;
    }
    let code: CodeObject;
    try {
      code = compile(module, file);
    } catch (e) {
      assert.ok(e instanceof PySyntaxError, `${file}: ${e}`);
      if (!e.msg.endsWith("is not supported by patchpy")) refused.push([file, e.msg]);
      continue;
    }
    for (const c of codes(code)) verify(c);
    compiled++;
  }
  assert.ok(compiled > 0);
  // What the compiler rejects, CPython rejects with the same message.
  const ref = await cpythonErrors(refused.map(([f]) => f));
  refused.forEach(([file, msg], i) => {
    if (ref === null) assert.ok(!file.includes("/cases/") && !file.includes("/bench/"), file);
    else assert.equal(msg, ref[i], file);
  });
});

/** [source, message, lineno, offset, end_lineno, end_offset], as CPython 3.11 reports them. */
const ERRORS: [string, string, number, number, number, number][] = [
  ["x = 1\nreturn x\n", "'return' outside function", 2, 1, 2, 9],
  ["class C:\n    return 1\n", "'return' outside function", 2, 5, 2, 13],
  ["if True:\n    break\n", "'break' outside loop", 2, 5, 2, 10],
  ["def f():\n    continue\n", "'continue' not properly in loop", 2, 5, 2, 13],
  ["for x in y:\n    def f():\n        break\n", "'break' outside loop", 3, 9, 3, 14],
  ["while x:\n    class C:\n        continue\n", "'continue' not properly in loop", 3, 9, 3, 17],
  [
    "def f():\n    try:\n        break\n    finally:\n        g()\n",
    "'break' outside loop",
    3,
    9,
    3,
    14,
  ],
  [
    "def f():\n    try:\n        pass\n    finally:\n        break\n",
    "'break' outside loop",
    5,
    9,
    5,
    14,
  ],
  ["yield 1\n", "'yield' outside function", 1, 1, 1, 8],
  ["yield from x\n", "'yield' outside function", 1, 1, 1, 13],
  ["class C:\n    yield 1\n", "'yield' outside function", 2, 5, 2, 12],
  ["await f()\n", "'await' outside function", 1, 1, 1, 10],
  ["def f():\n    await x\n", "'await' outside async function", 2, 5, 2, 12],
  ["f(x=1, x=2)\n", "keyword argument repeated: x", 1, 8, 1, 11],
  ["f(a=1, **b, a=2)\n", "keyword argument repeated: a", 1, 13, 1, 16],
  [
    "class C(metaclass=M, metaclass=N): pass\n",
    "keyword argument repeated: metaclass",
    1,
    22,
    1,
    33,
  ],
  ["*a = [1, 2]\n", "starred assignment target must be in a list or tuple", 1, 1, 1, 3],
  ["a, *b, c, *d = x\n", "multiple starred expressions in assignment", 1, 1, 1, 13],
  ["[*a, *b] = x\n", "multiple starred expressions in assignment", 1, 1, 1, 9],
  ["x = *a\n", "can't use starred expression here", 1, 5, 1, 7],
  [
    "def f():\n    x = [i async for i in y]\n",
    "asynchronous comprehension outside of an asynchronous function",
    2,
    9,
    2,
    29,
  ],
];

Deno.test("compiler: at most 20 statically nested blocks, as CPython", () => {
  const nest = (n: number) => {
    let src = "";
    for (let i = 0; i < n; i++) src += "    ".repeat(i) + `for x${i} in y:\n`;
    return src + "    ".repeat(n) + "pass\n";
  };
  compileSource(nest(20));
  assertSyntaxError(nest(21), (e) => {
    assert.deepEqual(
      [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset],
      ["too many statically nested blocks", 21, 81, 22, 89],
    );
  });
});

function assertSyntaxError(src: string, check: (e: PySyntaxError) => void): void {
  let module;
  try {
    module = parse(src, "t.py");
  } catch (e) {
    assert.fail(`the parser rejected ${JSON.stringify(src)}: ${e}`);
  }
  assert.throws(() => compile(module, "t.py"), (e: unknown) => {
    assert.ok(e instanceof PySyntaxError, `${JSON.stringify(src)}: ${e}`);
    check(e);
    return true;
  });
}

Deno.test("compiler: SyntaxErrors with CPython's messages and positions", () => {
  for (const [src, msg, lineno, offset, endLineno, endOffset] of ERRORS) {
    assertSyntaxError(src, (e) => {
      assert.deepEqual(
        [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset],
        [msg, lineno, offset, endLineno, endOffset],
        JSON.stringify(src),
      );
      assert.equal(e.kind, "SyntaxError");
      assert.equal(e.filename, "t.py");
    });
  }
});

Deno.test("compiler: constructs patchpy does not run are refused by name", () => {
  const cases: [string, string][] = [
    ["async def f():\n    pass\n", "'async def' is not supported by patchpy"],
    ["try:\n    pass\nexcept* E:\n    pass\n", "'except*' is not supported by patchpy"],
    ["x = 1j\n", "complex number literal is not supported by patchpy"],
  ];
  for (const [src, msg] of cases) assertSyntaxError(src, (e) => assert.equal(e.msg, msg));
});

Deno.test("compiler: the CPython messages of conformance/syntax_errors raised at compile time", () => {
  const dir = new URL("../conformance/syntax_errors", import.meta.url).pathname;
  let checked = 0;
  for (const file of pyFiles(dir)) {
    let module;
    try {
      module = parse(Deno.readTextFileSync(file), file);
    } catch {
      continue; // a parser error
    }
    const err = Deno.readTextFileSync(file.replace(/\.py$/, ".err")).trimEnd().split("\n");
    const lineno = Number(/line (\d+)/.exec(err[0])![1]);
    assert.throws(() => compile(module, file), (e: unknown) => {
      assert.ok(e instanceof PySyntaxError, `${file}: ${e}`);
      assert.equal(`${e.kind}: ${e.msg}`, err.at(-1), file);
      assert.equal(e.lineno, lineno, file);
      return true;
    });
    checked++;
  }
  assert.ok(checked >= 0);
});

// -- Code generation ----------------------------------------------------------------

Deno.test("compiler: code object fields, names and flags", () => {
  const code = compileSource(`
def outer(a, b=1, /, c=2, *args, d, e=3, **kw):
    "doc"
    def inner():
        return a
    return inner
class C:
    def m(self):
        return super().m()
    g = [x for x in range(3)]
gen = (i for i in ())
lam = lambda: 1
`);
  assert.equal(code.co_name, "<module>");
  assert.equal(code.co_firstlineno, 1);
  assert.equal(code.co_flags & (CO.OPTIMIZED | CO.NEWLOCALS), 0);
  const outer = find(code, "outer");
  assert.deepEqual(
    [outer.co_argcount, outer.co_posonlyargcount, outer.co_kwonlyargcount],
    [3, 2, 2],
  );
  assert.deepEqual(outer.co_varnames, ["a", "b", "c", "d", "e", "args", "kw", "inner"]);
  assert.deepEqual(outer.co_cellvars, ["a"]);
  assert.equal(outer.co_consts[0], "doc");
  const flags = CO.OPTIMIZED | CO.NEWLOCALS | CO.VARARGS | CO.VARKEYWORDS | CO.HAS_DOCSTRING;
  assert.equal(outer.co_flags, flags);
  const inner = find(code, "outer.<locals>.inner");
  assert.deepEqual(inner.co_freevars, ["a"]);
  assert.equal(inner.co_flags & CO.NESTED, CO.NESTED);
  assert.equal(inner.co_consts[0], null);
  assert.deepEqual([...inner.co_localspluskinds], [FAST.FREE]);
  assert.equal(find(code, "C.m").co_flags & CO.METHOD, CO.METHOD);
  assert.deepEqual(find(code, "C.m").co_freevars, ["__class__"]);
  assert.deepEqual(find(code, "C").co_cellvars, ["__class__"]);
  assert.equal(find(code, "C.<listcomp>").co_varnames[0], ".0");
  assert.equal(find(code, "<genexpr>").co_flags & CO.GENERATOR, CO.GENERATOR);
  assert.equal(find(code, "<lambda>").co_name, "<lambda>");
  assert.equal(find(code, "outer").serial < find(code, "<lambda>").serial, true);
});

Deno.test("compiler: class bodies set __module__, __qualname__ and __classcell__", () => {
  const code = compileSource(
    "def f():\n    class K:\n        def m(self):\n            return __class__\n",
  );
  assert.deepEqual(ops(find(code, "f.<locals>.K")), [
    "MAKE_CELL __class__",
    "RESUME 0",
    "LOAD_NAME __name__",
    "STORE_NAME __module__",
    'LOAD_CONST "f.<locals>.K"',
    "STORE_NAME __qualname__",
    "LOAD_CLOSURE __class__",
    "BUILD_TUPLE 1",
    "LOAD_CONST <f.<locals>.K.m>",
    "MAKE_FUNCTION",
    "SET_FUNCTION_ATTRIBUTE 8",
    "STORE_NAME m",
    "LOAD_CLOSURE __class__",
    "COPY 1",
    "STORE_NAME __classcell__",
    "RETURN_VALUE",
  ]);
});

Deno.test("compiler: calls use the callable, self_or_null layout", () => {
  const code = compileSource("f(1, k=2)\no.m(3)\nprint(*a, **b)\nimport math\nmath.sqrt(4)\n");
  assert.deepEqual(ops(code).slice(1, 28), [
    "LOAD_NAME f",
    "PUSH_NULL",
    "LOAD_CONST 1",
    "LOAD_CONST 2",
    'LOAD_CONST ("k")',
    "CALL_KW 2",
    "POP_TOP",
    "LOAD_NAME o",
    "LOAD_ATTR m",
    "LOAD_CONST 3",
    "CALL 1",
    "POP_TOP",
    "LOAD_NAME print",
    "PUSH_NULL",
    "LOAD_NAME a",
    "BUILD_MAP 0",
    "LOAD_NAME b",
    "DICT_MERGE 1",
    "CALL_FUNCTION_EX",
    "POP_TOP",
    "LOAD_CONST 0",
    "LOAD_CONST null",
    "IMPORT_NAME math",
    "STORE_NAME math",
    "LOAD_NAME math",
    "LOAD_ATTR sqrt",
    "PUSH_NULL",
  ]);
  const attr = instructions(code).filter((i) => i.opcode === Op.LOAD_ATTR).map((i) => i.oparg & 1);
  assert.deepEqual(attr, [1, 0], "o.m is a method load, math.sqrt a plain attribute");
});

Deno.test("compiler: try/finally runs the finally body on every exit", () => {
  const code = compileSource(`
def f(xs):
    for x in xs:
        try:
            if x:
                continue
            return x
        finally:
            g()
`);
  const f = find(code, "f");
  const calls = ops(f).filter((o) => o === "LOAD_GLOBAL g").length;
  assert.equal(calls, 3, "continue, return and the exception handler each run g()");
  assert.equal(f.co_exceptiontable.length > 0, true);
  const handler = ops(f).indexOf("PUSH_EXC_INFO");
  assert.ok(handler > ops(f).indexOf("RETURN_VALUE"), "handlers are laid out after the hot path");
});

Deno.test("compiler: except E as e unbinds e; with items nest", () => {
  const code = compileSource(`
def f():
    try:
        g()
    except (A, B) as e:
        h(e)
    with a() as x, b():
        pass
`);
  const f = ops(find(code, "f"));
  assert.equal(f.filter((o) => o === "DELETE_FAST e").length, 2);
  assert.equal(f.filter((o) => o === "CHECK_EXC_MATCH").length, 1);
  assert.equal(f.filter((o) => o === "BEFORE_WITH").length, 2);
  assert.equal(f.filter((o) => o === "WITH_EXCEPT_START").length, 2);
});

Deno.test("compiler: LOAD_FAST_CHECK where a local may be unbound", () => {
  const code = compileSource(`
def f(a):
    if a:
        b = 1
    print(a, b)
    del a
    return a
`);
  assert.deepEqual(ops(find(code, "f")).filter((o) => o.startsWith("LOAD_FAST")), [
    "LOAD_FAST a",
    "LOAD_FAST a",
    "LOAD_FAST_CHECK b",
    "LOAD_FAST_CHECK a",
  ]);
});

Deno.test("compiler: constants are folded as CPython folds them", () => {
  const code = compileSource("x = -1\ny = (1, -2.5, ('a', None))\nz = [1, 2, 3]\nw = not 0\n");
  assert.deepEqual(ops(code).slice(1, 12), [
    "LOAD_CONST -1",
    "STORE_NAME x",
    'LOAD_CONST (1,-2.5,("a",null))',
    "STORE_NAME y",
    "BUILD_LIST 0",
    "LOAD_CONST (1,2,3)",
    "LIST_EXTEND 1",
    "STORE_NAME z",
    "LOAD_CONST true",
    "STORE_NAME w",
    "RETURN_CONST null",
  ]);
  const c = compileSource("a = 1.0\nb = 1\nc = True\nd = -0.0\ne = 0.0\n").co_consts;
  assert.deepEqual(c.map((v) => (Object.is(v, -0) ? "-0" : String(v))), [
    "1",
    "1",
    "true",
    "-0",
    "0",
    "null",
  ]);
  assert.equal(typeof c[0], "number");
  assert.equal(typeof c[1], "bigint");
});

Deno.test("compiler: conditions end in TO_BOOL or a bool-producing compare", () => {
  const code = compileSource(
    "if a < b and c and not d is None:\n    pass\nwhile e in f:\n    pass\n",
  );
  const o = ops(code);
  assert.ok(o.includes("COMPARE_OP " + ((0 << 5) | 16 | 2)), o.join("\n"));
  assert.ok(o.includes("POP_JUMP_IF_NONE") || o.includes("POP_JUMP_IF_NOT_NONE"));
  assert.ok(o.includes("CONTAINS_OP 0"));
  for (const [k, i] of instructions(code).entries()) {
    if (i.opcode === Op.POP_JUMP_IF_FALSE || i.opcode === Op.POP_JUMP_IF_TRUE) {
      const prev = instructions(code)[k - 1].opcode;
      assert.ok(
        [Op.TO_BOOL, Op.COMPARE_OP, Op.CONTAINS_OP, Op.IS_OP, Op.UNARY_NOT].includes(prev),
        `jump after ${opName(prev)}`,
      );
    }
  }
});

Deno.test("compiler: generators get RETURN_GENERATOR and a StopIteration handler", () => {
  const g = find(compileSource("def g():\n    x = yield 1\n    yield from x\n"), "g");
  const o = ops(g);
  assert.deepEqual(o.slice(0, 3), ["RETURN_GENERATOR", "POP_TOP", "RESUME 0"]);
  assert.ok(o.includes("CALL_INTRINSIC_1 3"));
  assert.ok(o.includes("SEND") && o.includes("END_SEND") && o.includes("CLEANUP_THROW"));
  assert.deepEqual(o.filter((x) => x.startsWith("YIELD_VALUE")), [
    "YIELD_VALUE 1",
    "YIELD_VALUE 2",
  ]);
});

Deno.test("compiler: positions follow CPython 3.11 where tracebacks show them", () => {
  const code = compileSource(
    "def f(x):\n    assert x > 0\n    for i in (1,\n              2):\n        pass\n",
  );
  const f = find(code, "f");
  const pos = (op: number) => {
    const i = instructions(f).find((i) => i.opcode === op)!;
    return [...f.co_positions.slice(4 * i.unit, 4 * i.unit + 4)];
  };
  assert.deepEqual(pos(Op.RAISE_VARARGS), [2, 2, 11, 16], "a failing assert points at the test");
  assert.deepEqual(pos(Op.FOR_ITER), [3, 5, 4, 12], "a for loop's FOR_ITER is the statement");
  assert.equal(code.lineAt(0), 0, "a module's RESUME is on line 0");
  assert.equal(f.co_positions.length, 4 * f.co_code.length);
});
