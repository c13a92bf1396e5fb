import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  require_collapseAttributeWhitespace
} from "./chunk-ZFBXPO5L.mjs";
import "./chunk-JFCZMKL4.mjs";
import {
  __commonJS
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/sortAttributesWithLists.js
var require_sortAttributesWithLists = __commonJS({
  "node_modules/htmlnano/dist/_modules/sortAttributesWithLists.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var collapseAttributeWhitespace_js = require_collapseAttributeWhitespace();
    var validOptions = /* @__PURE__ */ new Set([
      "frequency",
      "alphabetical"
    ]);
    function resolveSortType(options) {
      if (options === true) return "alphabetical";
      if (options === false) return false;
      return validOptions.has(options) ? options : false;
    }
    var ListAttributeTokenChain = class {
      addFromNodeAttrsArray(attrValuesArray) {
        attrValuesArray.forEach((attrValue) => {
          if (!attrValue) {
            return;
          }
          if (this.tokenCounts.has(attrValue)) {
            this.tokenCounts.set(attrValue, this.tokenCounts.get(attrValue) + 1);
          } else {
            this.tokenCounts.set(attrValue, 1);
          }
        });
      }
      createSortOrder() {
        const nextSortOrder = [
          ...this.tokenCounts.entries()
        ];
        nextSortOrder.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        this.sortedTokens = nextSortOrder.map((i) => i[0]);
      }
      sortFromNodeAttrsArray(attrValuesArray) {
        const resultArray = [];
        const tokenCounts = /* @__PURE__ */ new Map();
        attrValuesArray.forEach((attrValue) => {
          var _tokenCounts_get;
          if (!attrValue) {
            return;
          }
          tokenCounts.set(attrValue, ((_tokenCounts_get = tokenCounts.get(attrValue)) != null ? _tokenCounts_get : 0) + 1);
        });
        if (!this.sortedTokens) {
          this.createSortOrder();
        }
        this.sortedTokens.forEach((k) => {
          const count = tokenCounts.get(k);
          if (!count) {
            return;
          }
          for (let i = 0; i < count; i += 1) {
            resultArray.push(k);
          }
        });
        return resultArray;
      }
      constructor() {
        this.tokenCounts = /* @__PURE__ */ new Map();
        this.sortedTokens = null;
      }
    };
    var mod = {
      default(tree, options, moduleOptions) {
        const sortType = resolveSortType(moduleOptions);
        if (sortType === "alphabetical") {
          return sortAttributesWithListsInAlphabeticalOrder(tree);
        }
        if (sortType === "frequency") {
          return sortAttributesWithListsByFrequency(tree);
        }
        return tree;
      }
    };
    var splitListAttributeValues = (attrValue) => attrValue.split(/\s+/).filter(Boolean);
    function walkListAttributes(tree, walkFn) {
      tree.walk((node) => {
        if (!node.attrs) {
          return node;
        }
        const tagName = node.tag ? node.tag.toLowerCase() : void 0;
        Object.entries(node.attrs).forEach(([attrName, attrValues]) => {
          const attrNameLower = attrName.toLowerCase();
          if (!collapseAttributeWhitespace_js.isListAttribute(attrNameLower, tagName) || typeof attrValues !== "string") {
            return;
          }
          walkFn(node.attrs, attrName, attrValues);
        });
        return node;
      });
    }
    function sortAttributesWithListsInAlphabeticalOrder(tree) {
      walkListAttributes(tree, (nodeAttrs, attrName, attrValues) => {
        const values = splitListAttributeValues(attrValues);
        if (values.length < 2) {
          return;
        }
        nodeAttrs[attrName] = values.sort((a, b) => {
          return typeof a.localeCompare === "function" ? a.localeCompare(b) : a - b;
        }).join(" ");
      });
      return tree;
    }
    function sortAttributesWithListsByFrequency(tree) {
      const tokenChainObj = {};
      walkListAttributes(tree, (_nodeAttrs, attrName, attrValues) => {
        const attrNameLower = attrName.toLowerCase();
        tokenChainObj[attrNameLower] = tokenChainObj[attrNameLower] || new ListAttributeTokenChain();
        tokenChainObj[attrNameLower].addFromNodeAttrsArray(splitListAttributeValues(attrValues));
      });
      walkListAttributes(tree, (nodeAttrs, attrName, attrValues) => {
        const attrNameLower = attrName.toLowerCase();
        if (!tokenChainObj[attrNameLower]) {
          return;
        }
        nodeAttrs[attrName] = tokenChainObj[attrNameLower].sortFromNodeAttrsArray(splitListAttributeValues(attrValues)).join(" ");
      });
      return tree;
    }
    exports.default = mod;
  }
});
export default require_sortAttributesWithLists();
