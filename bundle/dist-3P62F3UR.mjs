import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  require_dist
} from "./chunk-VXD2UN2O.mjs";
import "./chunk-SNQWA77M.mjs";
import "./chunk-PPYV7GKH.mjs";
import "./chunk-AB2RRW36.mjs";
export default require_dist();
