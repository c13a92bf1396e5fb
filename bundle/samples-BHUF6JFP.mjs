import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  SAMPLE_SITE,
  sampleEvent,
  sampleInputs,
  sampleTalks
} from "./chunk-ECILGPWM.mjs";
import "./chunk-EMZ46UEO.mjs";
import "./chunk-BUHB3PLS.mjs";
import "./chunk-N42HBIFI.mjs";
import "./chunk-5TF6PVB2.mjs";
export {
  SAMPLE_SITE,
  sampleEvent,
  sampleInputs,
  sampleTalks
};
