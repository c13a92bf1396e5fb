import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  init_removeRedundantAttributes,
  mod,
  redundantScriptTypes
} from "./chunk-WQIWCHLM.mjs";
import "./chunk-AB2RRW36.mjs";
init_removeRedundantAttributes();
export {
  mod as default,
  redundantScriptTypes
};
