import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  init_helpers,
  optionalImport
} from "./chunk-VGTSTQ6U.mjs";
import {
  __esm
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/minifyUrls.mjs
function getJavaScriptUrlMatch(url) {
  const match = javascriptUrlRegex.exec(url);
  if (!match) return null;
  return {
    leadingWhitespace: match[1],
    code: match[3]
  };
}
function getUrlScheme(value) {
  const match = /^[a-z][a-z0-9+.-]*:/i.exec(value);
  if (!match) return null;
  return match[0].slice(0, -1).toLowerCase();
}
function shouldRelateUrlValue(value) {
  const trimmed = value.trim();
  if (!trimmed) return false;
  if (trimmed.startsWith("#") || trimmed.startsWith("?")) return false;
  const scheme = getUrlScheme(trimmed);
  if (scheme) return scheme === "http" || scheme === "https";
  return true;
}
function relateUrlValue(relateUrl, value) {
  if (!shouldRelateUrlValue(value)) return value;
  try {
    return relateUrl.relate(value);
  } catch {
    return value;
  }
}
function minifyJavaScriptUrl(node, attrName, match, terser) {
  if (!terser) return Promise.resolve();
  const result = jsWrapperStart + match.code + jsWrapperEnd;
  return terser.minify(result, {}).then(({ code }) => {
    if (!code) return;
    const minifiedJs = code.substring(jsWrapperStart.length, code.length - jsWrapperEnd.length);
    node.attrs[attrName] = match.leadingWhitespace + JAVASCRIPT_URL_PROTOCOL + minifiedJs;
  }).catch(() => void 0);
}
var tagsHaveUriValuesForAttributes, tagsHasHrefAttributes, attributesOfImgTagHasUriValues, attributesOfObjectTagHasUriValues, tagsHasCiteAttributes, tagsHasSrcAttributes, isUriTypeAttribute, isSrcsetAttribute, processModuleOptions, isLinkRelCanonical, JAVASCRIPT_URL_PROTOCOL, relateUrlInstance, STORED_URL_BASE, mod, jsWrapperStart, jsWrapperEnd, javascriptUrlRegex;
var init_minifyUrls = __esm({
  "node_modules/htmlnano/dist/_modules/minifyUrls.mjs"() {
    init_helpers();
    tagsHaveUriValuesForAttributes = /* @__PURE__ */ new Set([
      "a",
      "area",
      "link",
      "base",
      "object",
      "blockquote",
      "q",
      "del",
      "ins",
      "form",
      "input",
      "head",
      "audio",
      "embed",
      "iframe",
      "img",
      "script",
      "track",
      "video"
    ]);
    tagsHasHrefAttributes = /* @__PURE__ */ new Set([
      "a",
      "area",
      "link",
      "base"
    ]);
    attributesOfImgTagHasUriValues = /* @__PURE__ */ new Set([
      "src",
      "longdesc",
      "usemap"
    ]);
    attributesOfObjectTagHasUriValues = /* @__PURE__ */ new Set([
      "classid",
      "codebase",
      "data",
      "usemap"
    ]);
    tagsHasCiteAttributes = /* @__PURE__ */ new Set([
      "blockquote",
      "q",
      "ins",
      "del"
    ]);
    tagsHasSrcAttributes = /* @__PURE__ */ new Set([
      "audio",
      "embed",
      "iframe",
      "img",
      "input",
      "script",
      "track",
      "video",
      /**
       * https://html.spec.whatwg.org/#attr-source-src
       *
       * Although most of browsers recommend not to use "src" in <source>,
       * but technically it does comply with HTML Standard.
       */
      "source"
    ]);
    isUriTypeAttribute = (tag, attr) => {
      return tagsHasHrefAttributes.has(tag) && attr === "href" || tag === "img" && attributesOfImgTagHasUriValues.has(attr) || tag === "object" && attributesOfObjectTagHasUriValues.has(attr) || tagsHasCiteAttributes.has(tag) && attr === "cite" || tag === "form" && attr === "action" || tag === "input" && attr === "usemap" || tag === "head" && attr === "profile" || tag === "script" && attr === "for" || tagsHasSrcAttributes.has(tag) && attr === "src";
    };
    isSrcsetAttribute = (tag, attr) => {
      return tag === "source" && attr === "srcset" || tag === "img" && attr === "srcset" || tag === "link" && attr === "imagesrcset";
    };
    processModuleOptions = (options) => {
      if (typeof options === "string") return options;
      if (options instanceof URL) return options.toString();
      return false;
    };
    isLinkRelCanonical = ({ tag, attrs }) => {
      if (tag !== "link" || !attrs) return false;
      for (const [attrName, attrValue] of Object.entries(attrs)) {
        if (attrName.toLowerCase() === "rel" && attrValue === "canonical") return true;
      }
      return false;
    };
    JAVASCRIPT_URL_PROTOCOL = "javascript:";
    mod = {
      async default(tree, options, moduleOptions) {
        const RelateUrl = await optionalImport("relateurl");
        const srcset = await optionalImport("srcset");
        const terser = await optionalImport("terser");
        const promises = [];
        const urlBase = processModuleOptions(moduleOptions);
        if (!urlBase) return tree;
        if (!relateUrlInstance || STORED_URL_BASE !== urlBase) {
          if (RelateUrl) {
            relateUrlInstance = new RelateUrl(urlBase);
          }
          STORED_URL_BASE = urlBase;
        }
        tree.walk((node) => {
          if (!node.attrs) return node;
          if (!node.tag) return node;
          if (!tagsHaveUriValuesForAttributes.has(node.tag)) return node;
          if (isLinkRelCanonical(node)) return node;
          for (const [attrName, attrValue] of Object.entries(node.attrs)) {
            const attrNameLower = attrName.toLowerCase();
            if (isUriTypeAttribute(node.tag, attrNameLower)) {
              if (typeof attrValue !== "string") continue;
              const javascriptMatch = getJavaScriptUrlMatch(attrValue);
              if (javascriptMatch) {
                promises.push(minifyJavaScriptUrl(node, attrName, javascriptMatch, terser));
                continue;
              }
              if (relateUrlInstance) {
                node.attrs[attrName] = relateUrlValue(relateUrlInstance, attrValue);
              }
              continue;
            }
            if (isSrcsetAttribute(node.tag, attrNameLower)) {
              if (srcset && typeof attrValue === "string") {
                try {
                  const parsedSrcset = srcset.parseSrcset(attrValue, {
                    strict: true
                  });
                  node.attrs[attrName] = srcset.stringifySrcset(parsedSrcset.map((item) => {
                    if (relateUrlInstance) {
                      item.url = relateUrlValue(relateUrlInstance, item.url);
                    }
                    return item;
                  }));
                } catch {
                }
              }
              continue;
            }
          }
          return node;
        });
        if (promises.length > 0) return Promise.all(promises).then(() => tree);
        return Promise.resolve(tree);
      }
    };
    jsWrapperStart = "function a(){";
    jsWrapperEnd = "}a();";
    javascriptUrlRegex = /^(\s*)(javascript:)([\s\S]*)$/i;
  }
});
init_minifyUrls();
export {
  mod as default
};
