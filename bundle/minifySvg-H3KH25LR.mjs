import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  require_helpers
} from "./chunk-JFCZMKL4.mjs";
import {
  __commonJS
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/minifySvg.js
var require_minifySvg = __commonJS({
  "node_modules/htmlnano/dist/_modules/minifySvg.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var helpers_js = require_helpers();
    var mod = {
      async default(tree, options, svgoOptions) {
        const svgo = await helpers_js.optionalImport("svgo");
        if (!svgo) return tree;
        const resolvedSvgoOptions = resolveSvgoOptions(svgoOptions);
        const svgoOptionsWithDefaults = applySvgoDefaults(resolvedSvgoOptions);
        tree.match({
          tag: "svg"
        }, (node) => {
          const svgStr = tree.render(node, {
            closingSingleTag: "slash",
            quoteAllAttributes: true
          });
          try {
            const result = svgo.optimize(svgStr, svgoOptionsWithDefaults);
            node.tag = false;
            node.attrs = {};
            node.content = [
              result.data
            ];
            return node;
          } catch (error) {
            const isSvgoParserError = Boolean(error && typeof error === "object" && "name" in error && error.name === "SvgoParserError");
            if (!isSvgoParserError) {
              if (!options.skipInternalWarnings) {
                console.error("htmlnano fails to minify the svg:");
                console.error(error);
              }
              let fallbackSvgStr;
              try {
                fallbackSvgStr = svgo.optimize(svgStr, {
                  plugins: []
                }).data;
              } catch {
                fallbackSvgStr = svgStr;
              }
              node.tag = false;
              node.attrs = {};
              node.content = [
                fallbackSvgStr
              ];
            }
            return node;
          }
        });
        return tree;
      }
    };
    function resolveSvgoOptions(svgoOptions) {
      if (!svgoOptions || svgoOptions === true) {
        return {};
      }
      return svgoOptions;
    }
    function applySvgoDefaults(svgoOptions) {
      var _svgoOptions_multipass;
      return {
        ...svgoOptions,
        multipass: (_svgoOptions_multipass = svgoOptions.multipass) != null ? _svgoOptions_multipass : true
      };
    }
    exports.default = mod;
  }
});
export default require_minifySvg();
