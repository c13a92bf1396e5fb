import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  YamlSyntaxError,
  parseYaml
} from "./chunk-E2OKCEHU.mjs";

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

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
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
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
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
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
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
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date2 = new TomlDate(str, type, unsafeDelim);
    if (!date2.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date2;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
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
  const bytes = split.frontMatter.length * 3 <= MAX_FRONT_MATTER_BYTES ? 0 : Buffer.byteLength(split.frontMatter);
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
  return decoded({ split, fm });
}
function decoded({ split, fm }) {
  let lines;
  const keyLine = (key) => split.frontMatterLine + findKeyLine(lines ??= split.frontMatter.split("\n"), key);
  return { ok: true, split, fm, keyLine };
}
function findKeyLine(lines, key) {
  const re = new RegExp(`^\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*[:=]`, "i");
  const i = lines.findIndex((l) => re.test(l));
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

// src/site/walk.ts
var CONTENT_EXT = /\.(md|markdown|html|htm)$/i;
var INDEX = /^index(\.[a-z-]+)?\.(md|markdown|html|htm)$/i;
function makeWalker(fs, maxBytes) {
  const buf = Buffer.allocUnsafe(maxBytes + 1);
  const read = (page, sink) => {
    let fd = null;
    let input;
    try {
      fd = fs.openSync(page.abs, "r");
      let length = 0;
      for (let n; length < buf.length && (n = fs.readSync(fd, buf, length, buf.length - length, null)) > 0; ) length += n;
      input = length > maxBytes ? { tooLarge: fs.fstatSync(fd).size } : { bytes: buf.subarray(0, length) };
    } catch (e) {
      input = { error: e.message };
    } finally {
      if (fd !== null) fs.closeSync(fd);
    }
    sink(page, input);
  };
  const piecesOf = (root, dir, rel) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    const files = entries.filter((e) => e.isFile() && CONTENT_EXT.test(e.name));
    const out = [];
    const page = (name, bundleIndex, resources) => ({ root, abs: `${dir}/${name}`, rel: `${rel}/${name}`, dir: false, bundleIndex, resources });
    if (files.some((e) => INDEX.test(e.name))) {
      const resources = entries.filter((e) => !INDEX.test(e.name) && !e.name.startsWith(".")).map((e) => e.name);
      for (const f of files) if (INDEX.test(f.name)) out.push(page(f.name, true, resources));
      return out;
    }
    for (const f of files) if (!f.name.startsWith("_index.")) out.push(page(f.name, false, []));
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith(".")) out.push({ root, abs: `${dir}/${e.name}`, rel: `${rel}/${e.name}`, dir: true });
    return out;
  };
  const walkUnit = (unit, sink) => {
    if (!unit.dir) return read({ root: unit.root, abs: unit.abs, rel: unit.rel, bundleIndex: unit.bundleIndex, resources: unit.resources }, sink);
    for (const u of piecesOf(unit.root, unit.abs, unit.rel)) walkUnit(u, sink);
  };
  return { units: (roots) => roots.flatMap((r, i) => piecesOf(i, r.abs, r.rel)), walkUnit };
}

// src/site/utf8.ts
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

export {
  parseToml,
  decodePage,
  decoded,
  checkFields,
  CONTENT_EXT,
  makeWalker,
  firstInvalidLine
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
