/**
 * The command line, in CPython's habits: options first, then the program
 * (`FILE`, `-c CODE` or `-` for standard input), then the program's own
 * arguments, which become `sys.argv[1:]`.
 *
 * @module
 */
import type { Host } from "./host.ts";
import { parse } from "./parser.ts";
import { dump } from "./ast_dump.ts";
import { compile } from "./compiler.ts";
import { disassemble } from "./dis.ts";
import {
  attachSourceText,
  CompileRecursionError,
  formatSyntaxError,
  PySyntaxError,
} from "./syntax_error.ts";

/** The execution tiers a program can run in. */
export type Mode = "interp" | "specialized" | "uops" | "jit";

/** Every mode, in tier order. */
export const MODES: readonly Mode[] = ["interp", "specialized", "uops", "jit"];

/** The version of patchpy itself. */
export const VERSION = "0.1.0";

/** The Python version patchpy reports (`sys.version_info`). */
export const PYTHON_VERSION = "3.14.0";

/**
 * Runs a compiled program in one mode. Registered by the tiers that exist;
 * a mode with no runner is reported as not implemented.
 */
export type ModeRunner = (request: RunRequest) => number;

/** Everything a mode needs to run a program. */
export interface RunRequest {
  code: ReturnType<typeof compile>;
  source: string;
  filename: string;
  argv: string[];
  host: Host;
  options: CliOptions;
}

// The registry lives in `./modes.ts`, evaluated before the tiers that this
// module imports next, which register themselves while it is being loaded.
export { registerMode } from "./modes.ts";
import { modeRunner, registeredModes } from "./modes.ts";
import "./run.ts";
// Tier 2 registers `uops` and `jit`: the command line is where the tiers meet.
import "../jit/modes.ts";
import { useLibm } from "./modules/libm_backend.ts";

/** The modes that have a runner, in tier order. */
export function implementedModes(): Mode[] {
  const have = registeredModes();
  return MODES.filter((m) => have.includes(m));
}

/** The options the command line understands. */
export interface CliOptions {
  mode: Mode;
  stress: boolean;
  ast: boolean;
  dis: boolean;
  stats: boolean;
  jitDump: boolean;
}

const USAGE = `usage: patchpy [option] ... (FILE | -c CODE | -) [arg] ...
Options:
  --mode=MODE   execution tier: interp, specialized (default), uops or jit
  --jit         the same as --mode=jit (also PYTHON_JIT=1; a flag wins)
  --stress      every warm-up threshold 1: specialize and compile at once
  --ast         print the program's AST as ast.dump() does, then exit
  --dis         print the bytecode of every code object (after the run)
  --stats       print specialization and JIT statistics to stderr at exit
  --jit-dump    print every compiled trace, with its machine code, to stderr
  -c CODE       run the program passed as a string
  -             read the program from standard input
  -h, --help    print this help message and exit
  --version     print the version and exit
Environment:
  PYTHON_JIT    1 runs in jit mode, 0 keeps it off (a --mode or --jit flag wins)
`;

/** Thrown for a command line that cannot be understood: usage, exit 2. */
class UsageError extends Error {}

interface ParsedCommandLine {
  options: CliOptions;
  help: boolean;
  version: boolean;
  program:
    | { kind: "file"; path: string }
    | { kind: "code"; code: string }
    | { kind: "stdin" }
    | null;
  argv: string[];
}

/** patchpy's own options: each boolean, or (`mode`) taking a value. */
const OPTIONS = {
  mode: "string",
  jit: "boolean",
  stress: "boolean",
  ast: "boolean",
  dis: "boolean",
  stats: "boolean",
  "jit-dump": "boolean",
  help: "boolean",
  version: "boolean",
} as const;

type OptionValues =
  & {
    -readonly [K in keyof typeof OPTIONS as typeof OPTIONS[K] extends "string" ? K : never]?:
      string;
  }
  & {
    -readonly [K in keyof typeof OPTIONS as typeof OPTIONS[K] extends "boolean" ? K : never]?:
      boolean;
  };

/**
 * The options before the program: `--name`, `--name=value` or `--name value`
 * for those that take one, and `-h`. Written here rather than taken from
 * `node:util`, whose compatibility layer costs a tenth of start-up.
 */
function parseOptions(args: string[]): OptionValues {
  const values: Record<string, string | boolean> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "-h") {
      values.help = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") ? arg.slice(2, eq < 0 ? undefined : eq) : "";
    const kind = Object.hasOwn(OPTIONS, name) ? OPTIONS[name as keyof typeof OPTIONS] : undefined;
    if (kind === undefined) {
      throw new UsageError(`Unknown option '${eq < 0 ? arg : arg.slice(0, eq)}'`);
    }
    if (kind === "boolean") {
      if (eq >= 0) throw new UsageError(`Option '--${name}' does not take an argument`);
      values[name] = true;
    } else if (eq >= 0) {
      values[name] = arg.slice(eq + 1);
    } else if (i + 1 < args.length) {
      values[name] = args[++i];
    } else {
      throw new UsageError(`Option '--${name} <value>' argument missing`);
    }
  }
  return values as OptionValues;
}

/**
 * Splits the command line where the program starts: everything before it is
 * patchpy's, everything after it is the program's (as CPython does).
 */
function parseCommandLine(args: string[], host: Host): ParsedCommandLine {
  let split = args.length;
  let program: ParsedCommandLine["program"] = null;
  let argv: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-c") {
      if (i + 1 >= args.length) throw new UsageError("Argument expected for the -c option");
      program = { kind: "code", code: args[i + 1] };
      argv = ["-c", ...args.slice(i + 2)];
      split = i;
      break;
    }
    if (a === "-") {
      program = { kind: "stdin" };
      argv = ["-", ...args.slice(i + 1)];
      split = i;
      break;
    }
    if (a === "--") {
      if (i + 1 < args.length) {
        program = { kind: "file", path: args[i + 1] };
        argv = args.slice(i + 1);
      }
      split = i;
      break;
    }
    // `--mode jit`: the value is the option's, not the program.
    if (a === "--mode") {
      i++;
      continue;
    }
    if (!a.startsWith("-")) {
      program = { kind: "file", path: a };
      argv = args.slice(i);
      split = i;
      break;
    }
  }
  const values = parseOptions(args.slice(0, split));
  let mode: Mode = "specialized";
  const envJit = host.getEnv("PYTHON_JIT");
  if (envJit !== undefined && envJit !== "") {
    if (envJit === "1") mode = "jit";
    else if (envJit !== "0") {
      throw new UsageError(`PYTHON_JIT must be 0 or 1, not '${envJit}'`);
    }
  }
  if (values.mode !== undefined) {
    if (!(MODES as readonly string[]).includes(values.mode)) {
      throw new UsageError(
        `Unknown mode '${values.mode}': expected one of ${MODES.join(", ")}`,
      );
    }
    mode = values.mode as Mode;
  }
  if (values.jit) {
    if (values.mode !== undefined && values.mode !== "jit") {
      throw new UsageError(`--jit contradicts --mode=${values.mode}`);
    }
    mode = "jit";
  }
  return {
    options: {
      mode,
      stress: values.stress ?? false,
      ast: values.ast ?? false,
      dis: values.dis ?? false,
      stats: values.stats ?? false,
      jitDump: values["jit-dump"] ?? false,
    },
    help: values.help ?? false,
    version: values.version ?? false,
    program,
    argv,
  };
}

/**
 * Runs the command line and returns the exit status. Never throws: a
 * JavaScript error that escapes the VM is an internal error (status 70).
 */
export function main(args: string[], host: Host): number {
  try {
    return mainUnguarded(args, host);
  } catch (e) {
    host.flush();
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    host.writeStderr(`patchpy: internal error: ${detail}\n`);
    return 70;
  } finally {
    host.flush();
  }
}

function mainUnguarded(args: string[], host: Host): number {
  useLibm(host.libm ?? (() => null));
  let cmd: ParsedCommandLine;
  try {
    cmd = parseCommandLine(args, host);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    host.writeStderr(`patchpy: ${e.message}\n${USAGE}`);
    return 2;
  }
  if (cmd.help) {
    host.writeStdout(USAGE);
    return 0;
  }
  if (cmd.version) {
    host.writeStdout(`patchpy ${VERSION} (Python ${PYTHON_VERSION})\n`);
    return 0;
  }
  if (cmd.program === null) {
    host.writeStderr(`patchpy: no program given: pass FILE, -c CODE or -\n${USAGE}`);
    return 2;
  }
  let source: string;
  let filename: string;
  switch (cmd.program.kind) {
    case "code":
      source = cmd.program.code;
      filename = "<string>";
      break;
    case "stdin":
      source = host.readStdin();
      filename = "<stdin>";
      break;
    case "file": {
      const text = host.readTextFile(cmd.program.path);
      if (text === null) {
        host.writeStderr(
          `patchpy: can't open file '${host.resolvePath(cmd.program.path)}': ` +
            `[Errno 2] No such file or directory\n`,
        );
        return 2;
      }
      source = text;
      // CPython names the main script by its absolute path in tracebacks.
      filename = host.resolvePath(cmd.program.path);
      break;
    }
  }
  let code;
  try {
    const module = parse(source, filename);
    if (cmd.options.ast) {
      host.writeStdout(dump(module) + "\n");
      return 0;
    }
    code = compile(module, filename);
  } catch (e) {
    if (e instanceof CompileRecursionError) {
      // CPython prints this one bare: no traceback, no source line.
      host.writeStderr(`RecursionError: ${e.message}\n`);
      return 1;
    }
    if (!(e instanceof PySyntaxError)) throw e;
    e.filename = filename;
    // Errors found after parsing carry no text: CPython reads the line back
    // from the script file, which `-c` and stdin do not have.
    if (cmd.program.kind === "file") attachSourceText(e, source);
    // `-c` code is parsed as a string, whose columns are characters.
    host.writeStderr(
      formatSyntaxError(e, { source: cmd.program.kind === "code" ? "string" : "file" }),
    );
    return 1;
  }
  const runner = modeRunner(cmd.options.mode);
  if (runner === undefined) {
    if (cmd.options.dis) host.writeStdout(disassemble(code));
    host.writeStderr(
      `patchpy: mode '${cmd.options.mode}' is not implemented yet; ` +
        `implemented modes: ${registeredModes().join(", ") || "none"}\n`,
    );
    return 2;
  }
  return runner({ code, source, filename, argv: cmd.argv, host, options: cmd.options });
}
