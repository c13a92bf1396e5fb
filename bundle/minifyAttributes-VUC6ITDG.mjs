import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  init_collapseAttributeWhitespace,
  isListAttribute,
  isSingleValueAttribute
} from "./chunk-KUNKDARK.mjs";
import {
  init_helpers,
  isEventHandler
} from "./chunk-VGTSTQ6U.mjs";
import {
  __esm
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/minifyAttributes.mjs
function isAsciiWhitespace(char) {
  return asciiWhitespace.has(char);
}
function isAsciiDigit(char) {
  return char >= "0" && char <= "9";
}
function skipAsciiWhitespace(input, start) {
  let pos = start;
  while (pos < input.length && isAsciiWhitespace(input[pos])) {
    pos += 1;
  }
  return pos;
}
function minifyMetaRefreshValue(value) {
  const input = value;
  let pos = skipAsciiWhitespace(input, 0);
  const timeStart = pos;
  while (pos < input.length && isAsciiDigit(input[pos])) {
    pos += 1;
  }
  if (pos === timeStart) return null;
  const time = input.slice(timeStart, pos);
  while (pos < input.length) {
    const ch = input[pos];
    if (isAsciiDigit(ch) || ch === ".") {
      pos += 1;
      continue;
    }
    break;
  }
  pos = skipAsciiWhitespace(input, pos);
  if (pos >= input.length) return time;
  const separator = input[pos];
  if (separator !== ";" && separator !== ",") return null;
  pos += 1;
  pos = skipAsciiWhitespace(input, pos);
  if (pos >= input.length) return time;
  let hasUrlPrefix = false;
  if (input[pos] === "u" || input[pos] === "U") {
    if (pos + 2 < input.length) {
      const maybeUrl = input.slice(pos, pos + 3);
      if (maybeUrl.toLowerCase() === "url") {
        let prefixPos = skipAsciiWhitespace(input, pos + 3);
        if (prefixPos < input.length && input[prefixPos] === "=") {
          prefixPos = skipAsciiWhitespace(input, prefixPos + 1);
          hasUrlPrefix = true;
          pos = prefixPos;
        }
      }
    }
  }
  if (pos >= input.length) return time;
  const firstUrlChar = input[pos];
  if (firstUrlChar === '"' || firstUrlChar === "'") {
    if (!hasUrlPrefix) return null;
    const quote = firstUrlChar;
    const urlStart = pos + 1;
    const quoteIndex = input.indexOf(quote, urlStart);
    const url2 = quoteIndex === -1 ? input.slice(urlStart) : input.slice(urlStart, quoteIndex);
    if (!url2) return time;
    const closingQuote = quoteIndex === -1 ? "" : quote;
    return `${time}${separator} URL=${quote}${url2}${closingQuote}`;
  }
  const url = input.slice(pos).trim();
  if (!url) return time;
  return `${time}${separator} ${url}`;
}
function isMetaRefresh(attrs, tagName) {
  if (!tagName || tagName.toLowerCase() !== "meta") return false;
  const httpEquiv = attrs["http-equiv"];
  if (typeof httpEquiv !== "string") return false;
  return httpEquiv.trim().toLowerCase() === "refresh";
}
function normalizeOptions(moduleOptions) {
  if (moduleOptions && typeof moduleOptions === "object") {
    let redundantWhitespaces = defaultOptions.redundantWhitespaces;
    if (moduleOptions.redundantWhitespaces === "aggressive") {
      redundantWhitespaces = "agressive";
    } else if (moduleOptions.redundantWhitespaces === "safe" || moduleOptions.redundantWhitespaces === "agressive" || moduleOptions.redundantWhitespaces === false) {
      redundantWhitespaces = moduleOptions.redundantWhitespaces;
    }
    return {
      metaContent: moduleOptions.metaContent !== false,
      redundantWhitespaces
    };
  }
  return defaultOptions;
}
function collapseWhitespace(value) {
  return value.replace(/\s+/g, " ").trim();
}
function minifyAttributeWhitespace(mode, attrName, attrValue, tagName) {
  if (!mode) {
    return null;
  }
  const attrNameLower = attrName.toLowerCase();
  if (isListAttribute(attrNameLower, tagName)) {
    const collapsed = collapseWhitespace(attrValue);
    return collapsed === attrValue ? null : collapsed;
  }
  if (isEventHandler(attrName)) {
    const trimmed = attrValue.trim();
    return trimmed === attrValue ? null : trimmed;
  }
  if (isSingleValueAttribute(attrNameLower, tagName)) {
    const trimmed = attrValue.trim();
    return trimmed === attrValue ? null : trimmed;
  }
  if (mode === "agressive") {
    const trimmed = attrValue.trim();
    return trimmed === attrValue ? null : trimmed;
  }
  return null;
}
var asciiWhitespace, defaultOptions, mod;
var init_minifyAttributes = __esm({
  "node_modules/htmlnano/dist/_modules/minifyAttributes.mjs"() {
    init_helpers();
    init_collapseAttributeWhitespace();
    asciiWhitespace = /* @__PURE__ */ new Set([
      "	",
      "\n",
      "\f",
      "\r",
      " "
    ]);
    defaultOptions = {
      metaContent: true,
      redundantWhitespaces: "safe"
    };
    mod = {
      onAttrs(_options, moduleOptions) {
        const normalizedOptions = normalizeOptions(moduleOptions);
        return (attrs, node) => {
          const tagName = typeof node.tag === "string" ? node.tag.toLowerCase() : void 0;
          if (normalizedOptions.metaContent && isMetaRefresh(attrs, tagName)) {
            const content = attrs.content;
            if (typeof content === "string") {
              const minified = minifyMetaRefreshValue(content);
              if (minified !== null && minified !== content) {
                attrs.content = minified;
              }
            }
          }
          if (normalizedOptions.redundantWhitespaces) {
            Object.entries(attrs).forEach(([attrName, attrValue]) => {
              if (typeof attrValue !== "string") return;
              const minified = minifyAttributeWhitespace(normalizedOptions.redundantWhitespaces, attrName, attrValue, tagName);
              if (minified !== null) {
                attrs[attrName] = minified;
              }
            });
          }
          return attrs;
        };
      }
    };
  }
});
init_minifyAttributes();
export {
  mod as default
};
