import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  require_helpers
} from "./chunk-JFCZMKL4.mjs";
import {
  __commonJS
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/minifyJson.js
var require_minifyJson = __commonJS({
  "node_modules/htmlnano/dist/_modules/minifyJson.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var helpers_js = require_helpers();
    var rNodeAttrsTypeJson = /(?:\/|\+)json$/i;
    var mod = {
      onContent() {
        return (content, node) => {
          if (node.attrs && "integrity" in node.attrs) {
            return content;
          }
          const nodeType = node.attrs && typeof node.attrs.type === "string" ? helpers_js.normalizeMimeType(node.attrs.type) : void 0;
          if (nodeType && rNodeAttrsTypeJson.test(nodeType)) {
            try {
              const jsonContent = typeof content === "string" ? content : Array.isArray(content) && content.every((item) => typeof item === "string") ? content.join("") : null;
              if (jsonContent === null) {
                return content;
              }
              return [
                JSON.stringify(JSON.parse(jsonContent))
              ];
            } catch {
            }
          }
          return content;
        };
      }
    };
    exports.default = mod;
  }
});
export default require_minifyJson();
