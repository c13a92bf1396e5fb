import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  __commonJS
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/collapseBooleanAttributes.js
var require_collapseBooleanAttributes = __commonJS({
  "node_modules/htmlnano/dist/_modules/collapseBooleanAttributes.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var htmlBooleanAttributes = /* @__PURE__ */ new Set([
      "allowfullscreen",
      "allowpaymentrequest",
      "allowtransparency",
      "async",
      "autofocus",
      "autoplay",
      "checked",
      "compact",
      "controls",
      "declare",
      "default",
      "defaultchecked",
      "defaultmuted",
      "defaultselected",
      "defer",
      "disabled",
      "enabled",
      "formnovalidate",
      "hidden",
      "indeterminate",
      "inert",
      "ismap",
      "itemscope",
      "loop",
      "multiple",
      "muted",
      "nohref",
      "nomodule",
      "noresize",
      "noshade",
      "novalidate",
      "nowrap",
      "open",
      "pauseonexit",
      "playsinline",
      "readonly",
      "required",
      "reversed",
      "scoped",
      "seamless",
      "selected",
      "sortable",
      "truespeed",
      "typemustmatch",
      "visible"
    ]);
    var amphtmlBooleanAttributes = /* @__PURE__ */ new Set([
      "⚡",
      "amp",
      "⚡4ads",
      "amp4ads",
      "⚡4email",
      "amp4email",
      "amp-custom",
      "amp-boilerplate",
      "amp4ads-boilerplate",
      "amp4email-boilerplate",
      "allow-blocked-ranges",
      "amp-access-hide",
      "amp-access-template",
      "amp-keyframes",
      "animate",
      "arrows",
      "data-block-on-consent",
      "data-enable-refresh",
      "data-multi-size",
      "date-template",
      "disable-double-tap",
      "disable-session-states",
      "disableremoteplayback",
      "dots",
      "expand-single-section",
      "expanded",
      "fallback",
      "first",
      "fullscreen",
      "inline",
      "lightbox",
      "noaudio",
      "noautoplay",
      "noloading",
      "once",
      "open-after-clear",
      "open-after-select",
      "open-button",
      "placeholder",
      "preload",
      "reset-on-refresh",
      "reset-on-resize",
      "resizable",
      "rotate-to-fullscreen",
      "second",
      "standalone",
      "stereo",
      "submit-error",
      "submit-success",
      "submitting",
      "subscriptions-actions",
      "subscriptions-dialog"
    ]);
    var missingValueDefaultEmptyStringAttributes = {
      // https://html.spec.whatwg.org/#attr-media-preload
      audio: {
        preload: "auto"
      },
      video: {
        preload: "auto"
      }
    };
    var tagsHasMissingValueDefaultEmptyStringAttributes = new Set(Object.keys(missingValueDefaultEmptyStringAttributes));
    var mod = {
      onAttrs(options, moduleOptions) {
        return (attrs, node) => {
          if (!node.tag) return attrs;
          const newAttrs = attrs;
          const tagName = node.tag.toLowerCase();
          if (tagsHasMissingValueDefaultEmptyStringAttributes.has(tagName)) {
            const tagAttributesCanBeReplacedWithEmptyString = missingValueDefaultEmptyStringAttributes[tagName];
            for (const attributeName of Object.keys(tagAttributesCanBeReplacedWithEmptyString)) {
              if (attributeName in attrs && typeof attrs[attributeName] === "string" && attrs[attributeName].toLowerCase() === tagAttributesCanBeReplacedWithEmptyString[attributeName]) {
                attrs[attributeName] = true;
              }
            }
          }
          for (const attrName of Object.keys(attrs)) {
            const attrNameLower = attrName.toLowerCase();
            if (attrNameLower === "visible" && tagName.startsWith("a-")) {
              continue;
            }
            if (htmlBooleanAttributes.has(attrNameLower)) {
              newAttrs[attrName] = true;
              continue;
            }
            const attrValue = newAttrs[attrName];
            if (typeof attrValue !== "string") continue;
            const attrValueLower = attrValue.toLowerCase();
            if (moduleOptions.amphtml && amphtmlBooleanAttributes.has(attrNameLower) && (attrValue === "" || attrValueLower === "true" || attrValueLower === attrNameLower)) {
              newAttrs[attrName] = true;
              continue;
            }
            if (attrValue === "") {
              newAttrs[attrName] = true;
              continue;
            }
            if (attrNameLower === "crossorigin" && attrValueLower === "anonymous") {
              newAttrs[attrName] = true;
            }
          }
          return newAttrs;
        };
      }
    };
    exports.default = mod;
  }
});
export default require_collapseBooleanAttributes();
