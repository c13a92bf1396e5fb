import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  extractTextContentFromNode,
  init_helpers,
  isAmpBoilerplate
} from "./chunk-VGTSTQ6U.mjs";
import {
  __esm
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/mergeStyles.mjs
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
  return extractTextContentFromNode(node);
}
var booleanAttrs, skippedAttrs, mod;
var init_mergeStyles = __esm({
  "node_modules/htmlnano/dist/_modules/mergeStyles.mjs"() {
    init_helpers();
    booleanAttrs = /* @__PURE__ */ new Set([
      "amp-custom",
      "disabled"
    ]);
    skippedAttrs = /* @__PURE__ */ new Set([
      "type",
      "media"
    ]);
    mod = {
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
          if (isAmpBoilerplate(node)) {
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
  }
});
init_mergeStyles();
export {
  mod as default
};
