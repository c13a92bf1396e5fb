import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  __esm
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/sortAttributes.mjs
function resolveSortType(options) {
  if (options === true) return "alphabetical";
  if (options === false) return false;
  return validOptions.has(options) ? options : false;
}
function sortAttributesInAlphabeticalOrder(tree) {
  tree.walk((node) => {
    if (!node.attrs) {
      return node;
    }
    node.attrs = Object.fromEntries(Object.entries(node.attrs).sort(([attrA], [attrB]) => attrA.localeCompare(attrB)));
    return node;
  });
  return tree;
}
function sortAttributesByFrequency(tree) {
  const tokenchain = new AttributeTokenChain();
  tree.walk((node) => {
    if (!node.attrs) {
      return node;
    }
    tokenchain.addFromNodeAttrs(node.attrs);
    return node;
  });
  tree.walk((node) => {
    if (!node.attrs) {
      return node;
    }
    node.attrs = tokenchain.sortFromNodeAttrs(node.attrs);
    return node;
  });
  return tree;
}
var validOptions, AttributeTokenChain, mod;
var init_sortAttributes = __esm({
  "node_modules/htmlnano/dist/_modules/sortAttributes.mjs"() {
    validOptions = /* @__PURE__ */ new Set([
      "frequency",
      "alphabetical"
    ]);
    AttributeTokenChain = class {
      addFromNodeAttrs(nodeAttrs) {
        Object.keys(nodeAttrs).forEach((attrName) => {
          const attrNameLower = attrName.toLowerCase();
          if (this.freqData.has(attrNameLower)) {
            this.freqData.set(attrNameLower, this.freqData.get(attrNameLower) + 1);
          } else {
            this.freqData.set(attrNameLower, 1);
          }
        });
      }
      createSortOrder() {
        const _sortOrder = [
          ...this.freqData.entries()
        ];
        _sortOrder.sort((a, b) => {
          const freqDiff = b[1] - a[1];
          if (freqDiff !== 0) return freqDiff;
          return a[0].localeCompare(b[0]);
        });
        this.sortOrder = _sortOrder.map((i) => i[0]);
      }
      sortFromNodeAttrs(nodeAttrs) {
        const newAttrs = {};
        const loweredNodeAttrs = {};
        Object.entries(nodeAttrs).forEach(([attrName, attrValue]) => {
          const attrNameLower = attrName.toLowerCase();
          if (!loweredNodeAttrs[attrNameLower]) {
            loweredNodeAttrs[attrNameLower] = {
              name: attrName,
              value: attrValue
            };
          }
        });
        if (!this.sortOrder) {
          this.createSortOrder();
        }
        const seen = /* @__PURE__ */ new Set();
        this.sortOrder.forEach((attrNameLower) => {
          const originalAttr = loweredNodeAttrs[attrNameLower];
          if (originalAttr != null) {
            newAttrs[originalAttr.name] = originalAttr.value;
            seen.add(attrNameLower);
          }
        });
        Object.entries(loweredNodeAttrs).forEach(([attrNameLower, originalAttr]) => {
          if (!seen.has(attrNameLower)) {
            newAttrs[originalAttr.name] = originalAttr.value;
          }
        });
        return newAttrs;
      }
      constructor() {
        this.freqData = /* @__PURE__ */ new Map();
        this.sortOrder = null;
      }
    };
    mod = {
      default(tree, options, moduleOptions) {
        const sortType = resolveSortType(moduleOptions);
        if (sortType === "alphabetical") {
          return sortAttributesInAlphabeticalOrder(tree);
        }
        if (sortType === "frequency") {
          return sortAttributesByFrequency(tree);
        }
        return tree;
      }
    };
  }
});
init_sortAttributes();
export {
  mod as default
};
