import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  SAMPLE_SITE,
  sampleEvent,
  sampleInputs,
  sampleTalks
} from "./chunk-AD225MD6.mjs";
import "./chunk-2AK7ZTWB.mjs";
import "./chunk-L6LAZ5CX.mjs";
import "./chunk-YKCVYM4A.mjs";
import "./chunk-EE6UAFIL.mjs";
import "./chunk-CJTSQPZE.mjs";
import "./chunk-H2CRAU5Q.mjs";
import "./chunk-5TF6PVB2.mjs";
export {
  SAMPLE_SITE,
  sampleEvent,
  sampleInputs,
  sampleTalks
};
