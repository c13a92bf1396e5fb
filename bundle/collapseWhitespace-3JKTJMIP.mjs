import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  require_helpers
} from "./chunk-JFCZMKL4.mjs";
import {
  __commonJS
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/collapseWhitespace.js
var require_collapseWhitespace = __commonJS({
  "node_modules/htmlnano/dist/_modules/collapseWhitespace.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var helpers_js = require_helpers();
    var noWhitespaceCollapseElements = /* @__PURE__ */ new Set([
      "script",
      "style",
      "pre",
      "textarea",
      "template"
    ]);
    var noTrimWhitespacesArroundElements = /* @__PURE__ */ new Set([
      // non-empty tags that will maintain whitespace around them
      "a",
      "abbr",
      "acronym",
      "b",
      "bdi",
      "bdo",
      "big",
      "button",
      "cite",
      "code",
      "del",
      "dfn",
      "em",
      "font",
      "i",
      "ins",
      "kbd",
      "label",
      "mark",
      "math",
      "nobr",
      "object",
      "q",
      "rp",
      "rt",
      "rtc",
      "ruby",
      "s",
      "samp",
      "select",
      "small",
      "span",
      "strike",
      "strong",
      "sub",
      "sup",
      "svg",
      "textarea",
      "time",
      "tt",
      "u",
      "var",
      // self-closing tags that will maintain whitespace around them
      "comment",
      "img",
      "input",
      "wbr"
    ]);
    var noTrimWhitespacesInsideElements = /* @__PURE__ */ new Set([
      // non-empty tags that will maintain whitespace within them
      "a",
      "abbr",
      "acronym",
      "b",
      "bdi",
      "bdo",
      "big",
      "cite",
      "code",
      "del",
      "dfn",
      "em",
      "font",
      "i",
      "ins",
      "kbd",
      "label",
      "mark",
      "nobr",
      "q",
      "rp",
      "rt",
      "rtc",
      "ruby",
      "s",
      "samp",
      "small",
      "span",
      "strike",
      "strong",
      "sub",
      "sup",
      "time",
      "tt",
      "u",
      "var"
    ]);
    var startsWithWhitespacePattern = /^\s/;
    var endsWithWhitespacePattern = /\s$/;
    var multipleWhitespacePattern = /[\t\n\f\r ]+/g;
    var NONE = "";
    var SINGLE_SPACE = " ";
    var validOptions = [
      "all",
      "aggressive",
      "conservative"
    ];
    function collapseWhitespace(tree, options, collapseType, parent) {
      collapseType = validOptions.includes(collapseType) ? collapseType : "conservative";
      tree.forEach((node, index) => {
        const prevNode = tree[index - 1];
        const nextNode = tree[index + 1];
        if (typeof node === "string") {
          const parentNodeTag = parent == null ? void 0 : parent.node.tag;
          const isTopLevel = parentNodeTag == null || parentNodeTag === "html" || parentNodeTag === "head";
          const shouldTrim = isTopLevel || collapseType === "all" || collapseType === "aggressive";
          node = collapseRedundantWhitespaces(node, collapseType, shouldTrim, parent, prevNode, nextNode);
        } else if (node.tag) {
          var _node_content;
          const isAllowCollapseWhitespace = !noWhitespaceCollapseElements.has(node.tag);
          if (isAllowCollapseWhitespace && ((_node_content = node.content) == null ? void 0 : _node_content.length)) {
            node.content = collapseWhitespace(node.content, options, collapseType, {
              node,
              prevNode
            });
          }
        }
        tree[index] = node;
      });
      return tree;
    }
    function collapseRedundantWhitespaces(text, collapseType, shouldTrim = false, parent, prevNode, nextNode) {
      if (!text || text.length === 0) {
        return NONE;
      }
      if (!helpers_js.isComment(text)) {
        text = text.replace(multipleWhitespacePattern, SINGLE_SPACE);
      }
      if (shouldTrim) {
        if (collapseType === "all" || collapseType === "conservative") {
          return text.trim();
        }
        if (collapseType === "aggressive" && text.trim().length === 0 && (isTrimmableAroundNode(prevNode) || prevNode == null) && (isTrimmableAroundNode(nextNode) || nextNode == null) && !(isCommentNode(prevNode) && isCommentNode(nextNode))) {
          return NONE;
        }
        if (typeof parent !== "object" || !(parent == null ? void 0 : parent.node.tag) || !noTrimWhitespacesInsideElements.has(parent.node.tag)) {
          if (
            // It is the first child node of the parent
            !prevNode || typeof prevNode === "object" && prevNode.tag && !noTrimWhitespacesArroundElements.has(prevNode.tag)
          ) {
            text = text.trimStart();
          } else {
            if (
              // but previous node ends with a whitespace
              typeof prevNode === "object" && prevNode.content
            ) {
              const prevNodeLastContent = prevNode.content[prevNode.content.length - 1];
              if (typeof prevNodeLastContent === "string" && endsWithWhitespacePattern.test(prevNodeLastContent) && (!nextNode || // or the next node starts with a white space
              typeof nextNode === "object" && nextNode.content && typeof nextNode.content[0] === "string" && !startsWithWhitespacePattern.test(nextNode.content[0]))) {
                text = text.trimStart();
              }
            }
          }
          if (!nextNode || typeof nextNode === "object" && nextNode.tag && !noTrimWhitespacesArroundElements.has(nextNode.tag)) {
            text = text.trimEnd();
          }
        } else {
          var _parent_prevNode_;
          if (!prevNode && startsWithWhitespacePattern.test(text[0]) && typeof (parent == null ? void 0 : parent.prevNode) === "string" && endsWithWhitespacePattern.test((_parent_prevNode_ = parent.prevNode[parent.prevNode.length - 1]) != null ? _parent_prevNode_ : "")) {
            text = text.trimStart();
          }
        }
      }
      return text;
    }
    function isTrimmableAroundNode(node) {
      if (!node) return true;
      if (typeof node === "string") return helpers_js.isComment(node);
      return typeof node.tag === "string" && !noTrimWhitespacesArroundElements.has(node.tag);
    }
    function isCommentNode(node) {
      return typeof node === "string" && helpers_js.isComment(node);
    }
    var mod = {
      default: collapseWhitespace
    };
    exports.default = mod;
  }
});
export default require_collapseWhitespace();
