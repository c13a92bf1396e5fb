import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  SAMPLE_SITE,
  sampleEvent,
  sampleInputs,
  sampleTalks
} from "./chunk-XMEKVYC2.mjs";
import "./chunk-F7YHUHAU.mjs";
import "./chunk-L6LAZ5CX.mjs";
import "./chunk-DG736ZTJ.mjs";
import "./chunk-SIOJ4DF4.mjs";
import "./chunk-H2CRAU5Q.mjs";
import "./chunk-5TF6PVB2.mjs";
export {
  SAMPLE_SITE,
  sampleEvent,
  sampleInputs,
  sampleTalks
};
