import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  getRequiredOptionalDependencies,
  htmlMinimizerWebpackPluginMinify,
  htmlnano,
  init_dist,
  loadConfig,
  presets,
  process
} from "./chunk-C4LDAV4X.mjs";
import "./chunk-SNQWA77M.mjs";
import "./chunk-PPYV7GKH.mjs";
import "./chunk-AB2RRW36.mjs";
init_dist();
export {
  htmlnano as default,
  getRequiredOptionalDependencies,
  htmlMinimizerWebpackPluginMinify,
  loadConfig,
  presets,
  process
};
