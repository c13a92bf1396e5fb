import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  init_helpers,
  isComment
} from "./chunk-VGTSTQ6U.mjs";
import {
  __esm
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/removeOptionalTags.mjs
function isEmptyTextNode(node) {
  if (typeof node === "string" && node.trim() === "") {
    return true;
  }
  return false;
}
function isEmptyNode(node) {
  if (!node.content) {
    return true;
  }
  if (node.content.length) {
    return !node.content.filter((n) => typeof n === "string" && isEmptyTextNode(n) ? false : true).length;
  }
  return true;
}
function getFirstChildTag(node, nonEmpty = true) {
  if (node.content && node.content.length) {
    if (nonEmpty) {
      for (const childNode of node.content) {
        if (typeof childNode !== "string") return childNode;
        if (!isEmptyTextNode(childNode)) return childNode;
      }
    } else {
      return node.content[0] || null;
    }
  }
  return null;
}
function getPrevNode(tree, currentNodeIndex, nonEmpty = false) {
  if (nonEmpty) {
    for (let i = currentNodeIndex - 1; i >= 0; i--) {
      const node = tree[i];
      if (typeof node !== "string" && node.tag) return node;
      if (!isEmptyTextNode(node)) return node;
    }
  } else {
    return tree[currentNodeIndex - 1] || null;
  }
  return null;
}
function getNextNode(tree, currentNodeIndex, nonEmpty = false) {
  if (nonEmpty) {
    for (let i = currentNodeIndex + 1; i < tree.length; i++) {
      const node = tree[i];
      if (typeof node !== "string") return node;
      if (!isEmptyTextNode(node)) return node;
    }
  } else {
    return tree[currentNodeIndex + 1] || null;
  }
  return null;
}
function omitTag(node) {
  const optionalTagNode = node;
  optionalTagNode.optionalTagName = typeof node.tag === "string" ? node.tag : void 0;
  node.tag = false;
}
function getNodeTagName(node) {
  if (node.tag) return node.tag;
  const optionalTagNode = node;
  return optionalTagNode.optionalTagName || false;
}
function removeOptionalTags(tree) {
  tree.forEach((node, index) => {
    if (typeof node === "string") return node;
    if (!node.tag) return node;
    if (node.attrs && Object.keys(node.attrs).length) return node;
    const prevNode = getPrevNode(tree, index);
    const nextNode = getNextNode(tree, index);
    const firstChildNode = getFirstChildTag(node, false);
    if (node.tag === "html") {
      let isHtmlStartTagCanBeOmitted = true;
      let isHtmlEndTagCanBeOmitted = true;
      if (typeof firstChildNode === "string" && isComment(firstChildNode)) {
        isHtmlStartTagCanBeOmitted = false;
      }
      if (typeof nextNode === "string" && isComment(nextNode)) {
        isHtmlEndTagCanBeOmitted = false;
      }
      if (isHtmlStartTagCanBeOmitted && isHtmlEndTagCanBeOmitted) {
        omitTag(node);
      }
    }
    if (node.tag === "head") {
      let isHeadStartTagCanBeOmitted = false;
      let isHeadEndTagCanBeOmitted = true;
      if (isEmptyNode(node) || firstChildNode && typeof firstChildNode === "object" && firstChildNode.tag) {
        isHeadStartTagCanBeOmitted = true;
      }
      if (nextNode && typeof nextNode === "string" && (startWithWhitespacePattern.test(nextNode) || isComment(nextNode))) {
        isHeadEndTagCanBeOmitted = false;
      }
      if (isHeadStartTagCanBeOmitted && isHeadEndTagCanBeOmitted) {
        omitTag(node);
      }
    }
    if (node.tag === "body") {
      let isBodyStartTagCanBeOmitted = true;
      let isBodyEndTagCanBeOmitted = true;
      if (typeof firstChildNode === "string" && startWithWhitespacePattern.test(firstChildNode) || typeof firstChildNode === "string" && isComment(firstChildNode)) {
        isBodyStartTagCanBeOmitted = false;
      }
      if (firstChildNode && typeof firstChildNode === "object" && firstChildNode.tag && bodyStartTagCantBeOmittedWithFirstChildTags.has(firstChildNode.tag)) {
        isBodyStartTagCanBeOmitted = false;
      }
      if (nextNode && typeof nextNode === "string" && isComment(nextNode)) {
        isBodyEndTagCanBeOmitted = false;
      }
      if (isBodyStartTagCanBeOmitted && isBodyEndTagCanBeOmitted) {
        omitTag(node);
      }
    }
    if (node.tag === "colgroup") {
      let isColgroupStartTagCanBeOmitted = false;
      let isColgroupEndTagCanBeOmitted = true;
      if (firstChildNode && typeof firstChildNode === "object" && firstChildNode.tag && firstChildNode.tag === "col") {
        isColgroupStartTagCanBeOmitted = true;
      }
      if (prevNode && typeof prevNode === "object" && getNodeTagName(prevNode) === "colgroup") {
        isColgroupStartTagCanBeOmitted = false;
      }
      if (nextNode && typeof nextNode === "string" && (startWithWhitespacePattern.test(nextNode) || isComment(nextNode))) {
        isColgroupEndTagCanBeOmitted = false;
      }
      if (isColgroupStartTagCanBeOmitted && isColgroupEndTagCanBeOmitted) {
        omitTag(node);
      }
    }
    if (node.tag === "tbody") {
      let isTbodyStartTagCanBeOmitted = false;
      let isTbodyEndTagCanBeOmitted = true;
      if (firstChildNode && typeof firstChildNode === "object" && firstChildNode.tag && firstChildNode.tag === "tr") {
        isTbodyStartTagCanBeOmitted = true;
      }
      if (prevNode && typeof prevNode === "object") {
        const prevTagName = getNodeTagName(prevNode);
        if (prevTagName && tbodyStartTagCantBeOmittedWithPrecededTags.has(prevTagName)) {
          isTbodyStartTagCanBeOmitted = false;
        }
      }
      if (nextNode && typeof nextNode === "object") {
        const nextTagName = getNodeTagName(nextNode);
        if (nextTagName && tbodyEndTagCantBeOmittedWithFollowedTags.has(nextTagName)) {
          isTbodyEndTagCanBeOmitted = false;
        }
      }
      if (isTbodyStartTagCanBeOmitted && isTbodyEndTagCanBeOmitted) {
        omitTag(node);
      }
    }
    if (node.content && node.content.length) {
      removeOptionalTags(node.content);
    }
    return node;
  });
  return tree;
}
var startWithWhitespacePattern, bodyStartTagCantBeOmittedWithFirstChildTags, tbodyStartTagCantBeOmittedWithPrecededTags, tbodyEndTagCantBeOmittedWithFollowedTags, mod;
var init_removeOptionalTags = __esm({
  "node_modules/htmlnano/dist/_modules/removeOptionalTags.mjs"() {
    init_helpers();
    startWithWhitespacePattern = /^\s+/;
    bodyStartTagCantBeOmittedWithFirstChildTags = /* @__PURE__ */ new Set([
      "meta",
      "link",
      "script",
      "style",
      "template"
    ]);
    tbodyStartTagCantBeOmittedWithPrecededTags = /* @__PURE__ */ new Set([
      "tbody",
      "thead",
      "tfoot"
    ]);
    tbodyEndTagCantBeOmittedWithFollowedTags = /* @__PURE__ */ new Set([
      "tbody",
      "tfoot"
    ]);
    mod = {
      default: removeOptionalTags
    };
  }
});
init_removeOptionalTags();
export {
  mod as default
};
