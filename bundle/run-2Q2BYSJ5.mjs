import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  digestCommand,
  pageRequester,
  runCommand
} from "./chunk-WQK4LIMK.mjs";
import "./chunk-IHPTL5KM.mjs";
import "./chunk-Y6CFNMGQ.mjs";
import "./chunk-4GXARHDK.mjs";
import "./chunk-2AK7ZTWB.mjs";
import "./chunk-IENKORMQ.mjs";
import "./chunk-PLZKPEHJ.mjs";
import "./chunk-F4G5DFLE.mjs";
import "./chunk-ZJI3GMAH.mjs";
import "./chunk-L6LAZ5CX.mjs";
import "./chunk-HHIG7DP2.mjs";
import "./chunk-DHFTH2S5.mjs";
import "./chunk-IUBXLVNP.mjs";
import "./chunk-YKCVYM4A.mjs";
import "./chunk-EE6UAFIL.mjs";
import "./chunk-CJTSQPZE.mjs";
import "./chunk-H2CRAU5Q.mjs";
import "./chunk-IGII4IPA.mjs";
import "./chunk-E2OKCEHU.mjs";
import "./chunk-UDZUNGT7.mjs";
import "./chunk-DHLL2WBJ.mjs";
import "./chunk-XI3I5RXC.mjs";
import "./chunk-VGGN3EEV.mjs";
import "./chunk-6GQ57CJQ.mjs";
import "./chunk-5TF6PVB2.mjs";
export {
  digestCommand,
  pageRequester,
  runCommand
};
