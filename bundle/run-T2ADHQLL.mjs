import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  digestCommand,
  pageRequester,
  runCommand
} from "./chunk-VH4WIS4C.mjs";
import "./chunk-3KIO2SDH.mjs";
import "./chunk-NGXWV2FJ.mjs";
import "./chunk-4GXARHDK.mjs";
import "./chunk-PLM5ND4B.mjs";
import "./chunk-4YSTRUPR.mjs";
import "./chunk-R2XP5T5G.mjs";
import "./chunk-L6LAZ5CX.mjs";
import "./chunk-DHFTH2S5.mjs";
import "./chunk-A76MAOCT.mjs";
import "./chunk-H2CRAU5Q.mjs";
import "./chunk-LVHVLERY.mjs";
import "./chunk-ZJI3GMAH.mjs";
import "./chunk-JZKZ5X2C.mjs";
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
