import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  MOBILE_WIDTH,
  PREVIEW_VERSION,
  renderPreviewFiles
} from "./chunk-CDBN6ZEG.mjs";
import "./chunk-ALNNIUKB.mjs";
import "./chunk-DHLL2WBJ.mjs";
import "./chunk-5TF6PVB2.mjs";
export {
  MOBILE_WIDTH,
  PREVIEW_VERSION,
  renderPreviewFiles
};
