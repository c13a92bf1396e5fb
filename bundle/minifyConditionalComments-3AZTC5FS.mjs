import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  htmlnano,
  init_dist
} from "./chunk-C4LDAV4X.mjs";
import {
  init_helpers,
  isConditionalComment
} from "./chunk-VGTSTQ6U.mjs";
import "./chunk-SNQWA77M.mjs";
import "./chunk-PPYV7GKH.mjs";
import {
  __esm
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/minifyConditionalComments.mjs
async function minifyConditionalComments(tree, htmlnanoOptions) {
  for (let i = 0, len = tree.length; i < len; i++) {
    const node = tree[i];
    if (typeof node === "string") {
      if (isConditionalComment(node)) {
        tree[i] = await minifyContentInsideConditionalComments(node, htmlnanoOptions);
      }
    } else if (node.content && node.content.length) {
      node.content = await minifyConditionalComments(node.content, htmlnanoOptions);
    }
  }
  return tree;
}
function collectConditionalCommentMatches(text, regexp) {
  const matches = [];
  regexp.lastIndex = 0;
  let match;
  while ((match = regexp.exec(text)) !== null) {
    matches.push({
      start: match.index,
      end: match.index + match[0].length,
      open: match[1],
      content: match[2],
      close: match[3]
    });
  }
  return matches;
}
function hasHtmlOpeningWithoutClosing(content) {
  return /<html\b/i.test(content) && !/<\/html>/i.test(content);
}
async function minifyContentInsideConditionalComments(text, htmlnanoOptions) {
  const matches = [
    ...collectConditionalCommentMatches(text, CONDITIONAL_COMMENT_HIDDEN_REGEXP),
    ...collectConditionalCommentMatches(text, CONDITIONAL_COMMENT_REVEALED_REGEXP)
  ].sort((a, b) => a.start - b.start);
  if (!matches.length) {
    return Promise.resolve(text);
  }
  let result = "";
  let lastIndex = 0;
  for (const match of matches) {
    result += text.slice(lastIndex, match.start);
    const processed = await htmlnano.process(match.content, htmlnanoOptions, {}, {});
    let minified = processed.html;
    if (hasHtmlOpeningWithoutClosing(match.content) && /<\/html>/i.test(minified)) {
      minified = minified.replace(/<\/html>/i, "");
    }
    result += match.open + minified + match.close;
    lastIndex = match.end;
  }
  result += text.slice(lastIndex);
  return result;
}
var CONDITIONAL_COMMENT_HIDDEN_REGEXP, CONDITIONAL_COMMENT_REVEALED_REGEXP, mod;
var init_minifyConditionalComments = __esm({
  "node_modules/htmlnano/dist/_modules/minifyConditionalComments.mjs"() {
    init_dist();
    init_helpers();
    CONDITIONAL_COMMENT_HIDDEN_REGEXP = /(<!--\[if\s+?[^<>[\]]+?]>)([\s\S]*?)(<!\[endif\]-->)/gm;
    CONDITIONAL_COMMENT_REVEALED_REGEXP = /(<!--\[if\s+?[^<>[\]]+?\]><!-->)([\s\S]*?)(<!--<!\[endif\]-->)/gm;
    mod = {
      default: minifyConditionalComments
    };
  }
});
init_minifyConditionalComments();
export {
  mod as default
};
