import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  init_collapseAttributeWhitespace,
  isListAttribute
} from "./chunk-KUNKDARK.mjs";
import "./chunk-VGTSTQ6U.mjs";
import {
  __esm
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/deduplicateAttributeValues.mjs
function getDeduplicationKey(attrNameLower, attrValue) {
  if (!caseInsensitiveListAttributes.has(attrNameLower)) {
    return attrValue;
  }
  return attrValue.toLowerCase();
}
var caseInsensitiveListAttributes, mod;
var init_deduplicateAttributeValues = __esm({
  "node_modules/htmlnano/dist/_modules/deduplicateAttributeValues.mjs"() {
    init_collapseAttributeWhitespace();
    caseInsensitiveListAttributes = /* @__PURE__ */ new Set([
      "rel",
      "sandbox",
      "dropzone",
      "sizes"
    ]);
    mod = {
      onAttrs() {
        return (attrs, node) => {
          const newAttrs = attrs;
          const tagName = node.tag ? node.tag.toLowerCase() : void 0;
          Object.keys(attrs).forEach((attrName) => {
            const attrNameLower = attrName.toLowerCase();
            if (!isListAttribute(attrNameLower, tagName)) {
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
  }
});
init_deduplicateAttributeValues();
export {
  mod as default
};
