import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  digestCommand,
  pageRequester,
  runCommand
} from "./chunk-XZJ3TP6R.mjs";
import "./chunk-AQ4NBNRL.mjs";
import "./chunk-R5UR4G63.mjs";
import "./chunk-T4RTFADA.mjs";
import "./chunk-PLZKPEHJ.mjs";
import "./chunk-P3AQOZDL.mjs";
import "./chunk-4GXARHDK.mjs";
import "./chunk-ZJI3GMAH.mjs";
import "./chunk-F7YHUHAU.mjs";
import "./chunk-L6LAZ5CX.mjs";
import "./chunk-HHIG7DP2.mjs";
import "./chunk-DHFTH2S5.mjs";
import "./chunk-6FEC6BLK.mjs";
import "./chunk-DG736ZTJ.mjs";
import "./chunk-SIOJ4DF4.mjs";
import "./chunk-H2CRAU5Q.mjs";
import "./chunk-IGII4IPA.mjs";
import "./chunk-E2OKCEHU.mjs";
import "./chunk-IANHIJVZ.mjs";
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
