import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  require_dist,
  require_lib
} from "./chunk-SNQWA77M.mjs";
import {
  __esm,
  __glob,
  __toESM
} from "./chunk-AB2RRW36.mjs";

// node_modules/htmlnano/dist/presets/safe.mjs
var safe;
var init_safe = __esm({
  "node_modules/htmlnano/dist/presets/safe.mjs"() {
    safe = {
      /* ----------------------------------------
       * Attributes
       * ---------------------------------------- */
      // normalize the case of attribute names and values
      // normalizeAttributeValues will also normalize property value with invalid value default
      // See https://html.spec.whatwg.org/#invalid-value-default
      normalizeAttributeValues: true,
      removeEmptyAttributes: true,
      collapseAttributeWhitespace: true,
      // removeRedundantAttributes will remove attributes when missing value default matches the attribute's value
      // See https://html.spec.whatwg.org/#missing-value-default
      removeRedundantAttributes: false,
      // collapseBooleanAttributes will also collapse those default state can be omitted
      collapseBooleanAttributes: {
        amphtml: false
      },
      deduplicateAttributeValues: true,
      minifyAttributes: {
        metaContent: true,
        redundantWhitespaces: "safe"
      },
      minifyUrls: false,
      sortAttributes: false,
      sortAttributesWithLists: "alphabetical",
      /* ----------------------------------------
       * Minify HTML content
       * ---------------------------------------- */
      collapseWhitespace: "conservative",
      removeComments: "safe",
      removeEmptyElements: false,
      minifyConditionalComments: false,
      removeOptionalTags: false,
      removeAttributeQuotes: false,
      /* ----------------------------------------
       * Minify inline <style>, <script> and <svg> tag
       * ---------------------------------------- */
      mergeStyles: false,
      mergeScripts: false,
      minifyCss: {
        preset: "default"
      },
      minifyHtmlTemplate: true,
      minifyJs: {},
      minifyJson: true,
      minifySvg: {
        plugins: [
          {
            name: "preset-default",
            params: {
              overrides: {
                collapseGroups: false,
                convertShapeToPath: false
              }
            }
          }
        ]
      },
      removeUnusedCss: false,
      /* ----------------------------------------
       * Miscellaneous
       * ---------------------------------------- */
      custom: (tree, _options) => tree
    };
  }
});

// node_modules/htmlnano/dist/presets/ampSafe.mjs
var ampSafe;
var init_ampSafe = __esm({
  "node_modules/htmlnano/dist/presets/ampSafe.mjs"() {
    init_safe();
    ampSafe = {
      ...safe,
      collapseBooleanAttributes: {
        amphtml: true
      },
      minifyJs: false
    };
  }
});

// node_modules/htmlnano/dist/presets/max.mjs
var max;
var init_max = __esm({
  "node_modules/htmlnano/dist/presets/max.mjs"() {
    init_safe();
    max = {
      ...safe,
      removeRedundantAttributes: true,
      sortAttributes: true,
      collapseWhitespace: "all",
      removeComments: "all",
      removeEmptyElements: true,
      minifyConditionalComments: true,
      removeOptionalTags: true,
      removeAttributeQuotes: true,
      minifyAttributes: {
        metaContent: true,
        redundantWhitespaces: "agressive"
      },
      mergeScripts: true,
      mergeStyles: true,
      removeUnusedCss: {
        tool: "purgeCSS"
      },
      minifyCss: {
        preset: "default"
      },
      minifySvg: {}
    };
  }
});

// import("./_modules/**/*.mjs") in node_modules/htmlnano/dist/index.mjs
var globImport__modules_mjs;
var init_ = __esm({
  'import("./_modules/**/*.mjs") in node_modules/htmlnano/dist/index.mjs'() {
    globImport__modules_mjs = __glob({
      "./_modules/collapseAttributeWhitespace.mjs": () => import("./collapseAttributeWhitespace-WQ6PVDIN.mjs"),
      "./_modules/collapseBooleanAttributes.mjs": () => import("./collapseBooleanAttributes-3CRZCG3D.mjs"),
      "./_modules/collapseWhitespace.mjs": () => import("./collapseWhitespace-VWGSZOUM.mjs"),
      "./_modules/custom.mjs": () => import("./custom-VMAUTBE5.mjs"),
      "./_modules/deduplicateAttributeValues.mjs": () => import("./deduplicateAttributeValues-EZABTRTB.mjs"),
      "./_modules/example.mjs": () => import("./example-DLLRL2JK.mjs"),
      "./_modules/mergeScripts.mjs": () => import("./mergeScripts-QPXTPASJ.mjs"),
      "./_modules/mergeStyles.mjs": () => import("./mergeStyles-JX5LED6R.mjs"),
      "./_modules/minifyAttributes.mjs": () => import("./minifyAttributes-VUC6ITDG.mjs"),
      "./_modules/minifyConditionalComments.mjs": () => import("./minifyConditionalComments-3AZTC5FS.mjs"),
      "./_modules/minifyCss.mjs": () => import("./minifyCss-WQIDWWFR.mjs"),
      "./_modules/minifyHtmlTemplate.mjs": () => import("./minifyHtmlTemplate-MQZLBFQG.mjs"),
      "./_modules/minifyJs.mjs": () => import("./minifyJs-5JGXPQ6M.mjs"),
      "./_modules/minifyJson.mjs": () => import("./minifyJson-I3JAXD2F.mjs"),
      "./_modules/minifySvg.mjs": () => import("./minifySvg-WNEDV4GT.mjs"),
      "./_modules/minifyUrls.mjs": () => import("./minifyUrls-AXTS23VN.mjs"),
      "./_modules/normalizeAttributeValues.mjs": () => import("./normalizeAttributeValues-SVK3Y27V.mjs"),
      "./_modules/removeAttributeQuotes.mjs": () => import("./removeAttributeQuotes-CDDEWCDX.mjs"),
      "./_modules/removeComments.mjs": () => import("./removeComments-HWOCR2RY.mjs"),
      "./_modules/removeEmptyAttributes.mjs": () => import("./removeEmptyAttributes-HDFCP6QS.mjs"),
      "./_modules/removeEmptyElements.mjs": () => import("./removeEmptyElements-4HOV455N.mjs"),
      "./_modules/removeOptionalTags.mjs": () => import("./removeOptionalTags-ARKHADI5.mjs"),
      "./_modules/removeRedundantAttributes.mjs": () => import("./removeRedundantAttributes-DYPLSSQU.mjs"),
      "./_modules/removeUnusedCss.mjs": () => import("./removeUnusedCss-AXUNPABY.mjs"),
      "./_modules/sortAttributes.mjs": () => import("./sortAttributes-CGCXE5YJ.mjs"),
      "./_modules/sortAttributesWithLists.mjs": () => import("./sortAttributesWithLists-25HMVKXZ.mjs")
    });
  }
});

// node_modules/htmlnano/dist/index.mjs
function loadConfig(options, preset) {
  const { skipConfigLoading = false, configPath, ...rest } = options || {};
  let restConfig = rest;
  if (!skipConfigLoading) {
    const explorer = (0, import_cosmiconfig.cosmiconfigSync)("htmlnano");
    const rc = configPath ? explorer.load(configPath) : explorer.search();
    if (rc) {
      const { preset: presetName } = rc.config;
      if (presetName) {
        if (!preset && presetName in presets) {
          preset = presets[presetName];
        }
        delete rc.config.preset;
      }
      restConfig = {
        ...rc.config,
        ...restConfig
      };
    }
  }
  return [
    restConfig || {},
    preset || safe
  ];
}
function getRequiredOptionalDependencies(optionsRun, presetRun) {
  const [options] = loadConfig(optionsRun, presetRun);
  const dependencies = Object.keys(options).flatMap((moduleName) => {
    if (moduleName in optionalDependencies) {
      return optionalDependencies[moduleName];
    }
    return [];
  });
  return [
    ...new Set(dependencies)
  ];
}
function process(html, options, preset, postHtmlOptions) {
  return (0, import_posthtml.default)([
    htmlnano(options, preset)
  ]).process(html, postHtmlOptions);
}
function htmlMinimizerWebpackPluginMinify(input, minimizerOptions) {
  const [[, code]] = Object.entries(input);
  return process(code, minimizerOptions, presets.safe).then((result) => {
    return {
      code: result.html
    };
  });
}
var import_posthtml, import_cosmiconfig, presets, optionalDependencies, interop, modules, htmlnano;
var init_dist = __esm({
  "node_modules/htmlnano/dist/index.mjs"() {
    import_posthtml = __toESM(require_lib(), 1);
    import_cosmiconfig = __toESM(require_dist(), 1);
    init_safe();
    init_ampSafe();
    init_max();
    init_();
    presets = {
      safe,
      ampSafe,
      max
    };
    optionalDependencies = {
      minifyCss: [
        "cssnano",
        "postcss"
      ],
      minifyJs: [
        "terser"
      ],
      minifyUrls: [
        "relateurl",
        "srcset",
        "terser"
      ],
      minifySvg: [
        "svgo"
      ]
    };
    interop = (imported) => imported.then((mod) => {
      let htmlnanoModule;
      while ("default" in mod) {
        htmlnanoModule = mod;
        mod = mod.default;
        if ("onAttrs" in mod || "onContent" in mod || "onNode" in mod) {
          return mod;
        }
      }
      if (htmlnanoModule && typeof htmlnanoModule.default === "function") {
        return htmlnanoModule;
      }
      throw new TypeError("The imported module is not a valid htmlnano module");
    });
    modules = {
      collapseAttributeWhitespace: () => interop(import("./collapseAttributeWhitespace-WQ6PVDIN.mjs")),
      collapseBooleanAttributes: () => interop(import("./collapseBooleanAttributes-3CRZCG3D.mjs")),
      collapseWhitespace: () => interop(import("./collapseWhitespace-VWGSZOUM.mjs")),
      custom: () => interop(import("./custom-VMAUTBE5.mjs")),
      deduplicateAttributeValues: () => interop(import("./deduplicateAttributeValues-EZABTRTB.mjs")),
      // example: () => import('./_modules/example.mjs'),
      mergeScripts: () => interop(import("./mergeScripts-QPXTPASJ.mjs")),
      mergeStyles: () => interop(import("./mergeStyles-JX5LED6R.mjs")),
      minifyConditionalComments: () => interop(import("./minifyConditionalComments-3AZTC5FS.mjs")),
      minifyCss: () => interop(import("./minifyCss-WQIDWWFR.mjs")),
      minifyHtmlTemplate: () => interop(import("./minifyHtmlTemplate-MQZLBFQG.mjs")),
      minifyJs: () => interop(import("./minifyJs-5JGXPQ6M.mjs")),
      minifyJson: () => interop(import("./minifyJson-I3JAXD2F.mjs")),
      minifyAttributes: () => interop(import("./minifyAttributes-VUC6ITDG.mjs")),
      minifySvg: () => interop(import("./minifySvg-WNEDV4GT.mjs")),
      minifyUrls: () => interop(import("./minifyUrls-AXTS23VN.mjs")),
      normalizeAttributeValues: () => interop(import("./normalizeAttributeValues-SVK3Y27V.mjs")),
      removeAttributeQuotes: () => interop(import("./removeAttributeQuotes-CDDEWCDX.mjs")),
      removeComments: () => interop(import("./removeComments-HWOCR2RY.mjs")),
      removeEmptyAttributes: () => interop(import("./removeEmptyAttributes-HDFCP6QS.mjs")),
      removeEmptyElements: () => interop(import("./removeEmptyElements-4HOV455N.mjs")),
      removeOptionalTags: () => interop(import("./removeOptionalTags-ARKHADI5.mjs")),
      removeRedundantAttributes: () => interop(import("./removeRedundantAttributes-DYPLSSQU.mjs")),
      removeUnusedCss: () => interop(import("./removeUnusedCss-AXUNPABY.mjs")),
      sortAttributes: () => interop(import("./sortAttributes-CGCXE5YJ.mjs")),
      sortAttributesWithLists: () => interop(import("./sortAttributesWithLists-25HMVKXZ.mjs"))
    };
    htmlnano = Object.assign(function htmlnano2(optionsRun = {}, presetRun) {
      let [options, preset] = loadConfig(optionsRun, presetRun);
      const minifier = async (_tree) => {
        const tree = _tree;
        const nodeHandlers = [];
        const attrsHandlers = [];
        const contentsHandlers = [];
        options = {
          ...preset,
          ...options
        };
        let promise = Promise.resolve(tree);
        const nonModuleOptions = /* @__PURE__ */ new Set([
          "skipInternalWarnings"
        ]);
        for (const [moduleName, moduleOptions] of Object.entries(options)) {
          if (nonModuleOptions.has(moduleName)) {
            continue;
          }
          if (!moduleOptions) {
            continue;
          }
          if (!(moduleName in safe)) {
            throw new Error('Module "' + moduleName + '" is not defined');
          }
          if (moduleName in optionalDependencies) {
            const modules2 = optionalDependencies[moduleName];
            await Promise.all(modules2.map(async (dependency) => {
              try {
                await import(dependency);
              } catch (e) {
                if (typeof e === "object" && e !== null && "code" in e && typeof e.code === "string") {
                  if (e.code === "MODULE_NOT_FOUND" || e.code === "ERR_MODULE_NOT_FOUND") {
                    if (!options.skipInternalWarnings) {
                      console.warn(`You have to install "${dependency}" in order to use htmlnano's "${moduleName}" module`);
                      return;
                    }
                  }
                  throw e;
                }
              }
            }));
          }
          const mod = moduleName in modules ? await modules[moduleName]() : await globImport__modules_mjs(`./_modules/${moduleName}.mjs`);
          if (typeof mod.onAttrs === "function") {
            attrsHandlers.push(mod.onAttrs(options, moduleOptions));
          }
          if (typeof mod.onContent === "function") {
            contentsHandlers.push(mod.onContent(options, moduleOptions));
          }
          if (typeof mod.onNode === "function") {
            nodeHandlers.push(mod.onNode(options, moduleOptions));
          }
          if (typeof mod.default === "function") {
            promise = promise.then(async (tree2) => await mod.default(tree2, options, moduleOptions));
          }
        }
        if (attrsHandlers.length + contentsHandlers.length + nodeHandlers.length === 0) {
          return promise;
        }
        return promise.then((tree2) => {
          tree2.walk((node) => {
            if (node) {
              if (node.attrs && typeof node.attrs === "object") {
                let newAttrsObj = {};
                Object.entries(node.attrs).forEach(([attrName, attrValue]) => {
                  newAttrsObj[attrName.toLowerCase()] = attrValue;
                });
                for (const handler of attrsHandlers) {
                  newAttrsObj = handler(newAttrsObj, node);
                }
                node.attrs = newAttrsObj;
              }
              if (node.content) {
                node.content = typeof node.content === "string" ? [
                  node.content
                ] : node.content;
                if (Array.isArray(node.content) && node.content.length > 0) {
                  for (const handler of contentsHandlers) {
                    var _node_content;
                    const result = handler((_node_content = node.content) != null ? _node_content : [], node);
                    node.content = Array.isArray(result) ? result : [
                      result
                    ];
                  }
                }
              }
              for (const handler of nodeHandlers) {
                if (handler) {
                  node = handler(node);
                }
              }
            }
            return node;
          });
          return tree2;
        });
      };
      return minifier;
    }, {
      presets,
      getRequiredOptionalDependencies,
      process,
      htmlMinimizerWebpackPluginMinify,
      loadConfig
    });
    if (typeof module !== "undefined") {
      module.exports = htmlnano;
    }
  }
});

export {
  presets,
  loadConfig,
  htmlnano,
  getRequiredOptionalDependencies,
  process,
  htmlMinimizerWebpackPluginMinify,
  init_dist
};
