import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));

// src/workflow-commands.ts
var inActions = (env) => env.GITHUB_ACTIONS === "true";
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
var unescapeProperty = (v) => v.replace(/%2C/gi, ",").replace(/%3A/gi, ":").replace(/%0A/gi, "\n").replace(/%0D/gi, "\r").replace(/%25/g, "%");
function workflowCommand(name, message, properties = {}) {
  const props = Object.entries(properties).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
var LINE_START_COMMAND = /(^|\r\n|\r|\n)([^\S\r\n]*)(::|##\[)/g;
function inert(text) {
  return text.replace(
    LINE_START_COMMAND,
    (_m, brk, space, start) => `${brk}${space}${start === "::" ? "%3A%3A" : "%23%23["}`
  );
}
function clip(text, max) {
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  const chars = [...line];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : line;
}
var excerpt = (text, max = 120) => JSON.stringify(clip(text, max));

export {
  inActions,
  escapeProperty,
  unescapeProperty,
  workflowCommand,
  inert,
  clip,
  excerpt
};
