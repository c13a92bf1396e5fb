import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  __commonJS
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/custom.js
var require_custom = __commonJS({
  "node_modules/htmlnano/dist/_modules/custom.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var mod = {
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
    exports.default = mod;
  }
});
export default require_custom();
