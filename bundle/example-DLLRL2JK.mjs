import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  __esm
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/_modules/example.mjs
var mod;
var init_example = __esm({
  "node_modules/htmlnano/dist/_modules/example.mjs"() {
    mod = {
      /**
       * Modify attributes of node. Optional.
       *
       * @param {Partial<import('../types').HtmlnanoOptions>} options - Options that were passed to htmlnano
       * @param {ModuleOptions} moduleOptions — Module options. For most modules this is just "true" (indication that the module was enabled)
       * @return {Function} - Return a function that takes attribute object and the node (for the context), and returns the modified attribute object
       */
      onAttrs(options, moduleOptions) {
        return (attrs, node) => {
          const newAttrs = {
            ...attrs
          };
          return newAttrs;
        };
      },
      /**
       * Modify content of node. Optional.
       *
       * @param {Partial<import('../types').HtmlnanoOptions>} options - Options that were passed to htmlnano
       * @param {ModuleOptions} moduleOptions — Module options. For most modules this is just "true" (indication that the module was enabled)
       * @return {Function} - Return a function that takes contents (an array of node and string) and the node (for the context), and returns the modified content array.
       */
      onContent(options, moduleOptions) {
        return (content, node) => {
          return content;
        };
      },
      /**
       * It is possible to modify entire node as well. Optional.
       * @param {Partial<import('../types').HtmlnanoOptions>} options - Options that were passed to htmlnano
       * @param {ModuleOptions} moduleOptions — Module options. For most modules this is just "true" (indication that the module was enabled)
       * @return {Function} - Return a function that takes the node, and returns the new, modified node.
       */
      onNode(options, moduleOptions) {
        return (node) => {
          return node;
        };
      },
      /**
       * If you need to access the entire tree (for context like previous and next nodes, parent nodes, etc.)
       * Modify the entire tree. Optional.
       *
       * @param {import('../types').PostHTMLTreeLike} tree - PostHTML tree (https://github.com/posthtml/posthtml/blob/master/README.md)
       * @param {Partial<import('../types').HtmlnanoOptions>} options - Options that were passed to htmlnano
       * @param {ModuleOptions} moduleOptions — Module options. For most modules this is just "true" (indication that the module was enabled)
       * @return {object | Promise} - Return the modified tree.
       */
      default(tree, moduleOptions) {
        tree.walk((node) => {
          return node;
        });
        return tree;
      }
    };
  }
});
init_example();
export {
  mod as default
};
