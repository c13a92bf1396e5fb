import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  PARTIAL_NAMES,
  TEMPLATE_NAMES
} from "./chunk-NID2PTPQ.mjs";
import "./chunk-DHLL2WBJ.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/run/templates.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var BUILTIN_TEMPLATES_DIR = fileURLToPath(new URL("../../templates/", new URL("../src/run/templates.ts", import.meta.url).href));
function readTemplateFile(rel, overrideDir) {
  let file = path.join(BUILTIN_TEMPLATES_DIR, rel);
  if (overrideDir) {
    const candidate = path.join(overrideDir, rel);
    if (existsSync(candidate)) file = candidate;
  }
  try {
    return { file, text: readFileSync(file, "utf8") };
  } catch (err) {
    return { file, unreadable: err.message };
  }
}
function readEmailTemplates(overrideDir) {
  const kinds = Object.fromEntries(TEMPLATE_NAMES.map((k) => [k, readTemplateFile(`${k}.mjml`, overrideDir)]));
  const partials = Object.fromEntries(PARTIAL_NAMES.map((p) => [p, readTemplateFile(`partials/${p}.mjml`, overrideDir)]));
  return { kinds, partials };
}
export {
  BUILTIN_TEMPLATES_DIR,
  readEmailTemplates
};
