import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  __esm
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/removeAttributeQuotes.mjs
var mod;
var init_removeAttributeQuotes = __esm({
  "node_modules/htmlnano/dist/_modules/removeAttributeQuotes.mjs"() {
    mod = {
      default: function removeAttributeQuotes(tree, _options, moduleOptions) {
        var _tree, _options1, _tree_options, _quoteAllAttributes;
        (_options1 = (_tree = tree).options) != null ? _options1 : _tree.options = {};
        if (moduleOptions && typeof moduleOptions === "object" && moduleOptions.force) {
          tree.options.quoteAllAttributes = false;
          return tree;
        }
        (_quoteAllAttributes = (_tree_options = tree.options).quoteAllAttributes) != null ? _quoteAllAttributes : _tree_options.quoteAllAttributes = false;
        return tree;
      }
    };
  }
});
init_removeAttributeQuotes();
export {
  mod as default
};
