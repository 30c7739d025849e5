/**
 * `str.encode` and `bytes.decode` for the codecs Python programs meet most:
 * UTF-8, ASCII and Latin-1 (with their aliases), and the error handlers
 * `strict`, `ignore`, `replace`, `backslashreplace`, `xmlcharrefreplace`,
 * `surrogateescape` and `surrogatepass`, following CPython 3.11
 * (Objects/unicodeobject.c, Objects/stringlib/codecs.h, Python/codecs.c):
 * the same output, and the same `UnicodeEncodeError`/`UnicodeDecodeError`
 * text, with CPython's error ranges (a run of unencodable characters, a
 * maximal invalid UTF-8 subsequence).
 *
 * @module
 */
import { raise } from "./object.ts";
import { codePointAtCu } from "./str_core.ts";

/** The codecs implemented, by the name CPython reports in its errors. */
export type CodecName = "utf-8" | "ascii" | "latin-1";

// Lib/encodings/aliases.py, for the three codecs.
const ALIASES: Record<string, CodecName> = {};
for (const a of ["utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001"]) {
  ALIASES[a] = "utf-8";
}
for (
  const a of [
    "ascii",
    "646",
    "ansi_x3.4_1968",
    "ansi_x3_4_1968",
    "ansi_x3.4_1986",
    "cp367",
    "csascii",
    "ibm367",
    "iso646_us",
    "iso_646.irv_1991",
    "iso_ir_6",
    "us",
    "us_ascii",
  ]
) ALIASES[a] = "ascii";
for (
  const a of [
    "latin_1",
    "8859",
    "cp819",
    "csisolatin1",
    "ibm819",
    "iso8859",
    "iso8859_1",
    "iso_8859_1",
    "iso_8859_1_1987",
    "iso_ir_100",
    "l1",
    "latin",
    "latin1",
  ]
) ALIASES[a] = "latin-1";

/** `encodings.normalize_encoding` after lowercasing: punctuation runs become one `_`. */
function normalizeEncoding(name: string): string {
  let out = "";
  let punct = false;
  for (const c of name.toLowerCase()) {
    if (/^[\p{L}\p{N}.]$/u.test(c)) {
      if (punct && out.length > 0) out += "_";
      if (c.charCodeAt(0) < 128) out += c;
      punct = false;
    } else punct = true;
  }
  return out;
}

/** The codec an encoding name designates (`LookupError: unknown encoding: x` otherwise). */
export function codecName(encoding: string): CodecName {
  const n = normalizeEncoding(encoding);
  const c = ALIASES[n] ?? ALIASES[n.replace(/\./g, "_")];
  if (c === undefined) raise("LookupError", `unknown encoding: ${encoding}`);
  return c;
}

const HEX = "0123456789abcdef";
const hex = (v: number, width: number) => v.toString(16).padStart(width, "0");

/** How CPython's exception message shows one character (`\xe9`, `\u20ac`, `\U0001f600`). */
function escapeChar(cp: number): string {
  if (cp <= 0xff) return "\\x" + hex(cp, 2);
  if (cp <= 0xffff) return "\\u" + hex(cp, 4);
  return "\\U" + hex(cp, 8);
}

/** Raises CPython's `UnicodeEncodeError` for code points [start, end) of the input. */
function encodeError(
  codec: CodecName,
  cps: number[],
  start: number,
  end: number,
  reason: string,
): never {
  if (end === start + 1) {
    raise(
      "UnicodeEncodeError",
      `'${codec}' codec can't encode character '${
        escapeChar(cps[start])
      }' in position ${start}: ${reason}`,
    );
  }
  raise(
    "UnicodeEncodeError",
    `'${codec}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`,
  );
}

/** Raises CPython's `UnicodeDecodeError` for bytes [start, end) of the input. */
function decodeError(
  codec: CodecName,
  data: Uint8Array,
  start: number,
  end: number,
  reason: string,
): never {
  if (end === start + 1) {
    raise(
      "UnicodeDecodeError",
      `'${codec}' codec can't decode byte 0x${hex(data[start], 2)} in position ${start}: ${reason}`,
    );
  }
  raise(
    "UnicodeDecodeError",
    `'${codec}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`,
  );
}

function unknownHandler(errors: string): never {
  if (errors === "namereplace") {
    raise("NotImplementedError", "the 'namereplace' error handler is not supported");
  }
  raise("LookupError", `unknown error handler name '${errors}'`);
}

/** A growable byte buffer. */
class ByteWriter {
  buf: Uint8Array;
  n = 0;
  constructor(size: number) {
    this.buf = new Uint8Array(Math.max(size, 16));
  }
  push(b: number): void {
    if (this.n === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.n++] = b;
  }
  ascii(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

// deno-lint-ignore no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;
// deno-lint-ignore no-control-regex
const LATIN1_ONLY = /^[\x00-\xff]*$/;
const SURROGATE = /[\uD800-\uDFFF]/;
const utf8Encoder = new TextEncoder();

/** `s.encode(encoding, errors)`. */
export function strEncode(s: string, encoding = "utf-8", errors = "strict"): Uint8Array {
  const codec = codecName(encoding);
  if (codec === "utf-8") {
    // Only lone surrogates are unencodable, and the encoder would replace them.
    if (!SURROGATE.test(s) || !hasLoneSurrogate(s)) return utf8Encoder.encode(s);
  } else if (ASCII_ONLY.test(s) || (codec === "latin-1" && LATIN1_ONLY.test(s))) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  const cps: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAtCu(s, i);
    if (cp > 0xffff) i++;
    cps.push(cp);
  }
  const limit = codec === "ascii" ? 0x80 : codec === "latin-1" ? 0x100 : -1;
  const bad = limit > 0
    ? (cp: number) => cp >= limit
    : (cp: number) => cp >= 0xd800 && cp <= 0xdfff;
  const reason = limit > 0 ? `ordinal not in range(${limit})` : "surrogates not allowed";
  const w = new ByteWriter(s.length);
  let pos = 0;
  while (pos < cps.length) {
    const cp = cps[pos];
    if (!bad(cp)) {
      if (limit > 0 || cp < 0x80) w.push(cp);
      else if (cp < 0x800) {
        w.push(0xc0 | (cp >> 6));
        w.push(0x80 | (cp & 0x3f));
      } else if (cp < 0x10000) {
        w.push(0xe0 | (cp >> 12));
        w.push(0x80 | ((cp >> 6) & 0x3f));
        w.push(0x80 | (cp & 0x3f));
      } else {
        w.push(0xf0 | (cp >> 18));
        w.push(0x80 | ((cp >> 12) & 0x3f));
        w.push(0x80 | ((cp >> 6) & 0x3f));
        w.push(0x80 | (cp & 0x3f));
      }
      pos++;
      continue;
    }
    // The whole run of unencodable characters is one error (CPython collects it).
    const collstart = pos;
    let collend = pos + 1;
    while (collend < cps.length && bad(cps[collend])) collend++;
    switch (errors) {
      case "strict":
        encodeError(codec, cps, collstart, collend, reason);
        break;
      case "ignore":
        break;
      case "replace":
        for (let k = collstart; k < collend; k++) w.push(0x3f);
        break;
      case "backslashreplace":
        for (let k = collstart; k < collend; k++) w.ascii(escapeChar(cps[k]));
        break;
      case "xmlcharrefreplace":
        for (let k = collstart; k < collend; k++) w.ascii(`&#${cps[k]};`);
        break;
      case "surrogateescape": {
        let k = collstart;
        for (; k < collend && cps[k] >= 0xdc80 && cps[k] <= 0xdcff; k++) w.push(cps[k] & 0xff);
        // The handler gives up at the first other character, reporting the rest of the run.
        if (k < collend) encodeError(codec, cps, k, collend, reason);
        break;
      }
      case "surrogatepass":
        if (limit > 0) encodeError(codec, cps, collstart, collend, reason);
        for (let k = collstart; k < collend; k++) {
          const c = cps[k];
          w.push(0xe0 | (c >> 12));
          w.push(0x80 | ((c >> 6) & 0x3f));
          w.push(0x80 | (c & 0x3f));
        }
        break;
      default:
        unknownHandler(errors);
    }
    pos = collend;
  }
  return w.result();
}

function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    return true;
  }
  return false;
}

// -- Decoding --------------------------------------------------------------------

const utf8Fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Decodes Latin-1 (every byte is the code point of the same value). */
function latin1(data: Uint8Array, from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i += 8192) {
    out += String.fromCharCode.apply(null, Array.from(data.subarray(i, Math.min(to, i + 8192))));
  }
  return out;
}

const isCont = (b: number) => (b & 0xc0) === 0x80;

/**
 * CPython stringlib `utf8_decode` at an invalid or truncated sequence
 * starting at `p`: 0 for "unexpected end of data", 1 for an invalid start
 * byte, k in 2..4 for an invalid continuation at byte k-1 of the sequence.
 */
function utf8Problem(d: Uint8Array, p: number, end: number): number {
  const ch = d[p];
  if (ch < 0xc2) return 1;
  if (ch < 0xe0) {
    if (end - p < 2) return 0;
    return 2;
  }
  if (ch < 0xf0) {
    if (end - p < 3) {
      if (end - p < 2) return 0;
      const c2 = d[p + 1];
      if (!isCont(c2) || (c2 < 0xa0 ? ch === 0xe0 : ch === 0xed)) return 2;
      return 0;
    }
    const c2 = d[p + 1];
    if (!isCont(c2) || (ch === 0xe0 && c2 < 0xa0) || (ch === 0xed && c2 >= 0xa0)) return 2;
    return 3;
  }
  if (ch < 0xf5) {
    if (end - p < 4) {
      if (end - p < 2) return 0;
      const c2 = d[p + 1];
      if (!isCont(c2) || (c2 < 0x90 ? ch === 0xf0 : ch === 0xf4)) return 2;
      if (end - p < 3) return 0;
      if (!isCont(d[p + 2])) return 3;
      return 0;
    }
    const c2 = d[p + 1];
    if (!isCont(c2) || (ch === 0xf0 && c2 < 0x90) || (ch === 0xf4 && c2 >= 0x90)) return 2;
    if (!isCont(d[p + 2])) return 3;
    return 4;
  }
  return 1;
}

/** The length of the valid UTF-8 sequence at `p`, or 0 if it is not one. */
function utf8Valid(d: Uint8Array, p: number, end: number): number {
  const ch = d[p];
  if (ch < 0x80) return 1;
  if (ch < 0xc2) return 0;
  if (ch < 0xe0) return end - p >= 2 && isCont(d[p + 1]) ? 2 : 0;
  if (ch < 0xf0) {
    if (end - p < 3) return 0;
    const c2 = d[p + 1];
    if (
      !isCont(c2) || (ch === 0xe0 && c2 < 0xa0) || (ch === 0xed && c2 >= 0xa0) || !isCont(d[p + 2])
    ) return 0;
    return 3;
  }
  if (ch < 0xf5) {
    if (end - p < 4) return 0;
    const c2 = d[p + 1];
    if (!isCont(c2) || (ch === 0xf0 && c2 < 0x90) || (ch === 0xf4 && c2 >= 0x90)) return 0;
    return isCont(d[p + 2]) && isCont(d[p + 3]) ? 4 : 0;
  }
  return 0;
}

function utf8Decode(data: Uint8Array, errors: string): string {
  try {
    return utf8Fatal.decode(data);
  } catch {
    // Invalid somewhere: decode again, reporting as CPython does.
  }
  const end = data.length;
  const parts: string[] = [];
  let from = 0;
  let p = 0;
  while (p < end) {
    const n = utf8Valid(data, p, end);
    if (n > 0) {
      p += n;
      continue;
    }
    if (p > from) parts.push(utf8Fatal.decode(data.subarray(from, p)));
    const kind = utf8Problem(data, p, end);
    const reason = kind === 0
      ? "unexpected end of data"
      : kind === 1
      ? "invalid start byte"
      : "invalid continuation byte";
    const start = p;
    const stop = kind === 0 ? end : kind === 1 ? p + 1 : p + kind - 1;
    switch (errors) {
      case "strict":
        decodeError("utf-8", data, start, stop, reason);
        break;
      case "ignore":
        break;
      case "replace":
        parts.push("\ufffd");
        break;
      case "surrogateescape":
        for (let k = start; k < stop; k++) parts.push(String.fromCharCode(0xdc00 + data[k]));
        break;
      case "backslashreplace":
        for (let k = start; k < stop; k++) {
          parts.push("\\x" + HEX[data[k] >> 4] + HEX[data[k] & 15]);
        }
        break;
      case "surrogatepass": {
        // Python/codecs.c PyCodec_SurrogatePassErrors: an encoded surrogate, else fail.
        if (
          start + 3 <= end && data[start] === 0xed && (data[start + 1] & 0xe0) === 0xa0 &&
          isCont(data[start + 2])
        ) {
          const ch = ((data[start] & 0x0f) << 12) | ((data[start + 1] & 0x3f) << 6) |
            (data[start + 2] & 0x3f);
          parts.push(String.fromCharCode(ch));
          from = p = start + 3;
          continue;
        }
        decodeError("utf-8", data, start, stop, reason);
        break;
      }
      default:
        unknownHandler(errors);
    }
    from = p = stop;
  }
  if (from < end) parts.push(utf8Fatal.decode(data.subarray(from, end)));
  return parts.join("");
}

function asciiDecode(data: Uint8Array, errors: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < data.length; i++) {
    const b = data[i];
    if (b < 0x80) continue;
    out += latin1(data, from, i);
    from = i + 1;
    switch (errors) {
      case "strict":
        decodeError("ascii", data, i, i + 1, "ordinal not in range(128)");
        break;
      case "ignore":
        break;
      case "replace":
        out += "\ufffd";
        break;
      case "surrogateescape":
        out += String.fromCharCode(0xdc00 + b);
        break;
      case "backslashreplace":
        out += "\\x" + hex(b, 2);
        break;
      case "surrogatepass":
        decodeError("ascii", data, i, i + 1, "ordinal not in range(128)");
        break;
      default:
        unknownHandler(errors);
    }
  }
  return out + latin1(data, from, data.length);
}

/** `b.decode(encoding, errors)`. */
export function bytesDecode(data: Uint8Array, encoding = "utf-8", errors = "strict"): string {
  const codec = codecName(encoding);
  if (codec === "latin-1") return latin1(data, 0, data.length);
  if (codec === "ascii") return asciiDecode(data, errors);
  return utf8Decode(data, errors);
}
