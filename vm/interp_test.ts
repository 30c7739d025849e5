import assert from "node:assert/strict";
import { main } from "./cli.ts";
import { MemoryHost } from "./host.ts";
import { cacheSize, Op, OPCODES } from "./opcodes.ts";
import { caretLine } from "./traceback.ts";

/** Runs `source` as the script `/t.py` in tier 0. */
function run(source: string): { stdout: string; stderr: string; status: number } {
  const host = new MemoryHost({ files: { "/t.py": source } });
  const status = main(["--mode=interp", "/t.py"], host);
  return { stdout: host.stdout, stderr: host.stderr, status };
}

/** Runs `source` and checks it exits normally with `stdout`. */
function expectOut(source: string, stdout: string): void {
  const r = run(source);
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, stdout);
  assert.equal(r.status, 0);
}

/** The last line of stderr. */
function lastLine(text: string): string {
  const lines = text.split("\n").filter((l) => l !== "");
  return lines[lines.length - 1] ?? "";
}

const dedent = (s: string) => s.replace(/^\n/, "").replace(/^ {4}/gm, "");

// -- The dispatch table ------------------------------------------------------------

Deno.test("interp: every case label names its opcode, and every emitted opcode has a case", () => {
  const src = Deno.readTextFileSync(new URL("./interp.ts", import.meta.url));
  const labels = [...src.matchAll(/case (\d+): (?:\{ )?\/\/ ([A-Z_0-9]+)/g)];
  const seen = new Set<number>();
  for (const [, num, name] of labels) {
    if (name.startsWith("NB_")) continue; // BINARY_OP's inner switch on the oparg
    assert.equal(Op[name as keyof typeof Op], Number(num), `case ${num} is labelled ${name}`);
    seen.add(Number(num));
  }
  for (const info of OPCODES) {
    if (info === undefined || info.code >= 128 || info.name === "CACHE") continue;
    assert.ok(seen.has(info.code), `no case for ${info.name}`);
  }
});

Deno.test("interp: cache sizes used by the loop come from the opcode table", () => {
  assert.equal(cacheSize(Op.CALL), 3);
  assert.equal(cacheSize(Op.NOP), 0);
});

// -- The loop ----------------------------------------------------------------------

Deno.test("interp: arithmetic, comparisons and loops", () => {
  expectOut(
    dedent(`
    x = 0
    for i in range(10):
        x += i * i
    print(x, 2 ** 70, 7 // -2, -7 % 3, 1 < 2 < 3, 3 > 2 > 5, 9007199254740991 + 1)
    n = 0
    while n < 5:
        n += 1
        if n == 2:
            continue
        if n == 4:
            break
    else:
        print("no")
    print(n, not n, -n, ~n, 0 * -1)
    `),
    "285 1180591620717411303424 -4 2 True False 9007199254740992\n4 False -4 -5 0\n",
  );
});

Deno.test("interp: unpacking, comprehensions, f-strings, slices", () => {
  expectOut(
    dedent(`
    a, (b, *c), d = 1, (2, 3, 4), 5
    print(a, b, c, d)
    print([x * 2 for x in range(4) if x], {k: v for k, v in zip("ab", "cd")}, {1, 1, 2})
    print(f"{a!r:>4}|{b:03d}|{'s'!a}", "abcdef"[1:5:2], [1, 2, 3][::-1])
    l = [0] * 5
    l[1:3] = [9, 9]
    del l[0]
    print(l, *range(3), sep="-")
    `),
    "1 2 [3, 4] 5\n[2, 4, 6] {'a': 'c', 'b': 'd'} {1, 2}\n   1|002|'s' bd [3, 2, 1]\n[9, 9, 0, 0]-0-1-2\n",
  );
});

Deno.test("interp: unpacking errors carry CPython's messages", () => {
  assert.equal(
    lastLine(run("a, b = 1\n").stderr),
    "TypeError: cannot unpack non-iterable int object",
  );
  assert.equal(
    lastLine(run("a, b, c = [1, 2]\n").stderr),
    "ValueError: not enough values to unpack (expected 3, got 2)",
  );
  assert.equal(
    lastLine(run("a, b = iter(range(9))\n").stderr),
    "ValueError: too many values to unpack (expected 2)",
  );
  assert.equal(
    lastLine(run("a, *b, c = [1]\n").stderr),
    "ValueError: not enough values to unpack (expected at least 2, got 1)",
  );
});

// -- Calls -------------------------------------------------------------------------

Deno.test("interp: argument binding", () => {
  expectOut(
    dedent(`
    def f(a, b=2, /, c=3, *args, d, e=5, **kw):
        return a, b, c, args, d, e, kw
    print(f(1, d=4))
    print(f(1, 2, 3, 4, 5, d=6, z=7))
    print(f(*[1, 2], **{"d": 0, "c": 9}))
    def g(a, b):
        return a - b
    print(g(b=1, a=5), (lambda *a, **k: (a, k))(1, x=2))
    `),
    "(1, 2, 3, (), 4, 5, {})\n(1, 2, 3, (4, 5), 6, 5, {'z': 7})\n(1, 2, 9, (), 0, 5, {})\n4 ((1,), {'x': 2})\n",
  );
});

Deno.test("interp: argument errors use CPython 3.11's messages", () => {
  const cases: [string, string][] = [
    ["def f(x): pass\nf()", "f() missing 1 required positional argument: 'x'"],
    ["def f(x, y): pass\nf()", "f() missing 2 required positional arguments: 'x' and 'y'"],
    ["def f(x, y, z): pass\nf()", "f() missing 3 required positional arguments: 'x', 'y', and 'z'"],
    ["def f(a, b): pass\nf(1, 2, 3)", "f() takes 2 positional arguments but 3 were given"],
    [
      "def f(a, b=1): pass\nf(1, 2, 3)",
      "f() takes from 1 to 2 positional arguments but 3 were given",
    ],
    ["def f(a): pass\nf(1, z=2)", "f() got an unexpected keyword argument 'z'"],
    ["def f(a): pass\nf(1, a=2)", "f() got multiple values for argument 'a'"],
    [
      "def f(a, /): pass\nf(a=1)",
      "f() got some positional-only arguments passed as keyword arguments: 'a'",
    ],
    ["def f(*, k): pass\nf()", "f() missing 1 required keyword-only argument: 'k'"],
    [
      "class C:\n    def m(self, x): pass\nC().m()",
      "C.m() missing 1 required positional argument: 'x'",
    ],
    ["def f(): pass\nf(1)", "f() takes 0 positional arguments but 1 was given"],
    [
      "def f(x, *, a): pass\nf(1, 2, a=3)",
      "f() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given",
    ],
    ["def f(**k): pass\nf(**{1: 2})", "keywords must be strings"],
    ["def f(a): pass\nf(*1)", "__main__.f() argument after * must be an iterable, not int"],
    ["def f(a): pass\nf(**1)", "__main__.f() argument after ** must be a mapping, not int"],
    [
      "def f(**k): pass\nf(b=1, **{'b': 2})",
      "__main__.f() got multiple values for keyword argument 'b'",
    ],
  ];
  for (const [src, msg] of cases) {
    assert.equal(lastLine(run(src + "\n").stderr), "TypeError: " + msg, src);
  }
});

Deno.test("interp: closures, nonlocal, global, del", () => {
  expectOut(
    dedent(`
    def counter():
        n = 0
        def inc():
            nonlocal n
            n += 1
            return n
        return inc
    c = counter()
    c(); c()
    print(c())
    def setg():
        global G
        G = 7
    setg()
    print(G)
    x = 1
    del x
    try:
        x
    except NameError as e:
        print(e)
    def unbound():
        print(y)
        y = 1
    try:
        unbound()
    except UnboundLocalError as e:
        print(e)
    def free():
        def inner():
            return z
        try:
            inner()
        except NameError as e:
            print(e)
        z = 1
    free()
    `),
    "3\n7\nname 'x' is not defined\n" +
      "cannot access local variable 'y' where it is not associated with a value\n" +
      "cannot access free variable 'z' where it is not associated with a value in enclosing scope\n",
  );
});

Deno.test("interp: classes, super(), class cells, __init__ checks", () => {
  expectOut(
    dedent(`
    class A:
        def __init__(self, x):
            self.x = x
        def who(self):
            return "A" + str(self.x)
        @classmethod
        def make(cls):
            return cls(0)
    class B(A):
        def __init__(self, x):
            super().__init__(x * 2)
        def who(self):
            return "B" + super().who()
        @classmethod
        def make(cls):
            return super().make()
    print(B(2).who(), type(B.make()).__name__, B.make().x, __class__ if False else "ok")
    class Bad:
        def __init__(self):
            return 1
    try:
        Bad()
    except TypeError as e:
        print(e)
    `),
    "BA4 B 0 ok\n__init__() should return None, not 'int'\n",
  );
});

Deno.test("interp: a 100,000-deep Python recursion runs without host recursion", () => {
  expectOut(
    dedent(`
    import sys
    sys.setrecursionlimit(200000)
    def depth(n):
        return 0 if n == 0 else 1 + depth(n - 1)
    print(depth(100000))
    class Node:
        def __init__(self, n):
            self.next = Node(n - 1) if n else None
    def length(node):
        return 0 if node is None else 1 + length(node.next)
    print(length(Node(20000)))
    `),
    "100000\n20001\n",
  );
});

// -- Recursion limits --------------------------------------------------------------

Deno.test("interp: the recursion limit raises RecursionError, with the traceback collapsed", () => {
  const r = run("def f(n):\n    return f(n + 1)\nf(0)\n");
  assert.equal(r.status, 1);
  assert.equal(
    r.stderr,
    [
      "Traceback (most recent call last):",
      '  File "/t.py", line 3, in <module>',
      "    f(0)",
      '  File "/t.py", line 2, in f',
      "    return f(n + 1)",
      "           ^^^^^^^^",
      '  File "/t.py", line 2, in f',
      "    return f(n + 1)",
      "           ^^^^^^^^",
      '  File "/t.py", line 2, in f',
      "    return f(n + 1)",
      "           ^^^^^^^^",
      "  [Previous line repeated 996 more times]",
      "RecursionError: maximum recursion depth exceeded",
      "",
    ].join("\n"),
  );
});

Deno.test("interp: recursion through TypeScript counts and never overflows the host stack", () => {
  expectOut(
    dedent(`
    import sys
    class R:
        def __repr__(self):
            return repr(self)
    try:
        repr(R())
    except RecursionError as e:
        print("repr", str(e).startswith("maximum recursion depth exceeded"))
    def key(x):
        return sorted([x], key=key)
    try:
        key(1)
    except RecursionError:
        print("sorted")
    sys.setrecursionlimit(1000000)
    def deep(n):
        return n if n == 0 else sorted([n], key=lambda v: deep(v - 1))[0]
    try:
        deep(500000)
    except RecursionError:
        print("host stack")
    def ok(n):
        return 0 if n == 0 else ok(n - 1)
    print(ok(1000))
    try:
        sys.setrecursionlimit(0)
    except ValueError as e:
        print(e)
    `),
    "repr True\nsorted\nhost stack\n0\nrecursion limit must be greater or equal than 1\n",
  );
});

// -- Exceptions --------------------------------------------------------------------

Deno.test("interp: try, except, else, finally with return, break and continue", () => {
  expectOut(
    dedent(`
    def f():
        try:
            return "try"
        finally:
            print("finally")
    print(f())
    def g():
        for i in range(3):
            try:
                if i == 1:
                    continue
                if i == 2:
                    break
            finally:
                print("f", i)
        return i
    print(g())
    def h():
        try:
            1 / 0
        except ZeroDivisionError:
            return "handled"
        else:
            return "else"
    print(h())
    def k():
        try:
            raise ValueError("a")
        finally:
            return "swallowed"
    print(k())
    try:
        try:
            raise KeyError("k")
        except (TypeError, KeyError) as e:
            print(repr(e))
            raise
    except LookupError as e:
        print("outer", type(e).__name__)
    print("e" in dir())
    `),
    "finally\ntry\nf 0\nf 1\nf 2\n2\nhandled\nswallowed\nKeyError('k')\nouter KeyError\nFalse\n",
  );
});

Deno.test("interp: raise forms, chaining and sys.exc_info", () => {
  expectOut(
    dedent(`
    import sys
    try:
        raise ValueError
    except ValueError as e:
        print(repr(e), sys.exc_info()[0].__name__)
    print(sys.exc_info())
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise KeyError("k") from z
    except KeyError as e:
        print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise TypeError("t")
    except TypeError as e:
        print(e.__cause__, type(e.__context__).__name__)
    try:
        raise 1
    except TypeError as e:
        print(e)
    try:
        raise ValueError from 1
    except TypeError as e:
        print(e)
    try:
        raise
    except RuntimeError as e:
        print(e)
    try:
        try:
            pass
        finally:
            raise OSError("from finally")
    except OSError as e:
        print(e)
    `),
    "ValueError() ValueError\n(None, None, None)\nZeroDivisionError ZeroDivisionError True\n" +
      "None ZeroDivisionError\nexceptions must derive from BaseException\n" +
      "exception causes must derive from BaseException\nNo active exception to reraise\nfrom finally\n",
  );
});

Deno.test("interp: with statements and __exit__ suppression", () => {
  expectOut(
    dedent(`
    class CM:
        def __init__(self, suppress):
            self.suppress = suppress
        def __enter__(self):
            print("enter")
            return self
        def __exit__(self, t, v, tb):
            print("exit", t.__name__ if t else None, tb is not None)
            return self.suppress
    with CM(True) as c:
        raise ValueError("x")
    print("after")
    try:
        with CM(False), CM(False):
            raise KeyError
    except KeyError:
        print("propagated")
    def f():
        with CM(False):
            return "returned"
    print(f())
    try:
        with 1:
            pass
    except TypeError as e:
        print(e)
    `),
    "enter\nexit ValueError True\nafter\nenter\nenter\nexit KeyError True\nexit KeyError True\n" +
      "propagated\nenter\nexit None False\nreturned\n'int' object does not support the context manager protocol\n",
  );
});

Deno.test("interp: uncaught exceptions print CPython's traceback and exit 1", () => {
  const r = run(dedent(`
    def f(d):
        return d["x"] + 1
    def g():
        try:
            f({})
        except KeyError as e:
            raise RuntimeError("wrapped") from e
    g()
    `));
  assert.equal(r.status, 1);
  assert.equal(
    r.stderr,
    dedent(`
    Traceback (most recent call last):
      File "/t.py", line 5, in g
        f({})
      File "/t.py", line 2, in f
        return d["x"] + 1
               ~^^^^^
    KeyError: 'x'

    The above exception was the direct cause of the following exception:

    Traceback (most recent call last):
      File "/t.py", line 8, in <module>
        g()
      File "/t.py", line 7, in g
        raise RuntimeError("wrapped") from e
    RuntimeError: wrapped
    `),
  );
});

Deno.test("interp: implicit chaining prints 'During handling'", () => {
  const r = run("try:\n    1 / 0\nexcept ZeroDivisionError:\n    x = [][1]\n");
  assert.equal(
    r.stderr,
    dedent(`
    Traceback (most recent call last):
      File "/t.py", line 2, in <module>
        1 / 0
        ~~^~~
    ZeroDivisionError: division by zero

    During handling of the above exception, another exception occurred:

    Traceback (most recent call last):
      File "/t.py", line 4, in <module>
        x = [][1]
            ~~^^^
    IndexError: list index out of range
    `),
  );
});

Deno.test("interp: NameError and AttributeError suggestions", () => {
  assert.equal(
    lastLine(run("values = 1\nprint(valeus)\n").stderr),
    "NameError: name 'valeus' is not defined. Did you mean: 'values'?",
  );
  assert.equal(
    lastLine(run("def f():\n    counter = 1\n    return countr\nf()\n").stderr),
    "NameError: name 'countr' is not defined. Did you mean: 'counter'?",
  );
  assert.equal(
    lastLine(run("lenn([])\n").stderr),
    "NameError: name 'lenn' is not defined. Did you mean: 'len'?",
  );
  assert.equal(
    lastLine(run("class C:\n    def __init__(self):\n        self.value = 1\nC().valeu\n").stderr),
    "AttributeError: 'C' object has no attribute 'valeu'. Did you mean: 'value'?",
  );
});

Deno.test("interp: SystemExit sets the exit status", () => {
  assert.deepEqual(run("import sys\nsys.exit()\n"), { stdout: "", stderr: "", status: 0 });
  assert.deepEqual(run("import sys\nsys.exit(3)\n"), { stdout: "", stderr: "", status: 3 });
  assert.deepEqual(run("raise SystemExit('bye')\n"), { stdout: "", stderr: "bye\n", status: 1 });
  assert.equal(
    lastLine(run("import nosuch\n").stderr),
    "ModuleNotFoundError: No module named 'nosuch'",
  );
});

// -- Tracebacks ----------------------------------------------------------------------

Deno.test("traceback: marker lines follow CPython 3.11", () => {
  // A binary operator: tildes with carets under the operator.
  assert.equal(caretLine("x = a + b", 0, 1, 1, 4, 9), "        ~~^~~\n");
  assert.equal(caretLine("x = a // b", 0, 1, 1, 4, 10), "        ~~^^~~\n");
  // A subscript: carets under the index.
  assert.equal(caretLine("y = d['k']", 0, 1, 1, 4, 10), "        ~^^^^^\n");
  // A call: carets under all of it; none when it is the whole line.
  assert.equal(caretLine("    print(f(x))", 4, 1, 1, 10, 14), "          ^^^^\n");
  assert.equal(caretLine("    f(x)", 4, 1, 1, 4, 8), null);
  // Over several lines: up to the end of the first.
  assert.equal(caretLine("r = f(a,", 0, 1, 2, 4, 3), "        ^^^^\n");
  // Columns in UTF-16 units, markers in code points.
  assert.equal(caretLine("s = '😀' + t", 0, 1, 1, 4, 12), "        ~~~~~^~~\n");
});

Deno.test("traceback: frames of comprehensions, lambdas and generators are named", () => {
  const r = run(dedent(`
    f = lambda x: 1 // x
    def gen():
        yield from (f(v) for v in [1, 0])
    [x for x in gen()]
    `));
  assert.equal(
    r.stderr,
    dedent(`
    Traceback (most recent call last):
      File "/t.py", line 4, in <module>
        [x for x in gen()]
      File "/t.py", line 4, in <listcomp>
        [x for x in gen()]
      File "/t.py", line 3, in gen
        yield from (f(v) for v in [1, 0])
      File "/t.py", line 3, in <genexpr>
        yield from (f(v) for v in [1, 0])
                    ^^^^
      File "/t.py", line 1, in <lambda>
        f = lambda x: 1 // x
                      ~~^^~~
    ZeroDivisionError: integer division or modulo by zero
    `),
  );
});

// -- Generators ----------------------------------------------------------------------

Deno.test("generators: send, throw, close and yield from", () => {
  expectOut(
    dedent(`
    def inner():
        try:
            x = yield 1
            print("inner got", x)
            yield 2
        except KeyError:
            print("inner caught")
            return "inner result"
    def outer():
        r = yield from inner()
        print("outer got", r)
        yield 3
    g = outer()
    print(next(g), g.send("s"), g.throw(KeyError), g.gi_running)
    try:
        next(g)
    except StopIteration as e:
        print("stop", e.value)
    def closing():
        try:
            yield 1
        except GeneratorExit:
            print("closing")
            raise
    c = closing()
    next(c)
    c.close()
    print(c.gi_frame)
    def bad():
        yield 1
        raise StopIteration("x")
    try:
        list(bad())
    except RuntimeError as e:
        print(e, repr(e.__cause__))
    def me():
        yield next(it)
    it = me()
    try:
        next(it)
    except ValueError as e:
        print(e)
    def ret():
        yield 1
        return 5
    r = ret()
    next(r)
    try:
        next(r)
    except StopIteration as e:
        print(e.value)
    print(sum(x * x for x in range(4)), list(zip(ret(), "ab")))
    `),
    "inner got s\ninner caught\nouter got inner result\n1 2 3 False\nstop None\nclosing\nNone\n" +
      "generator raised StopIteration StopIteration('x')\ngenerator already executing\n5\n14 [(1, 'a')]\n",
  );
});

Deno.test("generators: a generator ignoring GeneratorExit is a RuntimeError", () => {
  expectOut(
    dedent(`
    def stubborn():
        while True:
            try:
                yield
            except GeneratorExit:
                pass
    s = stubborn()
    next(s)
    try:
        s.close()
    except RuntimeError as e:
        print(e)
    `),
    "generator ignored GeneratorExit\n",
  );
});

Deno.test("generators: deep chains of yield from resume in the loop", () => {
  expectOut(
    dedent(`
    import sys
    sys.setrecursionlimit(100000)
    def chain(n):
        if n:
            yield from chain(n - 1)
        else:
            yield "bottom"
    print(list(chain(20000)))
    def runaway():
        yield from runaway()
    sys.setrecursionlimit(1000)
    try:
        next(runaway())
    except RecursionError:
        print("RecursionError")
    `),
    "['bottom']\nRecursionError\n",
  );
});

Deno.test("generators: a for loop's own generator is closed when the loop drops it", () => {
  const r = run(dedent(`
    def gen(n):
        try:
            yield from range(n)
        finally:
            print("cleanup", n)
    for x in gen(3):
        break
    print("after break")
    def first():
        for x in gen(5):
            return x
    print(first())
    try:
        for x in gen(4):
            raise KeyError(x)
    except KeyError:
        print("caught")
    kept = gen(6)
    for x in kept:
        break
    print("kept", next(kept))
    def bad():
        try:
            yield 1
        finally:
            raise ValueError("oops")
    for x in bad():
        break
    `));
  assert.equal(r.stdout, "cleanup 3\nafter break\ncleanup 5\n0\ncleanup 4\ncaught\nkept 1\n");
  assert.match(r.stderr, /^Exception ignored in: <generator object bad at 0x[0-9a-f]+>\nTraceback/);
  assert.equal(lastLine(r.stderr), "ValueError: oops");
  assert.equal(r.status, 0);
});

Deno.test("interp: allocations the engine refuses raise MemoryError", () => {
  assert.equal(lastLine(run('x = "ab" * (10 ** 10)\n').stderr), "MemoryError");
});

Deno.test("interp: Python frames and native recursion share the limit, as in CPython 3.11", async () => {
  // Recursion through TypeScript (`__eq__`, `repr`) needs the host stack that the documented
  // command line gives (`--stack-size=7000`), which `deno test`'s threads do not have: run it so.
  await expectOutUnderCli(
    dedent(`
    maxd = 0
    class A:
        def __init__(self, n):
            global maxd
            maxd = n
            A(n + 1)
    try:
        A(0)
    except RecursionError as e:
        print("init", maxd, e)
    class R:
        def __init__(self, n):
            self.n = n
        def __repr__(self):
            global maxd
            maxd = self.n
            return repr(R(self.n + 1))
    try:
        repr(R(0))
    except RecursionError as e:
        print("repr", maxd, e)
    def plain(n):
        global maxd
        maxd = n
        plain(n + 1)
    try:
        plain(0)
    except RecursionError as e:
        print("plain", maxd, e)
    class E:
        def __init__(self, n):
            self.n = n
        def __eq__(self, o):
            global maxd
            maxd = self.n
            return E(self.n + 1) == o
    try:
        E(0) == 1
    except RecursionError as e:
        print("eq", maxd, e)
    `),
    "init 498 maximum recursion depth exceeded\n" +
      "repr 332 maximum recursion depth exceeded while calling a Python object\n" +
      "plain 998 maximum recursion depth exceeded\neq 498 maximum recursion depth exceeded\n",
  );
});

/** Runs `source` through `mod.ts` as the README's command line does, in tier 0 and tier 1. */
async function expectOutUnderCli(source: string, stdout: string): Promise<void> {
  const file = await Deno.makeTempFile({ suffix: ".py" });
  try {
    await Deno.writeTextFile(file, source);
    for (const mode of ["interp", "specialized"]) {
      const out = await new Deno.Command(Deno.execPath(), {
        args: [
          "run",
          "--allow-read",
          "--allow-env",
          "--v8-flags=--stack-size=7000",
          new URL("../mod.ts", import.meta.url).pathname,
          `--mode=${mode}`,
          file,
        ],
        stdout: "piped",
        stderr: "piped",
      }).output();
      assert.equal(new TextDecoder().decode(out.stderr), "", mode);
      assert.equal(new TextDecoder().decode(out.stdout), stdout, mode);
      assert.equal(out.code, 0, mode);
    }
  } finally {
    await Deno.remove(file);
  }
}
