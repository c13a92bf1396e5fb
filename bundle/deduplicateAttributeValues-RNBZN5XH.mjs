import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  require_collapseAttributeWhitespace
} from "./chunk-ZFBXPO5L.mjs";
import "./chunk-JFCZMKL4.mjs";
import {
  __commonJS
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/deduplicateAttributeValues.js
var require_deduplicateAttributeValues = __commonJS({
  "node_modules/htmlnano/dist/_modules/deduplicateAttributeValues.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var collapseAttributeWhitespace_js = require_collapseAttributeWhitespace();
    var caseInsensitiveListAttributes = /* @__PURE__ */ new Set([
      "rel",
      "sandbox",
      "dropzone",
      "sizes"
    ]);
    function getDeduplicationKey(attrNameLower, attrValue) {
      if (!caseInsensitiveListAttributes.has(attrNameLower)) {
        return attrValue;
      }
      return attrValue.toLowerCase();
    }
    var mod = {
      onAttrs() {
        return (attrs, node) => {
          const newAttrs = attrs;
          const tagName = node.tag ? node.tag.toLowerCase() : void 0;
          Object.keys(attrs).forEach((attrName) => {
            const attrNameLower = attrName.toLowerCase();
            if (!collapseAttributeWhitespace_js.isListAttribute(attrNameLower, tagName)) {
              return;
            }
            if (typeof attrs[attrName] !== "string") {
              return;
            }
            const attrValues = attrs[attrName].split(/\s/);
            const uniqueAttrValues = /* @__PURE__ */ new Set();
            const deduplicatedAttrValues = [];
            attrValues.forEach((attrValue) => {
              if (!attrValue) {
                deduplicatedAttrValues.push("");
                return;
              }
              const deduplicationKey = getDeduplicationKey(attrNameLower, attrValue);
              if (uniqueAttrValues.has(deduplicationKey)) {
                return;
              }
              deduplicatedAttrValues.push(attrValue);
              uniqueAttrValues.add(deduplicationKey);
            });
            newAttrs[attrName] = deduplicatedAttrValues.join(" ");
          });
          return newAttrs;
        };
      }
    };
    exports.default = mod;
  }
});
export default require_deduplicateAttributeValues();
