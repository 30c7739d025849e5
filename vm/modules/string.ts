/**
 * The `string` module: CPython 3.11 Lib/string.py's constants and `capwords`.
 *
 * @module
 */
import { PyBuiltinFunction, type PyObject, raise } from "../object.ts";
import { call, getAttr, None } from "../abstract.ts";
import { bindPy } from "./pyargs.ts";
import { typeName } from "../core.ts";
import { newModule } from "../object_type.ts";
import { PyDict } from "../dict.ts";
import { PyList } from "../object.ts";
import { registerBuiltinModule } from "../vm.ts";

const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS = "0123456789";
const PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE = " \t\n\r\x0b\x0c";

registerBuiltinModule("string", () => {
  const d = new PyDict();
  d.setStr("whitespace", WHITESPACE);
  d.setStr("ascii_lowercase", LOWER);
  d.setStr("ascii_uppercase", UPPER);
  d.setStr("ascii_letters", LOWER + UPPER);
  d.setStr("digits", DIGITS);
  d.setStr("hexdigits", DIGITS + "abcdef" + "ABCDEF");
  d.setStr("octdigits", "01234567");
  d.setStr("punctuation", PUNCT);
  d.setStr("printable", DIGITS + LOWER + UPPER + PUNCT + WHITESPACE);
  // Lib/string.py: (sep or ' ').join(map(str.capitalize, s.split(sep)))
  d.setStr(
    "capwords",
    new PyBuiltinFunction("capwords", (args, kw) => {
      const a = bindPy("capwords", ["s", "sep"], 1, args, kw);
      const s = a[0]!;
      const sep = a[1] ?? None;
      // Lib/string.py evaluates `(sep or ' ').join` before splitting.
      const joiner = sep === None || sep === "" ? " " : sep;
      const join = getAttr(joiner, "join");
      const words = callSplit(s, sep);
      const caps = words.map((w) => {
        if (typeof w !== "string") {
          raise(
            "TypeError",
            `descriptor 'capitalize' for 'str' objects doesn't apply to a '${typeName(w)}' object`,
          );
        }
        return call(getAttr(w, "capitalize"), [], null);
      });
      return call(join, [new PyList(caps)], null);
    }),
  );
  d.setStr(
    "__all__",
    new PyList([
      "ascii_letters",
      "ascii_lowercase",
      "ascii_uppercase",
      "capwords",
      "digits",
      "hexdigits",
      "octdigits",
      "printable",
      "punctuation",
      "whitespace",
    ]),
  );
  return newModule("string", d);
});

function callSplit(s: PyObject, sep: PyObject): PyObject[] {
  const r = call(getAttr(s, "split"), [sep], null);
  return (r as PyList).items;
}
