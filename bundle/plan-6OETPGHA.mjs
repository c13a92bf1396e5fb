import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  describeChanges,
  digestPeriodAt,
  planPublishedSinceForced,
  planRun
} from "./chunk-O25FS4SD.mjs";
import "./chunk-VG3RP6FZ.mjs";
import "./chunk-MCZYSA2I.mjs";
import "./chunk-CMPU4VWF.mjs";
import "./chunk-CBSC5HSP.mjs";
import "./chunk-AB2RRW36.mjs";
export {
  describeChanges,
  digestPeriodAt,
  planPublishedSinceForced,
  planRun
};
