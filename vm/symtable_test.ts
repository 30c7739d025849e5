import assert from "node:assert/strict";
import { parse } from "./parser.ts";
import { buildSymbolTable, mangle, Scope, type SymbolTableEntry } from "./symtable.ts";
import { PySyntaxError } from "./syntax_error.ts";

function table(src: string) {
  return buildSymbolTable(parse(src, "t.py"), "t.py");
}

/** Every block, depth first, as `name: {symbol: scope}`. */
function scopes(src: string): Record<string, Record<string, Scope | 0>> {
  const out: Record<string, Record<string, Scope | 0>> = {};
  const walk = (ste: SymbolTableEntry) => {
    out[ste.name] = Object.fromEntries([...ste.symbols.keys()].map((n) => [n, ste.getScope(n)]));
    ste.children.forEach(walk);
  };
  walk(table(src).top);
  return out;
}

const { LOCAL, GLOBAL_EXPLICIT: GE, GLOBAL_IMPLICIT: GI, FREE, CELL } = Scope;

Deno.test("symtable: local, global, free and cell names", () => {
  const s = scopes(`
g = 1
def outer(a, *args, k=1, **kw):
    b = a
    def inner():
        nonlocal b
        b = len(args)
        return b + g
    global h
    h = inner
    return kw
`);
  assert.deepEqual(s.top, { g: LOCAL, outer: LOCAL, h: GE });
  assert.deepEqual(s.outer, {
    a: LOCAL,
    args: CELL,
    k: LOCAL,
    kw: LOCAL,
    b: CELL,
    inner: LOCAL,
    h: GE,
  });
  assert.deepEqual(s.inner, { b: FREE, len: GI, args: FREE, g: GI });
});

Deno.test("symtable: class scopes are invisible to methods, except __class__", () => {
  const s = scopes(`
def f():
    x = 1
    class C:
        x = 2
        y = x
        def m(self):
            return x, super()
    return C
`);
  assert.deepEqual(s.C, { x: LOCAL, y: LOCAL, m: LOCAL });
  assert.deepEqual(s.m, { self: LOCAL, x: FREE, super: GI, __class__: FREE });
  assert.deepEqual(s.f, { x: CELL, C: LOCAL });
  const t = table("class C:\n    def m(self):\n        return super().m()\n");
  assert.equal(t.top.children[0].needsClassClosure, true);
  assert.equal(t.top.children[0].children[0].isMethod, true);
});

Deno.test("symtable: comprehensions are blocks; the first iterable and walrus are not theirs", () => {
  const s = scopes(`
def f(data):
    res = [y for x in data if (y := x * 2)]
    return y
`);
  assert.deepEqual(s.f, { data: LOCAL, res: LOCAL, y: CELL });
  assert.deepEqual(s.listcomp, { ".0": LOCAL, x: LOCAL, y: FREE });
  const t = table("[x for x in range(3)]\n(i for i in j)\n{k: v for k, v in w}\n{s for s in t}\n");
  assert.deepEqual(t.top.children.map((c) => [c.name, c.comprehension, c.generator]), [
    ["listcomp", "list", false],
    ["genexpr", "generator", true],
    ["dictcomp", "dict", false],
    ["setcomp", "set", false],
  ]);
  assert.deepEqual(s.top, { f: LOCAL });
});

Deno.test("symtable: lambdas, defaults and annotations are evaluated outside", () => {
  const s = scopes("def f(a: T = d, *, b: U = e) -> R:\n    return lambda x=a: x + a\n");
  assert.deepEqual(s.top, { f: LOCAL, d: GI, e: GI, T: GI, U: GI, R: GI });
  assert.deepEqual(s.f, { a: CELL, b: LOCAL });
  assert.deepEqual(s.lambda, { x: LOCAL, a: FREE });
});

Deno.test("symtable: private names are mangled inside classes", () => {
  assert.equal(mangle("C", "__x"), "_C__x");
  assert.equal(mangle("_C", "__x"), "_C__x");
  assert.equal(mangle("C", "__x__"), "__x__");
  assert.equal(mangle("__", "__x"), "__x");
  assert.equal(mangle(null, "__x"), "__x");
  const s = scopes("class C:\n    __a = 1\n    def m(self, __b):\n        return self.__c, __b\n");
  assert.deepEqual(s.C, { _C__a: LOCAL, m: LOCAL });
  assert.deepEqual(s.m, { self: LOCAL, _C__b: LOCAL });
});

Deno.test("symtable: flags of generators, nesting and parameters", () => {
  const t = table("def g(a, /, b, *c, d, **e):\n    def h():\n        yield\n    yield from h()\n");
  const g = t.top.children[0];
  assert.deepEqual(g.varnames, ["a", "b", "d", "c", "e"]);
  assert.equal(g.generator, true);
  assert.equal(g.nested, false);
  assert.equal(g.varargs && g.varkeywords, true);
  assert.equal(g.children[0].nested, true);
});

/** [source, message, lineno, offset, end_lineno, end_offset], as CPython 3.11 reports them. */
const ERRORS: [string, string, number, number, number, number][] = [
  ["nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1, 1, 11],
  ["def f():\n    nonlocal x\n    x = 1\n", "no binding for nonlocal 'x' found", 2, 5, 2, 15],
  ["class C:\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5, 2, 15],
  [
    "def f():\n    print(x)\n    global x\n",
    "name 'x' is used prior to global declaration",
    3,
    5,
    3,
    13,
  ],
  ["x = 1\nglobal x\n", "name 'x' is assigned to before global declaration", 2, 1, 2, 9],
  ["def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5, 2, 13],
  ["def f(a):\n    nonlocal a\n", "name 'a' is parameter and nonlocal", 2, 5, 2, 15],
  [
    "x = 1\ndef f():\n    print(x)\n    nonlocal x\n",
    "name 'x' is used prior to nonlocal declaration",
    4,
    5,
    4,
    15,
  ],
  [
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "name 'x' is nonlocal and global",
    4,
    9,
    4,
    17,
  ],
  ["def f(a, b, a):\n    pass\n", "duplicate argument 'a' in function definition", 1, 13, 1, 14],
  ["lambda a, a: 1\n", "duplicate argument 'a' in function definition", 1, 11, 1, 12],
  ["def f(a, *, a): pass\n", "duplicate argument 'a' in function definition", 1, 13, 1, 14],
  ["def g(a, **a): pass\n", "duplicate argument 'a' in function definition", 1, 12, 1, 13],
  ["x: int = 1\nglobal x\n", "annotated name 'x' can't be global", 2, 1, 2, 9],
  ["def f():\n    global x\n    x: int = 3\n", "annotated name 'x' can't be global", 3, 5, 3, 15],
  ["def f():\n    from os import *\n", "import * only allowed at module level", 2, 20, 2, 21],
  [
    "[i := 0 for i in range(3)]\n",
    "assignment expression cannot rebind comprehension iteration variable 'i'",
    1,
    2,
    1,
    3,
  ],
  [
    "def f():\n    [[(j := i) for i in range(3)] for j in range(2)]\n",
    "assignment expression cannot rebind comprehension iteration variable 'j'",
    2,
    8,
    2,
    9,
  ],
  [
    "[x for x in (y := [1])]\n",
    "assignment expression cannot be used in a comprehension iterable expression",
    1,
    14,
    1,
    22,
  ],
  [
    "[x for x in range(3) for z in (y := [1])]\n",
    "assignment expression cannot be used in a comprehension iterable expression",
    1,
    32,
    1,
    40,
  ],
  [
    "class C:\n    [y := 1 for i in range(3)]\n",
    "assignment expression within a comprehension cannot be used in a class body",
    2,
    6,
    2,
    7,
  ],
  [
    "def f():\n    return [(yield x) for x in y]\n",
    "'yield' inside list comprehension",
    2,
    14,
    2,
    21,
  ],
  [
    "def f():\n    return {(yield x) for x in y}\n",
    "'yield' inside set comprehension",
    2,
    14,
    2,
    21,
  ],
  [
    "def f():\n    return {x: (yield) for x in y}\n",
    "'yield' inside dict comprehension",
    2,
    17,
    2,
    22,
  ],
  [
    "def f():\n    return ((yield x) for x in y)\n",
    "'yield' inside generator expression",
    2,
    14,
    2,
    21,
  ],
];

Deno.test("symtable: SyntaxErrors with CPython's messages and positions", () => {
  for (const [src, msg, lineno, offset, endLineno, endOffset] of ERRORS) {
    assert.throws(() => table(src), (e: unknown) => {
      assert.ok(e instanceof PySyntaxError, `${JSON.stringify(src)}: ${e}`);
      assert.deepEqual(
        [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset],
        [msg, lineno, offset, endLineno, endOffset],
        JSON.stringify(src),
      );
      return true;
    });
  }
});

// -- Against CPython's symtable module -------------------------------------------------

const PY_DUMP = `
import json, symtable, sys
def walk(t, out):
    out.append([t.get_name(), t.get_type(), t.get_lineno(),
                {s.get_name(): s._Symbol__scope for s in t.get_symbols()}])
    for c in t.get_children():
        walk(c, out)
res = []
for src in json.load(sys.stdin):
    try:
        t = symtable.symtable(src, "t.py", "exec")
    except SyntaxError:
        res.append(None)
        continue
    out = []
    walk(t, out)
    res.append(out)
print(json.dumps(res))
`;

/** CPython's tables of each source (null for its SyntaxErrors), or null without python3. */
async function cpythonTables(sources: string[]): Promise<unknown[] | null> {
  let p: Deno.ChildProcess;
  try {
    p = new Deno.Command("python3", {
      args: ["-W", "ignore", "-c", PY_DUMP],
      stdin: "piped",
      stdout: "piped",
      stderr: "null",
    }).spawn();
  } catch {
    return null;
  }
  const w = p.stdin.getWriter();
  await w.write(new TextEncoder().encode(JSON.stringify(sources)));
  await w.close();
  const o = await p.output();
  return JSON.parse(new TextDecoder().decode(o.stdout));
}

function mine(src: string): unknown {
  const out: unknown[] = [];
  const walk = (ste: SymbolTableEntry) => {
    const type = ste.type;
    const syms = Object.fromEntries([...ste.symbols.keys()].map((n) => [n, ste.getScope(n)]));
    out.push([ste.name, type, ste.lineno, syms]);
    ste.children.forEach(walk);
  };
  walk(table(src).top);
  return out;
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

const SAMPLES = [
  "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n",
  "def f(a):\n    def g():\n        def h():\n            return a\n        return h\n    return g\n",
  "class A:\n    def f(self):\n        return [super() for _ in ()]\n",
  "def f():\n    return [lambda: i for i in range(3)], {k: (lambda: k) for k in 'ab'}\n",
  "x = [y := 1 for z in w]\ndef g():\n    [a := b for b in c]\n    return a\n",
  "def f(*, a=1, **b):\n    global q\n    q = [b for _ in a]\n    del q\n",
  "import os.path as p, sys\nfrom m import a as b\ndef f():\n    import x.y\n    return x\n",
  "try:\n    pass\nexcept E as e:\n    f = lambda: e\n",
  "class C:\n    __x = 1\n    def m(self, __y):\n        def __z(): return __y\n        return __z\n",
];

Deno.test("symtable: scopes agree with CPython's symtable module", async () => {
  const files = [
    ...pyFiles(new URL("../conformance", import.meta.url).pathname),
    ...pyFiles(
      new URL("../bench", import.meta.url).pathname,
    ),
  ];
  const sources: string[] = [...SAMPLES];
  for (const f of files) sources.push(Deno.readTextFileSync(f));
  const ref = await cpythonTables(sources);
  if (ref === null) {
    console.log("python3 not found: skipping the comparison with CPython");
    return;
  }
  let compared = 0;
  sources.forEach((src, i) => {
    if (ref[i] === null) return;
    let got: unknown;
    try {
      got = mine(src);
    } catch (e) {
      if (e instanceof PySyntaxError) return; // The parser rejects what CPython accepts.
      throw e;
    }
    assert.deepEqual(got, ref[i], i < SAMPLES.length ? src : files[i - SAMPLES.length]);
    compared++;
  });
  assert.ok(compared >= SAMPLES.length);
});
