import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  init_helpers,
  isComment,
  isConditionalComment
} from "./chunk-VGTSTQ6U.mjs";
import {
  __esm
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/removeComments.mjs
function isCommentToRemove(text, removeType) {
  if (typeof text !== "string") {
    return false;
  }
  if (!isComment(text)) {
    return false;
  }
  if (removeType === "safe") {
    const commentBody = getCommentBody(text);
    const isNoindex = commentBody ? MATCH_NOINDEX_REGEXP.test(commentBody) : false;
    if (isNoindex) {
      return false;
    }
    const isServerSideExclude = commentBody ? MATCH_SSE_REGEXP.test(commentBody) : false;
    if (isServerSideExclude) {
      return false;
    }
    if (isConditionalComment(text)) {
      return false;
    }
    const isCMSExcerptComment = commentBody ? MATCH_EXCERPT_REGEXP.test(commentBody) : false;
    if (isCMSExcerptComment) {
      return false;
    }
  }
  if (isMatcher(removeType)) {
    return isMatch(text, removeType);
  }
  return true;
}
function isMatch(input, matcher) {
  if (matcher instanceof RegExp) {
    return matcher.test(input);
  }
  if (typeof matcher === "function") {
    return !!matcher(input);
  }
  return false;
}
function normalizeRemoveType(removeType) {
  if (removeType === "all" || removeType === "safe" || isMatcher(removeType)) {
    return removeType;
  }
  if (typeof removeType === "string") {
    const regexp = parseRegexString(removeType);
    if (regexp) {
      return regexp;
    }
  }
  return "safe";
}
function isMatcher(matcher) {
  if (matcher instanceof RegExp || typeof matcher === "function") {
    return true;
  }
  return false;
}
function parseRegexString(value) {
  const literalMatch = value.match(/^\/([\s\S]+)\/([gimsuy]*)$/);
  if (literalMatch) {
    return tryCreateRegExp(literalMatch[1], literalMatch[2]);
  }
  return tryCreateRegExp(value);
}
function tryCreateRegExp(pattern, flags) {
  try {
    return new RegExp(pattern, flags);
  } catch {
    return null;
  }
}
function getCommentBody(text) {
  const trimmed = text.trim();
  const match = trimmed.match(/^<!--([\s\S]*?)-->$/);
  if (!match) {
    return null;
  }
  return match[1];
}
var MATCH_EXCERPT_REGEXP, MATCH_NOINDEX_REGEXP, MATCH_SSE_REGEXP, mod;
var init_removeComments = __esm({
  "node_modules/htmlnano/dist/_modules/removeComments.mjs"() {
    init_helpers();
    MATCH_EXCERPT_REGEXP = /^\s*more\b/i;
    MATCH_NOINDEX_REGEXP = /^\s*\/?\s*noindex\s*$/i;
    MATCH_SSE_REGEXP = /^\s*\/?\s*sse\s*$/i;
    mod = {
      onNode(_, removeType) {
        removeType = normalizeRemoveType(removeType);
        return (node) => {
          if (isCommentToRemove(node, removeType)) {
            return "";
          }
          return node;
        };
      },
      onContent(_, removeType) {
        removeType = normalizeRemoveType(removeType);
        return (contents) => {
          return contents.filter((content) => !isCommentToRemove(content, removeType));
        };
      }
    };
  }
});
init_removeComments();
export {
  mod as default
};
