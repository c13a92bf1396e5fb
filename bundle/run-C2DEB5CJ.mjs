import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  digestCommand,
  pageRequester,
  runCommand
} from "./chunk-3LFTWIA5.mjs";
import "./chunk-3KIO2SDH.mjs";
import "./chunk-YDLP7I5Q.mjs";
import "./chunk-4GXARHDK.mjs";
import "./chunk-TXJT423G.mjs";
import "./chunk-GUCKZRKG.mjs";
import "./chunk-PLZKPEHJ.mjs";
import "./chunk-L6LAZ5CX.mjs";
import "./chunk-DHFTH2S5.mjs";
import "./chunk-MNAJW2VZ.mjs";
import "./chunk-H2CRAU5Q.mjs";
import "./chunk-INBNROUD.mjs";
import "./chunk-ZJI3GMAH.mjs";
import "./chunk-IWL7D4QV.mjs";
import "./chunk-O2G2ZT5B.mjs";
import "./chunk-PGGPQ64P.mjs";
import "./chunk-GIF56G6H.mjs";
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
