import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  digestCommand,
  pageRequester,
  runCommand
} from "./chunk-VZ7EQAOG.mjs";
import "./chunk-IHPTL5KM.mjs";
import "./chunk-FKQ5VWX3.mjs";
import "./chunk-4GXARHDK.mjs";
import "./chunk-BEBQ2ASX.mjs";
import "./chunk-TRIWOPXK.mjs";
import "./chunk-PLZKPEHJ.mjs";
import "./chunk-L6LAZ5CX.mjs";
import "./chunk-DHFTH2S5.mjs";
import "./chunk-CJAN676Y.mjs";
import "./chunk-H2CRAU5Q.mjs";
import "./chunk-KKHFOQS4.mjs";
import "./chunk-ZJI3GMAH.mjs";
import "./chunk-CFS4J3CZ.mjs";
import "./chunk-EE6UAFIL.mjs";
import "./chunk-CJTSQPZE.mjs";
import "./chunk-DHLL2WBJ.mjs";
import "./chunk-HHIG7DP2.mjs";
import "./chunk-XI3I5RXC.mjs";
import "./chunk-VGGN3EEV.mjs";
import "./chunk-6GQ57CJQ.mjs";
import "./chunk-5TF6PVB2.mjs";
export {
  digestCommand,
  pageRequester,
  runCommand
};
