import assert from "node:assert/strict";
import { compile } from "./compiler.ts";
import { disassemble } from "./dis.ts";
import { parse } from "./parser.ts";

/** The listing, with code object serials (global to a run) made stable. */
function dis(lines: string[], filename: string): string {
  const src = lines.join("\n") + "\n";
  return disassemble(compile(parse(src, filename), filename)).replace(/ at #\d+,/g, " at #N,");
}

Deno.test("dis: a for/else loop with break", () => {
  const src = [
    "def first_even(xs):",
    "    for x in xs:",
    "        if x % 2 == 0:",
    "            break",
    "    else:",
    "        return None",
    "    return x",
  ];
  assert.equal(
    dis(src, "loop.py"),
    `  0           0 RESUME                   0

  1           2 LOAD_CONST               0 (<code object first_even at #N, file "loop.py", line 1>)
              4 MAKE_FUNCTION
              6 STORE_NAME               0 (first_even)
              8 RETURN_CONST             1 (None)

Disassembly of <code object first_even at #N, file "loop.py", line 1>:
  1           0 RESUME                   0

  2           2 LOAD_FAST                0 (xs)
              4 GET_ITER
        >>    6 FOR_ITER                15 (to 40)
             10 STORE_FAST               1 (x)

  3          12 LOAD_FAST                1 (x)
             14 LOAD_CONST               1 (2)
             16 BINARY_OP                6 (%)
             20 LOAD_CONST               2 (0)
             22 COMPARE_OP              88 (bool(==))
             26 POP_JUMP_IF_TRUE         2 (to 34)
             30 JUMP_BACKWARD           14 (to 6)

  4     >>   34 POP_TOP

  7          36 LOAD_FAST                1 (x)
             38 RETURN_VALUE

  2     >>   40 END_FOR

  6          42 RETURN_CONST             0 (None)
`,
  );
});

Deno.test("dis: try/except/else/finally with returns", () => {
  const src = [
    "def parse(s):",
    "    try:",
    "        n = int(s)",
    "    except ValueError as e:",
    "        return str(e)",
    "    else:",
    "        return n",
    "    finally:",
    '        print("done")',
  ];
  assert.equal(
    dis(src, "try.py"),
    `  0           0 RESUME                   0

  1           2 LOAD_CONST               0 (<code object parse at #N, file "try.py", line 1>)
              4 MAKE_FUNCTION
              6 STORE_NAME               0 (parse)
              8 RETURN_CONST             1 (None)

Disassembly of <code object parse at #N, file "try.py", line 1>:
  1           0 RESUME                   0

  2           2 NOP

  3           4 LOAD_GLOBAL              1 (int + NULL)
             12 LOAD_FAST                0 (s)
             14 CALL                     1
             22 STORE_FAST               1 (n)

  7          24 LOAD_FAST                1 (n)

  9          26 LOAD_GLOBAL              3 (print + NULL)
             34 LOAD_CONST               1 ('done')
             36 CALL                     1
             44 POP_TOP
             46 RETURN_VALUE
        >>   48 PUSH_EXC_INFO

  4          50 LOAD_GLOBAL              4 (ValueError)
             58 CHECK_EXC_MATCH
             60 POP_JUMP_IF_FALSE       30 (to 124)
             64 STORE_FAST               2 (e)

  5          66 LOAD_GLOBAL              7 (str + NULL)
             74 LOAD_FAST                2 (e)
             76 CALL                     1
             84 SWAP                     2
             86 POP_EXCEPT
             88 LOAD_CONST               0 (None)
             90 STORE_FAST               2 (e)
             92 DELETE_FAST              2 (e)

  9          94 LOAD_GLOBAL              3 (print + NULL)
            102 LOAD_CONST               1 ('done')
            104 CALL                     1
            112 POP_TOP
            114 RETURN_VALUE
        >>  116 LOAD_CONST               0 (None)
            118 STORE_FAST               2 (e)
            120 DELETE_FAST              2 (e)
            122 RERAISE                  1

  4     >>  124 RERAISE                  0
        >>  126 COPY                     3
            128 POP_EXCEPT
            130 RERAISE                  1
        >>  132 PUSH_EXC_INFO

  9         134 LOAD_GLOBAL              3 (print + NULL)
            142 LOAD_CONST               1 ('done')
            144 CALL                     1
            152 POP_TOP
            154 RERAISE                  0
        >>  156 COPY                     3
            158 POP_EXCEPT
            160 RERAISE                  1
ExceptionTable:
  4 to 22 -> 48 [0]
  24 to 24 -> 132 [0]
  48 to 64 -> 126 [1] lasti
  66 to 82 -> 116 [1] lasti
  84 to 84 -> 126 [1] lasti
  86 to 92 -> 132 [0]
  116 to 124 -> 126 [1] lasti
  126 to 130 -> 132 [0]
  132 to 154 -> 156 [1] lasti
`,
  );
});

Deno.test("dis: a class with super(), defaults and a closure", () => {
  const src = [
    "class Counter(Base):",
    "    def __init__(self, start=0):",
    "        super().__init__()",
    "        self.n = start",
    "",
    "    def adder(self):",
    "        def add(k):",
    "            self.n += k",
    "        return add",
  ];
  assert.equal(
    dis(src, "class.py"),
    `  0           0 RESUME                   0

  1           2 LOAD_BUILD_CLASS
              4 PUSH_NULL
              6 LOAD_CONST               0 (<code object Counter at #N, file "class.py", line 1>)
              8 MAKE_FUNCTION
             10 LOAD_CONST               1 ('Counter')
             12 LOAD_NAME                0 (Base)
             14 CALL                     3
             22 STORE_NAME               1 (Counter)
             24 RETURN_CONST             2 (None)

Disassembly of <code object Counter at #N, file "class.py", line 1>:
              0 MAKE_CELL                0 (__class__)

  1           2 RESUME                   0
              4 LOAD_NAME                0 (__name__)
              6 STORE_NAME               1 (__module__)
              8 LOAD_CONST               0 ('Counter')
             10 STORE_NAME               2 (__qualname__)

  2          12 LOAD_CONST               3 ((0,))
             14 LOAD_CLOSURE             0 (__class__)
             16 BUILD_TUPLE              1
             18 LOAD_CONST               1 (<code object __init__ at #N, file "class.py", line 2>)
             20 MAKE_FUNCTION
             22 SET_FUNCTION_ATTRIBUTE     8 (closure)
             24 SET_FUNCTION_ATTRIBUTE     1 (defaults)
             26 STORE_NAME               3 (__init__)

  6          28 LOAD_CONST               2 (<code object adder at #N, file "class.py", line 6>)
             30 MAKE_FUNCTION
             32 STORE_NAME               4 (adder)
             34 LOAD_CLOSURE             0 (__class__)
             36 COPY                     1
             38 STORE_NAME               5 (__classcell__)
             40 RETURN_VALUE

Disassembly of <code object __init__ at #N, file "class.py", line 2>:
              0 COPY_FREE_VARS           1

  2           2 RESUME                   0

  3           4 LOAD_GLOBAL              0 (super)
             12 LOAD_DEREF               2 (__class__)
             14 LOAD_FAST                0 (self)
             16 LOAD_SUPER_ATTR          5 (__init__ + NULL|self)
             20 CALL                     0
             28 POP_TOP

  4          30 LOAD_FAST                1 (start)
             32 LOAD_FAST                0 (self)
             34 STORE_ATTR               2 (n)
             42 RETURN_CONST             0 (None)

Disassembly of <code object adder at #N, file "class.py", line 6>:
              0 MAKE_CELL                0 (self)

  6           2 RESUME                   0

  7           4 LOAD_CLOSURE             0 (self)
              6 BUILD_TUPLE              1
              8 LOAD_CONST               1 (<code object add at #N, file "class.py", line 7>)
             10 MAKE_FUNCTION
             12 SET_FUNCTION_ATTRIBUTE     8 (closure)
             14 STORE_FAST               1 (add)

  9          16 LOAD_FAST                1 (add)
             18 RETURN_VALUE

Disassembly of <code object add at #N, file "class.py", line 7>:
              0 COPY_FREE_VARS           1

  7           2 RESUME                   0

  8           4 LOAD_DEREF               1 (self)
              6 COPY                     1
              8 LOAD_ATTR                0 (n)
             18 LOAD_FAST                0 (k)
             20 BINARY_OP               13 (+=)
             24 SWAP                     2
             26 STORE_ATTR               0 (n)
             34 RETURN_CONST             0 (None)
`,
  );
});

Deno.test("dis: a generator with yield from", () => {
  const src = [
    "def gen(items):",
    "    yield from items",
    "    total = yield",
    "    return total",
  ];
  assert.equal(
    dis(src, "gen.py"),
    `  0           0 RESUME                   0

  1           2 LOAD_CONST               0 (<code object gen at #N, file "gen.py", line 1>)
              4 MAKE_FUNCTION
              6 STORE_NAME               0 (gen)
              8 RETURN_CONST             1 (None)

Disassembly of <code object gen at #N, file "gen.py", line 1>:
              0 RETURN_GENERATOR
              2 POP_TOP

  1           4 RESUME                   0

  2           6 LOAD_FAST                0 (items)
              8 GET_YIELD_FROM_ITER
             10 LOAD_CONST               0 (None)
        >>   12 SEND                     3 (to 22)
             16 YIELD_VALUE              2
             18 RESUME                   2
             20 JUMP_BACKWARD_NO_INTERRUPT     5 (to 12)
        >>   22 END_SEND
             24 POP_TOP

  3          26 LOAD_CONST               0 (None)
             28 YIELD_VALUE              1
             30 RESUME                   1
             32 STORE_FAST               1 (total)

  4          34 LOAD_FAST                1 (total)
             36 RETURN_VALUE

  2     >>   38 CLEANUP_THROW
             40 JUMP_BACKWARD_NO_INTERRUPT    10 (to 22)
        >>   42 CALL_INTRINSIC_1         3 (INTRINSIC_STOPITERATION_ERROR)
             44 RERAISE                  1
ExceptionTable:
  4 to 14 -> 42 [0] lasti
  16 to 16 -> 38 [2]
  18 to 38 -> 42 [0] lasti
`,
  );
});

Deno.test("dis: module annotations, imports, f-strings and keywords", () => {
  const src = [
    "import math as m",
    "x: int = 3",
    'print(f"{x!r:>{4}}", m.pi, sep="")',
  ];
  assert.equal(
    dis(src, "module.py"),
    `  0           0 RESUME                   0

  1           2 SETUP_ANNOTATIONS
              4 LOAD_CONST               0 (0)
              6 LOAD_CONST               1 (None)
              8 IMPORT_NAME              0 (math)
             10 STORE_NAME               1 (m)

  2          12 LOAD_CONST               2 (3)
             14 STORE_NAME               2 (x)
             16 LOAD_NAME                3 (int)
             18 LOAD_NAME                4 (__annotations__)
             20 LOAD_CONST               3 ('x')
             22 STORE_SUBSCR

  3          26 LOAD_NAME                5 (print)
             28 PUSH_NULL
             30 LOAD_NAME                2 (x)
             32 CONVERT_VALUE            2 (repr)
             34 LOAD_CONST               4 ('>')
             36 LOAD_CONST               5 (4)
             38 FORMAT_SIMPLE
             40 BUILD_STRING             2
             42 FORMAT_WITH_SPEC
             44 LOAD_NAME                1 (m)
             46 LOAD_ATTR               12 (pi)
             56 LOAD_CONST               6 ('')
             58 LOAD_CONST               7 (('sep',))
             60 CALL_KW                  3
             68 POP_TOP
             70 RETURN_CONST             1 (None)
`,
  );
});
