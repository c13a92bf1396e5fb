import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  init_helpers,
  isComment
} from "./chunk-VGTSTQ6U.mjs";
import {
  __esm
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/removeEmptyElements.mjs
function normalizeOptions(moduleOptions) {
  if (typeof moduleOptions === "object" && moduleOptions) {
    return {
      removeWithAttributes: moduleOptions.removeWithAttributes === true
    };
  }
  return {
    removeWithAttributes: false
  };
}
function hasAttributes(node) {
  return !!node.attrs && Object.keys(node.attrs).length > 0;
}
function isIgnorableText(text) {
  return isComment(text) || text.trim() === "";
}
function isEmptyContent(content) {
  if (!content) {
    return true;
  }
  const contentArray = Array.isArray(content) ? content : [
    content
  ];
  if (contentArray.length === 0) {
    return true;
  }
  return contentArray.every((child) => typeof child === "string" && isIgnorableText(child));
}
function shouldRemoveNode(node, options) {
  if (!node.tag || typeof node.tag !== "string") {
    return false;
  }
  if (voidElements.has(node.tag.toLowerCase())) {
    return false;
  }
  if (!options.removeWithAttributes && hasAttributes(node)) {
    return false;
  }
  return isEmptyContent(node.content);
}
function pruneNodes(nodes, options) {
  const result = [];
  for (const node of nodes) {
    if (typeof node === "string") {
      result.push(node);
      continue;
    }
    if (node.content) {
      const contentArray = Array.isArray(node.content) ? node.content : [
        node.content
      ];
      node.content = pruneNodes(contentArray, options);
    }
    if (shouldRemoveNode(node, options)) {
      continue;
    }
    result.push(node);
  }
  return result;
}
var voidElements, mod;
var init_removeEmptyElements = __esm({
  "node_modules/htmlnano/dist/_modules/removeEmptyElements.mjs"() {
    init_helpers();
    voidElements = /* @__PURE__ */ new Set([
      "area",
      "base",
      "br",
      "col",
      "embed",
      "hr",
      "img",
      "input",
      "link",
      "meta",
      "param",
      "source",
      "track",
      "wbr"
    ]);
    mod = {
      default(tree, _options, moduleOptions) {
        const normalizedOptions = normalizeOptions(moduleOptions);
        const pruned = pruneNodes(tree, normalizedOptions);
        tree.splice(0, tree.length, ...pruned);
        return tree;
      }
    };
  }
});
init_removeEmptyElements();
export {
  mod as default
};
