import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  require_helpers
} from "./chunk-JFCZMKL4.mjs";
import {
  __commonJS
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/mergeStyles.js
var require_mergeStyles = __commonJS({
  "node_modules/htmlnano/dist/_modules/mergeStyles.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var helpers_js = require_helpers();
    function normalizeAttrsForKey(attrs, config) {
      const normalized = {
        ...config.baseAttrs
      };
      for (const [key, value] of Object.entries(attrs || {})) {
        if (config.skippedAttrs.has(key) || value === void 0) {
          continue;
        }
        if (config.booleanAttrs.has(key)) {
          normalized[key] = true;
          continue;
        }
        normalized[key] = value;
      }
      return normalized;
    }
    var booleanAttrs = /* @__PURE__ */ new Set([
      "amp-custom",
      "disabled"
    ]);
    var skippedAttrs = /* @__PURE__ */ new Set([
      "type",
      "media"
    ]);
    function normalizeStyleType(attrs) {
      if (!attrs || typeof attrs.type !== "string") {
        return "text/css";
      }
      const type = attrs.type.trim();
      return type ? type.toLowerCase() : "text/css";
    }
    function normalizeStyleMedia(attrs) {
      if (!attrs || typeof attrs.media !== "string") {
        return "all";
      }
      const media = attrs.media.trim();
      return media ? media.replace(/\s+/g, " ").toLowerCase() : "all";
    }
    function normalizeStyleAttrsForKey(attrs) {
      return normalizeAttrsForKey(attrs, {
        booleanAttrs,
        skippedAttrs
      });
    }
    function buildStyleKey(attrs) {
      const keyObject = {
        type: normalizeStyleType(attrs),
        media: normalizeStyleMedia(attrs),
        ...normalizeStyleAttrsForKey(attrs)
      };
      return JSON.stringify(Object.fromEntries(Object.entries(keyObject).sort()));
    }
    function extractStyleTextContent(node) {
      if (typeof node.content === "string") {
        return node.content;
      }
      return helpers_js.extractTextContentFromNode(node);
    }
    var mod = {
      default(tree) {
        const styleNodes = {};
        tree.match({
          tag: "style"
        }, (node) => {
          if (typeof node !== "object" || !node.tag || !node.content) return node;
          const nodeAttrs = node.attrs || {};
          if ("scoped" in nodeAttrs || "integrity" in nodeAttrs) {
            return node;
          }
          if (helpers_js.isAmpBoilerplate(node)) {
            return node;
          }
          const styleKey = buildStyleKey(nodeAttrs);
          if (styleKey in styleNodes) {
            var _styleNodes_styleKey, _content;
            const styleContent = extractStyleTextContent(node);
            (_content = (_styleNodes_styleKey = styleNodes[styleKey]).content) != null ? _content : _styleNodes_styleKey.content = [];
            styleNodes[styleKey].content.push(" " + styleContent);
            return "";
          }
          node.content = node.content || [];
          styleNodes[styleKey] = node;
          return node;
        });
        return tree;
      }
    };
    exports.default = mod;
  }
});
export default require_mergeStyles();
