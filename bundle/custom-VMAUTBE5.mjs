import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  __esm
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/custom.mjs
var mod;
var init_custom = __esm({
  "node_modules/htmlnano/dist/_modules/custom.mjs"() {
    mod = {
      default: function custom(tree, options, customModules) {
        if (!customModules) {
          return tree;
        }
        if (!Array.isArray(customModules)) {
          customModules = [
            customModules
          ];
        }
        customModules.forEach((customModule) => {
          if (customModule) {
            tree = customModule(tree, options);
          }
        });
        return tree;
      }
    };
  }
});
init_custom();
export {
  mod as default
};
