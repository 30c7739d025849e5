import assert from "node:assert/strict";
import { main, type Mode, registerMode, type RunRequest } from "./cli.ts";
import { MemoryHost } from "./host.ts";

const ROOT = new URL("..", import.meta.url).pathname;

function run(args: string[], options: ConstructorParameters<typeof MemoryHost>[0] = {}) {
  const host = new MemoryHost(options);
  const status = main(args, host);
  return { status, stdout: host.stdout, stderr: host.stderr };
}

/** Records what a mode was asked to run, standing in for a tier. */
function recordingRunner(): RunRequest[] {
  const seen: RunRequest[] = [];
  for (const mode of ["interp", "specialized", "uops", "jit"] as Mode[]) {
    registerMode(mode, (req) => {
      seen.push(req);
      return 0;
    });
  }
  return seen;
}

Deno.test("cli: --help prints usage on stdout and exits 0", () => {
  const r = run(["--help"]);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^usage: patchpy \[option\]/);
  for (
    const flag of [
      "--mode=MODE",
      "--jit",
      "--stress",
      "--ast",
      "--dis",
      "--stats",
      "--jit-dump",
      "--version",
    ]
  ) {
    assert.ok(r.stdout.includes(flag), `usage documents ${flag}`);
  }
  assert.equal(run(["-h"]).stdout, r.stdout);
});

Deno.test("cli: --version names patchpy and the Python version", () => {
  const r = run(["--version"]);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^patchpy \d+\.\d+\.\d+ \(Python 3\.14\.\d+\)\n$/);
});

Deno.test("cli: an unknown option prints usage and exits 2", () => {
  const r = run(["--frobnicate", "x.py"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Unknown option '--frobnicate'/);
  assert.match(r.stderr, /usage: patchpy/);
});

Deno.test("cli: a bad --mode value exits 2 naming the modes", () => {
  const r = run(["--mode=fast", "-c", "pass"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Unknown mode 'fast': expected one of interp, specialized, uops, jit/);
});

Deno.test("cli: no program is a usage error", () => {
  const r = run([]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no program given/);
});

Deno.test("cli: a missing file is reported as CPython reports it", () => {
  const r = run(["nope.py"]);
  assert.equal(r.status, 2);
  assert.equal(
    r.stderr,
    "patchpy: can't open file '/nope.py': [Errno 2] No such file or directory\n",
  );
});

Deno.test("cli: modes from flags and PYTHON_JIT, the flag winning", () => {
  const seen = recordingRunner();
  const cases: [string[], Record<string, string>, Mode][] = [
    [[], {}, "specialized"],
    [["--jit"], {}, "jit"],
    [["--mode=interp"], {}, "interp"],
    [["--mode=uops"], {}, "uops"],
    [[], { PYTHON_JIT: "1" }, "jit"],
    [[], { PYTHON_JIT: "0" }, "specialized"],
    [["--mode=interp"], { PYTHON_JIT: "1" }, "interp"],
    [["--jit"], { PYTHON_JIT: "0" }, "jit"],
  ];
  for (const [flags, env, mode] of cases) {
    seen.length = 0;
    const r = run([...flags, "-c", "pass"], { env });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(seen[0].options.mode, mode, `${flags.join(" ")} ${JSON.stringify(env)}`);
  }
  assert.equal(run(["-c", "pass"], { env: { PYTHON_JIT: "yes" } }).status, 2);
  assert.equal(run(["--jit", "--mode=interp", "-c", "pass"]).status, 2);
});

Deno.test("cli: sys.argv is [FILE, *ARGS] and options after FILE belong to the program", () => {
  const seen = recordingRunner();
  run(["--stress", "prog.py", "--jit", "a", "-c"], { files: { "prog.py": "pass\n" } });
  assert.deepEqual(seen[0].argv, ["prog.py", "--jit", "a", "-c"]);
  assert.equal(seen[0].options.mode, "specialized");
  assert.equal(seen[0].options.stress, true);
  run(["-c", "pass", "x", "y"]);
  assert.deepEqual(seen[1].argv, ["-c", "x", "y"]);
  assert.equal(seen[1].filename, "<string>");
  run(["-", "z"], { stdin: "pass\n" });
  assert.deepEqual(seen[2].argv, ["-", "z"]);
  assert.equal(seen[2].source, "pass\n");
});

Deno.test("cli: --ast prints the dump and does not run", () => {
  const seen = recordingRunner();
  const r = run(["--ast", "-c", "x = 1"]);
  assert.equal(r.status, 0);
  assert.equal(
    r.stdout,
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])\n",
  );
  assert.equal(seen.length, 0);
});

Deno.test("cli: a syntax error prints CPython's report and exits 1", () => {
  const r = run(["bad.py"], { files: { "bad.py": "x = (1,\n" } });
  assert.equal(r.status, 1);
  assert.equal(
    r.stderr,
    `  File "/bad.py", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n`,
  );
});

Deno.test("cli: the real entry point runs under deno", async () => {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-env", `${ROOT}mod.ts`, "--version"],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
  assert.match(new TextDecoder().decode(out.stdout), /^patchpy /);
});

Deno.test("cli: source nested too deep to compile is CPython's bare RecursionError", () => {
  const deep = "print(f" + "()".repeat(20000) + ")\n";
  const r = run(["deep.py"], { files: { "deep.py": deep } });
  assert.equal(r.status, 1);
  assert.equal(r.stderr, "RecursionError: maximum recursion depth exceeded during compilation\n");
});
