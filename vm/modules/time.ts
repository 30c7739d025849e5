/**
 * The `time` module (CPython 3.11 Modules/timemodule.c): the clocks and
 * `sleep`. Clocks are read through the VM's `Host`, so an embedder decides
 * what time it is.
 *
 * @module
 */
import { PyBuiltinFunction, PyFloat, type PyObject, raise } from "../object.ts";
import { index, None } from "../abstract.ts";
import { exactlyOne, noArgs } from "../args.ts";
import { PyDict } from "../dict.ts";
import { PyModule } from "../descriptors.ts";
import { getHost } from "../builtins.ts";
import { registerBuiltinModule } from "../vm.ts";

/** Nanoseconds as a Python int (a bigint only past 2**53). */
function nsInt(ns: bigint): PyObject {
  return ns <= 9007199254740991n ? Number(ns) : ns;
}

function wallNs(): bigint {
  return BigInt(Math.round(getHost().timeSeconds() * 1e6)) * 1000n;
}

// CPython 3.11 Python/pytime.c: _PyTime_FromSecondsObject (the checks of time.sleep's argument).
function sleepSeconds(x: PyObject): number {
  let secs: number;
  if (x instanceof PyFloat) {
    secs = x.value;
    if (Number.isNaN(secs)) raise("ValueError", "Invalid value NaN (not a number)");
  } else secs = Number(index(x));
  if (Math.abs(secs) * 1e9 > 9.223372036854776e18) {
    raise("OverflowError", "timestamp too large to convert to C _PyTime_t");
  }
  if (secs < 0) raise("ValueError", "sleep length must be non-negative");
  return secs;
}

let sleeper: Int32Array | null = null;

/** Blocks the thread: the VM runs synchronously, so sleep cannot yield to an event loop. */
function blockFor(secs: number): void {
  const deadline = getHost().monotonicNs() + BigInt(Math.ceil(secs * 1e9));
  sleeper ??= new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const left = deadline - getHost().monotonicNs();
    if (left <= 0n) return;
    // Atomics.wait times out in milliseconds; the loop absorbs early wake-ups and rounding.
    Atomics.wait(sleeper, 0, 0, Math.max(Number(left) / 1e6, 0.001));
  }
}

function makeTimeModule(): PyModule {
  const d = new PyDict();
  d.setStr("__name__", "time");
  d.setStr("__doc__", "This module provides various functions to manipulate time values.");
  const clock = (name: string, read: () => PyObject) => {
    const q = `time.${name}`;
    d.setStr(
      name,
      new PyBuiltinFunction(name, (args, kw) => {
        noArgs(q, args, kw);
        return read();
      }, { qualname: name }),
    );
  };
  const monoNs = () => getHost().monotonicNs();
  clock("time", () => new PyFloat(getHost().timeSeconds()));
  clock("time_ns", () => nsInt(wallNs()));
  clock("perf_counter", () => new PyFloat(Number(monoNs()) / 1e9));
  clock("perf_counter_ns", () => nsInt(monoNs()));
  clock("monotonic", () => new PyFloat(Number(monoNs()) / 1e9));
  clock("monotonic_ns", () => nsInt(monoNs()));
  // The Host has no CPU clock; the monotonic clock bounds the process's CPU time from above.
  clock("process_time", () => new PyFloat(Number(monoNs()) / 1e9));
  clock("process_time_ns", () => nsInt(monoNs()));
  d.setStr(
    "sleep",
    new PyBuiltinFunction("sleep", (args, kw) => {
      blockFor(sleepSeconds(exactlyOne("time.sleep", args, kw)));
      return None;
    }, { qualname: "sleep" }),
  );
  return new PyModule(d);
}

registerBuiltinModule("time", makeTimeModule);
