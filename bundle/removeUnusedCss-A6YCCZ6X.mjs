import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  require_helpers
} from "./chunk-JFCZMKL4.mjs";
import {
  __commonJS
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/removeUnusedCss.js
var require_removeUnusedCss = __commonJS({
  "node_modules/htmlnano/dist/_modules/removeUnusedCss.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var helpers_js = require_helpers();
    var uncssOptions = {
      ignoreSheets: [
        /\s*/
      ],
      stylesheets: []
    };
    function processStyleNodeUnCSS(html, styleNode, uncssOptions2, uncss) {
      const css = helpers_js.extractCssFromStyleNode(styleNode);
      const { strippedCss, isCdataWrapped } = helpers_js.stripCssCdata(css);
      return runUncss(html, strippedCss, uncssOptions2, uncss).then((css2) => {
        if (css2.trim().length === 0) {
          styleNode.tag = false;
          styleNode.content = [];
          return;
        }
        styleNode.content = [
          helpers_js.wrapCssCdata(css2, isCdataWrapped)
        ];
      });
    }
    function runUncss(html, css, userOptions, uncss) {
      if (typeof userOptions !== "object") {
        userOptions = {};
      }
      const options = {
        ...userOptions,
        ...uncssOptions
      };
      return new Promise((resolve, reject) => {
        options.raw = css;
        uncss(html, options, (error, output) => {
          if (error) {
            reject(error);
            return;
          }
          resolve(output);
        });
      });
    }
    var purgeFromHtml = function(tree) {
      const selectors = [];
      tree.walk((node) => {
        const classes = getSelectorTokens(node.attrs && node.attrs.class);
        const ids = getSelectorTokens(node.attrs && node.attrs.id);
        selectors.push(...classes, ...ids);
        if (node.tag) {
          selectors.push(node.tag);
        }
        return node;
      });
      return () => selectors;
    };
    function processStyleNodePurgeCSS(tree, styleNode, purgecssOptions, purgecss, extractor) {
      const css = helpers_js.extractCssFromStyleNode(styleNode);
      const { strippedCss, isCdataWrapped } = helpers_js.stripCssCdata(css);
      return runPurgecss(tree, strippedCss, purgecssOptions, purgecss, extractor).then((css2) => {
        if (css2.trim().length === 0) {
          styleNode.tag = false;
          styleNode.content = [];
          return;
        }
        styleNode.content = [
          helpers_js.wrapCssCdata(css2, isCdataWrapped)
        ];
      });
    }
    function runPurgecss(tree, css, userOptions, purgecss, extractor) {
      if (typeof userOptions !== "object") {
        userOptions = {};
      }
      const options = {
        ...userOptions,
        content: [
          {
            raw: tree.render(),
            extension: "html"
          }
        ],
        css: [
          {
            raw: css,
            // @ts-expect-error -- old purgecss options
            extension: "css"
          }
        ],
        extractors: [
          {
            extractor,
            extensions: [
              "html"
            ]
          }
        ]
      };
      return new purgecss.PurgeCSS().purge(options).then((result) => {
        return result[0].css;
      });
    }
    var mod = {
      async default(tree, options, userOptions) {
        var _resolvedOptions_tool;
        const promises = [];
        let html;
        let extractor;
        const purgecss = await helpers_js.optionalImport("purgecss");
        const uncss = await helpers_js.optionalImport("uncss");
        const resolvedOptions = resolveUserOptions(userOptions);
        const tool = (_resolvedOptions_tool = resolvedOptions.tool) != null ? _resolvedOptions_tool : "purgeCSS";
        const toolOptions = stripToolOption(resolvedOptions);
        tree.walk((node) => {
          if (helpers_js.isStyleNode(node) && helpers_js.isCssStyleType(node)) {
            if (tool === "purgeCSS") {
              if (purgecss) {
                extractor != null ? extractor : extractor = purgeFromHtml(tree);
                promises.push(processStyleNodePurgeCSS(tree, node, toolOptions, purgecss, extractor));
              }
            } else if (tool === "uncss") {
              if (uncss) {
                html != null ? html : html = tree.render(tree);
                promises.push(processStyleNodeUnCSS(html, node, toolOptions, uncss));
              }
            }
          }
          return node;
        });
        return Promise.all(promises).then(() => tree);
      }
    };
    function getSelectorTokens(value) {
      if (typeof value !== "string") {
        return [];
      }
      return value.split(/\s+/).filter(Boolean);
    }
    function resolveUserOptions(userOptions) {
      if (userOptions && typeof userOptions === "object") {
        return userOptions;
      }
      return {};
    }
    function stripToolOption(options) {
      const { tool: _tool, ...rest } = options;
      return rest;
    }
    exports.default = mod;
  }
});
export default require_removeUnusedCss();
