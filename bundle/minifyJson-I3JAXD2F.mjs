import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  init_helpers,
  normalizeMimeType
} from "./chunk-VGTSTQ6U.mjs";
import {
  __esm
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/minifyJson.mjs
var rNodeAttrsTypeJson, mod;
var init_minifyJson = __esm({
  "node_modules/htmlnano/dist/_modules/minifyJson.mjs"() {
    init_helpers();
    rNodeAttrsTypeJson = /(?:\/|\+)json$/i;
    mod = {
      onContent() {
        return (content, node) => {
          if (node.attrs && "integrity" in node.attrs) {
            return content;
          }
          const nodeType = node.attrs && typeof node.attrs.type === "string" ? normalizeMimeType(node.attrs.type) : void 0;
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
  }
});
init_minifyJson();
export {
  mod as default
};
