import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  DEFAULT_SECTIONS,
  YamlSyntaxError,
  checkConfigRules,
  normaliseConfig,
  parseYaml
} from "./chunk-CFS4J3CZ.mjs";
import {
  writtenZone,
  zoneOfMostPages
} from "./chunk-EE6UAFIL.mjs";
import {
  DateTime,
  FixedOffsetZone,
  IANAZone
} from "./chunk-CJTSQPZE.mjs";
import {
  scrub
} from "./chunk-XI3I5RXC.mjs";
import {
  ConfigError
} from "./chunk-VGGN3EEV.mjs";
import {
  inActions,
  workflowCommand
} from "./chunk-6GQ57CJQ.mjs";

// src/context.ts
import path4 from "node:path";

// src/config/read-config.ts
import { readFile as readFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/site/hugo-config.ts
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines2 = string.slice(0, ptr).split(/\r?\n/);
  return [lines2.length, lines2.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines2 = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines2[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date2, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date2 === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date2.slice(11, 13) > 23) {
              date2 = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date2 += "Z";
            } else if ((c = date2.charCodeAt(date2.length - 1)) !== 90 && c !== 122) {
              offset = date2.slice(date2.length - 6);
            }
            if (unsafeDelim)
              date2 = date2.slice(0, 10) + "T" + date2.slice(11);
          } else if (fasttype === 4) {
            date2 = +date2.slice(0, 2) > 23 ? "" : `0000-01-01T${date2}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date2.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date2 = `0000-01-01T${date2}`;
          }
          hasTime = !!match[2];
          hasTime && date2[10] === " " && (date2 = date2.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date2 = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date2 += "Z";
          }
        } else {
          date2 = "";
        }
      }
    }
    super(date2);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date2 = new _TomlDate(jsDate);
    date2.#offset = offset;
    return date2;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date2 = new _TomlDate(jsDate);
    date2.#offset = null;
    return date2;
  }
  static wrapAsLocalDate(jsDate) {
    let date2 = new _TomlDate(jsDate);
    date2.#hasTime = false;
    date2.#offset = null;
    return date2;
  }
  static wrapAsLocalTime(jsDate) {
    let date2 = new _TomlDate(jsDate);
    date2.#hasDate = false;
    date2.#offset = null;
    return date2;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str2 = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str2 = str2.replaceAll("_", "");
  return state > 1 ? parseFloat(str2) : parseInteger(ctx, str2, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str2 = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str2 = str2.replaceAll("_", "");
  return parseInteger(ctx, str2, base, startPtr);
}
function parseInteger(ctx, str2, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str2, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str2) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str2);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str2, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date2 = new TomlDate(str2, type, unsafeDelim);
    if (!date2.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date2;
  }
  try {
    if (temporalSuffix)
      str2 += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str2);
      case 2:
        return Temporal.PlainDateTime.from(str2);
      case 3:
        return Temporal.PlainDate.from(str2);
      case 4:
        return Temporal.PlainTime.from(str2);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/content/toml.ts
var TomlSyntaxError = class extends Error {
  constructor(message, line, column, options) {
    super(message, options);
    this.line = line;
    this.column = column;
  }
  line;
  column;
};
function parseToml(text2) {
  try {
    return datesToText(parse(text2));
  } catch (error) {
    if (error instanceof TomlError) {
      const firstLine = error.message.split("\n")[0] ?? error.message;
      const unterminated = unterminatedString(text2, error.line - 1);
      if (unterminated)
        throw new TomlSyntaxError(
          `the string opened with ${unterminated.quote} is not closed on its line: add the closing ${unterminated.quote} (or use ${unterminated.quote.repeat(3)} … ${unterminated.quote.repeat(3)} for text on several lines)`,
          error.line - 1,
          unterminated.column,
          { cause: error }
        );
      throw new TomlSyntaxError(firstLine.replace(/^Invalid TOML document: /, ""), Math.max(0, error.line - 1), Math.max(0, error.column - 1), { cause: error });
    }
    throw error;
  }
}
function datesToText(value) {
  if (value instanceof TomlDate) return value.toISOString();
  if (Array.isArray(value)) return value.map(datesToText);
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = datesToText(v);
    return out;
  }
  return value;
}
function unterminatedString(text2, line) {
  const l = text2.split("\n")[line];
  if (l === void 0) return null;
  let open = null;
  for (let i = 0; i < l.length; i++) {
    const c = l[i];
    if (open) {
      if (open.quote === '"' && c === "\\") i++;
      else if (c === open.quote) open = null;
    } else if (c === "#") break;
    else if (c === '"' || c === "'") {
      if (l.startsWith(c.repeat(3), i)) return null;
      open = { quote: c, column: i };
    }
  }
  return open;
}

// src/site/hugo-config.ts
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var ROOT_NAMES = ["hugo", "config"];
var EXTS = ["toml", "yaml", "yml", "json"];
async function readText(file) {
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    if (e.code === "ENOENT" || e.code === "EISDIR") return null;
    throw e;
  }
}
function parseConfigText(text2, file, rel) {
  const ext = path.extname(file).slice(1);
  try {
    const data = ext === "toml" ? parseToml(text2) : ext === "json" ? JSON.parse(text2) : parseYaml(text2);
    return isObj(data) ? data : {};
  } catch (error) {
    const e = error;
    const where = e.line !== void 0 ? `${rel}:${e.line + 1}:${(e.column ?? 0) + 1}` : rel;
    throw new ConfigError(`${where}: the Hugo configuration cannot be read: ${e.message}`, { cause: error });
  }
}
function lowerKeys(o) {
  const out = {};
  for (const [k, v] of Object.entries(o)) out[k.toLowerCase()] = v;
  return out;
}
function merge(into, from) {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    into[k] = isObj(cur) && isObj(v) ? merge({ ...cur }, v) : v;
  }
  return into;
}
async function readHugoConfig(root) {
  let conf = {};
  const files = [];
  let zoneFile = null;
  const noteZone = (data, rel) => {
    if (Object.keys(data).some((k) => k.toLowerCase() === "timezone")) zoneFile = rel;
  };
  for (const name of ROOT_NAMES) {
    const ext = await firstExisting(root, name);
    if (ext) {
      const rel = `${name}.${ext}`;
      conf = lowerKeys(parseConfigText(await readText(path.join(root, rel)), rel, rel));
      noteZone(conf, rel);
      files.push(rel);
      break;
    }
  }
  for (const env of ["_default", "production"]) {
    const dir = path.join(root, "config", env);
    let entries;
    try {
      entries = (await readdir(dir)).sort();
    } catch {
      continue;
    }
    for (const entry of entries) {
      const ext = path.extname(entry).slice(1);
      if (!EXTS.includes(ext)) continue;
      const base = path.basename(entry, "." + ext).toLowerCase();
      const rel = `config/${env}/${entry}`;
      const text2 = await readText(path.join(dir, entry));
      if (text2 === null) continue;
      const data = parseConfigText(text2, entry, rel);
      conf = ROOT_NAMES.includes(base) ? merge(conf, lowerKeys(data)) : merge(conf, { [base]: data });
      if (ROOT_NAMES.includes(base)) noteZone(data, rel);
      files.push(rel);
    }
  }
  if (files.length === 0)
    throw new ConfigError(
      `${root} is not a Hugo site: no hugo.toml, hugo.yaml, config.toml, config.yaml or config/_default/ found (use --site DIR)`
    );
  const site = siteFromConfig(root, conf, files);
  if (site.timeZone !== null && !IANAZone.isValidZone(site.timeZone))
    throw new ConfigError(
      `${zoneFile ?? files[0]}: timeZone: "${site.timeZone}" is not an IANA time zone (e.g. Europe/London, America/New_York); Hugo would not build the site either`
    );
  return site;
}
async function firstExisting(root, name) {
  for (const ext of EXTS) if (await readText(path.join(root, `${name}.${ext}`)) !== null) return ext;
  return null;
}
var str = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : null;
var bool = (v) => v === true || v === "true";
function siteFromConfig(root, conf, files) {
  let baseURL = str(conf.baseurl) ?? "/";
  if (!baseURL.endsWith("/")) baseURL += "/";
  const build = isObj(conf.build) ? lowerKeys(conf.build) : {};
  const contentDir = str(conf.contentdir) ?? "content";
  const defaultLang = (str(conf.defaultcontentlanguage) ?? "en").toLowerCase();
  const contentDirs = [];
  const languages = isObj(conf.languages) ? conf.languages : null;
  const langEntries = languages ? Object.values(languages) : [];
  if (languages && (langEntries.length > 1 || langEntries.some((l) => isObj(l) && str(lowerKeys(l).contentdir)))) {
    for (const [lang, value] of Object.entries(languages)) {
      const l = isObj(value) ? lowerKeys(value) : {};
      contentDirs.push({ dir: normDir(str(l.contentdir) ?? contentDir), lang: lang.toLowerCase() });
    }
  } else {
    contentDirs.push({ dir: normDir(contentDir), lang: null });
  }
  const languageOrder = languages && contentDirs.some((c) => c.lang) ? sortLanguages(languages) : [defaultLang];
  const permalinks = {};
  if (isObj(conf.permalinks)) {
    for (const [k, v] of Object.entries(conf.permalinks)) {
      if (typeof v === "string") permalinks[k.toLowerCase()] = v;
      else if (k.toLowerCase() === "page" && isObj(v)) {
        for (const [s, p] of Object.entries(v)) if (typeof p === "string") permalinks[s.toLowerCase()] = p;
      }
    }
  }
  const tz = str(conf.timezone);
  return {
    root,
    baseURL,
    title: str(conf.title) ?? "",
    languageCode: str(conf.languagecode) ?? str(conf.locale),
    timeZone: tz,
    contentDirs,
    defaultContentLanguage: defaultLang,
    languages: languageOrder,
    defaultContentLanguageInSubdir: bool(conf.defaultcontentlanguageinsubdir),
    permalinks,
    buildFuture: bool(conf.buildfuture) || bool(build.buildfuture),
    buildDrafts: bool(conf.builddrafts) || bool(build.builddrafts),
    buildExpired: bool(conf.buildexpired) || bool(build.buildexpired),
    configFiles: files
  };
}
function sortLanguages(languages) {
  const weight = (v) => {
    const w = isObj(v) ? Number(lowerKeys(v).weight ?? 0) : 0;
    return Number.isFinite(w) && w > 0 ? w : Infinity;
  };
  return Object.entries(languages).map(([code, v]) => ({ code: code.toLowerCase(), w: weight(v) })).sort((a, b) => a.w - b.w || a.code.localeCompare(b.code)).map((l) => l.code);
}
var normDir = (d) => d.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");

// src/config/read-config.ts
var CANDIDATES = ["announce.config.yaml", "announce.config.yml", "announce.config.json"];
async function readConfig(root, opts) {
  const site = await readHugoConfig(root);
  let file = null;
  let text2 = null;
  if (opts.configFile) {
    file = path2.resolve(opts.configFile);
    try {
      text2 = await readFile2(file, "utf8");
    } catch (e) {
      throw new ConfigError(`cannot read the configuration file ${opts.configFile}: ${e.message}`);
    }
  } else {
    for (const name of CANDIDATES) {
      try {
        text2 = await readFile2(path2.join(root, name), "utf8");
        file = path2.join(root, name);
        break;
      } catch {
      }
    }
  }
  let config;
  let warnings;
  if (file === null || text2 === null) {
    config = normaliseConfig({}, { siteRoot: site.root, hugoTimeZone: site.timeZone, site, resolve: (r, p) => path2.resolve(r, p) });
    const rules = checkConfigRules(config, {});
    if (rules.errors.length > 0) throw new ConfigError(`the configuration is not valid:
${rules.errors.map((e) => `  ${e}`).join("\n")}`);
    warnings = rules.warnings;
  } else {
    const { parseConfig } = await import("./validate-IBRCXDTT.mjs");
    const shown = path2.relative(process.cwd(), file) || file;
    ({ config, warnings } = parseConfig(text2, { shownName: shown, isJson: file.endsWith(".json"), site }));
  }
  if (opts.stateFile) config.state = path2.resolve(opts.stateFile);
  return { config, site, warnings, configFile: file };
}

// src/site/read-site.ts
import { readFileSync, readdirSync, statSync } from "node:fs";
import path3 from "node:path";

// src/site/read-pages.ts
import { isUtf8 } from "node:buffer";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

// src/content/split.ts
var SplitError = class extends Error {
  constructor(message, line, column) {
    super(message);
    this.line = line;
    this.column = column;
  }
  line;
  column;
};
var countLines = (s, end) => {
  let n = 0;
  for (let i = s.indexOf("\n"); i !== -1 && i < end; i = s.indexOf("\n", i + 1)) n++;
  return n;
};
function splitPage(text2) {
  let i = 0;
  while (i < text2.length) {
    const c2 = text2[i];
    if (c2 === "\uFEFF" || c2 === " " || c2 === "	" || c2 === "\r" || c2 === "\n") {
      i++;
      continue;
    }
    break;
  }
  const c = text2[i];
  if (c === "-" || c === "+") return splitDelimited(text2, i, c === "-" ? "yaml" : "toml");
  if (c === "{") return splitJson(text2, i);
  return { format: "none", frontMatter: "", frontMatterLine: 0, body: text2 };
}
function splitDelimited(text2, start, format) {
  const delim = format === "yaml" ? "---" : "+++";
  const openLine = countLines(text2, start);
  if (!text2.startsWith(delim, start)) throw new SplitError(`invalid ${format.toUpperCase()} delimiter: expected "${delim}"`, openLine, 0);
  let pos = start + 3;
  if (text2[pos] === "\r" && text2[pos + 1] === "\n") pos += 2;
  else if (text2[pos] === "\n") pos += 1;
  const fmStart = pos;
  let lineStart = pos;
  for (; ; ) {
    if (text2.startsWith(delim, lineStart)) {
      const frontMatter = text2.slice(fmStart, lineStart);
      let bodyStart = lineStart + 3;
      if (text2[bodyStart] === "\r" && text2[bodyStart + 1] === "\n") bodyStart += 2;
      else if (text2[bodyStart] === "\n") bodyStart += 1;
      return {
        format,
        frontMatter,
        frontMatterLine: countLines(text2, fmStart),
        body: text2.slice(bodyStart)
      };
    }
    const nl = text2.indexOf("\n", lineStart);
    if (nl === -1)
      throw new SplitError(
        `the front matter opened with "${delim}" on line ${openLine + 1} is never closed: add a line "${delim}" after it`,
        openLine,
        0
      );
    lineStart = nl + 1;
  }
}
function splitJson(text2, start) {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text2.length; i++) {
    const c = text2[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) {
      let bodyStart = i + 1;
      if (text2[bodyStart] === "\r" && text2[bodyStart + 1] === "\n") bodyStart += 2;
      else if (text2[bodyStart] === "\n") bodyStart += 1;
      return {
        format: "json",
        frontMatter: text2.slice(start, i + 1),
        frontMatterLine: countLines(text2, start),
        body: text2.slice(bodyStart)
      };
    }
  }
  throw new SplitError('the JSON front matter is never closed: its "{" has no matching "}"', countLines(text2, start), 0);
}

// src/content/front-matter.ts
var MAX_FRONT_MATTER_BYTES = 512 * 1024;
var failure = (line, column, message, cause) => ({ ok: false, line, column, message, cause });
function decodePage(text2) {
  if (!/\S/.test(text2)) return failure(0, 0, "the page is empty: it needs front matter with at least a title and a date");
  const nul = text2.indexOf("\0");
  if (nul !== -1) return failure(text2.slice(0, nul).split("\n").length - 1, 0, "the page contains binary data (a NUL byte); save it as UTF-8 text");
  let split;
  try {
    split = splitPage(text2);
  } catch (e) {
    if (e instanceof SplitError) return failure(e.line, e.column, e.message, e);
    throw e;
  }
  if (split.format === "none") return failure(0, 0, 'the page has no front matter: start it with "---", then title: and date:, then "---"');
  const bytes = Buffer.byteLength(split.frontMatter);
  if (bytes > MAX_FRONT_MATTER_BYTES)
    return failure(
      split.frontMatterLine,
      0,
      `the front matter is ${(bytes / 1024 / 1024).toFixed(1)} MB; at most ${MAX_FRONT_MATTER_BYTES / 1024} KB is read (move long text into the page body)`
    );
  let data;
  try {
    data = split.format === "yaml" ? parseYaml(split.frontMatter) : split.format === "toml" ? parseToml(split.frontMatter) : JSON.parse(split.frontMatter);
  } catch (e) {
    if (e instanceof YamlSyntaxError || e instanceof TomlSyntaxError)
      return failure(split.frontMatterLine + e.line, e.column, `invalid ${split.format.toUpperCase()} front matter: ${e.message}${unclosedHint(e.message)}`, e.cause ?? e);
    if (e instanceof SyntaxError) return failure(split.frontMatterLine, 0, `invalid JSON front matter: ${e.message}`, e);
    throw e;
  }
  if (data === null || data === void 0) data = {};
  if (typeof data !== "object" || Array.isArray(data))
    return failure(split.frontMatterLine, 0, `the front matter must be a map of keys (title: …, date: …), not ${received(data)}`);
  const fm = {};
  for (const [k, v] of Object.entries(data)) fm[k.toLowerCase()] = v;
  let lines2;
  const keyLine = (key) => split.frontMatterLine + findKeyLine(lines2 ??= split.frontMatter.split("\n"), key);
  return { ok: true, split, fm, keyLine };
}
function findKeyLine(lines2, key) {
  const re = new RegExp(`^\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*[:=]`, "i");
  const i = lines2.findIndex((l) => re.test(l));
  return i === -1 ? 0 : i;
}
var isText = (v) => typeof v === "string" || typeof v === "number";
var text = (example) => ({ expected: "text", example, accepts: isText });
var date = (key) => ({
  expected: "a date such as 2024-11-21T13:00:00Z",
  example: `${key}: 2024-11-21T13:00:00Z`,
  accepts: (v) => typeof v === "string" || v instanceof Date
});
var DATE_KEYS = ["date", "publishdate", "pubdate", "lastmod", "modified", "expirydate", "unpublishdate", "event_start", "event_end", "date_end", "time_start", "time_end"];
var FRONT_MATTER_SCHEMA = {
  title: text('title: "The talk title"'),
  slug: text('slug: "my-talk"'),
  url: text("url: /event/my-talk/"),
  location: text('location: "Room 0.01, Main Building"'),
  summary: text('summary: "Talk by [Name](https://…) (Affiliation)"'),
  abstract: text('abstract: "What the talk is about."'),
  ...Object.fromEntries(DATE_KEYS.map((k) => [k, date(k)])),
  // `published` is a date in Hugo, or a boolean (the inverse of draft) in some themes.
  published: { ...date("published"), accepts: (v) => typeof v === "string" || v instanceof Date || typeof v === "boolean" }
};
var SCHEMA_ENTRIES = Object.entries(FRONT_MATTER_SCHEMA);
function checkFields(fm, schema = FRONT_MATTER_SCHEMA) {
  for (const [key, rule] of schema === FRONT_MATTER_SCHEMA ? SCHEMA_ENTRIES : Object.entries(schema)) {
    const v = fm[key];
    if (v === void 0 || v === null || v === "" || rule.accepts(v)) continue;
    return { ok: false, key, message: `${key}: expected ${rule.expected}, found ${received(v)}; write it as ${rule.example}` };
  }
  return { ok: true };
}
function received(v) {
  const excerpt = (s) => s.length > 60 ? `${s.slice(0, 59)}…` : s;
  if (Array.isArray(v)) return `a list: ${excerpt(JSON.stringify(v) ?? "[]")}`;
  if (v instanceof Date) return `a date: ${v.toISOString()}`;
  if (v !== null && typeof v === "object") return `a map: ${excerpt(JSON.stringify(v) ?? "{}")}`;
  if (typeof v === "string") return `the text ${excerpt(JSON.stringify(v))}`;
  return `${typeof v} ${excerpt(String(v))}`;
}
function unclosedHint(message) {
  const what = /end of the stream within a (double quoted scalar|single quoted scalar|flow collection)/.exec(message)?.[1];
  if (!what) return "";
  const opened = what === "flow collection" ? "a [ or { is" : what === "double quoted scalar" ? 'a " is' : "a ' is";
  return ` (${opened} opened on an earlier line and never closed)`;
}

// src/content/time.ts
var ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2}):(\d{2})(\.\d+)?\s?(Z|z|[+-]\d{2}:?\d{2})?)?$/;
var DAY_MONTH_YEAR = /^(\d{2}) ([A-Z][a-z]{2}) (\d{4})$/;
function parseHugoDate(value, zone) {
  if (value === null || value === void 0) return null;
  if (value instanceof Date) return { ok: true, date: value, offsetMinutes: 0, utcMark: false, dateOnly: false };
  if (typeof value !== "string") return { ok: false, error: `expected a date such as 2024-11-21T13:00:00Z, found ${describe(value)}` };
  const text2 = value.trim();
  if (text2 === "") return null;
  const m = ISO.exec(text2);
  if (m) {
    const [, y, mo, d, h, mi, s, frac, off] = m;
    const dateOnly = h === void 0;
    if (off !== void 0) {
      const sign = off[0] === "-" ? -1 : 1;
      const offMin = off.toUpperCase() === "Z" ? 0 : sign * (Number(off.slice(1, 3)) * 60 + Number(off.slice(-2)));
      const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), frac ? Math.floor(Number(frac) * 1e3) : 0);
      const check = new Date(ms);
      if (check.getUTCMonth() === Number(mo) - 1 && check.getUTCDate() === Number(d) && Number(h) < 24 && Number(mi) < 60 && Number(s) < 60 && Math.abs(offMin) < 24 * 60)
        return { ok: true, date: new Date(ms - offMin * 6e4), offsetMinutes: offMin, utcMark: off.toUpperCase() === "Z", dateOnly };
      return { ok: false, error: `"${text2}" is not a real date or time` };
    }
    const dt = DateTime.fromObject(
      {
        year: Number(y),
        month: Number(mo),
        day: Number(d),
        hour: dateOnly ? 0 : Number(h),
        minute: dateOnly ? 0 : Number(mi),
        second: dateOnly ? 0 : Number(s),
        millisecond: frac ? Math.floor(Number(frac) * 1e3) : 0
      },
      { zone }
    );
    if (!dt.isValid) return { ok: false, error: `"${text2}" is not a real date or time (${dt.invalidExplanation ?? dt.invalidReason})` };
    return { ok: true, date: dt.toJSDate(), offsetMinutes: null, utcMark: false, dateOnly };
  }
  const dmy = DAY_MONTH_YEAR.exec(text2);
  if (dmy) {
    const dt = DateTime.fromFormat(text2, "dd LLL yyyy", { zone, locale: "en" });
    if (dt.isValid) return { ok: true, date: dt.toJSDate(), offsetMinutes: null, utcMark: false, dateOnly: true };
  }
  return { ok: false, error: `"${truncate(text2)}" is not a date Hugo reads; write it as 2024-11-21T13:00:00Z, 2024-11-21T13:00:00+01:00 or 2024-11-21` };
}
function describe(v) {
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a map";
  return `${typeof v} ${truncate(String(v))}`;
}
var truncate = (s, n = 60) => s.length > n ? s.slice(0, n) + "…" : s;

// src/content/text.ts
var CONTROLS_EXCEPT_NEWLINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
var ALL_CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
function detach(s) {
  if (s.length < 16) return s;
  if (s.length * 3 > DETACH_POOL.length) return Buffer.from(s, "utf8").toString("utf8");
  return DETACH_POOL.toString("utf8", 0, DETACH_POOL.write(s));
}
var DETACH_POOL = Buffer.allocUnsafe(64 * 1024);
var INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u180E\u200E\u200F\u202A-\u202E\u2066-\u2069]|(?<![^\x00-\x7F])[\u200C\u200D]|[\u200C\u200D](?![^\x00-\x7F])/g;
var NON_ASCII = /[^\x00-\x7F]/;
function visibleText(s) {
  if (!NON_ASCII.test(s)) return s;
  return s.replace(INVISIBLE, "").normalize("NFC");
}
function normaliseLine(s) {
  return detach(visibleText(s).replace(/\s+/g, " ").replace(ALL_CONTROLS, "").trim());
}
function cleanText(s) {
  const unix = s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s;
  return detach(visibleText(unix.replace(CONTROLS_EXCEPT_NEWLINES, "")).trim());
}
function capText(s, max) {
  if (s.length <= max) return { text: s, cut: false };
  let end = max - 1;
  const space = s.lastIndexOf(" ", end);
  if (space > max * 0.8) end = space;
  if (/[\uD800-\uDBFF]/.test(s[end - 1] ?? "")) end--;
  return { text: detach(s.slice(0, end).trimEnd() + "…"), cut: true };
}
function textOf(v) {
  if (typeof v === "string") return v.trim() === "" ? null : v;
  if (typeof v === "number") return String(v);
  return null;
}
function isHttpUrl(u) {
  try {
    const url = new URL(u);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
function withoutShortcodes(s) {
  if (!s.includes("{{")) return s;
  let out = "";
  let i = 0;
  for (let open = s.indexOf("{{", i); open !== -1; open = s.indexOf("{{", i)) {
    const delim = s[open + 2];
    if (delim !== "<" && delim !== "%") {
      out += s.slice(i, open + 2);
      i = open + 2;
      continue;
    }
    const close = s.indexOf(delim === "<" ? ">}}" : "%}}", open + 3);
    if (close === -1) break;
    out += s.slice(i, open) + shortcodeText(s.slice(open + 3, close).trim());
    i = close + 3;
  }
  return out + s.slice(i);
}
function shortcodeText(inner) {
  const m = /^(\/?)\s*([\w-]+)\s*(.*)$/s.exec(inner);
  if (!m || m[1] || m[2] !== "mention") return "";
  const arg = /^(?:\w+\s*=\s*)?(?:"([^"]*)"|'([^']*)'|`([^`]*)`|(\S+))/.exec(m[3].trim());
  return arg ? arg[1] ?? arg[2] ?? arg[3] ?? arg[4] ?? "" : "";
}
function frontMatterWithoutShortcodes(v, depth = 0) {
  if (typeof v === "string") return withoutShortcodes(v);
  if (depth > 4 || v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map((x) => frontMatterWithoutShortcodes(x, depth + 1));
  const out = {};
  for (const [k, x] of Object.entries(v)) out[k] = frontMatterWithoutShortcodes(x, depth + 1);
  return out;
}

// src/content/speakers.ts
var SUMMARY_LEAD = /^\s*(?:talks?\s+(?:given\s+)?by|vortrag\s+von|expos[ée]\s+de|conf[ée]rence\s+de|pr[ée]sentation\s+de|charla\s+de|ponencia\s+de|presentaci[óo]n\s+de|intervento\s+di|palestra\s+de|lezing\s+door)\s+/i;
var SPEAKER_LINE = /^\*\*\s*(?:invited\s+|guest\s+|keynote\s+)?(speakers?|presenters?|referent(?:in|en|innen)?|sprecher(?:in|innen)?|intervenant(?:e|s|es)?|orat(?:eur|rice)s?|ponentes?|relator(?:e|i)|palestrantes?|sprekers?)\s*:?\s*\*\*\s*:?\s*(.*)$/i;
var BIO_LINE = /^\*\*\s*(?:short\s+)?bio(?:graphy)?\s*:?\s*\*\*\s*:?[ \t]*(.*)$/i;
function* lines(text2) {
  let start = 0;
  while (start < text2.length) {
    const nl = text2.indexOf("\n", start);
    const end = nl === -1 ? text2.length : nl;
    yield { raw: text2.slice(start, end).replace(/\r$/, "") };
    start = end + 1;
  }
}
function markedLine(body, re) {
  for (let at = body.indexOf("**"); at !== -1; at = body.indexOf("**", at + 2)) {
    let k = at - 1;
    while (k >= 0 && (body[k] === " " || body[k] === "	")) k--;
    if (k >= 0 && body[k] !== "\n") continue;
    const end = body.indexOf("\n", at);
    const match = re.exec(body.slice(at, end === -1 ? body.length : end).replace(/\r$/, ""));
    if (match) return { match, after: end === -1 ? body.length : end + 1 };
    if (end === -1) break;
    at = end - 1;
  }
  return null;
}
function speakersFromSummary(summary) {
  if (!summary || !SUMMARY_LEAD.test(summary)) return [];
  return parseSpeakerList(summary.replace(SUMMARY_LEAD, ""), true);
}
function speakersFromBody(body) {
  const found = markedLine(body, SPEAKER_LINE);
  if (!found) return [];
  const plural = /(?:s|en|innen|i)$/i.test(found.match[1]) && !/^referent$/i.test(found.match[1]);
  const named = found.match[2].trim() || paragraphs(body, found.after, 3).find((p) => p !== "") || "";
  return parseSpeakerList(withoutShortcodes(named), plural);
}
function speakersFromFrontMatter(fm) {
  const raw = fm.speakers ?? fm.speaker;
  if (raw === void 0 || raw === null || raw === "") return null;
  const items = Array.isArray(raw) ? raw : [raw];
  const out = [];
  for (const item of items) {
    if (typeof item === "string" && item.trim()) out.push(...parseSpeakerList(item, false).slice(0, 1));
    else if (item && typeof item === "object") {
      const o = item;
      const name = typeof o.name === "string" ? normaliseLine(o.name) : "";
      if (!name) continue;
      const aff = o.affiliation ?? o.organization ?? o.institution;
      const url = typeof o.url === "string" ? o.url.trim() : typeof o.link === "string" ? o.link.trim() : "";
      out.push({ name, affiliation: typeof aff === "string" && aff.trim() ? normaliseLine(aff) : null, url: isHttpUrl(url) ? detach(url) : null });
    }
  }
  return out;
}
function parseSpeakerList(text2, plural) {
  const line = text2.split("\n")[0] ?? "";
  const items = plural ? splitTopLevel(line) : [line];
  const out = [];
  for (const item of items) {
    const p = readItem(item, !plural);
    if (!p || !p.name) continue;
    if (!p.url && /^[a-z]/.test(p.name)) continue;
    out.push({ name: p.name, affiliation: p.affiliation, url: p.url && isHttpUrl(p.url) ? detach(p.url) : null });
  }
  return out;
}
var CONJUNCTION = /\s+(?:and|y|et|und|e)\s+/iy;
function splitTopLevel(s) {
  const parts = [];
  let depth = 0;
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    if (depth === 0) {
      if (c === "," || c === ";" || c === "&") {
        parts.push(cur);
        cur = "";
        continue;
      }
      CONJUNCTION.lastIndex = i;
      const word = c === " " || c === "	" ? CONJUNCTION.exec(s) : null;
      if (word) {
        parts.push(cur);
        cur = "";
        i += word[0].length - 1;
        continue;
      }
    }
    cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}
function readItem(item, single) {
  let s = item.trim().replace(/^\[(\[)/, "$1");
  let name = "";
  let url = null;
  const link = markdownLink(s);
  if (link) {
    name = link.text;
    url = link.url || null;
    s = s.slice(link.length).trim();
  } else {
    const m = /^([^(,]+)/.exec(s);
    if (!m) return null;
    name = m[1];
    s = s.slice(m[0].length).trim();
  }
  let affiliation = null;
  const paren = /^\(([^]*)\)/.exec(balancedParen(s));
  if (paren) affiliation = paren[1].trim() || null;
  else if (single && s.startsWith(",")) affiliation = s.slice(1).trim() || null;
  name = normaliseLine(name.replace(/[*_]/g, ""));
  return { name, url, affiliation: affiliation ? normaliseLine(affiliation.replace(/\*\*/g, "")) : null };
}
function markdownLink(s) {
  if (s[0] !== "[") return null;
  const close = s.indexOf("]");
  if (close === -1 || s[close + 1] !== "(") return null;
  const end = s.indexOf(")", close + 2);
  if (end === -1) return null;
  const url = s.slice(close + 2, end);
  if (/\s/.test(url)) return null;
  return { text: s.slice(1, close), url, length: end + 1 };
}
function balancedParen(s) {
  if (!s.startsWith("(")) return "";
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "(") depth++;
    else if (s[i] === ")" && --depth === 0) return s.slice(0, i + 1);
  }
  return "";
}
function bioFromBody(body) {
  const found = markedLine(body, BIO_LINE);
  if (!found) return null;
  let text2 = (found.match[1] ?? "").trim();
  const [first, second] = paragraphs(body, found.after, 2);
  if (first) text2 = text2 ? `${text2}
${first}` : first;
  else if (!text2) text2 = second ?? "";
  return text2 || null;
}
function paragraphs(text2, start, count) {
  const out = [];
  let current = [];
  let inSeparator = false;
  for (const { raw } of lines(text2.slice(start))) {
    if (raw.trim() !== "") {
      current.push(raw);
      inSeparator = false;
    } else if (!inSeparator) {
      out.push(current.join("\n").trim());
      if (out.length === count) return out;
      current = [];
      inSeparator = true;
    }
  }
  out.push(current.join("\n").trim());
  return out.slice(0, count);
}
function authorProfile(fm) {
  const name = typeof fm.title === "string" ? normaliseLine(withoutShortcodes(fm.title)) : "";
  if (!name) return null;
  const orgs = Array.isArray(fm.organizations) ? fm.organizations : [];
  const first = orgs[0] && typeof orgs[0] === "object" ? orgs[0].name : typeof orgs[0] === "string" ? orgs[0] : null;
  const role = typeof fm.role === "string" ? normaliseLine(fm.role) : "";
  return { name, role: role || null, affiliation: typeof first === "string" && first.trim() ? normaliseLine(first) : null };
}
function speakersFromAuthors(authors, profiles) {
  if (!Array.isArray(authors)) return [];
  const out = [];
  for (const a of authors) {
    if (typeof a !== "string" || !a.trim()) continue;
    const id = a.trim();
    const profile = profiles.get(id) ?? profiles.get(id.toLowerCase());
    if (profile) out.push({ name: profile.name, affiliation: profile.affiliation, url: null, ...profile.role ? { role: profile.role } : {} });
    else if (/\s/.test(id) && new RegExp("\\p{Lu}", "u").test(id)) out.push({ name: normaliseLine(id), affiliation: null, url: null });
  }
  return out;
}

// src/content/permalink.ts
function hugoUnicodeSanitize(s) {
  let out = "";
  let hyphen = false;
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const r = chars[i];
    const allowed = "./\\_#+~@".includes(r) || /[\p{L}\p{Nd}\p{M}]/u.test(r) || r === "%" && i + 2 < chars.length && /[0-9a-fA-F]/.test(chars[i + 1]) && /[0-9a-fA-F]/.test(chars[i + 2]);
    if (allowed) {
      if (hyphen) {
        out += "-";
        hyphen = false;
      }
      out += r;
    } else if (out.length > 0 && (r === "-" || /\s/u.test(r))) {
      hyphen = true;
    }
  }
  return out;
}
var pathSanitized = (s) => hugoUnicodeSanitize(s).toLowerCase();
function goEscapePath(path5) {
  if (/^[A-Za-z0-9\-._~!$&'()*+,;=:@/%[\]]*$/.test(path5) && !/%(?![0-9A-Fa-f]{2})/.test(path5)) return path5;
  let out = "";
  for (const byte of Buffer.from(path5, "utf8")) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-._~$&+,/:;=@]/.test(c)) out += c;
    else out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
var pad = (n, w = 2) => String(n).padStart(w, "0");
function expandPattern(pattern, p) {
  const d = p.date;
  const base = p.contentPath.split("/");
  const fileName = p.bundle ? base[base.length - 2] : base[base.length - 1];
  const urlize = (s) => pathSanitized(s);
  const tokens = {
    year: () => d ? pad(d.year, 4) : "0001",
    month: () => d ? pad(d.month) : "01",
    monthname: () => d ? d.setLocale("en").toFormat("LLLL").toLowerCase() : "january",
    day: () => d ? pad(d.day) : "01",
    weekday: () => d ? String(d.weekday % 7) : "1",
    weekdayname: () => d ? d.setLocale("en").toFormat("cccc").toLowerCase() : "monday",
    yearday: () => d ? String(d.ordinal) : "1",
    section: () => p.section,
    sections: () => base.slice(0, p.bundle ? -2 : -1).join("/"),
    title: () => urlize(p.title),
    slug: () => urlize(p.slug ?? p.title),
    slugorfilename: () => urlize(p.slug ?? fileName),
    filename: () => urlize(fileName),
    contentbasename: () => urlize(fileName)
  };
  return pattern.replace(/:([a-z]+)/g, (whole, name) => tokens[name] ? tokens[name]() : whole);
}
function buildPermalink(p) {
  let rel;
  if (p.url) {
    rel = p.url.startsWith("/") ? p.url : "/" + p.url;
    if (p.langPrefix) rel = `/${p.langPrefix}${rel}`;
  } else {
    if (p.pattern) {
      rel = expandPattern(p.pattern, p);
    } else {
      const parts = p.contentPath.split("/");
      if (p.bundle) parts.pop();
      if (p.slug) parts[parts.length - 1] = p.slug;
      rel = "/" + parts.join("/") + "/";
    }
    rel = rel.split("/").map((seg) => pathSanitized(seg)).join("/");
    if (!rel.startsWith("/")) rel = "/" + rel;
    if (!rel.endsWith("/") && !/\.[a-z0-9]+$/i.test(rel)) rel += "/";
    rel = rel.replace(/\/{2,}/g, "/");
    if (p.langPrefix) rel = `/${p.langPrefix}${rel}`;
  }
  return joinBase(p.baseURL, goEscapePath(rel));
}
function joinBase(baseURL, rel) {
  return baseURL.replace(/\/+$/, "") + rel;
}

// src/content/page.ts
function parsePage(text2, loc, site) {
  const fail = (line, column, message) => ({
    event: null,
    problems: [{ path: loc.path, line: line + 1, column: column + 1, message, severity: "error", eventId: eventId(loc) }]
  });
  const decoded = decodePage(text2);
  if (!decoded.ok) return fail(decoded.line, decoded.column, decoded.message);
  const shape = checkFields(decoded.fm);
  if (!shape.ok) return fail(decoded.keyLine(shape.key), 0, shape.message);
  const read = eventFields(decoded, loc, site);
  if ("error" in read) return fail(read.line, 0, read.error);
  if ("notATalk" in read)
    return { event: null, problems: [{ path: loc.path, line: read.line + 1, column: 1, message: read.notATalk, severity: "warning", eventId: eventId(loc) }] };
  return { event: read.event, warnings: lintEvent(read.event, read.keys, decoded, loc) };
}
var FIELD_CAPS = { line: 500, text: 2e4, speakers: 20, links: 30 };
function capFields(event) {
  const capped = [];
  const cap = (field, key, max) => {
    const v = event[field];
    if (typeof v !== "string") return;
    const r = capText(v, max);
    if (r.cut) {
      event[field] = r.text;
      capped.push({ key, field, length: v.length, max });
    }
  };
  cap("title", "title", FIELD_CAPS.line);
  cap("location", "location", FIELD_CAPS.line);
  cap("address", "address", FIELD_CAPS.line);
  cap("eventName", "event", FIELD_CAPS.line);
  cap("abstract", "abstract", FIELD_CAPS.text);
  cap("summary", "summary", FIELD_CAPS.text);
  cap("bio", "bio", FIELD_CAPS.text);
  for (const sp of event.speakers) {
    sp.name = capText(sp.name, FIELD_CAPS.line).text;
    if (sp.affiliation) sp.affiliation = capText(sp.affiliation, FIELD_CAPS.line).text;
  }
  if (event.speakers.length > FIELD_CAPS.speakers) {
    capped.push({ key: "speakers", field: "speakers", length: event.speakers.length, max: FIELD_CAPS.speakers });
    event.speakers = event.speakers.slice(0, FIELD_CAPS.speakers);
  }
  if (event.links.length > FIELD_CAPS.links) {
    capped.push({ key: "links", field: "links", length: event.links.length, max: FIELD_CAPS.links });
    event.links = event.links.slice(0, FIELD_CAPS.links);
  }
  return capped;
}
function eventFields(decoded, loc, site) {
  const { split, keyLine } = decoded;
  const fm = split.frontMatter.includes("{{") ? frontMatterWithoutShortcodes(decoded.fm) : decoded.fm;
  const dates = {};
  const readings = {};
  for (const key of ["date", "publishdate", "pubdate", "published", "lastmod", "modified", "expirydate", "unpublishdate", "event_start", "event_end", "date_end", "time_start", "time_end"]) {
    const v = fm[key];
    if (key === "published" && typeof v === "boolean") continue;
    const r = parseHugoDate(v, site.zone);
    if (r === null) continue;
    if (!r.ok) return { error: `${key}: ${r.error}`, line: keyLine(key) };
    dates[key] = r.date;
    readings[key] = r;
  }
  const dateInOwnZone = (key) => {
    const offset = readings[key].offsetMinutes;
    return DateTime.fromJSDate(dates[key], { zone: offset === null ? site.zone : FixedOffsetZone.instance(offset) });
  };
  const first = (...keys2) => {
    for (const k of keys2) if (dates[k]) return { key: k, date: dates[k] };
    return null;
  };
  const pageDate = first("date", "publishdate", "pubdate", "published", "lastmod", "modified");
  const startOf = first("event_start", "time_start", "date");
  if (!startOf) {
    const isDraft = fm.draft !== void 0 && toBool(fm.draft);
    return {
      notATalk: isDraft ? "a draft without a date: not announced; give date: 2024-11-21T13:00:00Z (or event_start:) when it is ready" : `no talk date: give the start as date: 2024-11-21T13:00:00Z (or event_start:); until then the page is not announced${pageDate ? ` (Hugo dates the page by its ${pageDate.key}, which is not when the talk is)` : ""}`,
      line: split.frontMatterLine
    };
  }
  const publish = first("publishdate", "pubdate", "published", "date");
  const expiry = first("expirydate", "unpublishdate");
  const endOf = first("event_end", "date_end", "time_end");
  const rawTitle = textOf(fm.title);
  const title = rawTitle === null ? "" : normaliseLine(rawTitle);
  const slugRaw = textOf(fm.slug);
  const slug = slugRaw === null ? null : detach(slugRaw.trim());
  const url = textOf(fm.url);
  const draft = fm.draft !== void 0 ? toBool(fm.draft) : typeof fm.published === "boolean" ? !fm.published : false;
  const status = textOf(fm.status)?.toLowerCase();
  const cancelled = toBool(fm.cancelled) || toBool(fm.canceled) || status === "cancelled" || status === "canceled";
  const allDayFlag = fm.event_all_day ?? fm.all_day;
  const startReading = readings[startOf.key];
  const allDay = toBool(allDayFlag) || startReading.dateOnly && allDayFlag === void 0;
  const permalink = buildPermalink({
    baseURL: site.baseURL,
    contentPath: loc.contentPath,
    bundle: loc.bundle,
    section: loc.section,
    slug,
    url,
    title: rawTitle ?? "",
    date: pageDate && site.permalinks[loc.section] ? dateInOwnZone(pageDate.key) : null,
    pattern: site.permalinks[loc.section] ?? null,
    langPrefix: loc.langPrefix
  });
  const summary = textOf(fm.summary);
  const body = split.body;
  const fromSummary = speakersFromSummary(summary);
  let speakers = speakersFromFrontMatter(fm) ?? (fromSummary.length > 0 ? fromSummary : speakersFromBody(body));
  if (speakers.length === 0) speakers = speakersFromAuthors(fm.authors, site.authors ?? NO_AUTHORS);
  const abstract = textOf(fm.abstract) ?? textOf(fm.abstract_short);
  const bioFound = bioFromBody(body);
  const bioRaw = bioFound === null ? null : withoutShortcodes(bioFound);
  const event = {
    id: eventId(loc),
    path: loc.path,
    section: loc.section,
    lang: loc.lang,
    slug,
    title,
    start: startOf.date,
    end: endOf?.date ?? null,
    allDay,
    // With no zone named anywhere, a time written with an offset is shown in that offset ("UTC+11").
    timezone: site.zoneFromOffsets && startReading.offsetMinutes !== null && !startReading.utcMark ? writtenZone(startReading.offsetMinutes) : site.zone,
    date: pageDate?.date ?? startOf.date,
    publishDate: publish?.date ?? null,
    expiryDate: expiry?.date ?? null,
    draft,
    cancelled,
    permalink,
    location: optionalLine(fm.location ?? fm.venue),
    address: addressOf(fm.address),
    speakers,
    abstract: abstract === null ? null : cleanText(abstract),
    summary: summary === null ? null : cleanText(summary),
    bio: bioRaw === null ? null : cleanText(bioRaw),
    eventName: optionalLine(fm.event_name ?? fm.event),
    links: linksOf(fm, { permalink, baseURL: site.baseURL, resources: loc.resources ?? [] })
  };
  if (loc.lang !== null) {
    const key = textOf(fm.translationkey);
    event.translationKey = key ? `key:${key.trim()}` : `path:${loc.section}:${loc.bundle ? loc.contentPath.replace(/\/index$/, "") : loc.contentPath}`;
  }
  event.startNotation = startReading.utcMark ? "Z" : startReading.offsetMinutes !== null ? "offset" : "local";
  const publishReading = publish && publish.key !== "date" ? readings[publish.key] : void 0;
  const keys = {
    end: endOf?.key ?? null,
    start: startOf.key,
    capped: capFields(event),
    dateOnlyStart: startReading.dateOnly && allDayFlag === void 0 ? typeof fm[startOf.key] === "string" ? fm[startOf.key].trim() : null : null,
    publishedWithTalk: !publish || publish.key === "date",
    // Zones are consulted only for a publishDate less than a day before the start (rare).
    publishAtMidnightOfTalkDay: !!publishReading && startOf.date.getTime() - publish.date.getTime() >= 0 && startOf.date.getTime() - publish.date.getTime() < 864e5 && isMidnight(dateInOwnZone(publish.key)) && sameDay(dateInOwnZone(publish.key), dateInOwnZone(startOf.key)),
    buildFuture: site.buildFuture === true
  };
  return { event, keys };
}
function lintEvent(event, keys, decoded, loc) {
  const warn = (key, message) => ({
    path: loc.path,
    line: (key ? decoded.keyLine(key) : decoded.split.frontMatterLine) + 1,
    column: 1,
    message,
    severity: "warning"
  });
  const { title, speakers } = event;
  const warnings = [];
  if (!title) warnings.push(warn("title", "the page has no title: messages would show an empty headline"));
  else if (PLACEHOLDER.test(title)) warnings.push(warn("title", `the title "${truncate(title)}" looks like a placeholder; announcements would go out with it`));
  if (speakers.length === 0)
    warnings.push(warn("summary", 'no speaker found: add speakers: [{name, affiliation, url}], or a summary "Talk by [Name](url) (Affiliation)"'));
  else if (speakers.some((sp) => PLACEHOLDER.test(sp.name))) warnings.push(warn("summary", "the speaker looks like a placeholder (TBA)"));
  if (!event.location) warnings.push(warn("location", 'no location: add location: "Room, Building" (or "Online")'));
  else if (PLACEHOLDER.test(event.location)) warnings.push(warn("location", `the location "${event.location}" looks like a placeholder`));
  if (event.end && event.end.getTime() < event.start.getTime())
    warnings.push(warn(keys.end, `the end (${event.end.toISOString()}) is before the start (${event.start.toISOString()})`));
  if (keys.dateOnlyStart !== null)
    warnings.push(
      warn(
        keys.start,
        `${keys.start}: ${keys.dateOnlyStart} has no time: the talk is announced as an all-day event; give the time as ${keys.start}: ${keys.dateOnlyStart}T15:00:00 (or all_day: true to keep it all day)`
      )
    );
  if (keys.start === "date" && keys.publishedWithTalk && !keys.buildFuture)
    warnings.push(
      warn(
        "date",
        "no publishDate: Hugo publishes this page only when its date, the talk start, has come, so the talk is never announced before it starts; add publishDate: (when the page may go public, e.g. two weeks before)"
      )
    );
  if (keys.publishAtMidnightOfTalkDay)
    warnings.push(warn("publishdate", "publishDate is 00:00 on the day of the talk: it is first announced that morning, hours before it starts; give an earlier publishDate"));
  for (const c of keys.capped)
    warnings.push(
      warn(
        c.key,
        c.field === "speakers" || c.field === "links" ? `${c.length} ${c.field}: messages carry the first ${c.max}` : `${c.key} is ${c.length.toLocaleString("en")} characters long: messages carry the first ${c.max.toLocaleString("en")}`
      )
    );
  return warnings;
}
var NO_AUTHORS = /* @__PURE__ */ new Map();
var sameDay = (a, b) => a.hasSame(b.setZone(a.zone), "day");
var isMidnight = (d) => d.hour === 0 && d.minute === 0;
var PLACEHOLDER = /^(?:.*\b(?:tba|tbd|tbc|to be (?:announced|determined|confirmed)|placeholder|untitled)\b.*|\?+|-+|xxx+)$/i;
function eventId(loc) {
  const id = loc.bundle ? loc.contentPath.replace(/\/index$/, "") : loc.contentPath;
  return loc.translation && loc.lang ? `${id}.${loc.lang}` : id;
}
function toBool(v) {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return ["true", "1", "t", "yes"].includes(v.trim().toLowerCase());
  return false;
}
function optionalLine(v) {
  const t = textOf(v);
  if (t === null) return null;
  const s = normaliseLine(t);
  return s === "" ? null : s;
}
function addressOf(v) {
  if (typeof v === "string") return optionalLine(v);
  if (!v || typeof v !== "object" || Array.isArray(v)) return null;
  const o = v;
  const parts = ["street", "city", "region", "postcode", "country"].map((k) => optionalLine(o[k])).filter((s) => !!s);
  return parts.length > 0 ? parts.join(", ") : null;
}
var LINK_KEYS = [
  ["url_slides", "Slides"],
  ["url_video", "Video"],
  ["url_code", "Code"],
  ["url_pdf", "PDF"],
  ["url_poster", "Poster"],
  ["url_dataset", "Dataset"],
  ["url_project", "Project"],
  ["url_source", "Source"]
];
function linksOf(fm, where) {
  const { permalink } = where;
  const links = [{ name: "Event page", url: permalink }];
  const add = (name, raw) => {
    const t = textOf(raw);
    if (!t) return;
    const resolved = resolveUrl(t.trim(), where);
    if (resolved && !links.some((l) => l.url === resolved)) links.push({ name: normaliseLine(name) || "Link", url: resolved });
  };
  for (const [key, name] of LINK_KEYS) add(name, fm[key]);
  const eventUrl = textOf(fm.event_url);
  if (eventUrl) add(optionalLine(fm.event_name ?? fm.event) ? truncate(optionalLine(fm.event_name ?? fm.event), 40) : "Event", eventUrl);
  for (const key of ["links", "url_custom"]) {
    const list = fm[key];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!item || typeof item !== "object") continue;
      const o = item;
      add(textOf(o.name) ?? textOf(o.type) ?? "Link", o.url);
    }
  }
  return links;
}
function resolveUrl(u, where) {
  if (/^mailto:[^\s]+@[^\s]+$/i.test(u)) return u;
  try {
    let base = where.permalink;
    if (!/^[a-z][a-z0-9+.-]*:/i.test(u) && !u.startsWith("/") && !u.startsWith("#")) {
      const first = u.replace(/^\.\//, "").split(/[/?#]/)[0];
      if (!where.resources.includes(decodeURIComponent(first))) base = new URL(where.baseURL, "https://localhost/").toString();
    }
    const abs = new URL(u, base).toString();
    return isHttpUrl(abs) ? abs : null;
  } catch {
    return null;
  }
}

// src/site/read-pages.ts
var MAX_PAGE_BYTES = 4 * 1024 * 1024;
function readAndParse(jobs, info) {
  const events = [];
  const problems = [];
  for (const job of jobs) {
    const t = readPageText(job.abs);
    if ("error" in t) {
      problems.push({ path: job.loc.path, line: 1, column: 1, message: t.error, severity: "error", eventId: eventId(job.loc) });
      continue;
    }
    const r = parsePage(t.text, job.loc, info);
    if (r.event) {
      events.push(r.event);
      if (t.invalidUtf8Line !== null)
        problems.push({
          path: job.loc.path,
          line: t.invalidUtf8Line,
          column: 1,
          message: 'the page is not valid UTF-8 (saved in another encoding?): what cannot be read shows as "�" in messages; save the file as UTF-8',
          severity: "warning"
        });
      problems.push(...r.warnings);
    } else problems.push(...r.problems);
  }
  return { events, problems };
}
function readPageText(abs) {
  let fd = null;
  try {
    fd = openSync(abs, "r");
    const buf = readBuffer ??= Buffer.allocUnsafe(MAX_PAGE_BYTES + 1);
    let length = 0;
    for (let n; length < buf.length && (n = readSync(fd, buf, length, buf.length - length, null)) > 0; ) length += n;
    if (length > MAX_PAGE_BYTES) {
      const { size } = fstatSync(fd);
      return { error: `the page is ${(size / 1024 / 1024).toFixed(1)} MB; pages over ${MAX_PAGE_BYTES / 1024 / 1024} MB are not read` };
    }
    const bytes = buf.subarray(0, length);
    return { text: buf.toString("utf8", 0, length), invalidUtf8Line: isUtf8(bytes) ? null : firstInvalidLine(bytes) };
  } catch (e) {
    return { error: `cannot read the page: ${e.message}` };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
var readBuffer;
function firstInvalidLine(bytes) {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b === 10) line++;
    const need = b < 128 ? 0 : b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : -1;
    if (need < 0) return line;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 192) !== 128) return line;
    i += need + 1;
  }
  return line;
}

// src/content/translations.ts
function oneVersionPerTalk(events, order) {
  if (!events.some((e) => e.lang !== null)) return { events, hidden: /* @__PURE__ */ new Set() };
  const rank = (e) => {
    const i = e.lang === null ? -1 : order.indexOf(e.lang);
    return i === -1 ? order.length : i;
  };
  const groups = /* @__PURE__ */ new Map();
  for (const e of events) {
    const key = e.translationKey ?? e.id;
    groups.set(key, [...groups.get(key) ?? [], e]);
  }
  const chosen = [];
  const hidden = /* @__PURE__ */ new Set();
  for (const versions of groups.values()) {
    versions.sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
    const [first, ...others] = versions;
    if (others.length > 0) first.translations = others;
    for (const o of others) hidden.add(o.path);
    chosen.push(first);
  }
  return { events: chosen, hidden };
}

// src/site/read-site.ts
var CONTENT_EXT = /\.(md|markdown|html|htm)$/i;
async function readSite(site, opts) {
  assertContentExists(site, opts.sections);
  const language = opts.language?.toLowerCase() ?? null;
  if (language && !site.languages.includes(language))
    throw new ConfigError(`language: "${opts.language}" is not a language of the site (${site.languages.join(", ")}); name one of them, or leave language out`);
  const pages = findEventPages(site, opts.sections);
  const info = {
    baseURL: site.baseURL,
    zone: site.timeZone ?? "UTC",
    zoneFromOffsets: site.timeZone === null && !opts.zoneConfigured,
    permalinks: site.permalinks,
    buildFuture: site.buildFuture,
    authors: readAuthorProfiles(site)
  };
  const read = readAndParse(pages, info);
  const order = [...new Set([language, site.defaultContentLanguage, ...site.languages].filter((l) => !!l))];
  const { events, hidden } = oneVersionPerTalk(read.events, order);
  const problems = read.problems.filter((p) => p.severity === "error" || !hidden.has(p.path));
  events.sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
  return { site, events, problems };
}
function assertContentExists(site, sections) {
  const missingDirs = site.contentDirs.filter((c) => !isDir(path3.join(site.root, c.dir)));
  if (missingDirs.length > 0) {
    const where = site.configFiles[0] ?? "the Hugo configuration";
    const names = missingDirs.map((c) => `${c.dir}/${c.lang ? ` (language ${c.lang})` : ""}`).join(", ");
    throw new ConfigError(
      `the content folder ${names} does not exist in ${site.root}: check contentDir in ${where}` + (site.contentDirs.length > missingDirs.length ? "" : " (Hugo reads content/ when contentDir is not set)")
    );
  }
  const exists = (section) => site.contentDirs.some((c) => isDir(path3.join(site.root, c.dir, section)));
  const dirs = site.contentDirs.map((c) => `${c.dir}/`).join(", ");
  const isDefault = sections.length === DEFAULT_SECTIONS.length && sections.every((s, i) => s === DEFAULT_SECTIONS[i]);
  if (isDefault) {
    if (!sections.some(exists))
      throw new ConfigError(
        `none of the sections ${sections.join(", ")} exists in ${dirs}: name the folder that holds the talks with sections: [<folder>] in announce.config.yaml`
      );
    return;
  }
  const missing = sections.filter((s) => !exists(s));
  if (missing.length > 0)
    throw new ConfigError(
      `the section${missing.length === 1 ? "" : "s"} ${missing.join(", ")} named in sections: of the configuration ${missing.length === 1 ? "does" : "do"} not exist in ${dirs}: check the folder names`
    );
}
function findEventPages(site, sections) {
  const found = [];
  const langs = new Set(site.contentDirs.map((c) => c.lang).filter((l) => !!l));
  const multilingual = langs.size > 0;
  const dirs = /* @__PURE__ */ new Map();
  for (const { dir, lang } of site.contentDirs) dirs.set(dir, [...dirs.get(dir) ?? [], lang]);
  for (const [dir, dirLangs] of dirs) {
    const dirLang = dirLangs.length === 1 ? dirLangs[0] : dirLangs.includes(site.defaultContentLanguage) ? site.defaultContentLanguage : dirLangs[0];
    const contentRoot = path3.join(site.root, dir);
    for (const section of sections) {
      const sectionDir = path3.join(contentRoot, section);
      if (!isDir(sectionDir)) continue;
      walk(sectionDir, `${section}`, (abs, relContent, isBundleIndex, resources) => {
        let noExt = relContent.replace(CONTENT_EXT, "");
        let pageLang = dirLang;
        const langSuffix = /\.([a-z]{2,3}(?:-[a-z]+)?)$/i.exec(noExt);
        const suffixLang = langSuffix?.[1].toLowerCase();
        if (langSuffix && suffixLang && (langs.has(suffixLang) || suffixLang === site.defaultContentLanguage || isBundleIndex)) {
          if (multilingual && langs.has(suffixLang)) pageLang = suffixLang;
          noExt = noExt.slice(0, -langSuffix[0].length);
        }
        const translation = multilingual && pageLang !== null && pageLang !== site.defaultContentLanguage;
        const inSubdir = langs.size > 1 && pageLang !== null && (translation || site.defaultContentLanguageInSubdir);
        found.push({
          abs,
          loc: {
            path: `${dir}/${relContent}`,
            contentPath: noExt,
            bundle: isBundleIndex,
            section,
            lang: multilingual ? pageLang : null,
            langPrefix: inSubdir ? pageLang : null,
            translation,
            ...resources.length > 0 ? { resources } : {}
          }
        });
      });
    }
  }
  found.sort((a, b) => a.loc.path.localeCompare(b.loc.path));
  return found;
}
function readAuthorProfiles(site) {
  const profiles = /* @__PURE__ */ new Map();
  for (const dir of new Set(site.contentDirs.map((c) => c.dir))) {
    const authorsDir = path3.join(site.root, dir, "authors");
    let ids;
    try {
      ids = readdirSync(authorsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    } catch {
      continue;
    }
    for (const id of ids) {
      for (const name of ["_index.md", "index.md"]) {
        let text2;
        try {
          text2 = readFileSync(path3.join(authorsDir, id, name), "utf8");
        } catch {
          continue;
        }
        const decoded = decodePage(text2);
        const profile = decoded.ok ? authorProfile(decoded.fm) : null;
        if (profile && !profiles.has(id)) profiles.set(id, profile);
        break;
      }
    }
  }
  return profiles;
}
function isDir(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
function walk(dir, rel, visit) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const files = entries.filter((e) => e.isFile() && CONTENT_EXT.test(e.name));
  const isIndex = (name) => /^index(\.[a-z-]+)?\.(md|markdown|html|htm)$/i.test(name);
  if (files.some((e) => isIndex(e.name))) {
    const resources = entries.filter((e) => !isIndex(e.name) && !e.name.startsWith(".")).map((e) => e.name);
    for (const f of files) if (isIndex(f.name)) visit(path3.join(dir, f.name), `${rel}/${f.name}`, true, resources);
    return;
  }
  for (const f of files) {
    if (f.name.startsWith("_index.")) continue;
    visit(path3.join(dir, f.name), `${rel}/${f.name}`, false, []);
  }
  for (const e of entries) if (e.isDirectory() && !e.name.startsWith(".")) walk(path3.join(dir, e.name), `${rel}/${e.name}`, visit);
}

// src/context.ts
async function loadContext(opts) {
  const root = path4.resolve(opts.site);
  const { config, site, warnings } = await readConfig(root, { configFile: opts.config, stateFile: opts.state });
  const reading = await readSite(site, { sections: config.sections, language: config.language, zoneConfigured: config.timezoneFrom !== "default" });
  const pagesZone = config.timezoneFrom === "default" ? zoneOfMostPages(reading.events) : null;
  if (pagesZone) Object.assign(config, { timezone: pagesZone.zone, timezoneFrom: "pages" });
  return { config, site, events: reading.events, problems: reading.problems, configWarnings: warnings };
}

// src/commands/problems.ts
function formatProblem(p, env) {
  if (inActions(env)) return scrub(workflowCommand(p.severity, p.message, { file: p.path, line: p.line, col: p.column }), env);
  return scrub(`${p.path}:${p.line}:${p.column}: ${p.severity}: ${p.message}`, env);
}
function printCommandOr(line, opts, stream) {
  if (inActions(opts.env) && opts.command) opts.command(line, stream);
  else opts[stream](line);
}
function problemsToShow(problems, events, now) {
  const upcoming = new Set(events.filter((e) => (e.end ?? e.start).getTime() >= now.getTime()).map((e) => e.path));
  const talks = new Set(events.flatMap((e) => [e.path, ...(e.translations ?? []).map((t) => t.path)]));
  return problems.filter((p) => p.severity === "error" || upcoming.has(p.path) || !talks.has(p.path));
}

export {
  loadContext,
  formatProblem,
  printCommandOr,
  problemsToShow
};
/*! Bundled license information:

smol-toml/dist/error.js:
smol-toml/dist/primitive.js:
smol-toml/dist/date.js:
smol-toml/dist/extract.js:
smol-toml/dist/util.js:
smol-toml/dist/struct.js:
smol-toml/dist/parse.js:
smol-toml/dist/stringify.js:
smol-toml/dist/index.js:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)
*/
