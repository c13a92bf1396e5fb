import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  require_removeRedundantAttributes
} from "./chunk-L3P5K7QM.mjs";
import "./chunk-AB2RRW36.mjs";
export default require_removeRedundantAttributes();
