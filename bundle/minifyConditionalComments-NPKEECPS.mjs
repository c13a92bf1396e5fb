import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  require_dist
} from "./chunk-VXD2UN2O.mjs";
import "./chunk-SNQWA77M.mjs";
import "./chunk-PPYV7GKH.mjs";
import {
  require_helpers
} from "./chunk-JFCZMKL4.mjs";
import {
  __commonJS
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/minifyConditionalComments.js
var require_minifyConditionalComments = __commonJS({
  "node_modules/htmlnano/dist/_modules/minifyConditionalComments.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var htmlnano = require_dist();
    var helpers_js = require_helpers();
    function _interopDefault(e) {
      return e && e.__esModule ? e : { default: e };
    }
    var htmlnano__default = /* @__PURE__ */ _interopDefault(htmlnano);
    var CONDITIONAL_COMMENT_HIDDEN_REGEXP = /(<!--\[if\s+?[^<>[\]]+?]>)([\s\S]*?)(<!\[endif\]-->)/gm;
    var CONDITIONAL_COMMENT_REVEALED_REGEXP = /(<!--\[if\s+?[^<>[\]]+?\]><!-->)([\s\S]*?)(<!--<!\[endif\]-->)/gm;
    async function minifyConditionalComments(tree, htmlnanoOptions) {
      for (let i = 0, len = tree.length; i < len; i++) {
        const node = tree[i];
        if (typeof node === "string") {
          if (helpers_js.isConditionalComment(node)) {
            tree[i] = await minifyContentInsideConditionalComments(node, htmlnanoOptions);
          }
        } else if (node.content && node.content.length) {
          node.content = await minifyConditionalComments(node.content, htmlnanoOptions);
        }
      }
      return tree;
    }
    var mod = {
      default: minifyConditionalComments
    };
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
        const processed = await htmlnano__default.default.process(match.content, htmlnanoOptions, {}, {});
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
    exports.default = mod;
  }
});
export default require_minifyConditionalComments();
