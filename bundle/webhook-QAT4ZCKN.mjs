import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  require_p_retry
} from "./chunk-Q53CQMFF.mjs";
import {
  __commonJS,
  __require
} from "./chunk-5TF6PVB2.mjs";

// node_modules/@slack/webhook/dist/errors.js
var require_errors = __commonJS({
  "node_modules/@slack/webhook/dist/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.WebhookTriggerHTTPError = exports.WebhookTriggerRequestError = exports.IncomingWebhookHTTPError = exports.IncomingWebhookRequestError = exports.SlackWebhookError = exports.ErrorCode = void 0;
    var ErrorCode;
    (function(ErrorCode2) {
      ErrorCode2["RequestError"] = "slack_webhook_request_error";
      ErrorCode2["HTTPError"] = "slack_webhook_http_error";
    })(ErrorCode || (exports.ErrorCode = ErrorCode = {}));
    var SlackWebhookError = class extends Error {
      constructor(message, options) {
        super(message, options);
        this.name = this.constructor.name;
        Object.setPrototypeOf(this, new.target.prototype);
      }
    };
    exports.SlackWebhookError = SlackWebhookError;
    var IncomingWebhookRequestError = class extends SlackWebhookError {
      code = ErrorCode.RequestError;
      original;
      constructor(original) {
        super(`A request error occurred: ${original.message}`, { cause: original });
        this.original = original;
      }
    };
    exports.IncomingWebhookRequestError = IncomingWebhookRequestError;
    var IncomingWebhookHTTPError = class extends SlackWebhookError {
      code = ErrorCode.HTTPError;
      statusCode;
      statusMessage;
      body;
      constructor(statusCode, statusMessage, body) {
        super(`An HTTP protocol error occurred: statusCode = ${statusCode}`);
        this.statusCode = statusCode;
        this.statusMessage = statusMessage;
        this.body = body;
      }
    };
    exports.IncomingWebhookHTTPError = IncomingWebhookHTTPError;
    var WebhookTriggerRequestError = class extends SlackWebhookError {
      code = ErrorCode.RequestError;
      original;
      constructor(original) {
        super(`A request error occurred: ${original.message}`, { cause: original });
        this.original = original;
      }
    };
    exports.WebhookTriggerRequestError = WebhookTriggerRequestError;
    var WebhookTriggerHTTPError = class extends SlackWebhookError {
      code = ErrorCode.HTTPError;
      statusCode;
      statusMessage;
      body;
      constructor(statusCode, statusMessage, body) {
        super(`An HTTP protocol error occurred: statusCode = ${statusCode}`);
        this.statusCode = statusCode;
        this.statusMessage = statusMessage;
        this.body = body;
      }
    };
    exports.WebhookTriggerHTTPError = WebhookTriggerHTTPError;
  }
});

// node_modules/@slack/webhook/package.json
var require_package = __commonJS({
  "node_modules/@slack/webhook/package.json"(exports, module) {
    module.exports = {
      name: "@slack/webhook",
      version: "8.0.2",
      description: "Official library for using the Slack Platform's Incoming Webhooks",
      author: "Slack Technologies, LLC",
      license: "MIT",
      keywords: [
        "slack",
        "request",
        "client",
        "http",
        "api",
        "proxy"
      ],
      main: "dist/index.js",
      types: "./dist/index.d.ts",
      files: [
        "dist/**/*"
      ],
      engines: {
        node: ">= 20",
        npm: ">=9.6.4"
      },
      repository: {
        type: "git",
        url: "git+https://github.com/slackapi/node-slack-sdk.git"
      },
      homepage: "https://docs.slack.dev/tools/node-slack-sdk/webhook/",
      publishConfig: {
        access: "public"
      },
      bugs: {
        url: "https://github.com/slackapi/node-slack-sdk/issues"
      },
      scripts: {
        build: "npm run build:clean && tsc",
        "build:clean": "shx rm -rf ./dist",
        docs: "npx typedoc --plugin typedoc-plugin-markdown",
        prepack: "npm run build",
        test: "npm run build && node --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=test-results.xml --import tsx --test src/IncomingWebhook.test.ts src/WebhookTrigger.test.ts src/instrument.test.ts src/retry-policies.test.ts",
        "test:coverage": "npm run build && node --experimental-test-coverage --test-reporter=spec --test-reporter-destination=stdout --test-reporter=lcov --test-reporter-destination=lcov.info --test-reporter=junit --test-reporter-destination=test-results.xml --import tsx --test src/IncomingWebhook.test.ts src/WebhookTrigger.test.ts src/instrument.test.ts src/retry-policies.test.ts"
      },
      dependencies: {
        "@slack/types": "^3.1.0",
        "@types/node": ">=20",
        "@types/retry": "0.12.5",
        "p-retry": "^4.6.2",
        retry: "^0.13.1"
      },
      devDependencies: {
        nock: "^14.0.17"
      }
    };
  }
});

// node_modules/@slack/webhook/dist/instrument.js
var require_instrument = __commonJS({
  "node_modules/@slack/webhook/dist/instrument.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m2, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m2, k);
      if (!desc || ("get" in desc ? !m2.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m2[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m2, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m2[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.addAppMetadata = addAppMetadata;
    exports.getUserAgent = getUserAgent;
    var os = __importStar(__require("node:os"));
    var packageJson = require_package();
    function replaceSlashes(s) {
      return s.replace("/", ":");
    }
    var baseUserAgent = `${replaceSlashes(packageJson.name)}/${packageJson.version} node/${process.version.replace("v", "")} ${os.platform()}/${os.release()}`;
    var appMetadata = {};
    function addAppMetadata({ name, version }) {
      appMetadata[replaceSlashes(name)] = version;
    }
    function getUserAgent() {
      const appIdentifier = Object.entries(appMetadata).map(([name, version]) => `${name}/${version}`).join(" ");
      return (appIdentifier.length > 0 ? `${appIdentifier} ` : "") + baseUserAgent;
    }
  }
});

// node_modules/@slack/webhook/dist/IncomingWebhook.js
var require_IncomingWebhook = __commonJS({
  "node_modules/@slack/webhook/dist/IncomingWebhook.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m2, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m2, k);
      if (!desc || ("get" in desc ? !m2.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m2[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m2, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m2[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IncomingWebhook = void 0;
    var p_retry_1 = __importStar(require_p_retry());
    var errors_1 = require_errors();
    var instrument_1 = require_instrument();
    var IncomingWebhook = class {
      /**
       * The webhook URL
       */
      url;
      /**
       * Default arguments for posting messages with this webhook
       */
      defaults;
      /**
       * The fetch function used for HTTP requests
       */
      fetchFn;
      /**
       * Request timeout in milliseconds
       */
      timeout;
      /**
       * Default headers sent with every request
       */
      headers;
      /**
       * Retry policy applied to each send. Defaults to no retries.
       */
      retryConfig;
      constructor(url, defaults = {
        timeout: 0
      }) {
        if (url === void 0) {
          throw new Error("Incoming webhook URL is required");
        }
        this.url = url;
        this.fetchFn = defaults.fetch ?? globalThis.fetch;
        this.timeout = defaults.timeout ?? 0;
        this.retryConfig = defaults.retryConfig ?? { retries: 0 };
        this.headers = {
          "User-Agent": (0, instrument_1.getUserAgent)()
        };
        const { fetch: _fetch, timeout: _timeout, retryConfig: _retryConfig, ...messageDefaults } = defaults;
        this.defaults = messageDefaults;
      }
      /**
       * Send a notification to a conversation
       * @param message - the message (a simple string, or an object describing the message)
       */
      async send(message) {
        let payload = { ...this.defaults };
        if (typeof message === "string") {
          payload.text = message;
        } else {
          payload = Object.assign(payload, message);
        }
        return (0, p_retry_1.default)(async () => {
          const signal = this.timeout > 0 ? AbortSignal.timeout(this.timeout) : void 0;
          try {
            const response = await this.fetchFn(this.url, {
              method: "POST",
              headers: {
                ...this.headers,
                "Content-Type": "application/json"
              },
              body: JSON.stringify(payload),
              redirect: "error",
              signal
            });
            if (!response.ok) {
              const body = await response.text();
              const httpError = new errors_1.IncomingWebhookHTTPError(response.status, response.statusText, body);
              throw response.status >= 500 ? httpError : new p_retry_1.AbortError(httpError);
            }
            return await this.buildResult(response);
          } catch (error) {
            if (error instanceof p_retry_1.AbortError || error instanceof errors_1.SlackWebhookError) {
              throw error;
            }
            throw new errors_1.IncomingWebhookRequestError(error instanceof Error ? error : new Error(String(error)));
          }
        }, this.retryConfig);
      }
      /**
       * Processes an HTTP response into an IncomingWebhookResult.
       */
      async buildResult(response) {
        return {
          text: await response.text()
        };
      }
    };
    exports.IncomingWebhook = IncomingWebhook;
  }
});

// node_modules/@slack/webhook/dist/retry-policies.js
var require_retry_policies = __commonJS({
  "node_modules/@slack/webhook/dist/retry-policies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.rapidRetryPolicy = exports.fiveRetriesInFiveMinutes = exports.tenRetriesInAboutThirtyMinutes = void 0;
    exports.tenRetriesInAboutThirtyMinutes = {
      retries: 10,
      factor: 1.96821,
      randomize: true
    };
    exports.fiveRetriesInFiveMinutes = {
      retries: 5,
      factor: 3.86
    };
    exports.rapidRetryPolicy = {
      minTimeout: 0,
      maxTimeout: 1
    };
    var policies = {
      tenRetriesInAboutThirtyMinutes: exports.tenRetriesInAboutThirtyMinutes,
      fiveRetriesInFiveMinutes: exports.fiveRetriesInFiveMinutes,
      rapidRetryPolicy: exports.rapidRetryPolicy
    };
    exports.default = policies;
  }
});

// node_modules/@slack/webhook/dist/WebhookTrigger.js
var require_WebhookTrigger = __commonJS({
  "node_modules/@slack/webhook/dist/WebhookTrigger.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m2, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m2, k);
      if (!desc || ("get" in desc ? !m2.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m2[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m2, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m2[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.WebhookTrigger = void 0;
    var p_retry_1 = __importStar(require_p_retry());
    var errors_1 = require_errors();
    var instrument_1 = require_instrument();
    var WebhookTrigger = class {
      /**
       * The webhook trigger URL
       */
      url;
      /**
       * The fetch function used for HTTP requests
       */
      fetchFn;
      /**
       * Request timeout in milliseconds
       */
      timeout;
      /**
       * Default headers sent with every request
       */
      headers;
      /**
       * Retry policy applied to each send. Defaults to no retries.
       */
      retryConfig;
      constructor(url, defaults = {
        timeout: 0
      }) {
        if (!url) {
          throw new Error("Webhook trigger URL is required");
        }
        this.url = url;
        this.fetchFn = defaults.fetch ?? globalThis.fetch;
        this.timeout = defaults.timeout ?? 0;
        this.retryConfig = defaults.retryConfig ?? { retries: 0 };
        this.headers = {
          "User-Agent": (0, instrument_1.getUserAgent)()
        };
      }
      /**
       * Send a payload to the webhook trigger
       * @param payload - arbitrary key-value data to send to the trigger
       */
      async send(payload = {}) {
        return (0, p_retry_1.default)(async () => {
          const signal = this.timeout > 0 ? AbortSignal.timeout(this.timeout) : void 0;
          try {
            const response = await this.fetchFn(this.url, {
              method: "POST",
              headers: {
                ...this.headers,
                "Content-Type": "application/json"
              },
              body: JSON.stringify(payload),
              redirect: "error",
              signal
            });
            if (!response.ok) {
              const body = await response.text();
              const httpError = new errors_1.WebhookTriggerHTTPError(response.status, response.statusText, body);
              throw response.status >= 500 ? httpError : new p_retry_1.AbortError(httpError);
            }
            return await this.buildResult(response);
          } catch (error) {
            if (error instanceof p_retry_1.AbortError || error instanceof errors_1.SlackWebhookError) {
              throw error;
            }
            throw new errors_1.WebhookTriggerRequestError(error instanceof Error ? error : new Error(String(error)));
          }
        }, this.retryConfig);
      }
      async buildResult(response) {
        const text = await response.text();
        try {
          if (!text) {
            return { ok: true };
          }
          return JSON.parse(text);
        } catch {
          return { ok: true };
        }
      }
    };
    exports.WebhookTrigger = WebhookTrigger;
  }
});

// node_modules/@slack/webhook/dist/index.js
var require_dist = __commonJS({
  "node_modules/@slack/webhook/dist/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.WebhookTrigger = exports.retryPolicies = exports.addAppMetadata = exports.IncomingWebhook = exports.WebhookTriggerRequestError = exports.WebhookTriggerHTTPError = exports.SlackWebhookError = exports.IncomingWebhookRequestError = exports.IncomingWebhookHTTPError = exports.ErrorCode = void 0;
    var errors_1 = require_errors();
    Object.defineProperty(exports, "ErrorCode", { enumerable: true, get: function() {
      return errors_1.ErrorCode;
    } });
    Object.defineProperty(exports, "IncomingWebhookHTTPError", { enumerable: true, get: function() {
      return errors_1.IncomingWebhookHTTPError;
    } });
    Object.defineProperty(exports, "IncomingWebhookRequestError", { enumerable: true, get: function() {
      return errors_1.IncomingWebhookRequestError;
    } });
    Object.defineProperty(exports, "SlackWebhookError", { enumerable: true, get: function() {
      return errors_1.SlackWebhookError;
    } });
    Object.defineProperty(exports, "WebhookTriggerHTTPError", { enumerable: true, get: function() {
      return errors_1.WebhookTriggerHTTPError;
    } });
    Object.defineProperty(exports, "WebhookTriggerRequestError", { enumerable: true, get: function() {
      return errors_1.WebhookTriggerRequestError;
    } });
    var IncomingWebhook_1 = require_IncomingWebhook();
    Object.defineProperty(exports, "IncomingWebhook", { enumerable: true, get: function() {
      return IncomingWebhook_1.IncomingWebhook;
    } });
    var instrument_1 = require_instrument();
    Object.defineProperty(exports, "addAppMetadata", { enumerable: true, get: function() {
      return instrument_1.addAppMetadata;
    } });
    var retry_policies_1 = require_retry_policies();
    Object.defineProperty(exports, "retryPolicies", { enumerable: true, get: function() {
      return __importDefault(retry_policies_1).default;
    } });
    var WebhookTrigger_1 = require_WebhookTrigger();
    Object.defineProperty(exports, "WebhookTrigger", { enumerable: true, get: function() {
      return WebhookTrigger_1.WebhookTrigger;
    } });
  }
});

// cjs-named:@slack/webhook
var m = require_dist();
var webhook_default = m;
var e0 = m["ErrorCode"];
var e1 = m["IncomingWebhook"];
var e2 = m["IncomingWebhookHTTPError"];
var e3 = m["IncomingWebhookRequestError"];
var e4 = m["SlackWebhookError"];
var e5 = m["WebhookTrigger"];
var e6 = m["WebhookTriggerHTTPError"];
var e7 = m["WebhookTriggerRequestError"];
var e8 = m["addAppMetadata"];
var e9 = m["retryPolicies"];
export {
  e0 as ErrorCode,
  e1 as IncomingWebhook,
  e2 as IncomingWebhookHTTPError,
  e3 as IncomingWebhookRequestError,
  e4 as SlackWebhookError,
  e5 as WebhookTrigger,
  e6 as WebhookTriggerHTTPError,
  e7 as WebhookTriggerRequestError,
  e8 as addAppMetadata,
  webhook_default as default,
  e9 as retryPolicies
};
