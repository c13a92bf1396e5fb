import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  require_helpers
} from "./chunk-JFCZMKL4.mjs";
import {
  __commonJS
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/mergeScripts.js
var require_mergeScripts = __commonJS({
  "node_modules/htmlnano/dist/_modules/mergeScripts.js"(exports) {
    Object.defineProperty(exports, "__esModule", { value: true });
    var helpers_js = require_helpers();
    function normalizeAttrsForKey(attrs, config) {
      const normalized = {
        ...config.baseAttrs
      };
      for (const [key, value] of Object.entries(attrs || {})) {
        if (config.skippedAttrs.has(key) || value === void 0) {
          continue;
        }
        if (config.booleanAttrs.has(key)) {
          normalized[key] = true;
          continue;
        }
        normalized[key] = value;
      }
      return normalized;
    }
    function normalizeAsyncAttr(attrs) {
      if (!attrs) {
        return;
      }
      if (attrs.async === "") {
        attrs.async = true;
      }
      if (attrs.nomodule === "") {
        attrs.nomodule = true;
      }
    }
    function getScriptType(attrs) {
      const type = attrs.type || "text/javascript";
      return typeof type === "string" ? type.toLowerCase() : "text/javascript";
    }
    function isMergeableScriptType(type) {
      return type === "text/javascript" || type === "application/javascript";
    }
    var booleanAttrs = /* @__PURE__ */ new Set([
      "async",
      "defer",
      "nomodule"
    ]);
    var skippedAttrs = /* @__PURE__ */ new Set([
      "src",
      "integrity",
      "type"
    ]);
    function normalizeScriptAttrsForKey(attrs, scriptType) {
      return normalizeAttrsForKey(attrs, {
        baseAttrs: {
          type: scriptType
        },
        booleanAttrs,
        skippedAttrs
      });
    }
    function buildScriptKey(attrs, scriptType, scriptSrcIndex) {
      const normalizedAttrs = normalizeScriptAttrsForKey(attrs, scriptType);
      const keyObject = {
        index: scriptSrcIndex,
        ...normalizedAttrs
      };
      return JSON.stringify(Object.fromEntries(Object.entries(keyObject).sort()));
    }
    function endsWithLineComment(scriptContent) {
      const lastNewlineIndex = Math.max(scriptContent.lastIndexOf("\n"), scriptContent.lastIndexOf("\r"));
      const lastLine = lastNewlineIndex === -1 ? scriptContent : scriptContent.slice(lastNewlineIndex + 1);
      return /\/\/.*$/.test(lastLine);
    }
    function mergeScriptNodes(scriptNodesIndex, tracking) {
      for (const scriptNodes of Object.values(scriptNodesIndex)) {
        if (scriptNodes.length < 2) {
          continue;
        }
        const lastScriptNode = scriptNodes.pop();
        tracking.mergedScriptNodes.add(lastScriptNode);
        scriptNodes.reverse().forEach((scriptNode) => {
          let scriptContent = helpers_js.extractTextContentFromNode(scriptNode).trim();
          if (!scriptContent) {
            tracking.removedScriptNodes.add(scriptNode);
            scriptNode.tag = false;
            scriptNode.content = [];
            return;
          }
          if (endsWithLineComment(scriptContent)) {
            scriptContent += "\n;";
          } else if (scriptContent.slice(-1) !== ";") {
            scriptContent += ";";
          }
          lastScriptNode.content = lastScriptNode.content || [];
          lastScriptNode.content.unshift(scriptContent);
          tracking.removedScriptNodes.add(scriptNode);
          scriptNode.tag = false;
          scriptNode.content = [];
        });
      }
    }
    var mod = {
      default(tree) {
        const scriptNodesIndex = {};
        const tracking = {
          mergedScriptNodes: /* @__PURE__ */ new WeakSet(),
          removedScriptNodes: /* @__PURE__ */ new WeakSet()
        };
        let scriptSrcIndex = 1;
        tree.match({
          tag: "script"
        }, (node) => {
          const nodeAttrs = node.attrs || {};
          normalizeAsyncAttr(nodeAttrs);
          if ("src" in nodeAttrs || "integrity" in nodeAttrs) {
            scriptSrcIndex++;
            return node;
          }
          const scriptType = getScriptType(nodeAttrs);
          if (!isMergeableScriptType(scriptType)) {
            return node;
          }
          const scriptKey = buildScriptKey(nodeAttrs, scriptType, scriptSrcIndex);
          if (!scriptNodesIndex[scriptKey]) {
            scriptNodesIndex[scriptKey] = [];
          }
          scriptNodesIndex[scriptKey].push(node);
          return node;
        });
        mergeScriptNodes(scriptNodesIndex, tracking);
        return tree;
      }
    };
    exports.default = mod;
  }
});
export default require_mergeScripts();
