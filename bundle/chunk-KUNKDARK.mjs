import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  init_helpers,
  isEventHandler
} from "./chunk-VGTSTQ6U.mjs";
import {
  __esm
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/collapseAttributeWhitespace.mjs
function isListAttribute(attrName, tagName) {
  const attrKey = attrName.toLowerCase();
  const tagSet = attributesWithLists.get(attrKey);
  if (!tagSet) {
    return false;
  }
  if (tagSet.size === 0) {
    return true;
  }
  if (!tagName) {
    return false;
  }
  return tagSet.has(tagName.toLowerCase());
}
function isSingleValueAttribute(attrName, tagName) {
  const attrKey = attrName.toLowerCase();
  const tagSet = attributesWithSingleValue.get(attrKey);
  if (!tagSet) {
    return false;
  }
  if (!tagName) {
    return false;
  }
  if (tagSet.size === 0) {
    return true;
  }
  return tagSet.has(tagName.toLowerCase());
}
var attributesWithLists, attributesWithSingleValue, mod;
var init_collapseAttributeWhitespace = __esm({
  "node_modules/htmlnano/dist/_modules/collapseAttributeWhitespace.mjs"() {
    init_helpers();
    attributesWithLists = /* @__PURE__ */ new Map([
      [
        "class",
        /* @__PURE__ */ new Set()
      ],
      [
        "dropzone",
        /* @__PURE__ */ new Set()
      ],
      [
        "rel",
        /* @__PURE__ */ new Set()
      ],
      [
        "ping",
        /* @__PURE__ */ new Set()
      ],
      [
        "sandbox",
        /* @__PURE__ */ new Set()
      ],
      /**
       * https://github.com/maltsev/htmlnano/issues/180
       * https://developer.mozilla.org/en-US/docs/Web/HTML/Element/link#attr-sizes
       *
       * "sizes" of <img> should not be modified, while "sizes" of <link> is a list of tokens.
       */
      [
        "sizes",
        /* @__PURE__ */ new Set([
          "link"
        ])
      ],
      [
        "headers",
        /* @__PURE__ */ new Set()
      ]
      // td, th
    ]);
    attributesWithSingleValue = /* @__PURE__ */ new Map([
      [
        "accept",
        /* @__PURE__ */ new Set([
          "input"
        ])
      ],
      [
        "action",
        /* @__PURE__ */ new Set([
          "form"
        ])
      ],
      [
        "accesskey",
        /* @__PURE__ */ new Set()
      ],
      [
        "accept-charset",
        /* @__PURE__ */ new Set([
          "form"
        ])
      ],
      [
        "cite",
        /* @__PURE__ */ new Set([
          "blockquote",
          "del",
          "ins",
          "q"
        ])
      ],
      [
        "cols",
        /* @__PURE__ */ new Set([
          "textarea"
        ])
      ],
      [
        "colspan",
        /* @__PURE__ */ new Set([
          "td",
          "th"
        ])
      ],
      [
        "data",
        /* @__PURE__ */ new Set([
          "object"
        ])
      ],
      [
        "dropzone",
        /* @__PURE__ */ new Set()
      ],
      [
        "formaction",
        /* @__PURE__ */ new Set([
          "button",
          "input"
        ])
      ],
      [
        "height",
        /* @__PURE__ */ new Set([
          "canvas",
          "embed",
          "iframe",
          "img",
          "input",
          "object",
          "video"
        ])
      ],
      [
        "high",
        /* @__PURE__ */ new Set([
          "meter"
        ])
      ],
      [
        "href",
        /* @__PURE__ */ new Set([
          "a",
          "area",
          "base",
          "link"
        ])
      ],
      [
        "itemid",
        /* @__PURE__ */ new Set()
      ],
      [
        "low",
        /* @__PURE__ */ new Set([
          "meter"
        ])
      ],
      [
        "manifest",
        /* @__PURE__ */ new Set([
          "html"
        ])
      ],
      [
        "max",
        /* @__PURE__ */ new Set([
          "meter",
          "progress"
        ])
      ],
      [
        "maxlength",
        /* @__PURE__ */ new Set([
          "input",
          "textarea"
        ])
      ],
      [
        "media",
        /* @__PURE__ */ new Set([
          "source"
        ])
      ],
      [
        "min",
        /* @__PURE__ */ new Set([
          "meter"
        ])
      ],
      [
        "minlength",
        /* @__PURE__ */ new Set([
          "input",
          "textarea"
        ])
      ],
      [
        "optimum",
        /* @__PURE__ */ new Set([
          "meter"
        ])
      ],
      [
        "ping",
        /* @__PURE__ */ new Set([
          "a",
          "area"
        ])
      ],
      [
        "poster",
        /* @__PURE__ */ new Set([
          "video"
        ])
      ],
      [
        "profile",
        /* @__PURE__ */ new Set([
          "head"
        ])
      ],
      [
        "rows",
        /* @__PURE__ */ new Set([
          "textarea"
        ])
      ],
      [
        "rowspan",
        /* @__PURE__ */ new Set([
          "td",
          "th"
        ])
      ],
      [
        "size",
        /* @__PURE__ */ new Set([
          "input",
          "select"
        ])
      ],
      [
        "span",
        /* @__PURE__ */ new Set([
          "col",
          "colgroup"
        ])
      ],
      [
        "src",
        /* @__PURE__ */ new Set([
          "audio",
          "embed",
          "iframe",
          "img",
          "input",
          "script",
          "source",
          "track",
          "video"
        ])
      ],
      [
        "start",
        /* @__PURE__ */ new Set([
          "ol"
        ])
      ],
      [
        "step",
        /* @__PURE__ */ new Set([
          "input"
        ])
      ],
      [
        "style",
        /* @__PURE__ */ new Set()
      ],
      [
        "tabindex",
        /* @__PURE__ */ new Set()
      ],
      [
        "usemap",
        /* @__PURE__ */ new Set([
          "img",
          "object"
        ])
      ],
      [
        "value",
        /* @__PURE__ */ new Set([
          "li",
          "meter",
          "progress"
        ])
      ],
      [
        "width",
        /* @__PURE__ */ new Set([
          "canvas",
          "embed",
          "iframe",
          "img",
          "input",
          "object",
          "video"
        ])
      ]
    ]);
    mod = {
      onAttrs() {
        return (attrs, node) => {
          const newAttrs = attrs;
          const tagName = node.tag ? node.tag.toLowerCase() : void 0;
          Object.entries(attrs).forEach(([attrName, attrValue]) => {
            if (typeof attrValue !== "string") return;
            const attrNameLower = attrName.toLowerCase();
            if (isListAttribute(attrNameLower, tagName)) {
              newAttrs[attrName] = attrValue.replace(/\s+/g, " ").trim();
              return;
            }
            if (isEventHandler(attrName)) {
              newAttrs[attrName] = attrValue.trim();
            } else if (isSingleValueAttribute(attrNameLower, tagName)) {
              newAttrs[attrName] = attrValue.trim();
            }
          });
          return newAttrs;
        };
      }
    };
  }
});

export {
  attributesWithLists,
  isListAttribute,
  attributesWithSingleValue,
  isSingleValueAttribute,
  mod,
  init_collapseAttributeWhitespace
};
