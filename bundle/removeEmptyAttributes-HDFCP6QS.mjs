import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  init_helpers,
  isEventHandler
} from "./chunk-VGTSTQ6U.mjs";
import {
  __esm
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/removeEmptyAttributes.mjs
var safeToRemoveAttrs, mod;
var init_removeEmptyAttributes = __esm({
  "node_modules/htmlnano/dist/_modules/removeEmptyAttributes.mjs"() {
    init_helpers();
    safeToRemoveAttrs = {
      id: null,
      class: null,
      style: null,
      title: null,
      lang: null,
      dir: null,
      abbr: [
        "th"
      ],
      accept: [
        "input"
      ],
      "accept-charset": [
        "form"
      ],
      charset: [
        "meta",
        "script"
      ],
      action: [
        "form"
      ],
      cols: [
        "textarea"
      ],
      colspan: [
        "td",
        "th"
      ],
      coords: [
        "area"
      ],
      dirname: [
        "input",
        "textarea"
      ],
      dropzone: null,
      headers: [
        "td",
        "th"
      ],
      form: [
        "button",
        "fieldset",
        "input",
        "keygen",
        "object",
        "output",
        "select",
        "textarea"
      ],
      formaction: [
        "button",
        "input"
      ],
      height: [
        "canvas",
        "embed",
        "iframe",
        "img",
        "input",
        "object",
        "video"
      ],
      high: [
        "meter"
      ],
      href: [
        "link"
      ],
      list: [
        "input"
      ],
      low: [
        "meter"
      ],
      manifest: [
        "html"
      ],
      max: [
        "meter",
        "progress"
      ],
      maxlength: [
        "input",
        "textarea"
      ],
      menu: [
        "button"
      ],
      min: [
        "meter"
      ],
      minlength: [
        "input",
        "textarea"
      ],
      name: [
        "button",
        "fieldset",
        "input",
        "keygen",
        "output",
        "select",
        "textarea",
        "form",
        "map",
        "meta",
        "param",
        "slot"
      ],
      pattern: [
        "input"
      ],
      ping: [
        "a",
        "area"
      ],
      placeholder: [
        "input",
        "textarea"
      ],
      poster: [
        "video"
      ],
      rel: [
        "a",
        "area",
        "link"
      ],
      rows: [
        "textarea"
      ],
      rowspan: [
        "td",
        "th"
      ],
      size: [
        "input",
        "select"
      ],
      span: [
        "col",
        "colgroup"
      ],
      src: [
        "audio",
        "embed",
        "iframe",
        "img",
        "input",
        "script",
        "source",
        "track",
        "video"
      ],
      start: [
        "ol"
      ],
      tabindex: null,
      type: [
        "a",
        "link",
        "button",
        "embed",
        "object",
        "script",
        "source",
        "style",
        "input",
        "menu",
        "menuitem",
        "ol"
      ],
      value: [
        "button",
        "input",
        "li"
      ],
      width: [
        "canvas",
        "embed",
        "iframe",
        "img",
        "input",
        "object",
        "video"
      ]
    };
    mod = {
      onAttrs() {
        return (attrs, node) => {
          const newAttrs = {
            ...attrs
          };
          const tagName = typeof node.tag === "string" ? node.tag.toLowerCase() : "";
          Object.entries(attrs).forEach(([attrName, attrValue]) => {
            const normalizedAttrName = attrName.toLowerCase();
            const safeAttr = safeToRemoveAttrs[normalizedAttrName];
            if (isEventHandler(attrName) || safeAttr !== void 0 && (safeAttr === null || tagName && safeAttr.includes(tagName))) {
              if (attrValue === null || attrValue === void 0) {
                delete newAttrs[attrName];
              } else if (typeof attrValue === "string" && attrValue.trim() === "") {
                delete newAttrs[attrName];
              }
            }
          });
          return newAttrs;
        };
      }
    };
  }
});
init_removeEmptyAttributes();
export {
  mod as default
};
