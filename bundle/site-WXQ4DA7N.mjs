import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import "./chunk-74XZJE6R.mjs";
import {
  isPublished,
  publishState,
  readSite
} from "./chunk-VG3RP6FZ.mjs";
import "./chunk-MCZYSA2I.mjs";
import "./chunk-CMPU4VWF.mjs";
import "./chunk-AB2RRW36.mjs";
export {
  isPublished,
  publishState,
  readSite
};
