import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  attributesWithLists,
  attributesWithSingleValue,
  init_collapseAttributeWhitespace,
  isListAttribute,
  isSingleValueAttribute,
  mod
} from "./chunk-KUNKDARK.mjs";
import "./chunk-VGTSTQ6U.mjs";
import "./chunk-AB2RRW36.mjs";
init_collapseAttributeWhitespace();
export {
  attributesWithLists,
  attributesWithSingleValue,
  mod as default,
  isListAttribute,
  isSingleValueAttribute
};
