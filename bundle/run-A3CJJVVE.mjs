import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  channelTargets,
  executeRun,
  indexes,
  messageInput,
  planFor,
  recordOf
} from "./chunk-NHQVIBFP.mjs";
import "./chunk-2M5JV6TR.mjs";
import "./chunk-O25FS4SD.mjs";
import "./chunk-VG3RP6FZ.mjs";
import "./chunk-MCZYSA2I.mjs";
import "./chunk-CMPU4VWF.mjs";
import "./chunk-CBSC5HSP.mjs";
import "./chunk-AB2RRW36.mjs";
export {
  channelTargets,
  executeRun,
  indexes,
  messageInput,
  planFor,
  recordOf
};
