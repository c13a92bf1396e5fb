import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  __commonJS,
  __require
} from "./chunk-5TF6PVB2.mjs";

// node_modules/nodemailer/dist/cjs/package-info.js
var require_package_info = __commonJS({
  "node_modules/nodemailer/dist/cjs/package-info.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.homepage = exports.version = exports.name = void 0;
    exports.name = "nodemailer";
    exports.version = "10.6.1";
    exports.homepage = "https://nodemailer.com/";
  }
});

// node_modules/nodemailer/dist/cjs/smtp-connection/data-stream.js
var require_data_stream = __commonJS({
  "node_modules/nodemailer/dist/cjs/smtp-connection/data-stream.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var node_stream_1 = __require("node:stream");
    var INSERT_LF = Buffer.from("\n");
    var INSERT_LF_DOT = Buffer.from("\n.");
    var INSERT_CR = Buffer.from("\r");
    var INSERT_DOT = Buffer.from(".");
    var DataStream = class extends node_stream_1.Transform {
      constructor(options) {
        super(options);
        this.options = options || {};
        this.inByteCount = 0;
        this.outByteCount = 0;
        this.lastByte = false;
      }
      /**
       * Escapes dots
       * @internal
       */
      _transform(chunk, encoding, done) {
        const chunks = [];
        let chunklen = 0;
        let i, len, lastPos = 0;
        let buf;
        if (!chunk || !chunk.length) {
          return done();
        }
        if (typeof chunk === "string") {
          chunk = Buffer.from(chunk);
        }
        this.inByteCount += chunk.length;
        for (i = 0, len = chunk.length; i < len; i++) {
          const byte = chunk[i];
          const prev = i ? chunk[i - 1] : this.lastByte;
          let insert = false;
          if (prev === 13 && byte !== 10) {
            insert = byte === 46 ? INSERT_LF_DOT : INSERT_LF;
          } else if (byte === 10 && prev !== 13) {
            insert = INSERT_CR;
          } else if (byte === 46 && (prev === 10 || prev === false)) {
            insert = INSERT_DOT;
          }
          if (insert) {
            if (i > lastPos) {
              buf = chunk.slice(lastPos, i);
              chunks.push(buf);
              chunklen += buf.length;
            }
            chunks.push(insert);
            chunklen += insert.length;
            lastPos = i;
          }
        }
        if (chunks.length) {
          if (lastPos < chunk.length) {
            buf = chunk.slice(lastPos);
            chunks.push(buf);
            chunklen += buf.length;
          }
          this.outByteCount += chunklen;
          this.push(Buffer.concat(chunks, chunklen));
        } else {
          this.outByteCount += chunk.length;
          this.push(chunk);
        }
        this.lastByte = chunk[chunk.length - 1];
        done();
      }
      /**
       * Finalizes the stream with a dot on a single line
       * @internal
       */
      _flush(done) {
        let buf;
        if (this.lastByte === 10) {
          buf = Buffer.from(".\r\n");
        } else if (this.lastByte === 13) {
          buf = Buffer.from("\n.\r\n");
        } else {
          buf = Buffer.from("\r\n.\r\n");
        }
        this.outByteCount += buf.length;
        this.push(buf);
        done();
      }
    };
    exports.default = DataStream;
    module.exports = exports.default;
    Object.defineProperty(module.exports, "default", { value: exports.default, enumerable: false, writable: true, configurable: true });
  }
});

// node_modules/nodemailer/dist/cjs/punycode/index.js
var require_punycode = __commonJS({
  "node_modules/nodemailer/dist/cjs/punycode/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toUnicode = exports.toASCII = exports.encode = exports.decode = exports.ucs2 = exports.version = void 0;
    var maxInt = 2147483647;
    var base = 36;
    var tMin = 1;
    var tMax = 26;
    var skew = 38;
    var damp = 700;
    var initialBias = 72;
    var initialN = 128;
    var delimiter = "-";
    var regexPunycode = /^xn--/;
    var regexNonASCII = /[^\0-\x7F]/;
    var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
    var errors = {
      overflow: "Overflow: input needs wider integers to process",
      "not-basic": "Illegal input >= 0x80 (not a basic code point)",
      "invalid-input": "Invalid input"
    };
    var baseMinusTMin = base - tMin;
    var floor = Math.floor;
    var stringFromCharCode = String.fromCharCode;
    function error(type) {
      throw new RangeError(errors[type]);
    }
    function map(array, callback) {
      const result = [];
      let length = array.length;
      while (length--) {
        result[length] = callback(array[length]);
      }
      return result;
    }
    function mapDomain(domain, callback) {
      const parts = domain.split("@");
      let result = "";
      if (parts.length > 1) {
        result = parts[0] + "@";
        domain = parts[1];
      }
      domain = domain.replace(regexSeparators, ".");
      const labels = domain.split(".");
      const encoded = map(labels, callback).join(".");
      return result + encoded;
    }
    function ucs2decode(string) {
      const output = [];
      let counter = 0;
      const length = string.length;
      while (counter < length) {
        const value = string.charCodeAt(counter++);
        if (value >= 55296 && value <= 56319 && counter < length) {
          const extra = string.charCodeAt(counter++);
          if ((extra & 64512) == 56320) {
            output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
          } else {
            output.push(value);
            counter--;
          }
        } else {
          output.push(value);
        }
      }
      return output;
    }
    var ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);
    var basicToDigit = function(codePoint) {
      if (codePoint >= 48 && codePoint < 58) {
        return 26 + (codePoint - 48);
      }
      if (codePoint >= 65 && codePoint < 91) {
        return codePoint - 65;
      }
      if (codePoint >= 97 && codePoint < 123) {
        return codePoint - 97;
      }
      return base;
    };
    var digitToBasic = function(digit, flag) {
      return digit + 22 + 75 * Number(digit < 26) - (Number(flag != 0) << 5);
    };
    var adapt = function(delta, numPoints, firstTime) {
      let k = 0;
      delta = firstTime ? floor(delta / damp) : delta >> 1;
      delta += floor(delta / numPoints);
      for (
        ;
        /* no initialization */
        delta > baseMinusTMin * tMax >> 1;
        k += base
      ) {
        delta = floor(delta / baseMinusTMin);
      }
      return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
    };
    var decode = function(input) {
      const output = [];
      const inputLength = input.length;
      let i = 0;
      let n = initialN;
      let bias = initialBias;
      let basic = input.lastIndexOf(delimiter);
      if (basic < 0) {
        basic = 0;
      }
      for (let j = 0; j < basic; ++j) {
        if (input.charCodeAt(j) >= 128) {
          error("not-basic");
        }
        output.push(input.charCodeAt(j));
      }
      for (let index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
        const oldi = i;
        for (let w = 1, k = base; ; k += base) {
          if (index >= inputLength) {
            error("invalid-input");
          }
          const digit = basicToDigit(input.charCodeAt(index++));
          if (digit >= base) {
            error("invalid-input");
          }
          if (digit > floor((maxInt - i) / w)) {
            error("overflow");
          }
          i += digit * w;
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (digit < t) {
            break;
          }
          const baseMinusT = base - t;
          if (w > floor(maxInt / baseMinusT)) {
            error("overflow");
          }
          w *= baseMinusT;
        }
        const out = output.length + 1;
        bias = adapt(i - oldi, out, oldi == 0);
        if (floor(i / out) > maxInt - n) {
          error("overflow");
        }
        n += floor(i / out);
        i %= out;
        output.splice(i++, 0, n);
      }
      return String.fromCodePoint(...output);
    };
    exports.decode = decode;
    var encode = function(input) {
      const output = [];
      const codePoints = ucs2decode(input);
      const inputLength = codePoints.length;
      let n = initialN;
      let delta = 0;
      let bias = initialBias;
      for (const currentValue of codePoints) {
        if (currentValue < 128) {
          output.push(stringFromCharCode(currentValue));
        }
      }
      const basicLength = output.length;
      let handledCPCount = basicLength;
      if (basicLength) {
        output.push(delimiter);
      }
      while (handledCPCount < inputLength) {
        let m = maxInt;
        for (const currentValue of codePoints) {
          if (currentValue >= n && currentValue < m) {
            m = currentValue;
          }
        }
        const handledCPCountPlusOne = handledCPCount + 1;
        if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
          error("overflow");
        }
        delta += (m - n) * handledCPCountPlusOne;
        n = m;
        for (const currentValue of codePoints) {
          if (currentValue < n && ++delta > maxInt) {
            error("overflow");
          }
          if (currentValue === n) {
            let q = delta;
            for (let k = base; ; k += base) {
              const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
              if (q < t) {
                break;
              }
              const qMinusT = q - t;
              const baseMinusT = base - t;
              output.push(stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0)));
              q = floor(qMinusT / baseMinusT);
            }
            output.push(stringFromCharCode(digitToBasic(q, 0)));
            bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
            delta = 0;
            ++handledCPCount;
          }
        }
        ++delta;
        ++n;
      }
      return output.join("");
    };
    exports.encode = encode;
    var toUnicode = function(input) {
      return mapDomain(input, function(string) {
        return regexPunycode.test(string) ? decode(string.slice(4).toLowerCase()) : string;
      });
    };
    exports.toUnicode = toUnicode;
    var toASCII = function(input) {
      return mapDomain(input, function(string) {
        return regexNonASCII.test(string) ? "xn--" + encode(string) : string;
      });
    };
    exports.toASCII = toASCII;
    exports.version = "2.3.1";
    exports.ucs2 = {
      decode: ucs2decode,
      encode: ucs2encode
    };
  }
});

// node_modules/nodemailer/dist/cjs/shared/url.js
var require_url = __commonJS({
  "node_modules/nodemailer/dist/cjs/shared/url.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
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
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolve = exports.parse = void 0;
    var node_net_1 = __importDefault(__require("node:net"));
    var node_url_1 = __importDefault(__require("node:url"));
    var punycode = __importStar(require_punycode());
    var SLASHLESS_AUTHORITY = /^([a-zA-Z][a-zA-Z0-9+.-]*:)(?!\/\/)([\s\S]+)$/;
    function stripSurroundingWhitespace(input) {
      let start = 0;
      let end = input.length;
      while (start < end && input.charCodeAt(start) <= 32) {
        start++;
      }
      while (end > start && input.charCodeAt(end - 1) <= 32) {
        end--;
      }
      return input.slice(start, end);
    }
    var LEGACY_TRIM = /^[\x00-\x20\u00a0\ufeff]+/;
    var AUTHORITY = /^([a-zA-Z0-9+.-]+:)?[\\/]{2}([^\\/?#]*)/;
    var FORBIDDEN_HOST_CHARS = /[\x00-\x20#/:<>?@[\\\]^|\x7f]/;
    var CONTROL_CHARS = /[\x00-\x1f\x7f]/;
    function invalidUrl(input) {
      const err = new TypeError("Invalid URL");
      err.code = "ERR_INVALID_URL";
      err.input = input;
      return err;
    }
    function legacyParse(input, parseQueryString, whatwgError, slashesDenoteHost) {
      const parsed = node_url_1.default.parse(input, parseQueryString, slashesDenoteHost);
      const authority = AUTHORITY.exec(input.replace(LEGACY_TRIM, ""));
      if (authority && (authority[1] || parsed.hostname !== null)) {
        const written = authority[2].slice(authority[2].lastIndexOf("@") + 1);
        if (!written || CONTROL_CHARS.test(written) || (parsed.host || "").toLowerCase() !== punycode.toASCII(written.toLowerCase())) {
          throw whatwgError;
        }
        if (written.charAt(0) === "[" && !node_net_1.default.isIPv6(written.slice(1, written.indexOf("]")))) {
          throw whatwgError;
        }
      } else if (parsed.hostname !== null) {
        throw whatwgError;
      }
      const legacyAuth = parsed.auth === null || parsed.auth === void 0 ? null : parsed.auth.split(":");
      const result = parsed;
      result.username = legacyAuth ? legacyAuth.shift() : null;
      result.password = legacyAuth && legacyAuth.length ? legacyAuth.join(":") : null;
      return result;
    }
    function safeDecode(str) {
      try {
        return decodeURIComponent(str);
      } catch (_err) {
        return str;
      }
    }
    function normalizeHostname(raw, href) {
      const hostname = raw || "";
      if (!hostname) {
        return "";
      }
      if (hostname.charAt(0) === "[" && hostname.charAt(hostname.length - 1) === "]") {
        return hostname.slice(1, -1);
      }
      const decoded = safeDecode(hostname);
      const mapped = FORBIDDEN_HOST_CHARS.test(decoded) ? "" : node_url_1.default.domainToASCII(decoded);
      if (!mapped) {
        throw invalidUrl(href);
      }
      return mapped;
    }
    var parse = (input, parseQueryString) => {
      input = stripSurroundingWhitespace(input || "");
      const slashless = SLASHLESS_AUTHORITY.exec(input);
      const normalized = slashless ? slashless[1] + "//" + slashless[2] : input;
      let u;
      try {
        u = new URL(normalized);
      } catch (err) {
        return legacyParse(normalized, parseQueryString, err);
      }
      const hostname = normalizeHostname(u.hostname, u.href);
      const port = u.port || null;
      const pathname = u.pathname || null;
      const search = u.search || null;
      let auth = null;
      let username = null;
      let password = null;
      if (u.username || u.password) {
        username = safeDecode(u.username);
        password = u.password ? safeDecode(u.password) : null;
        auth = username + (password !== null ? ":" + password : "");
      }
      let query;
      if (parseQueryString) {
        const parsed = /* @__PURE__ */ Object.create(null);
        u.searchParams.forEach((value, key) => {
          if (Object.prototype.hasOwnProperty.call(parsed, key)) {
            const existing = parsed[key];
            if (Array.isArray(existing)) {
              existing.push(value);
            } else {
              parsed[key] = [existing, value];
            }
          } else {
            parsed[key] = value;
          }
        });
        query = parsed;
      } else {
        query = search ? search.slice(1) : null;
      }
      return {
        protocol: u.protocol || null,
        host: u.host || null,
        hostname,
        port,
        pathname,
        search,
        path: (pathname || "") + (search || "") || null,
        href: u.href,
        auth,
        username,
        password,
        query
      };
    };
    exports.parse = parse;
    var resolve = (from, to) => {
      try {
        return new URL(to, from).href;
      } catch (err) {
        legacyParse(from, false, err, true);
        legacyParse(to, false, err, true);
        return node_url_1.default.resolve(from, to);
      }
    };
    exports.resolve = resolve;
  }
});

// node_modules/nodemailer/dist/cjs/fetch/cookies.js
var require_cookies = __commonJS({
  "node_modules/nodemailer/dist/cjs/fetch/cookies.js"(exports, module) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
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
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var node_net_1 = __importDefault(__require("node:net"));
    var urllib = __importStar(require_url());
    var SESSION_TIMEOUT = 1800;
    var Cookies = class {
      constructor(options) {
        this.options = options || {};
        this.cookies = [];
      }
      /**
       * Stores a cookie string to the cookie storage
       *
       * @param cookieStr Value from the 'Set-Cookie:' header
       * @param url Current URL
       */
      set(cookieStr, url) {
        const urlparts = urllib.parse(url || "");
        const cookie = this.parse(cookieStr);
        let domain;
        if (cookie.domain) {
          domain = cookie.domain.replace(/^\./, "");
          if (
            // can't be valid if the requested domain is shorter than current hostname
            urlparts.hostname.length < domain.length || // a top level domain is not a valid scope, 'Domain=com' would otherwise be
            // sent to every .com host. A trailing dot does not make 'com.' any better
            domain.indexOf(".") < 0 || domain.endsWith(".") || // an IP address has no subdomains, so cookies set on it stay host-only
            node_net_1.default.isIP(urlparts.hostname) || // prefix domains with dot to be sure that partial matches are not used
            !("." + urlparts.hostname).endsWith("." + domain)
          ) {
            cookie.domain = urlparts.hostname;
          }
        } else {
          cookie.domain = urlparts.hostname;
        }
        if (!cookie.path) {
          cookie.path = this.getPath(urlparts.pathname);
        }
        if (!cookie.expires) {
          cookie.expires = new Date(Date.now() + (Number(this.options.sessionTimeout || SESSION_TIMEOUT) || SESSION_TIMEOUT) * 1e3);
        }
        if (urlparts.protocol !== "https:" && (cookie.secure || this.cookies.some((stored) => stored.secure && this.compare(stored, cookie)))) {
          return false;
        }
        return this.add(cookie);
      }
      /**
       * Returns cookie string for the 'Cookie:' header.
       *
       * @param url URL to check for
       * @returns Cookie header or empty string if no matches were found
       */
      get(url) {
        return this.list(url).map((cookie) => cookie.name + "=" + cookie.value).join("; ");
      }
      /**
       * Lists all valied cookie objects for the specified URL
       *
       * @param url URL to check for
       * @returns An array of cookie objects
       */
      list(url) {
        const result = [];
        for (let i = this.cookies.length - 1; i >= 0; i--) {
          const cookie = this.cookies[i];
          if (this.isExpired(cookie)) {
            this.cookies.splice(i, 1);
            continue;
          }
          if (this.match(cookie, url)) {
            result.unshift(cookie);
          }
        }
        return result;
      }
      /**
       * Parses cookie string from the 'Set-Cookie:' header
       *
       * @param cookieStr String from the 'Set-Cookie:' header
       * @returns Cookie object
       */
      parse(cookieStr) {
        const cookie = {};
        let hasNameValue = false;
        let hasMaxAge = false;
        (cookieStr || "").toString().split(";").forEach((cookiePart) => {
          if (!cookiePart.trim()) {
            return;
          }
          const valueParts = cookiePart.split("=");
          const name = valueParts.shift().trim();
          let value = valueParts.join("=").trim();
          let domain;
          if (!hasNameValue) {
            hasNameValue = true;
            if (name) {
              cookie.name = name;
              cookie.value = value;
            }
            return;
          }
          switch (name.toLowerCase()) {
            case "expires": {
              const expires = new Date(value);
              if (expires.toString() !== "Invalid Date" && !hasMaxAge) {
                cookie.expires = expires;
              }
              break;
            }
            case "path":
              cookie.path = value;
              break;
            case "domain":
              domain = value.toLowerCase();
              if (domain.length && domain.charAt(0) !== ".") {
                domain = "." + domain;
              }
              cookie.domain = domain;
              break;
            case "max-age":
              cookie.expires = new Date(Date.now() + (Number(value) || 0) * 1e3);
              hasMaxAge = true;
              break;
            case "secure":
              cookie.secure = true;
              break;
            case "httponly":
              cookie.httponly = true;
              break;
          }
        });
        return cookie;
      }
      /**
       * Checks if a cookie object is valid for a specified URL
       *
       * @param cookie Cookie object
       * @param url URL to check for
       * @returns true if cookie is valid for specifiec URL
       */
      match(cookie, url) {
        const urlparts = urllib.parse(url || "");
        if (urlparts.hostname !== cookie.domain && (cookie.domain.charAt(0) !== "." || ("." + urlparts.hostname).substr(-cookie.domain.length) !== cookie.domain)) {
          return false;
        }
        const pathname = urlparts.pathname || "/";
        const cookiePath = cookie.path;
        const pathMatches = pathname === cookiePath || pathname.startsWith(cookiePath) && (cookiePath.endsWith("/") || pathname.charAt(cookiePath.length) === "/");
        if (!pathMatches) {
          return false;
        }
        if (cookie.secure && urlparts.protocol !== "https:") {
          return false;
        }
        return true;
      }
      /**
       * Adds (or updates/removes if needed) a cookie object to the cookie storage
       *
       * @param cookie Cookie value to be stored
       */
      add(cookie) {
        if (!cookie || !cookie.name) {
          return false;
        }
        for (let i = 0, len = this.cookies.length; i < len; i++) {
          if (this.compare(this.cookies[i], cookie)) {
            if (this.isExpired(cookie)) {
              this.cookies.splice(i, 1);
              return false;
            }
            this.cookies[i] = cookie;
            return true;
          }
        }
        if (!this.isExpired(cookie)) {
          this.cookies.push(cookie);
        }
        return true;
      }
      /**
       * Checks if two cookie objects are the same cookie. A cookie is identified by its
       * name, domain and path (RFC 6265 section 5.3), the Secure and HttpOnly flags are
       * attributes of the stored cookie that an update replaces
       *
       * @param a Cookie to check against
       * @param b Cookie to check against
       * @returns True, if the cookies are the same
       */
      compare(a, b) {
        return a.name === b.name && a.path === b.path && a.domain === b.domain;
      }
      /**
       * Checks if a cookie is expired
       *
       * @param cookie Cookie object to check against
       * @returns True, if the cookie is expired
       */
      isExpired(cookie) {
        return cookie.expires && cookie.expires < /* @__PURE__ */ new Date() || !cookie.value;
      }
      /**
       * Returns the default path for an URL path argument, the default-path of
       * RFC 6265 section 5.1.4. A cookie that carries no Path attribute is scoped
       * to the directory of the URL it was set from
       *
       * @param pathname
       * @returns Default path
       */
      getPath(pathname) {
        const pathParts = (pathname || "/").split("/");
        pathParts.pop();
        const path = pathParts.join("/").trim();
        if (path.charAt(0) !== "/") {
          return "/";
        }
        return path;
      }
    };
    exports.default = Cookies;
    module.exports = exports.default;
    Object.defineProperty(module.exports, "default", { value: exports.default, enumerable: false, writable: true, configurable: true });
  }
});

// node_modules/nodemailer/dist/cjs/errors.js
var require_errors = __commonJS({
  "node_modules/nodemailer/dist/cjs/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ERR_ACCESS_DENIED = exports.isPermanentResponseCode = exports.isTransientError = exports.createAbortError = exports.EFETCH = exports.EURLACCESS = exports.EFILEACCESS = exports.EPROXY = exports.ECONFIG = exports.ESES = exports.ESENDMAIL = exports.EMAXRECIPIENTS = exports.EMAXLIMIT = exports.EOAUTH2 = exports.ENOAUTH = exports.EAUTH = exports.EABORT = exports.ESTREAM = exports.EOTP = exports.EMESSAGE = exports.EENVELOPE = exports.EPROTOCOL = exports.EREQUIRETLS = exports.ETLS = exports.EDNS = exports.ESOCKET = exports.ETIMEDOUT = exports.ECONNECTION = exports.ERROR_CODES = void 0;
    exports.ERROR_CODES = {
      // Connection errors
      ECONNECTION: "Connection closed unexpectedly",
      ETIMEDOUT: "Connection or operation timed out",
      ESOCKET: "Socket-level error",
      EDNS: "DNS resolution failed",
      // TLS/Security errors
      ETLS: "TLS handshake or STARTTLS failed",
      EREQUIRETLS: "REQUIRETLS not supported by server (RFC 8689)",
      // Protocol errors
      EPROTOCOL: "Invalid SMTP server response",
      EENVELOPE: "Invalid mail envelope (sender or recipients)",
      EMESSAGE: "Message delivery error",
      EOTP: "Invalid one-time passcode data (otp option)",
      ESTREAM: "Stream processing error",
      EABORT: "Message sending aborted",
      // Authentication errors
      EAUTH: "Authentication failed",
      ENOAUTH: "Authentication credentials not provided",
      EOAUTH2: "OAuth2 token generation or refresh error",
      // Resource errors
      EMAXLIMIT: "Pool resource limit reached (max messages per connection)",
      EMAXRECIPIENTS: "Recipient count exceeds maxRecipients",
      // Transport-specific errors
      ESENDMAIL: "Sendmail command error",
      ESES: "AWS SES transport error",
      // Configuration and access errors
      ECONFIG: "Invalid configuration",
      EPROXY: "Proxy connection error",
      EFILEACCESS: "File access rejected (disableFileAccess is set)",
      EURLACCESS: "URL access rejected (disableUrlAccess is set)",
      EFETCH: "HTTP fetch error"
    };
    exports.ECONNECTION = "ECONNECTION";
    exports.ETIMEDOUT = "ETIMEDOUT";
    exports.ESOCKET = "ESOCKET";
    exports.EDNS = "EDNS";
    exports.ETLS = "ETLS";
    exports.EREQUIRETLS = "EREQUIRETLS";
    exports.EPROTOCOL = "EPROTOCOL";
    exports.EENVELOPE = "EENVELOPE";
    exports.EMESSAGE = "EMESSAGE";
    exports.EOTP = "EOTP";
    exports.ESTREAM = "ESTREAM";
    exports.EABORT = "EABORT";
    exports.EAUTH = "EAUTH";
    exports.ENOAUTH = "ENOAUTH";
    exports.EOAUTH2 = "EOAUTH2";
    exports.EMAXLIMIT = "EMAXLIMIT";
    exports.EMAXRECIPIENTS = "EMAXRECIPIENTS";
    exports.ESENDMAIL = "ESENDMAIL";
    exports.ESES = "ESES";
    exports.ECONFIG = "ECONFIG";
    exports.EPROXY = "EPROXY";
    exports.EFILEACCESS = "EFILEACCESS";
    exports.EURLACCESS = "EURLACCESS";
    exports.EFETCH = "EFETCH";
    var createAbortError = (signal) => {
      const err = new Error("Message sending aborted", { cause: signal.reason });
      err.name = "AbortError";
      err.code = exports.EABORT;
      return err;
    };
    exports.createAbortError = createAbortError;
    var isTransientError = (err) => err.responseCode === 421 || err.code === exports.ECONNECTION || err.code === exports.ESOCKET || err.code === exports.ETIMEDOUT;
    exports.isTransientError = isTransientError;
    var isPermanentResponseCode = (responseCode) => responseCode >= 500 && responseCode < 600 && responseCode !== 503;
    exports.isPermanentResponseCode = isPermanentResponseCode;
    exports.ERR_ACCESS_DENIED = "ERR_ACCESS_DENIED";
  }
});

// node_modules/nodemailer/dist/cjs/shared/objects.js
var require_objects = __commonJS({
  "node_modules/nodemailer/dist/cjs/shared/objects.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.copyOwnKeys = exports.isProtoKey = void 0;
    var isProtoKey = (key) => key === "__proto__";
    exports.isProtoKey = isProtoKey;
    var copyOwnKeys = (target, source, skip) => {
      Object.keys(source || {}).forEach((key) => {
        if ((0, exports.isProtoKey)(key) || skip && skip(key)) {
          return;
        }
        target[key] = source[key];
      });
      return target;
    };
    exports.copyOwnKeys = copyOwnKeys;
  }
});

// node_modules/nodemailer/dist/cjs/fetch/index.js
var require_fetch = __commonJS({
  "node_modules/nodemailer/dist/cjs/fetch/index.js"(exports, module) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
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
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var node_http_1 = __importDefault(__require("node:http"));
    var node_https_1 = __importDefault(__require("node:https"));
    var urllib = __importStar(require_url());
    var node_zlib_1 = __importDefault(__require("node:zlib"));
    var node_stream_1 = __require("node:stream");
    var cookies_js_1 = __importDefault(require_cookies());
    var packageData = __importStar(require_package_info());
    var node_net_1 = __importDefault(__require("node:net"));
    var errors = __importStar(require_errors());
    var objects_js_1 = require_objects();
    var MAX_REDIRECTS = 5;
    var DEFAULT_TIMEOUT = 60 * 1e3;
    var DEFAULT_MAX_TIME = 2 * 60 * 1e3;
    var DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
    var TLS_OPTION_KEYS = [
      "ALPNProtocols",
      "ca",
      "cert",
      "checkServerIdentity",
      "ciphers",
      "crl",
      "dhparam",
      "ecdhCurve",
      "honorCipherOrder",
      "key",
      "maxVersion",
      "minVersion",
      "passphrase",
      "pfx",
      "rejectUnauthorized",
      "secureContext",
      "secureOptions",
      "secureProtocol",
      "servername",
      "sessionIdContext",
      "sigalgs"
    ];
    function setFetchCode(err) {
      if (err.code !== errors.ERR_ACCESS_DENIED) {
        err.code = errors.EFETCH;
      }
    }
    function parseFetchUrl(url) {
      let parsed;
      try {
        parsed = urllib.parse(url);
      } catch (_err) {
        return false;
      }
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
        return false;
      }
      return parsed;
    }
    function fetchPort(parsed) {
      return parsed.port ? Number(parsed.port) : parsed.protocol === "https:" ? 443 : 80;
    }
    function nmfetch(url, options) {
      options = options || {};
      options.fetchRes = options.fetchRes || new node_stream_1.PassThrough();
      options.cookies = options.cookies || new cookies_js_1.default();
      options.redirects = options.redirects || 0;
      options.maxRedirects = isNaN(options.maxRedirects) ? MAX_REDIRECTS : options.maxRedirects;
      if (!options.deadline) {
        options.maxTime = typeof options.maxTime === "number" && options.maxTime >= 0 ? options.maxTime : DEFAULT_MAX_TIME;
        options.deadline = options.maxTime ? Date.now() + options.maxTime : 0;
      }
      const fetchRes = options.fetchRes;
      const parsed = parseFetchUrl(url);
      if (!parsed) {
        if (options.body && typeof options.body.destroy === "function") {
          options.body.on("error", () => false);
          options.body.destroy();
        }
        setImmediate(() => {
          const err = new Error("Unsupported protocol for URL " + url);
          err.code = errors.EFETCH;
          err.sourceUrl = url;
          fetchRes.emit("error", err);
        });
        return fetchRes;
      }
      if (options.cookie) {
        [].concat(options.cookie || []).forEach((cookie) => {
          options.cookies.set(cookie, url);
        });
        options.cookie = false;
      }
      let method = (options.method || "").toString().trim().toUpperCase() || "GET";
      let finished = false;
      let cookies;
      let body;
      const handler = parsed.protocol === "https:" ? node_https_1.default : node_http_1.default;
      const headers = {
        "accept-encoding": "gzip,deflate",
        "user-agent": "nodemailer/" + packageData.version
      };
      Object.keys(options.headers || {}).forEach((key) => {
        if ((0, objects_js_1.isProtoKey)(key.toLowerCase().trim())) {
          return;
        }
        headers[key.toLowerCase().trim()] = options.headers[key];
      });
      if (options.userAgent) {
        headers["user-agent"] = options.userAgent;
      }
      if (parsed.auth) {
        headers.Authorization = "Basic " + Buffer.from(parsed.auth).toString("base64");
      }
      if (cookies = options.cookies.get(url)) {
        headers.cookie = cookies;
      }
      if (options.body) {
        if (options.contentType !== false) {
          headers["Content-Type"] = options.contentType || "application/x-www-form-urlencoded";
        }
        if (typeof options.body.pipe === "function") {
          headers["Transfer-Encoding"] = "chunked";
          body = options.body;
          body.on("error", (err) => {
            if (finished) {
              return;
            }
            finished = true;
            setFetchCode(err);
            err.sourceUrl = url;
            fetchRes.emit("error", err);
          });
        } else {
          if (options.body instanceof Buffer) {
            body = options.body;
          } else if (typeof options.body === "object") {
            try {
              body = Buffer.from(Object.keys(options.body).map((key) => {
                const value = options.body[key].toString().trim();
                return encodeURIComponent(key) + "=" + encodeURIComponent(value);
              }).join("&"));
            } catch (E) {
              finished = true;
              E.code = errors.EFETCH;
              E.sourceUrl = url;
              setImmediate(() => fetchRes.emit("error", E));
              return fetchRes;
            }
          } else {
            body = Buffer.from(options.body.toString().trim());
          }
          headers["Content-Type"] = options.contentType || "application/x-www-form-urlencoded";
          headers["Content-Length"] = body.length;
        }
        method = (options.method || "").toString().trim().toUpperCase() || "POST";
      }
      let req;
      const reqOptions = {
        method,
        host: parsed.hostname,
        path: parsed.path,
        port: fetchPort(parsed),
        headers,
        // Validate TLS certificates by default. Callers that genuinely need to
        // reach a self-signed/internal host opt out explicitly with
        // options.tls = { rejectUnauthorized: false }.
        rejectUnauthorized: true,
        agent: false
      };
      if (options.tls) {
        Object.keys(options.tls).forEach((key) => {
          if (TLS_OPTION_KEYS.includes(key)) {
            reqOptions[key] = options.tls[key];
          }
        });
      }
      if (parsed.protocol === "https:" && parsed.hostname && parsed.hostname !== reqOptions.host && !node_net_1.default.isIP(parsed.hostname) && !reqOptions.servername) {
        reqOptions.servername = parsed.hostname;
      }
      try {
        req = handler.request(reqOptions);
      } catch (E) {
        finished = true;
        setImmediate(() => {
          setFetchCode(E);
          E.sourceUrl = url;
          fetchRes.emit("error", E);
        });
        return fetchRes;
      }
      let deadlineTimer;
      const clearDeadline = () => {
        if (deadlineTimer) {
          clearTimeout(deadlineTimer);
          deadlineTimer = void 0;
        }
      };
      const fail = (err, sourceUrl = url) => {
        if (finished) {
          return;
        }
        finished = true;
        clearDeadline();
        setFetchCode(err);
        err.sourceUrl = sourceUrl;
        fetchRes.emit("error", err);
        req.abort();
      };
      const timeout = typeof options.timeout === "number" && options.timeout >= 0 ? options.timeout : DEFAULT_TIMEOUT;
      if (timeout) {
        req.setTimeout(timeout, () => fail(new Error("Request Timeout")));
      }
      if (options.deadline) {
        deadlineTimer = setTimeout(() => fail(new Error("Request exceeded the allowed " + options.maxTime + " ms")), Math.max(options.deadline - Date.now(), 1));
        deadlineTimer.unref();
      }
      req.on("error", (err) => fail(err));
      fetchRes.once("close", () => {
        clearDeadline();
        if (finished || fetchRes.readableEnded) {
          return;
        }
        finished = true;
        req.destroy();
      });
      req.on("response", (res) => {
        let inflate;
        if (finished) {
          return;
        }
        switch (res.headers["content-encoding"]) {
          case "gzip":
          case "deflate":
            inflate = node_zlib_1.default.createUnzip();
            break;
        }
        if (res.headers["set-cookie"]) {
          [].concat(res.headers["set-cookie"] || []).forEach((cookie) => {
            options.cookies.set(cookie, url);
          });
        }
        if ([301, 302, 303, 307, 308].includes(res.statusCode) && res.headers.location) {
          options.redirects++;
          if (options.redirects > options.maxRedirects) {
            return fail(new Error("Maximum redirect count exceeded"));
          }
          options.method = "GET";
          options.body = false;
          let redirectUrl;
          try {
            redirectUrl = urllib.resolve(url, res.headers.location);
          } catch (_err) {
            redirectUrl = res.headers.location;
          }
          const redirectParsed = parseFetchUrl(redirectUrl);
          if (!redirectParsed) {
            return fail(new Error("Unsupported protocol for URL " + redirectUrl), redirectUrl);
          }
          const crossOrigin = redirectParsed.protocol !== parsed.protocol || redirectParsed.hostname !== parsed.hostname || fetchPort(redirectParsed) !== fetchPort(parsed);
          if (options.headers && crossOrigin) {
            const sensitive = ["authorization", "cookie", "proxy-authorization"];
            Object.keys(options.headers).forEach((key) => {
              if (sensitive.includes(key.toLowerCase().trim())) {
                delete options.headers[key];
              }
            });
          }
          finished = true;
          clearDeadline();
          res.resume();
          req.abort();
          return nmfetch(redirectUrl, options);
        }
        fetchRes.statusCode = res.statusCode;
        fetchRes.headers = res.headers;
        if (res.statusCode >= 300 && !options.allowErrorResponse) {
          return fail(new Error("Invalid status code " + res.statusCode));
        }
        res.on("error", (err) => fail(err));
        res.once("end", () => clearDeadline());
        const maxBytes = typeof options.maxBytes === "number" && options.maxBytes > 0 ? options.maxBytes : DEFAULT_MAX_BYTES;
        const source = inflate || res;
        let received = 0;
        source.on("data", (chunk) => {
          received += chunk.length;
          if (received <= maxBytes || finished) {
            return;
          }
          source.unpipe(fetchRes);
          fail(new Error("Response size exceeds the allowed " + maxBytes + " bytes"));
        });
        if (inflate) {
          res.pipe(inflate).pipe(fetchRes);
          inflate.on("error", (err) => fail(err));
        } else {
          res.pipe(fetchRes);
        }
      });
      setImmediate(() => {
        if (body) {
          try {
            if (typeof body.pipe === "function") {
              return body.pipe(req);
            }
            req.write(body);
          } catch (err) {
            return fail(err);
          }
        }
        req.end();
      });
      return fetchRes;
    }
    nmfetch.Cookies = cookies_js_1.default;
    nmfetch.DEFAULT_TIMEOUT = DEFAULT_TIMEOUT;
    nmfetch.DEFAULT_MAX_TIME = DEFAULT_MAX_TIME;
    exports.default = nmfetch;
    module.exports = exports.default;
    Object.defineProperty(module.exports, "default", { value: exports.default, enumerable: false, writable: true, configurable: true });
  }
});

// node_modules/nodemailer/dist/cjs/shared/index.js
var require_shared = __commonJS({
  "node_modules/nodemailer/dist/cjs/shared/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
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
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.encodeXText = exports.assign = exports.parseDataURI = exports.callbackPromise = exports.getLogger = exports._logFunc = exports.parseConnectionUrl = exports.resolveHostname = exports.dnsCache = exports._readNetworkInterfaces = exports.networkInterfaces = exports._resetCacheCleanup = exports._lastCacheCleanup = exports.copyOwnKeys = exports.isProtoKey = void 0;
    exports.resolveContent = resolveContent;
    exports.recordStreamErrors = recordStreamErrors;
    exports.destroyStream = destroyStream;
    exports.unreadableStreamError = unreadableStreamError;
    exports.resolveStream = resolveStream;
    exports.normalizeDomain = normalizeDomain;
    var urllib = __importStar(require_url());
    var node_util_1 = __importDefault(__require("node:util"));
    var node_fs_1 = __importDefault(__require("node:fs"));
    var index_js_1 = __importDefault(require_fetch());
    var errors = __importStar(require_errors());
    var objects_js_1 = require_objects();
    Object.defineProperty(exports, "isProtoKey", { enumerable: true, get: function() {
      return objects_js_1.isProtoKey;
    } });
    Object.defineProperty(exports, "copyOwnKeys", { enumerable: true, get: function() {
      return objects_js_1.copyOwnKeys;
    } });
    var node_dns_1 = __importDefault(__require("node:dns"));
    var node_net_1 = __importDefault(__require("node:net"));
    var node_os_1 = __importDefault(__require("node:os"));
    var node_url_1 = __importDefault(__require("node:url"));
    var punycode = __importStar(require_punycode());
    var node_stream_1 = __require("node:stream");
    var DNS_TTL = 5 * 60 * 1e3;
    var CACHE_CLEANUP_INTERVAL = 30 * 1e3;
    var MAX_CACHE_SIZE = 1e3;
    var lastCacheCleanup = 0;
    var _lastCacheCleanup = () => lastCacheCleanup;
    exports._lastCacheCleanup = _lastCacheCleanup;
    var _resetCacheCleanup = () => {
      lastCacheCleanup = 0;
    };
    exports._resetCacheCleanup = _resetCacheCleanup;
    var networkInterfacesRead = false;
    var _readNetworkInterfaces = () => {
      if (!networkInterfacesRead) {
        networkInterfacesRead = true;
        try {
          exports.networkInterfaces = node_os_1.default.networkInterfaces();
        } catch (_err) {
        }
      }
      return exports.networkInterfaces;
    };
    exports._readNetworkInterfaces = _readNetworkInterfaces;
    var isFamilySupported = (family, allowInternal) => {
      const addresses = Object.values((0, exports._readNetworkInterfaces)() || {}).flat();
      if (!addresses.length) {
        return true;
      }
      return addresses.filter((i) => !i.internal || allowInternal).some((i) => i.family === "IPv" + family || i.family === family);
    };
    var resolve = (family, hostname, options, callback) => {
      options = options || {};
      if (!isFamilySupported(family, options.allowInternalNetworkInterfaces)) {
        callback(null, []);
        return null;
      }
      const dnsResolver = node_dns_1.default.Resolver ? new node_dns_1.default.Resolver(options) : node_dns_1.default;
      dnsResolver["resolve" + family](hostname, (err, addresses) => {
        if (err) {
          switch (err.code) {
            case node_dns_1.default.NODATA:
            case node_dns_1.default.NOTFOUND:
            case node_dns_1.default.NOTIMP:
            case node_dns_1.default.SERVFAIL:
            case node_dns_1.default.CONNREFUSED:
            case node_dns_1.default.REFUSED:
            case "EAI_AGAIN":
              return callback(null, []);
          }
          return callback(err);
        }
        return callback(null, Array.isArray(addresses) ? addresses : [].concat(addresses || []));
      });
      return node_dns_1.default.Resolver ? dnsResolver : null;
    };
    exports.dnsCache = /* @__PURE__ */ new Map();
    var formatDNSValue = (value, extra) => {
      if (!value) {
        return Object.assign({}, extra || {});
      }
      const addresses = value.addresses || [];
      const host = addresses.length > 0 ? addresses[Math.floor(Math.random() * addresses.length)] : null;
      return Object.assign({
        host,
        // Include all addresses for connection fallback support
        _addresses: addresses
      }, extra || {});
    };
    var resolveHostname = (options, callback) => {
      options = options || {};
      if (!options.host && options.servername) {
        options.host = options.servername;
      }
      if (!options.host || node_net_1.default.isIP(options.host)) {
        const value = {
          addresses: [options.host]
        };
        return callback(null, formatDNSValue(value, {
          servername: options.servername || false,
          cached: false
        }));
      }
      const host = options.host;
      const servername = options.servername || host;
      let cached;
      if (exports.dnsCache.has(options.host)) {
        cached = exports.dnsCache.get(options.host);
        const now = Date.now();
        if (now - lastCacheCleanup > CACHE_CLEANUP_INTERVAL) {
          lastCacheCleanup = now;
          for (const [host2, entry] of exports.dnsCache.entries()) {
            if (entry.expires && entry.expires < now) {
              exports.dnsCache.delete(host2);
            }
          }
          if (exports.dnsCache.size > MAX_CACHE_SIZE) {
            const toDelete = Math.floor(MAX_CACHE_SIZE * 0.1);
            const keys = Array.from(exports.dnsCache.keys()).slice(0, toDelete);
            keys.forEach((key) => exports.dnsCache.delete(key));
          }
        }
        if (!cached.expires || cached.expires >= now) {
          return callback(null, formatDNSValue(cached.value, {
            servername,
            cached: true
          }));
        }
      }
      let responded = false;
      let deadline;
      const respond = (err, result) => {
        if (responded) {
          return;
        }
        responded = true;
        clearTimeout(deadline);
        callback(err, result);
      };
      const respondCached = (error) => {
        if (!cached) {
          return false;
        }
        exports.dnsCache.set(host, {
          value: cached.value,
          expires: Date.now() + (options.dnsTtl || DNS_TTL)
        });
        respond(null, formatDNSValue(cached.value, {
          servername,
          cached: true,
          error
        }));
        return true;
      };
      const resolvers = [];
      const timeout = Number(options.timeout) || 0;
      if (timeout > 0) {
        deadline = setTimeout(() => {
          for (const resolver of resolvers) {
            if (typeof resolver.cancel === "function") {
              resolver.cancel();
            }
          }
          const err = new Error("DNS lookup for " + host + " timed out");
          err.code = node_dns_1.default.TIMEOUT;
          if (!respondCached(err)) {
            respond(err);
          }
        }, timeout);
      }
      let ipv4Addresses = [];
      let ipv6Addresses = [];
      let ipv4Error = null;
      let ipv6Error = null;
      let pending = 2;
      const onResolved = () => {
        if (--pending || responded) {
          return;
        }
        const allAddresses = ipv4Addresses.concat(ipv6Addresses);
        if (allAddresses.length) {
          const value = {
            addresses: allAddresses
          };
          exports.dnsCache.set(host, {
            value,
            expires: Date.now() + (options.dnsTtl || DNS_TTL)
          });
          return respond(null, formatDNSValue(value, {
            servername,
            cached: false
          }));
        }
        if (ipv4Error && ipv6Error && respondCached(ipv4Error)) {
          return;
        }
        try {
          node_dns_1.default.lookup(host, { all: true }, (err, addresses) => {
            if (err) {
              if (respondCached(err)) {
                return;
              }
              return respond(err);
            }
            const supportedAddresses = addresses ? addresses.filter((addr) => isFamilySupported(addr.family)).map((addr) => addr.address) : [];
            if (addresses && addresses.length && !supportedAddresses.length) {
              console.warn(`Failed to resolve IPv${addresses[0].family} addresses with current network`);
            }
            if (!supportedAddresses.length && cached) {
              return respond(null, formatDNSValue(cached.value, {
                servername,
                cached: true
              }));
            }
            const value = {
              addresses: supportedAddresses.length ? supportedAddresses : [host]
            };
            exports.dnsCache.set(host, {
              value,
              expires: Date.now() + (options.dnsTtl || DNS_TTL)
            });
            return respond(null, formatDNSValue(value, {
              servername,
              cached: false
            }));
          });
        } catch (lookupErr) {
          if (respondCached(lookupErr)) {
            return;
          }
          return respond(ipv4Error || ipv6Error || lookupErr);
        }
      };
      for (const family of [4, 6]) {
        const resolver = resolve(family, host, options, (err, addresses) => {
          if (family === 4) {
            ipv4Error = err;
            ipv4Addresses = addresses || [];
          } else {
            ipv6Error = err;
            ipv6Addresses = addresses || [];
          }
          onResolved();
        });
        if (resolver) {
          resolvers.push(resolver);
        }
      }
    };
    exports.resolveHostname = resolveHostname;
    var parseConnectionUrl = (str) => {
      str = str || "";
      const options = {};
      const url = urllib.parse(str, true);
      switch (url.protocol) {
        case "smtp:":
          options.secure = false;
          break;
        case "smtps:":
          options.secure = true;
          break;
        case "direct:":
          options.direct = true;
          break;
      }
      if (!isNaN(url.port) && Number(url.port)) {
        options.port = Number(url.port);
      }
      if (url.hostname) {
        options.host = url.hostname;
      }
      if (url.username || url.password) {
        options.auth = {
          user: url.username || "",
          pass: url.password || ""
        };
      }
      Object.keys(url.query || {}).forEach((key) => {
        let obj = options;
        let lKey = key;
        let value = url.query[key];
        if (!isNaN(value)) {
          value = Number(value);
        }
        switch (value) {
          case "true":
            value = true;
            break;
          case "false":
            value = false;
            break;
        }
        if (key.indexOf("tls.") === 0) {
          lKey = key.substr(4);
          if (!options.tls) {
            options.tls = {};
          }
          obj = options.tls;
        } else if (key.indexOf(".") >= 0) {
          return;
        }
        if (!(0, objects_js_1.isProtoKey)(lKey) && !(lKey in obj)) {
          obj[lKey] = value;
        }
      });
      return options;
    };
    exports.parseConnectionUrl = parseConnectionUrl;
    var _logFunc = (logger, level, defaults, data, message, ...args) => {
      const entry = Object.assign({}, defaults || {}, data || {});
      delete entry.level;
      let logLevel = level;
      if (typeof logger[logLevel] !== "function") {
        logLevel = ["info", "debug", "log", "trace", "warn", "error"].find((name) => typeof logger[name] === "function");
      }
      if (logLevel) {
        logger[logLevel](entry, message, ...args);
      }
    };
    exports._logFunc = _logFunc;
    var getLogger = (options, defaults) => {
      options = options || {};
      const response = {};
      const levels = ["trace", "debug", "info", "warn", "error", "fatal"];
      if (!options.logger) {
        levels.forEach((level) => {
          response[level] = () => false;
        });
        return response;
      }
      const logger = options.logger === true ? createDefaultLogger(levels) : options.logger;
      levels.forEach((level) => {
        response[level] = (...args) => {
          const data = typeof args[0] === "string" ? void 0 : args.shift();
          (0, exports._logFunc)(logger, level, defaults, data, ...args);
        };
      });
      return response;
    };
    exports.getLogger = getLogger;
    var callbackPromise = (resolve2, reject) => function(...args) {
      const err = args.shift();
      if (err) {
        reject(err);
      } else {
        resolve2(...args);
      }
    };
    exports.callbackPromise = callbackPromise;
    var parseDataURI = (uri) => {
      if (typeof uri !== "string") {
        return null;
      }
      if (!uri.startsWith("data:")) {
        return null;
      }
      const commaPos = uri.indexOf(",");
      if (commaPos === -1) {
        return null;
      }
      const data = uri.substring(commaPos + 1);
      const metaStr = uri.substring("data:".length, commaPos);
      let encoding;
      const metaEntries = metaStr.split(";");
      if (metaEntries.length > 0) {
        const lastEntry = metaEntries[metaEntries.length - 1].toLowerCase().trim();
        if (["base64", "utf8", "utf-8"].includes(lastEntry) && lastEntry.indexOf("=") === -1) {
          encoding = lastEntry;
          metaEntries.pop();
        }
      }
      const contentType = metaEntries.length > 0 ? metaEntries.shift() : "application/octet-stream";
      const params = {};
      for (let i = 0; i < metaEntries.length; i++) {
        const entry = metaEntries[i];
        const sepPos = entry.indexOf("=");
        if (sepPos > 0) {
          const key = entry.substring(0, sepPos).trim();
          const value = entry.substring(sepPos + 1).trim();
          if (key && !(0, objects_js_1.isProtoKey)(key)) {
            params[key] = value;
          }
        }
      }
      let bufferData;
      try {
        if (encoding === "base64") {
          bufferData = Buffer.from(data, "base64");
        } else {
          try {
            bufferData = Buffer.from(decodeURIComponent(data));
          } catch (_decodeError) {
            bufferData = Buffer.from(data);
          }
        }
      } catch (_bufferError) {
        bufferData = Buffer.alloc(0);
      }
      return {
        data: bufferData,
        encoding: encoding || null,
        contentType: contentType || "application/octet-stream",
        params
      };
    };
    exports.parseDataURI = parseDataURI;
    function resolveContent(data, key, options, callback) {
      if (!callback && typeof options === "function") {
        callback = options;
        options = false;
      }
      options = options || {};
      let promise;
      if (!callback) {
        promise = new Promise((resolve2, reject) => {
          callback = (0, exports.callbackPromise)(resolve2, reject);
        });
      }
      resolveContentValue(data, key, options, callback);
      return promise;
    }
    function resolveContentValue(data, key, options, callback) {
      let content = data && data[key] && data[key].content || data[key];
      const encoding = (typeof data[key] === "object" && data[key].encoding || "utf8").toString().toLowerCase().replace(/[-_\s]/g, "");
      if (!content) {
        return callback(null, content);
      }
      if (typeof content === "object") {
        if (typeof content.pipe === "function") {
          return resolveStream(content, (err, value) => {
            if (err) {
              return callback(err);
            }
            if (data[key].content) {
              data[key].content = value;
            } else {
              data[key] = value;
            }
            callback(null, value);
          });
        } else if (/^data:/i.test(content.path || content.href)) {
          const parsedDataUri = (0, exports.parseDataURI)(content.path || content.href);
          return callback(null, parsedDataUri && parsedDataUri.data ? parsedDataUri.data : Buffer.alloc(0));
        } else if (content.href || /^https?:\/\//i.test(content.path)) {
          const url = content.href || content.path;
          if (options.disableUrlAccess) {
            setImmediate(() => {
              const err = new Error("Url access rejected for " + url);
              err.code = errors.EURLACCESS;
              callback(err);
            });
            return;
          }
          return resolveStream((0, index_js_1.default)(url, { headers: content.httpHeaders, tls: content.tls }), callback);
        } else if (content.path) {
          if (options.disableFileAccess) {
            setImmediate(() => {
              const err = new Error("File access rejected for " + content.path);
              err.code = errors.EFILEACCESS;
              callback(err);
            });
            return;
          }
          return resolveStream(node_fs_1.default.createReadStream(content.path), callback);
        }
      }
      if (typeof data[key].content === "string" && !["utf8", "usascii", "ascii"].includes(encoding)) {
        content = Buffer.from(data[key].content, encoding);
      }
      setImmediate(() => callback(null, content));
    }
    var assign = function(...args) {
      const target = args.shift() || {};
      args.forEach((source) => {
        Object.keys(source || {}).forEach((key) => {
          if ((0, objects_js_1.isProtoKey)(key)) {
            return;
          }
          if (["tls", "auth"].includes(key) && source[key] && typeof source[key] === "object") {
            target[key] = (0, objects_js_1.copyOwnKeys)(target[key] || {}, source[key]);
          } else {
            target[key] = source[key];
          }
        });
      });
      return target;
    };
    exports.assign = assign;
    var encodeXText = (str) => {
      if (!/[^\x21-\x2A\x2C-\x3C\x3E-\x7E]/.test(str)) {
        return str;
      }
      const buf = Buffer.from(str);
      let result = "";
      for (let i = 0, len = buf.length; i < len; i++) {
        const c = buf[i];
        if (c < 33 || c > 126 || c === 43 || c === 61) {
          result += "+" + (c < 16 ? "0" : "") + c.toString(16).toUpperCase();
        } else {
          result += String.fromCharCode(c);
        }
      }
      return result;
    };
    exports.encodeXText = encodeXText;
    var streamErrors = /* @__PURE__ */ new WeakMap();
    function recordStreamErrors(stream) {
      stream.on("error", (err) => {
        if (!streamErrors.has(stream)) {
          streamErrors.set(stream, err);
        }
      });
    }
    function destroyStream(value) {
      const stream = value;
      if (stream && typeof stream.pipe === "function" && typeof stream.destroy === "function" && !stream.destroyed) {
        stream.destroy();
      }
    }
    function unreadableStreamError(stream) {
      const err = streamErrors.get(stream) || stream.errored;
      if (err) {
        return err;
      }
      if (stream.readableEnded || stream.destroyed) {
        const unreadable = new Error("Content stream was already read or destroyed");
        unreadable.code = errors.ESTREAM;
        return unreadable;
      }
      return null;
    }
    function resolveStream(stream, callback) {
      let responded = false;
      const respond = (err, value) => {
        if (responded) {
          return;
        }
        responded = true;
        callback(err, value);
      };
      const unreadable = unreadableStreamError(stream);
      if (unreadable) {
        stream.on("error", () => false);
        setImmediate(() => respond(unreadable));
        return;
      }
      const chunks = [];
      let chunklen = 0;
      stream.on("data", (chunk) => {
        if (typeof chunk === "string") {
          chunk = Buffer.from(chunk);
        }
        chunks.push(chunk);
        chunklen += chunk.length;
      });
      (0, node_stream_1.finished)(stream, { writable: false }, (err) => {
        if (err) {
          return respond(err);
        }
        let value;
        try {
          value = Buffer.concat(chunks, chunklen);
        } catch (E) {
          return respond(E);
        }
        respond(null, value);
      });
    }
    function createDefaultLogger(levels) {
      const levelMaxLen = levels.reduce((max, level) => Math.max(max, level.length), 0);
      const levelNames = /* @__PURE__ */ new Map();
      levels.forEach((level) => {
        let levelName = level.toUpperCase();
        if (levelName.length < levelMaxLen) {
          levelName += " ".repeat(levelMaxLen - levelName.length);
        }
        levelNames.set(level, levelName);
      });
      const print = (level, entry, message, ...args) => {
        let prefix = "";
        if (entry) {
          if (entry.tnx === "server") {
            prefix = "S: ";
          } else if (entry.tnx === "client") {
            prefix = "C: ";
          }
          if (entry.sid) {
            prefix = "[" + entry.sid + "] " + prefix;
          }
          if (entry.cid) {
            prefix = "[#" + entry.cid + "] " + prefix;
          }
        }
        message = node_util_1.default.format(message, ...args);
        message.split(/\r?\n/).forEach((line) => {
          console.log("[%s] %s %s", (/* @__PURE__ */ new Date()).toISOString().substr(0, 19).replace(/T/, " "), levelNames.get(level), prefix + line);
        });
      };
      const logger = {};
      levels.forEach((level) => {
        logger[level] = print.bind(null, level);
      });
      return logger;
    }
    var URL_PARSER_UNSAFE = /[/\\?#%\x00-\x20\x7F]/;
    var MAX_DOMAIN_LENGTH = 253;
    var MAX_LABEL_LENGTH = 63;
    function exceedsDomainLimits(domain) {
      let total = 0;
      let label = 0;
      for (const char of domain) {
        total++;
        if (char === "." || char === "。" || char === "．" || char === "｡") {
          label = 0;
        } else if (++label > MAX_LABEL_LENGTH) {
          return true;
        }
      }
      return total > MAX_DOMAIN_LENGTH;
    }
    function normalizeDomain(domain, toUnicode) {
      if (typeof node_url_1.default.domainToASCII === "function" && typeof node_url_1.default.domainToUnicode === "function" && !URL_PARSER_UNSAFE.test(domain)) {
        const ascii = node_url_1.default.domainToASCII(domain);
        const mapped = ascii && toUnicode ? node_url_1.default.domainToUnicode(ascii) : ascii;
        if (mapped) {
          return mapped;
        }
      }
      domain = domain.toLowerCase();
      if (exceedsDomainLimits(domain)) {
        return domain;
      }
      return toUnicode ? punycode.toUnicode(domain) : punycode.toASCII(domain);
    }
  }
});

// node_modules/nodemailer/dist/cjs/smtp-connection/server-message-id.js
var require_server_message_id = __commonJS({
  "node_modules/nodemailer/dist/cjs/smtp-connection/server-message-id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseServerMessageId = parseServerMessageId;
    var OUTLOOK_REPLY = /^250 2\.0\.0 OK (<[^<>\s]+\.prod\.outlook\.com>)/i;
    var SES_REPLY = /^250 Ok ([0-9a-f]+(?:-[0-9a-f]+)+)$/i;
    var AWS_REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;
    function sesRegion(host) {
      const labels = host.toLowerCase().replace(/\.$/, "").split(".");
      const domain = labels.slice(-2).join(".");
      if (domain !== "amazonaws.com" && domain !== "awsapps.com") {
        return void 0;
      }
      return labels.slice(0, -2).find((label) => AWS_REGION.test(label));
    }
    function parseServerMessageId(response, host) {
      const reply = (response || "").toString().trim();
      const outlook = reply.match(OUTLOOK_REPLY);
      if (outlook) {
        return outlook[1];
      }
      const ses = reply.match(SES_REPLY);
      if (ses && host) {
        const region = sesRegion(host);
        if (region) {
          return "<" + ses[1].toLowerCase() + "@" + (region === "us-east-1" ? "email" : region) + ".amazonses.com>";
        }
      }
      return void 0;
    }
  }
});

// node_modules/nodemailer/dist/cjs/smtp-connection/index.js
var require_smtp_connection = __commonJS({
  "node_modules/nodemailer/dist/cjs/smtp-connection/index.js"(exports, module) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
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
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var packageData = __importStar(require_package_info());
    var node_events_1 = __require("node:events");
    var node_net_1 = __importDefault(__require("node:net"));
    var node_tls_1 = __importDefault(__require("node:tls"));
    var node_os_1 = __importDefault(__require("node:os"));
    var node_crypto_1 = __importDefault(__require("node:crypto"));
    var data_stream_js_1 = __importDefault(require_data_stream());
    var node_stream_1 = __require("node:stream");
    var shared = __importStar(require_shared());
    var server_message_id_js_1 = require_server_message_id();
    var errors_js_1 = require_errors();
    var CONNECTION_TIMEOUT = 2 * 60 * 1e3;
    var SOCKET_TIMEOUT = 10 * 60 * 1e3;
    var GREETING_TIMEOUT = 30 * 1e3;
    var DNS_TIMEOUT = 30 * 1e3;
    var CLOSE_TIMEOUT = 5 * 1e3;
    var KEEPALIVE_DELAY = 30 * 1e3;
    var TEARDOWN_NOOP = () => {
    };
    function shuffle(list) {
      const result = list.slice();
      for (let i = result.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [result[i], result[j]] = [result[j], result[i]];
      }
      return result;
    }
    function timeoutError(message, timeoutType) {
      const err = new Error(message);
      err.timeoutType = timeoutType;
      return err;
    }
    var MAX_RESPONSE_SIZE = 1024 * 1024;
    function decodeServerResponse(str) {
      if (!str) {
        return str;
      }
      const utf8 = Buffer.from(str, "binary").toString("utf8");
      return utf8.includes("�") ? str : utf8;
    }
    function isPartialResponse(str) {
      return isPartialLine(str.slice(str.lastIndexOf("\n") + 1));
    }
    function isPartialLine(line) {
      return /^\d+-/.test(line);
    }
    function maskAuthCommand(cmd) {
      const match = (cmd || "").toString().match(/^AUTH\s+[^\s]+/i);
      if (!match) {
        return "/* secret */";
      }
      return match[0].length === cmd.length ? cmd : match[0] + " /* secret */";
    }
    var SMTPConnection = class extends node_events_1.EventEmitter {
      constructor(options) {
        super(options);
        this.id = node_crypto_1.default.randomBytes(8).toString("base64").replace(/\W/g, "");
        this.stage = "init";
        this.options = options || {};
        if (this.options.requireTLS && (this.options.ignoreTLS || this.options.opportunisticTLS)) {
          this.options = Object.assign({}, this.options, { ignoreTLS: false, opportunisticTLS: false });
        }
        this.secureConnection = !!this.options.secure;
        this.alreadySecured = !!this.options.secured;
        this.port = Number(this.options.port) || (this.secureConnection ? 465 : 587);
        this.host = this.options.host || "localhost";
        this.servername = this.options.servername ? this.options.servername : !node_net_1.default.isIP(this.host) ? this.host : false;
        this.allowInternalNetworkInterfaces = this.options.allowInternalNetworkInterfaces || false;
        if (typeof this.options.secure === "undefined" && this.port === 465) {
          this.secureConnection = true;
        }
        this.name = (this.options.name || this._getHostname()).toString().replace(/[\r\n]+/g, "");
        this.logger = shared.getLogger(this.options, {
          component: this.options.component || "smtp-connection",
          sid: this.id
        });
        this.customAuth = /* @__PURE__ */ new Map();
        for (const key of Object.keys(this.options.customAuth || {})) {
          const mapKey = (key || "").toString().trim().toUpperCase();
          if (mapKey) {
            this.customAuth.set(mapKey, this.options.customAuth[key]);
          }
        }
        this.version = packageData.version;
        this.authenticated = false;
        this.destroyed = false;
        this.secure = !!this.secureConnection;
        this._remainder = "";
        this._responseQueue = [];
        this._responsePartial = false;
        this.lastServerResponse = false;
        this._socket = false;
        this._supportedAuth = [];
        this.allowsAuth = false;
        this._envelope = false;
        this._supportedExtensions = [];
        this._maxAllowedSize = 0;
        this._responseActions = [];
        this._recipientQueue = [];
        this._phaseTimer = false;
        this._plaintextEhlo = false;
        this._destroyed = false;
        this._closing = false;
        this._currentDataStream = false;
        this._pendingSend = false;
        this._connectCallback = false;
        this._onSocketData = (chunk) => this._onData(chunk);
        this._onSocketError = (error) => this._onError(error, "ESOCKET", false, "CONN");
        this._onSocketClose = () => this._onClose();
        this._onSocketEnd = () => this._onEnd();
        this._onSocketTimeout = () => this._onTimeout();
        this._onConnectionSocketError = (err) => this._onError(err, "ESOCKET", false, "CONN");
      }
      /**
       * Creates a connection to a SMTP server and sets up connection
       * listener
       */
      connect(connectCallback) {
        if (this._connectCalled && !this._destroyed) {
          const err = this._formatError("Cannot connect - connect() was already called for this connection", "ECONNECTION", false, "API");
          if (typeof connectCallback === "function") {
            setImmediate(() => connectCallback(err));
            return;
          }
          this.logger.warn({ tnx: "smtp" }, "%s", err.message);
          return;
        }
        this._connectCalled = true;
        if (typeof connectCallback === "function") {
          this._connectCallback = connectCallback;
          this.once("connect", () => {
            this._connectCallback = false;
            this.logger.debug({
              tnx: "smtp"
            }, "SMTP handshake finished");
            connectCallback();
          });
          const isDestroyedMessage = this._isDestroyedMessage("connect");
          if (isDestroyedMessage) {
            return connectCallback(this._formatError(isDestroyedMessage, "ECONNECTION", false, "CONN"));
          }
        }
        const connectionTimeout = this.options.connectionTimeout || CONNECTION_TIMEOUT;
        this._connectionDeadline = (this._connectStartedAt || Date.now()) + connectionTimeout;
        let opts = {
          port: this.port,
          host: this.host,
          allowInternalNetworkInterfaces: this.allowInternalNetworkInterfaces,
          timeout: Math.min(this.options.dnsTimeout || DNS_TIMEOUT, connectionTimeout)
        };
        if (this.options.localAddress) {
          opts.localAddress = this.options.localAddress;
        }
        if (this.options.connection) {
          this._socket = this.options.connection;
          this._setupConnectionHandlers();
          if (this.secureConnection && !this.alreadySecured) {
            setImmediate(() => this._upgradeConnection((err) => {
              if (err) {
                this._onError(new Error("Error initiating TLS - " + (err.message || err)), "ETLS", false, "CONN");
                return;
              }
              this._onConnect();
            }));
          } else {
            setImmediate(() => this._onConnect());
          }
          return;
        } else if (this.options.socket) {
          this._socket = this.options.socket;
          return this._resolveAndConnect(opts, (_resolved) => {
            if (this._destroyed || this._closing) {
              return;
            }
            try {
              this._socket.connect(this.port, this.host, () => {
                if (this.secureConnection && !this.alreadySecured) {
                  return this._upgradeConnection((err) => {
                    if (err) {
                      this._onError(new Error("Error initiating TLS - " + (err.message || err)), "ETLS", false, "CONN");
                      return;
                    }
                    this._onConnect();
                  });
                }
                this._onConnect();
              });
              this._setupConnectionHandlers();
            } catch (E) {
              setImmediate(() => this._onError(E, "ECONNECTION", false, "CONN"));
              return;
            }
          });
        } else {
          if (this.secureConnection) {
            Object.assign(opts, this.options.tls || {});
            if (this.servername && !opts.servername) {
              opts.servername = this.servername;
            }
          }
          return this._resolveAndConnect(opts, (resolved) => {
            let addresses = resolved._addresses || [];
            if (opts.localAddress) {
              const localFamily = node_net_1.default.isIPv6(opts.localAddress) ? 6 : 4;
              const sameFamily = addresses.filter((addr) => node_net_1.default.isIP(addr) === localFamily);
              addresses = sameFamily.length ? sameFamily : addresses;
            }
            if (addresses.length > 1) {
              const ipv6 = addresses.filter((addr) => node_net_1.default.isIPv6(addr));
              const ipv4 = addresses.filter((addr) => !node_net_1.default.isIPv6(addr));
              const ordered = shuffle(ipv6).concat(shuffle(ipv4));
              opts.host = this.host;
              opts.autoSelectFamily = true;
              if (!ipv6.length || !ipv4.length) {
                const remaining = this._connectionDeadline - Date.now();
                opts.autoSelectFamilyAttemptTimeout = Math.max(Math.floor(remaining / ordered.length), 10);
              }
              opts.lookup = ((hostname, lookupOptions, callback) => {
                if (lookupOptions && lookupOptions.all) {
                  const all = ordered.map((address) => ({ address, family: node_net_1.default.isIPv6(address) ? 6 : 4 }));
                  return setImmediate(() => callback(null, all));
                }
                setImmediate(() => callback(null, ordered[0], node_net_1.default.isIPv6(ordered[0]) ? 6 : 4));
              });
            } else if (addresses.length) {
              opts.host = addresses[0];
            }
            this._connectToHost(opts, this.secureConnection);
          });
        }
      }
      /**
       * Resolves the hostname and applies resolved values to opts,
       * then calls the provided callback with the resolved data
       *
       * @param opts Connection options (modified in place)
       * @param callback Called with resolved data on success
       * @internal
       */
      _resolveAndConnect(opts, callback) {
        return shared.resolveHostname(opts, (err, resolved) => {
          if (err) {
            return setImmediate(() => this._onError(err, "EDNS", false, "CONN"));
          }
          this.logger.debug({
            tnx: "dns",
            source: opts.host,
            resolved: resolved.host,
            cached: !!resolved.cached
          }, "Resolved %s as %s [cache %s]", opts.host, resolved.host, resolved.cached ? "hit" : "miss");
          for (const key of Object.keys(resolved)) {
            if (key.charAt(0) !== "_" && resolved[key]) {
              opts[key] = resolved[key];
            }
          }
          callback(resolved);
        });
      }
      /**
       * Attempts to connect to the specified host address
       *
       * @param opts Connection options
       * @param secure Whether to use TLS
       * @internal
       */
      _connectToHost(opts, secure) {
        if (this._destroyed || this._closing) {
          return;
        }
        const connectFn = secure ? node_tls_1.default.connect : node_net_1.default.connect;
        try {
          this._socket = connectFn(opts, () => this._onConnect());
          this._setupConnectionHandlers();
        } catch (E) {
          setImmediate(() => this._onError(E, "ECONNECTION", false, "CONN"));
          return;
        }
      }
      /**
       * Sets up connection timeout and error handlers
       * @internal
       */
      _setupConnectionHandlers() {
        this._startPhase(Math.max((this._connectionDeadline || Date.now()) - Date.now(), 0), timeoutError("Connection timeout", "CONNECT_TIMEOUT"));
        this._socket.on("error", this._onConnectionSocketError);
      }
      /**
       * Starts the timer of a connection phase: connecting, waiting for the greeting or a TLS
       * upgrade. The phases follow one another, so starting one ends the one before
       *
       * @param timeout Time the phase may take
       * @param err Error to fail with when it takes longer
       * @internal
       */
      _startPhase(timeout, err) {
        this._clearPhase();
        this._phaseTimer = setTimeout(() => {
          this._phaseTimer = false;
          this._onError(err, "ETIMEDOUT", false, "CONN");
        }, timeout);
      }
      /**
       * Time the greeting or a STARTTLS upgrade may take: greetingTimeout, cut short by what is left
       * of connectionTimeout
       *
       * @internal
       */
      _remainingSetupTime() {
        return Math.min(this.options.greetingTimeout || GREETING_TIMEOUT, Math.max((this._connectionDeadline || Infinity) - Date.now(), 1));
      }
      /** @internal */
      _clearPhase() {
        clearTimeout(this._phaseTimer);
        this._phaseTimer = false;
      }
      /**
       * Sends QUIT
       */
      quit() {
        this._sendCommand("QUIT");
        this._responseActions.push(this.close);
      }
      /**
       * Closes the connection to the server
       */
      close() {
        this._clearPhase();
        this._responseActions = [];
        if (this._closing) {
          return;
        }
        this._closing = true;
        const configuredCloseTimeout = this.options.socketCloseTimeout;
        const socketCloseTimeout = typeof configuredCloseTimeout === "number" && Number.isFinite(configuredCloseTimeout) && configuredCloseTimeout >= 0 ? configuredCloseTimeout : CLOSE_TIMEOUT;
        const closeMethod = this.stage === "init" || socketCloseTimeout === 0 ? "destroy" : "end";
        this.logger.debug({
          tnx: "smtp"
        }, 'Closing connection to the server using "%s"', closeMethod);
        const socket = this._socket;
        if (this._currentDataStream) {
          try {
            this._currentDataStream.unpipe(this._socket);
          } catch (_E) {
          }
          this._currentDataStream = false;
        }
        if (this._pendingSend) {
          const { stream, onStreamError } = this._pendingSend;
          if (stream) {
            stream.removeListener("error", onStreamError);
            stream.on("error", TEARDOWN_NOOP);
            stream.destroy();
          }
          this._pendingSend = false;
        }
        if (socket && !socket.destroyed) {
          try {
            socket.setTimeout(0);
            socket.removeListener("data", this._onSocketData);
            socket.removeListener("timeout", this._onSocketTimeout);
            socket.removeListener("close", this._onSocketClose);
            socket.removeListener("end", this._onSocketEnd);
            socket.removeListener("error", this._onSocketError);
            socket.removeListener("error", this._onConnectionSocketError);
            socket.on("error", TEARDOWN_NOOP);
            socket[closeMethod]();
            if (closeMethod === "end") {
              const closeTimer = setTimeout(() => socket.destroy(), socketCloseTimeout);
              if (typeof closeTimer.unref === "function") {
                closeTimer.unref();
              }
              socket.once("close", () => clearTimeout(closeTimer));
            }
          } catch (_E) {
          }
        }
        this._destroy();
      }
      /**
       * Authenticate user
       */
      login(authData, callback) {
        const isDestroyedMessage = this._isDestroyedMessage("login");
        if (isDestroyedMessage) {
          return callback(this._formatError(isDestroyedMessage, "ECONNECTION", false, "API"));
        }
        this._auth = authData || {};
        this._authMethod = (this._auth.method || "").toString().trim().toUpperCase() || false;
        const canUseXOAuth2 = !!this._auth.oauth2 || this.customAuth.has("XOAUTH2");
        if (!this._authMethod && this._auth.oauth2 && !this._auth.credentials) {
          this._authMethod = "XOAUTH2";
        } else if (!this._authMethod || this._authMethod === "XOAUTH2" && !this._auth.oauth2) {
          const supported = this._supportedAuth.find((method) => method !== "XOAUTH2" || canUseXOAuth2);
          this._authMethod = (supported || "PLAIN").toUpperCase().trim();
        }
        if ((this._authMethod !== "XOAUTH2" || this.customAuth.has("XOAUTH2")) && (!this._auth.credentials || !this._auth.credentials.user || !this._auth.credentials.pass)) {
          if (this._auth.user && this._auth.pass || this.customAuth.has(this._authMethod)) {
            this._auth.credentials = {
              user: this._auth.user,
              pass: this._auth.pass,
              options: this._auth.options
            };
          } else {
            return callback(this._formatError('Missing credentials for "' + this._authMethod + '"', "EAUTH", false, "API"));
          }
        }
        if (this.customAuth.has(this._authMethod)) {
          const handler = this.customAuth.get(this._authMethod);
          let lastResponse;
          let returned = false;
          const resolve = () => {
            if (returned) {
              return;
            }
            returned = true;
            this.logger.info({
              tnx: "smtp",
              username: this._auth.user,
              action: "authenticated",
              method: this._authMethod
            }, "User %s authenticated", JSON.stringify(this._auth.user));
            this.authenticated = true;
            callback(null, true);
          };
          const reject = (err) => {
            if (returned) {
              return;
            }
            returned = true;
            callback(this._formatError(err, "EAUTH", lastResponse, "AUTH " + this._authMethod));
          };
          const sendCommand = (cmd, done) => {
            let promise;
            if (!done) {
              promise = new Promise((resolve2, reject2) => {
                done = shared.callbackPromise(resolve2, reject2);
              });
            }
            this._responseActions.push((str) => {
              lastResponse = str;
              let codes = str.match(/^(\d+)(?:\s(\d+\.\d+\.\d+))?\s/);
              let data = {
                command: cmd,
                response: str
              };
              if (codes) {
                data.status = Number(codes[1]) || 0;
                if (codes[2]) {
                  data.code = codes[2];
                }
                data.text = str.substr(codes[0].length);
              } else {
                data.text = str;
                data.status = 0;
              }
              done(null, data);
            });
            setImmediate(() => this._sendCommand(cmd, maskAuthCommand(cmd)));
            return promise;
          };
          const handlerResponse = handler({
            auth: this._auth,
            method: this._authMethod,
            extensions: [].concat(this._supportedExtensions),
            authMethods: [].concat(this._supportedAuth),
            maxAllowedSize: this._maxAllowedSize || false,
            sendCommand,
            resolve,
            reject
          });
          if (handlerResponse && typeof handlerResponse.catch === "function") {
            handlerResponse.then(resolve).catch(reject);
          }
          return;
        }
        switch (this._authMethod) {
          case "XOAUTH2":
            this._handleXOauth2Token(false, callback);
            return;
          case "LOGIN":
            this._responseActions.push((str) => {
              this._actionAUTH_LOGIN_USER(str, callback);
            });
            this._sendCommand("AUTH LOGIN");
            return;
          case "PLAIN":
            this._responseActions.push((str) => {
              this._actionAUTHComplete(str, callback);
            });
            this._sendCommand(
              "AUTH PLAIN " + Buffer.from(
                //this._auth.user+'\u0000'+
                "\0" + // skip authorization identity as it causes problems with some servers
                this._auth.credentials.user + "\0" + this._auth.credentials.pass,
                "utf-8"
              ).toString("base64"),
              // log entry without passwords
              "AUTH PLAIN " + Buffer.from(
                //this._auth.user+'\u0000'+
                "\0" + // skip authorization identity as it causes problems with some servers
                this._auth.credentials.user + "\0/* secret */",
                "utf-8"
              ).toString("base64")
            );
            return;
          case "CRAM-MD5":
            this._responseActions.push((str) => {
              this._actionAUTH_CRAM_MD5(str, callback);
            });
            this._sendCommand("AUTH CRAM-MD5");
            return;
        }
        return callback(this._formatError('Unknown authentication method "' + this._authMethod + '"', "EAUTH", false, "API"));
      }
      /**
       * Sends a message
       *
       * @param envelope Envelope object, {from: addr, to: [addr]}
       * @param message String, Buffer or a Stream
       * @param done Callback to return once sending is completed
       */
      send(envelope, message, done) {
        let returned = false;
        const callback = (err, info) => {
          if (returned) {
            return;
          }
          returned = true;
          if (this._pendingSend && this._pendingSend.callback === callback) {
            this._pendingSend = false;
          }
          done(err, info);
        };
        if (!message) {
          return callback(this._formatError("Empty message", "EMESSAGE", false, "API"));
        }
        const isDestroyedMessage = this._isDestroyedMessage("send message");
        if (isDestroyedMessage) {
          return callback(this._formatError(isDestroyedMessage, "ECONNECTION", false, "API"));
        }
        if (this._maxAllowedSize && envelope.size > this._maxAllowedSize) {
          setImmediate(() => {
            callback(this._formatError("Message size larger than allowed " + this._maxAllowedSize, "EMESSAGE", false, "MAIL FROM"));
          });
          return;
        }
        const pendingSend = {
          callback,
          stream: false,
          onStreamError: (err) => callback(this._formatError(err, "ESTREAM", false, "API"))
        };
        if (typeof message.on === "function") {
          pendingSend.stream = message;
          pendingSend.stream.on("error", pendingSend.onStreamError);
        }
        this._pendingSend = pendingSend;
        const startTime = Date.now();
        this._setEnvelope(envelope, (err, info) => {
          if (err) {
            if (typeof message.destroy === "function") {
              message.destroy();
            }
            return callback(err);
          }
          const envelopeTime = Date.now();
          const stream = this._createSendStream((err2, str) => {
            if (err2) {
              return callback(err2);
            }
            const result = info;
            result.envelopeTime = envelopeTime - startTime;
            result.messageTime = Date.now() - envelopeTime;
            result.messageSize = stream.outByteCount;
            result.response = str;
            const serverMessageId = (0, server_message_id_js_1.parseServerMessageId)(result.response, this.options.host);
            if (serverMessageId) {
              result.serverMessageId = serverMessageId;
            }
            const rejectedErrors = this._envelope?.rejectedErrors;
            if (!result.rejectedErrors && rejectedErrors && rejectedErrors.length) {
              result.rejectedErrors = rejectedErrors;
            }
            return callback(null, result);
          });
          if (typeof message.pipe === "function") {
            message.pipe(stream);
          } else {
            stream.write(message);
            stream.end();
          }
        });
      }
      /**
       * Resets connection state
       *
       * @param callback Callback to return once connection is reset
       */
      reset(callback) {
        const isDestroyedMessage = this._isDestroyedMessage("reset");
        if (isDestroyedMessage) {
          return callback(this._formatError(isDestroyedMessage, "ECONNECTION", false, "API"));
        }
        this._sendCommand("RSET");
        this._responseActions.push((str) => {
          if (str.charAt(0) !== "2") {
            return callback(this._formatError("Could not reset session state. response=" + str, "EPROTOCOL", str, "RSET"));
          }
          this._envelope = false;
          return callback(null, true);
        });
      }
      /**
       * Connection listener that is run when the connection to
       * the server is opened
       *
       * @event
       * @internal
       */
      _onConnect() {
        const socket = this._socket;
        this._clearPhase();
        this.logger.info({
          tnx: "network",
          localAddress: socket.localAddress,
          localPort: socket.localPort,
          remoteAddress: socket.remoteAddress,
          remotePort: socket.remotePort
        }, "%s established to %s:%s", this.secure ? "Secure connection" : "Connection", socket.remoteAddress, socket.remotePort);
        if (this._destroyed) {
          this.close();
          return;
        }
        this.stage = "connected";
        socket.removeListener("data", this._onSocketData);
        socket.removeListener("timeout", this._onSocketTimeout);
        socket.removeListener("close", this._onSocketClose);
        socket.removeListener("end", this._onSocketEnd);
        socket.removeListener("error", this._onConnectionSocketError);
        socket.removeListener("error", this._onSocketError);
        socket.on("error", this._onSocketError);
        socket.on("data", this._onSocketData);
        socket.once("close", this._onSocketClose);
        socket.once("end", this._onSocketEnd);
        socket.setTimeout(this.options.socketTimeout || SOCKET_TIMEOUT);
        socket.on("timeout", this._onSocketTimeout);
        if (typeof socket.setKeepAlive === "function") {
          socket.setKeepAlive(true, KEEPALIVE_DELAY);
        }
        if (typeof socket.setNoDelay === "function") {
          socket.setNoDelay(true);
        }
        this._startPhase(this._remainingSetupTime(), timeoutError("Greeting never received", "GREETING_TIMEOUT"));
        this._responseActions.push(this._actionGreeting);
        socket.resume();
      }
      /**
       * Ends the session after a 421 reply. The replies queued for commands sent along with the
       * answered one are not going to come, so the message in flight is failed here
       *
       * @param str The 421 reply
       * @internal
       */
      _onServerClosing(str) {
        if (this._destroyed) {
          return;
        }
        const pendingSend = this._pendingSend;
        const envelope = this._envelope;
        this._responseActions = [];
        this.close();
        if (pendingSend) {
          pendingSend.callback(envelope && envelope.mailError || this._formatError("Server closed the connection", "ECONNECTION", str, "CONN"));
        }
      }
      /**
       * 'data' listener for data coming from the server
       *
       * @event
       * @param chunk Data chunk coming from the server
       * @internal
       */
      _onData(chunk) {
        if (this._destroyed || !chunk || !chunk.length) {
          return;
        }
        const maxResponseSize = this.options.maxResponseSize || MAX_RESPONSE_SIZE;
        const data = chunk.toString("binary");
        if (!data.includes("\n")) {
          this._remainder += data;
          if (this._remainder.length > maxResponseSize) {
            return this._onResponseTooLarge();
          }
          return;
        }
        const lines = (this._remainder + data).split(/\r?\n/);
        this._remainder = lines.pop();
        for (let i = 0, len = lines.length; i < len; i++) {
          if (this._responsePartial) {
            this._responseQueue[this._responseQueue.length - 1] += "\n" + lines[i];
          } else {
            this._responseQueue.push(lines[i]);
          }
          this._responsePartial = isPartialLine(lines[i]);
          if (this._responsePartial && this._responseQueue[this._responseQueue.length - 1].length > maxResponseSize) {
            return this._onResponseTooLarge();
          }
        }
        if (this._remainder.length > maxResponseSize) {
          return this._onResponseTooLarge();
        }
        if (this._responsePartial) {
          return;
        }
        this._processResponse();
      }
      /**
       * Drops a connection whose peer keeps extending a reply it never completes, releasing
       * whatever was buffered for that reply
       * @internal
       */
      _onResponseTooLarge() {
        this._remainder = "";
        this._responseQueue = [];
        this._responsePartial = false;
        this._onError(new Error("Server response exceeds maximum allowed size"), "EPROTOCOL", false, "CONN");
      }
      /**
       * 'error' listener for the socket
       *
       * @event
       * @param err Error object
       * @param type Error name
       * @param data Server response that triggered the error, false if there is none
       * @param command SMTP command that was in flight
       * @internal
       */
      _onError(err, type, data, command) {
        this._clearPhase();
        if (this._destroyed) {
          return;
        }
        err = this._formatError(err, type, data, command);
        if ((0, errors_js_1.isTransientError)(err)) {
          this.logger.warn({ tnx: "smtp", err }, "%s", err.message);
        } else {
          this.logger.error({ tnx: "smtp", err }, "%s", err.message);
        }
        const pendingSend = this._pendingSend;
        this.emit("error", err);
        this.close();
        if (pendingSend) {
          pendingSend.callback(err);
        }
      }
      /** @internal */
      _formatError(message, type, response, command) {
        let err;
        if (/Error\]$/i.test(Object.prototype.toString.call(message))) {
          err = message;
        } else {
          err = new Error(message);
        }
        if (type && type !== "Error" && err.code !== errors_js_1.ERR_ACCESS_DENIED) {
          if (err.code && err.code !== type && !err.originalCode) {
            err.originalCode = err.code;
          }
          err.code = type;
        }
        if (response) {
          err.response = response;
          err.message += ": " + response;
        }
        const responseCode = typeof response === "string" && Number((response.match(/^\d+/) || [])[0]) || false;
        if (responseCode) {
          err.responseCode = responseCode;
          err.permanent = (0, errors_js_1.isPermanentResponseCode)(responseCode);
        }
        if (command) {
          err.command = command;
        }
        return err;
      }
      /**
       * 'close' listener for the socket
       *
       * @event
       * @internal
       */
      _onClose() {
        let serverResponse = false;
        if (this._remainder && this._remainder.trim()) {
          this.lastServerResponse = serverResponse = decodeServerResponse(this._remainder.trim());
          if (this.options.debug || this.options.transactionLog) {
            this.logger.debug({
              tnx: "server"
            }, serverResponse);
          }
        }
        this.logger.info({
          tnx: "network"
        }, "Connection closed");
        const failureResponse = typeof serverResponse === "string" && /^[45]\d{2}[ -]/.test(serverResponse) ? serverResponse : false;
        if (this.upgrading && !this._destroyed) {
          return this._onError(new Error("Connection closed unexpectedly"), "ETLS", failureResponse, "CONN");
        }
        if (!failureResponse && this._responseActions[0] === this._actionGreeting && this._connectCallback && !this._destroyed) {
          const connectCallback = this._connectCallback;
          this._connectCallback = false;
          const err = this._formatError(new Error("Connection closed unexpectedly"), "ECONNECTION", false, "CONN");
          this.logger.warn({ tnx: "network" }, err.message);
          connectCallback(err);
          this.close();
          return;
        }
        if (!failureResponse && this.stage === "connected" && !this._responseActions.length && !this._pendingSend && !this._destroyed && !this._closing) {
          this.logger.info({
            tnx: "network"
          }, "Server closed the idle connection");
          return this._destroy();
        }
        if (failureResponse || this._responseActions[0] !== this.close && !this._destroyed) {
          return this._onError(new Error("Connection closed unexpectedly"), "ECONNECTION", failureResponse, "CONN");
        }
        this._destroy();
      }
      /**
       * 'end' listener for the socket
       *
       * @event
       * @internal
       */
      _onEnd() {
        if (this._socket && !this._socket.destroyed) {
          this._socket.end();
        }
      }
      /**
       * 'timeout' listener for the socket
       *
       * @event
       * @internal
       */
      _onTimeout() {
        return this._onError(timeoutError("Timeout", "SOCKET_TIMEOUT"), "ETIMEDOUT", false, "CONN");
      }
      /**
       * Destroys the client, emits 'end'
       * @internal
       */
      _destroy() {
        if (this._destroyed) {
          return;
        }
        this._destroyed = true;
        this.destroyed = true;
        this._clearPhase();
        this.emit("end");
      }
      /**
       * Upgrades the connection to TLS
       *
       * @param callback Callback function to run when the connection
       *        has been secured
       * @internal
       */
      _upgradeConnection(callback) {
        if (this._destroyed || this._closing) {
          return;
        }
        const discarded = this._remainder.length + this._responseQueue.reduce((total, response) => total + response.length, 0);
        if (discarded) {
          this.logger.warn({
            tnx: "smtp",
            discarded
          }, "Discarded %s bytes received in plaintext after the STARTTLS response", discarded);
        }
        this._plaintextEhlo = false;
        this._remainder = "";
        this._responseQueue = [];
        this._responsePartial = false;
        const socketPlain = this._socket;
        socketPlain.removeListener("data", this._onSocketData);
        socketPlain.removeListener("timeout", this._onSocketTimeout);
        socketPlain.setTimeout(0);
        const opts = Object.assign({
          socket: socketPlain,
          host: this.host
        }, this.options.tls || {});
        if (this.servername && !opts.servername) {
          opts.servername = this.servername;
        }
        const removePlainSocketListeners = () => {
          socketPlain.removeListener("close", this._onSocketClose);
          socketPlain.removeListener("end", this._onSocketEnd);
          socketPlain.removeListener("error", this._onSocketError);
          socketPlain.removeListener("error", this._onConnectionSocketError);
        };
        this.upgrading = true;
        this._startPhase(this._remainingSetupTime(), timeoutError("TLS handshake timed out", "UPGRADE_TIMEOUT"));
        try {
          this._socket = node_tls_1.default.connect(opts, () => {
            this._clearPhase();
            this.secure = true;
            this.upgrading = false;
            this._socket.on("data", this._onSocketData);
            removePlainSocketListeners();
            return callback(null, true);
          });
        } catch (err) {
          this._clearPhase();
          removePlainSocketListeners();
          return callback(err);
        }
        this._socket.on("error", this._onSocketError);
        this._socket.once("close", this._onSocketClose);
        this._socket.once("end", this._onSocketEnd);
        this._socket.setTimeout(this.options.socketTimeout || SOCKET_TIMEOUT);
        this._socket.on("timeout", this._onSocketTimeout);
        socketPlain.resume();
      }
      /**
       * Processes queued responses from the server
       * @internal
       */
      _processResponse() {
        if (!this._responseQueue.length) {
          return false;
        }
        const raw = (this._responseQueue.shift() || "").toString();
        if (!raw.trim()) {
          setImmediate(() => this._processResponse());
          return;
        }
        if (isPartialResponse(raw)) {
          this._responseQueue.unshift(raw);
          return;
        }
        const str = this.lastServerResponse = decodeServerResponse(raw);
        if (this.options.debug || this.options.transactionLog) {
          this.logger.debug({
            tnx: "server"
          }, str.replace(/\r?\n$/, ""));
        }
        const action = this._responseActions.shift();
        const closing = /^421[ -]/.test(str);
        if (typeof action === "function") {
          action.call(this, str);
          if (closing) {
            return this._onServerClosing(str);
          }
          setImmediate(() => this._processResponse());
        } else if (closing && !this._pendingSend && this.stage === "connected") {
          this.logger.info({
            tnx: "smtp"
          }, "Server closed the idle connection: %s", str);
          this.close();
        } else {
          return this._onError(new Error("Unexpected Response"), "EPROTOCOL", str, "CONN");
        }
      }
      /**
       * Send a command to the server, append \r\n
       *
       * @param str String to be sent to the server
       * @param logStr Optional string to be used for logging instead of the actual string
       * @internal
       */
      _sendCommand(str, logStr) {
        if (this._destroyed) {
          return;
        }
        const socket = this._socket;
        if (socket.destroyed) {
          return this.close();
        }
        if (this.options.debug || this.options.transactionLog) {
          this.logger.debug({
            tnx: "client"
          }, (logStr || str || "").toString().replace(/\r?\n$/, ""));
        }
        socket.write(Buffer.from(str + "\r\n", "utf-8"));
      }
      /**
       * Initiates a new message by submitting envelope data, starting with
       * MAIL FROM: command
       *
       * @param envelope Envelope object in the form of
       *        {from:'...', to:['...']}
       *        or
       *        {from:{address:'...',name:'...'}, to:[address:'...',name:'...']}
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _setEnvelope(envelope, callback) {
        const args = [];
        let useSmtpUtf8 = false;
        this._envelope = envelope || {};
        this._envelope.from = (this._envelope.from && this._envelope.from.address || this._envelope.from || "").toString().trim();
        this._envelope.to = [].concat(this._envelope.to || []).map((to) => (to && to.address || to || "").toString().trim());
        if (!this._envelope.to.length) {
          return callback(this._formatError("No recipients defined", "EENVELOPE", false, "API"));
        }
        if (this._envelope.from && /[\r\n<>]/.test(this._envelope.from)) {
          return callback(this._formatError("Invalid sender " + JSON.stringify(this._envelope.from), "EENVELOPE", false, "API"));
        }
        if (/[\x80-\uFFFF]/.test(this._envelope.from)) {
          useSmtpUtf8 = true;
        }
        for (let i = 0, len = this._envelope.to.length; i < len; i++) {
          if (!this._envelope.to[i] || /[\r\n<>]/.test(this._envelope.to[i])) {
            return callback(this._formatError("Invalid recipient " + JSON.stringify(this._envelope.to[i]), "EENVELOPE", false, "API"));
          }
          if (/[\x80-\uFFFF]/.test(this._envelope.to[i])) {
            useSmtpUtf8 = true;
          }
        }
        this._envelope.rcptQueue = [].concat(this._envelope.to || []);
        this._envelope.rejected = [];
        this._envelope.rejectedErrors = [];
        this._envelope.accepted = [];
        if (this._envelope.dsn) {
          try {
            this._envelope.dsn = this._setDsnEnvelope(this._envelope.dsn);
          } catch (err) {
            return callback(this._formatError("Invalid DSN " + err.message, "EENVELOPE", false, "API"));
          }
        }
        if (this._envelope.requireTLSExtensionEnabled) {
          if (!this.secure) {
            return callback(this._formatError("REQUIRETLS can only be used over TLS connections (RFC 8689)", "EREQUIRETLS", false, "MAIL FROM"));
          }
          if (!this._supportedExtensions.includes("REQUIRETLS")) {
            return callback(this._formatError("Server does not support REQUIRETLS extension (RFC 8689)", "EREQUIRETLS", false, "MAIL FROM"));
          }
        }
        this._envelope.pipelined = this._supportedExtensions.includes("PIPELINING");
        this._responseActions.push((str) => {
          this._actionMAIL(str, callback);
        });
        if (useSmtpUtf8 && this._supportedExtensions.includes("SMTPUTF8")) {
          args.push("SMTPUTF8");
          this._usingSmtpUtf8 = true;
        }
        if (this._envelope.use8BitMime && this._supportedExtensions.includes("8BITMIME")) {
          args.push("BODY=8BITMIME");
          this._using8BitMime = true;
        }
        if (this._envelope.size && this._supportedExtensions.includes("SIZE")) {
          const sizeValue = Number(this._envelope.size) || 0;
          if (sizeValue > 0) {
            args.push("SIZE=" + sizeValue);
          }
        }
        if (this._envelope.dsn && this._supportedExtensions.includes("DSN")) {
          if (this._envelope.dsn.ret) {
            args.push("RET=" + shared.encodeXText(this._envelope.dsn.ret));
          }
          if (this._envelope.dsn.envid) {
            args.push("ENVID=" + shared.encodeXText(this._envelope.dsn.envid));
          }
        }
        if (this._envelope.requireTLSExtensionEnabled) {
          args.push("REQUIRETLS");
        }
        const mailFrom = "MAIL FROM:<" + this._envelope.from + ">" + (args.length ? " " + args.join(" ") : "");
        this._recipientQueue = [];
        if (!this._envelope.pipelined) {
          this._sendCommand(mailFrom);
          return;
        }
        const socket = this._socket;
        socket.cork();
        this._sendCommand(mailFrom);
        while (this._envelope.rcptQueue.length) {
          this._sendRcpt(this._envelope.rcptQueue.shift(), callback);
        }
        this._responseActions.push((str) => {
          this._actionDATA(str, callback);
        });
        this._sendCommand("DATA");
        socket.uncork();
      }
      /**
       * Sends RCPT TO for a recipient and queues the handler for the reply
       *
       * @param recipient Recipient address
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _sendRcpt(recipient, callback) {
        this._recipientQueue.push(recipient);
        this._responseActions.push((str) => {
          this._actionRCPT(str, callback);
        });
        this._sendCommand("RCPT TO:<" + recipient + ">" + this._getDsnRcptToArgs());
      }
      /** @internal */
      _setDsnEnvelope(params) {
        let ret = (params.ret || params.return || "").toString().toUpperCase() || null;
        if (ret) {
          switch (ret) {
            case "HDRS":
            case "HEADERS":
              ret = "HDRS";
              break;
            case "FULL":
            case "BODY":
              ret = "FULL";
              break;
          }
        }
        if (ret && !["FULL", "HDRS"].includes(ret)) {
          throw new Error("ret: " + JSON.stringify(ret));
        }
        const envid = (params.envid || params.id || "").toString() || null;
        let notify = params.notify || null;
        if (notify) {
          if (typeof notify === "string") {
            notify = notify.split(",");
          }
          notify = notify.map((n) => n.trim().toUpperCase());
          const validNotify = ["NEVER", "SUCCESS", "FAILURE", "DELAY"];
          const invalidNotify = notify.filter((n) => !validNotify.includes(n));
          if (invalidNotify.length || notify.length > 1 && notify.includes("NEVER")) {
            throw new Error("notify: " + JSON.stringify(notify.join(",")));
          }
          notify = notify.join(",");
        }
        let orcpt = (params.recipient || params.orcpt || "").toString() || null;
        if (orcpt && orcpt.indexOf(";") < 0) {
          orcpt = "rfc822;" + orcpt;
        }
        return {
          ret,
          envid,
          notify,
          orcpt
        };
      }
      /** @internal */
      _getDsnRcptToArgs() {
        const envelope = this._envelope;
        const args = [];
        if (envelope.dsn && this._supportedExtensions.includes("DSN")) {
          if (envelope.dsn.notify) {
            args.push("NOTIFY=" + shared.encodeXText(envelope.dsn.notify));
          }
          if (envelope.dsn.orcpt) {
            args.push("ORCPT=" + shared.encodeXText(envelope.dsn.orcpt));
          }
        }
        return args.length ? " " + args.join(" ") : "";
      }
      /** @internal */
      _createSendStream(callback) {
        const envelope = this._envelope;
        const dataStream = new data_stream_js_1.default();
        if (this.options.lmtp) {
          envelope.accepted.forEach((recipient, i) => {
            const final = i === envelope.accepted.length - 1;
            this._responseActions.push((str) => {
              this._actionLMTPStream(recipient, final, str, callback);
            });
          });
        } else {
          this._responseActions.push((str) => {
            this._actionSMTPStream(str, callback);
          });
        }
        this._currentDataStream = dataStream;
        dataStream.pipe(this._socket, {
          end: false
        });
        if (this.options.debug) {
          const logStream = new node_stream_1.PassThrough();
          logStream.on("readable", () => {
            let chunk;
            while (chunk = logStream.read()) {
              this.logger.debug({
                tnx: "message"
              }, chunk.toString("binary").replace(/\r?\n$/, ""));
            }
          });
          dataStream.pipe(logStream);
        }
        dataStream.once("end", () => {
          if (this._currentDataStream === dataStream) {
            this._currentDataStream = false;
          }
          this.logger.info({
            tnx: "message",
            inByteCount: dataStream.inByteCount,
            outByteCount: dataStream.outByteCount
          }, "<%s bytes encoded mime message (source size %s bytes)>", dataStream.outByteCount, dataStream.inByteCount);
        });
        return dataStream;
      }
      /** ACTIONS **/
      /**
       * Will be run after the connection is created and the server sends
       * a greeting. If the incoming message starts with 220 initiate
       * SMTP session by sending EHLO command
       *
       * @param str Message from the server
       * @internal
       */
      _actionGreeting(str) {
        this._clearPhase();
        if (str.substr(0, 3) !== "220") {
          this._onError(new Error("Invalid greeting. response=" + str), "EPROTOCOL", str, "CONN");
          return;
        }
        if (this.options.lmtp) {
          this._responseActions.push(this._actionLHLO);
          this._sendCommand("LHLO " + this.name);
        } else {
          this._responseActions.push(this._actionEHLO);
          this._sendCommand("EHLO " + this.name);
        }
      }
      /**
       * Handles server response for LHLO command. If it yielded in
       * error, emit 'error', otherwise treat this as an EHLO response
       *
       * @param str Message from the server
       * @internal
       */
      _actionLHLO(str) {
        if (str.charAt(0) !== "2") {
          this._onError(new Error("Invalid LHLO. response=" + str), "EPROTOCOL", str, "LHLO");
          return;
        }
        this._actionEHLO(str);
      }
      /**
       * Handles server response for EHLO command. If it yielded in
       * error, try HELO instead, otherwise initiate TLS negotiation
       * if STARTTLS is supported by the server or move into the
       * authentication phase.
       *
       * @param str Message from the server
       * @internal
       */
      _actionEHLO(str) {
        if (str.substr(0, 3) === "421") {
          this._onError(new Error("Server terminates connection. response=" + str), "ECONNECTION", str, "EHLO");
          return;
        }
        if (str.charAt(0) !== "2") {
          if (this.options.requireTLS) {
            this._onError(new Error("EHLO failed but HELO does not support required STARTTLS. response=" + str), "ECONNECTION", str, "EHLO");
            return;
          }
          this._responseActions.push(this._actionHELO);
          this._sendCommand("HELO " + this.name);
          return;
        }
        if (!this.secure && !this.options.ignoreTLS && (/[ -]STARTTLS\b/im.test(str) || this.options.requireTLS)) {
          this._plaintextEhlo = str;
          this._sendCommand("STARTTLS");
          this._responseActions.push(this._actionSTARTTLS);
          return;
        }
        this._parseEhloExtensions(str);
        this.emit("connect");
      }
      /**
       * Reads the extensions and the authentication mechanisms out of an EHLO response
       *
       * @param str EHLO response from the server
       * @internal
       */
      _parseEhloExtensions(str) {
        let match;
        this._ehloLines = str.split(/\r?\n/).map((line) => line.replace(/^\d+[ -]/, "").trim()).filter((line) => line).slice(1);
        if (/[ -]SMTPUTF8\b/im.test(str)) {
          this._supportedExtensions.push("SMTPUTF8");
        }
        if (/[ -]DSN\b/im.test(str)) {
          this._supportedExtensions.push("DSN");
        }
        if (/[ -]8BITMIME\b/im.test(str)) {
          this._supportedExtensions.push("8BITMIME");
        }
        if (/[ -]REQUIRETLS\b/im.test(str)) {
          this._supportedExtensions.push("REQUIRETLS");
        }
        if (/[ -]PIPELINING\b/im.test(str)) {
          this._supportedExtensions.push("PIPELINING");
        }
        if (/[ -]AUTH\b/i.test(str)) {
          this.allowsAuth = true;
        }
        const authMechanisms = /* @__PURE__ */ new Set();
        for (const line of this._ehloLines) {
          const authMatch = /^AUTH[\s=](.*)/i.exec(line);
          if (authMatch) {
            for (const mechanism of authMatch[1].split(/[\s=]+/)) {
              authMechanisms.add(mechanism.toUpperCase());
            }
          }
        }
        for (const mechanism of ["PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2"]) {
          if (authMechanisms.has(mechanism)) {
            this._supportedAuth.push(mechanism);
          }
        }
        if (match = str.match(/[ -]SIZE(?:[ \t]+(\d+))?/im)) {
          this._supportedExtensions.push("SIZE");
          this._maxAllowedSize = Number(match[1]) || 0;
        }
      }
      /**
       * Handles server response for HELO command. If it yielded in
       * error, emit 'error', otherwise move into the authentication phase.
       *
       * @param str Message from the server
       * @internal
       */
      _actionHELO(str) {
        if (str.charAt(0) !== "2") {
          this._onError(new Error("Invalid HELO. response=" + str), "EPROTOCOL", str, "HELO");
          return;
        }
        this.allowsAuth = true;
        this.emit("connect");
      }
      /**
       * Handles server response for STARTTLS command. If there's an error
       * try HELO instead, otherwise initiate TLS upgrade. If the upgrade
       * succeedes restart the EHLO
       *
       * @param str Message from the server
       * @internal
       */
      _actionSTARTTLS(str) {
        if (str.charAt(0) !== "2") {
          if (this.options.opportunisticTLS) {
            this.logger.info({
              tnx: "smtp"
            }, "Failed STARTTLS upgrade, continuing unencrypted");
            if (this._plaintextEhlo) {
              this._parseEhloExtensions(this._plaintextEhlo);
              this._plaintextEhlo = false;
              this.allowsAuth = false;
              this._supportedAuth = [];
            }
            this.emit("connect");
            return;
          }
          this._onError(new Error("Error upgrading connection with STARTTLS"), "ETLS", str, "STARTTLS");
          return;
        }
        this._upgradeConnection((err, secured) => {
          if (err) {
            this._onError(new Error("Error initiating TLS - " + (err.message || err)), "ETLS", false, "STARTTLS");
            return;
          }
          this.logger.info({
            tnx: "smtp"
          }, "Connection upgraded with STARTTLS");
          if (secured) {
            if (this.options.lmtp) {
              this._responseActions.push(this._actionLHLO);
              this._sendCommand("LHLO " + this.name);
            } else {
              this._responseActions.push(this._actionEHLO);
              this._sendCommand("EHLO " + this.name);
            }
          } else {
            this.emit("connect");
          }
        });
      }
      /**
       * Handle the response for AUTH LOGIN command. We are expecting
       * '334 VXNlcm5hbWU6' (base64 for 'Username:'). Data to be sent as
       * response needs to be base64 encoded username. We do not need
       * exact match but settle with 334 response in general as some
       * hosts invalidly use a longer message than VXNlcm5hbWU6
       *
       * @param str Message from the server
       * @param callback Callback to run once the authentication sequence completes
       * @internal
       */
      _actionAUTH_LOGIN_USER(str, callback) {
        if (!/^334[ -]/.test(str)) {
          callback(this._formatError('Invalid login sequence while waiting for "334 VXNlcm5hbWU6"', "EAUTH", str, "AUTH LOGIN"));
          return;
        }
        this._responseActions.push((str2) => {
          this._actionAUTH_LOGIN_PASS(str2, callback);
        });
        this._sendCommand(Buffer.from(this._auth.credentials.user + "", "utf-8").toString("base64"));
      }
      /**
       * Handle the response for AUTH CRAM-MD5 command. We are expecting
       * '334 <challenge string>'. Data to be sent as response needs to be
       * base64 decoded challenge string, MD5 hashed using the password as
       * a HMAC key, prefixed by the username and a space, and finally all
       * base64 encoded again.
       *
       * @param str Message from the server
       * @param callback Callback to run once the authentication sequence completes
       * @internal
       */
      _actionAUTH_CRAM_MD5(str, callback) {
        const challengeMatch = str.match(/^334\s+(.+)$/);
        if (!challengeMatch) {
          return callback(this._formatError("Invalid login sequence while waiting for server challenge string", "EAUTH", str, "AUTH CRAM-MD5"));
        }
        const base64decoded = Buffer.from(challengeMatch[1], "base64").toString("ascii");
        const hmacMD5 = node_crypto_1.default.createHmac("md5", this._auth.credentials.pass);
        hmacMD5.update(base64decoded);
        const prepended = this._auth.credentials.user + " " + hmacMD5.digest("hex");
        this._responseActions.push((str2) => {
          this._actionAUTH_CRAM_MD5_PASS(str2, callback);
        });
        this._sendCommand(
          Buffer.from(prepended).toString("base64"),
          // hidden hash for logs
          Buffer.from(this._auth.credentials.user + " /* secret */").toString("base64")
        );
      }
      /**
       * Handles the response to CRAM-MD5 authentication, if there's no error,
       * the user can be considered logged in. Start waiting for a message to send
       *
       * @param str Message from the server
       * @param callback Callback to run once the authentication sequence completes
       * @internal
       */
      _actionAUTH_CRAM_MD5_PASS(str, callback) {
        if (!str.match(/^235\s+/)) {
          return callback(this._formatError('Invalid login sequence while waiting for "235"', "EAUTH", str, "AUTH CRAM-MD5"));
        }
        this.logger.info({
          tnx: "smtp",
          username: this._auth.user,
          action: "authenticated",
          method: this._authMethod
        }, "User %s authenticated", JSON.stringify(this._auth.user));
        this.authenticated = true;
        callback(null, true);
      }
      /**
       * Handle the response for AUTH LOGIN command. We are expecting
       * '334 UGFzc3dvcmQ6' (base64 for 'Password:'). Data to be sent as
       * response needs to be base64 encoded password.
       *
       * @param str Message from the server
       * @param callback Callback to run once the authentication sequence completes
       * @internal
       */
      _actionAUTH_LOGIN_PASS(str, callback) {
        if (!/^334[ -]/.test(str)) {
          return callback(this._formatError('Invalid login sequence while waiting for "334 UGFzc3dvcmQ6"', "EAUTH", str, "AUTH LOGIN"));
        }
        this._responseActions.push((str2) => {
          this._actionAUTHComplete(str2, callback);
        });
        this._sendCommand(
          Buffer.from((this._auth.credentials.pass || "").toString(), "utf-8").toString("base64"),
          // Hidden pass for logs
          Buffer.from("/* secret */", "utf-8").toString("base64")
        );
      }
      /**
       * Handles the response for authentication, if there's no error,
       * the user can be considered logged in. Start waiting for a message to send
       *
       * @param str Message from the server
       * @param isRetry True if this is a retry after a failed login, or the callback itself
       * @param [callback] Callback to run once the authentication sequence completes
       * @internal
       */
      _actionAUTHComplete(str, isRetry, callback) {
        if (!callback && typeof isRetry === "function") {
          callback = isRetry;
          isRetry = false;
        }
        if (str.substr(0, 3) === "334") {
          this._responseActions.push((str2) => {
            if (isRetry || this._authMethod !== "XOAUTH2") {
              this._actionAUTHComplete(str2, true, callback);
            } else {
              setImmediate(() => this._handleXOauth2Token(true, callback));
            }
          });
          this._sendCommand("");
          return;
        }
        if (str.charAt(0) !== "2") {
          this.logger.info({
            tnx: "smtp",
            username: this._auth.user,
            action: "authfail",
            method: this._authMethod
          }, "User %s failed to authenticate", JSON.stringify(this._auth.user));
          return callback(this._formatError("Invalid login", "EAUTH", str, "AUTH " + this._authMethod));
        }
        this.logger.info({
          tnx: "smtp",
          username: this._auth.user,
          action: "authenticated",
          method: this._authMethod
        }, "User %s authenticated", JSON.stringify(this._auth.user));
        this.authenticated = true;
        callback(null, true);
      }
      /**
       * Handle response for a MAIL FROM: command
       *
       * @param str Message from the server
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _actionMAIL(str, callback) {
        const envelope = this._envelope;
        if (Number(str.charAt(0)) !== 2) {
          const message = this._usingSmtpUtf8 && /^550 /.test(str) && /[\x80-\uFFFF]/.test(envelope.from) ? "Internationalized mailbox name not allowed" : "Mail command failed";
          envelope.mailError = this._formatError(message, "EENVELOPE", str, "MAIL FROM");
        }
        this._advanceEnvelope(str, callback);
      }
      /**
       * Handle response for a RCPT TO: command
       *
       * @param str Message from the server
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _actionRCPT(str, callback) {
        const envelope = this._envelope;
        let err;
        const curRecipient = this._recipientQueue.shift();
        if (Number(str.charAt(0)) !== 2) {
          const message = this._usingSmtpUtf8 && /^553 /.test(str) && /[\x80-\uFFFF]/.test(curRecipient) ? "Internationalized mailbox name not allowed" : "Recipient command failed";
          envelope.rejected.push(curRecipient);
          err = this._formatError(message, "EENVELOPE", str, "RCPT TO");
          err.recipient = curRecipient;
          envelope.rejectedErrors.push(err);
        } else {
          envelope.accepted.push(curRecipient);
        }
        this._advanceEnvelope(str, callback);
      }
      /**
       * Moves the envelope on after a reply to MAIL FROM or RCPT TO. A pipelined envelope sent every
       * command at once and is decided by the reply to DATA. Otherwise the commands go one at a
       * time: the next recipient, or once every reply is in, DATA or the error that ends the message
       *
       * @param str The reply that was handled
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _advanceEnvelope(str, callback) {
        const envelope = this._envelope;
        if (envelope.pipelined) {
          return;
        }
        if (envelope.mailError) {
          return callback(envelope.mailError);
        }
        if (envelope.rcptQueue.length) {
          return this._sendRcpt(envelope.rcptQueue.shift(), callback);
        }
        if (this._recipientQueue.length) {
          return;
        }
        const err = this._envelopeError(str);
        if (err) {
          return callback(err);
        }
        this._responseActions.push((str2) => {
          this._actionDATA(str2, callback);
        });
        this._sendCommand("DATA");
      }
      /**
       * Decides how the envelope went once every reply to MAIL FROM and RCPT TO is in. Called after
       * the last RCPT TO reply, or with PIPELINING on the reply to the DATA command sent along
       *
       * @param str The reply being handled
       * @returns The error to fail the message with, or null when DATA can go ahead
       * @internal
       */
      _envelopeError(str) {
        const envelope = this._envelope;
        if (envelope.mailError) {
          return envelope.mailError;
        }
        if (envelope.accepted.length) {
          return null;
        }
        const deferred = envelope.rejectedErrors.find((rejectedErr) => rejectedErr.responseCode && rejectedErr.responseCode < 500);
        const lastRejected = envelope.rejectedErrors[envelope.rejectedErrors.length - 1];
        const reply = deferred?.response ?? (envelope.pipelined && lastRejected ? lastRejected.response : str);
        const err = this._formatError("Can't send mail - all recipients were rejected", "EENVELOPE", reply, "RCPT TO");
        err.rejected = envelope.rejected;
        err.rejectedErrors = envelope.rejectedErrors;
        return err;
      }
      /**
       * Handle response for a DATA command
       *
       * @param str Message from the server
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _actionDATA(str, callback) {
        const envelope = this._envelope;
        if (envelope.pipelined) {
          const err = this._envelopeError(str);
          if (err) {
            if (/^3/.test(str)) {
              if (envelope.mailError) {
                this.close();
                return callback(err);
              }
              this._responseActions.push(() => callback(err));
              this._sendCommand(".");
              return;
            }
            return callback(err);
          }
        }
        if (!/^[23]/.test(str)) {
          return callback(this._formatError("Data command failed", "EENVELOPE", str, "DATA"));
        }
        const response = {
          accepted: envelope.accepted,
          rejected: envelope.rejected
        };
        if (this._ehloLines && this._ehloLines.length) {
          response.ehlo = this._ehloLines;
        }
        if (envelope.rejectedErrors.length) {
          response.rejectedErrors = envelope.rejectedErrors;
        }
        callback(null, response);
      }
      /**
       * Handle response for a DATA stream when using SMTP
       * We expect a single response that defines if the sending succeeded or failed
       *
       * @param str Message from the server
       * @param callback Callback to run with the final send result
       * @internal
       */
      _actionSMTPStream(str, callback) {
        if (Number(str.charAt(0)) !== 2) {
          return callback(this._formatError("Message failed", "EMESSAGE", str, "DATA"));
        }
        return callback(null, str);
      }
      /**
       * Handle response for a DATA stream
       * We expect a separate response for every recipient. All recipients can either
       * succeed or fail separately
       *
       * @param recipient The recipient this response applies to
       * @param final Is this the final recipient?
       * @param str Message from the server
       * @param callback Callback to run with the final send result
       * @internal
       */
      _actionLMTPStream(recipient, final, str, callback) {
        const envelope = this._envelope;
        let err;
        if (Number(str.charAt(0)) !== 2) {
          err = this._formatError("Message failed for recipient " + recipient, "EMESSAGE", str, "DATA");
          err.recipient = recipient;
          envelope.rejected.push(recipient);
          envelope.rejectedErrors.push(err);
          for (let i = 0, len = envelope.accepted.length; i < len; i++) {
            if (envelope.accepted[i] === recipient) {
              envelope.accepted.splice(i, 1);
            }
          }
        }
        if (final) {
          return callback(null, str);
        }
      }
      /** @internal */
      _handleXOauth2Token(isRetry, callback) {
        this._auth.oauth2.getToken(isRetry, (err, accessToken) => {
          if (err) {
            this.logger.info({
              tnx: "smtp",
              username: this._auth.user,
              action: "authfail",
              method: this._authMethod
            }, "User %s failed to authenticate", JSON.stringify(this._auth.user));
            return callback(this._formatError(err, "EAUTH", false, "AUTH XOAUTH2"));
          }
          this._responseActions.push((str) => {
            this._actionAUTHComplete(str, isRetry, callback);
          });
          this._sendCommand(
            "AUTH XOAUTH2 " + this._auth.oauth2.buildXOAuth2Token(accessToken),
            //  Hidden for logs
            "AUTH XOAUTH2 " + this._auth.oauth2.buildXOAuth2Token("/* secret */")
          );
        });
      }
      /**
       *
       * @param command
       * @internal
       */
      _isDestroyedMessage(command) {
        if (this._destroyed) {
          return "Cannot " + command + " - smtp connection is already destroyed.";
        }
        if (this._socket) {
          if (this._socket.destroyed) {
            return "Cannot " + command + " - smtp connection socket is already destroyed.";
          }
          if (!this._socket.writable) {
            return "Cannot " + command + " - smtp connection socket is already half-closed.";
          }
        }
      }
      /** @internal */
      _getHostname() {
        let defaultHostname;
        try {
          defaultHostname = node_os_1.default.hostname() || "";
        } catch (_err) {
          defaultHostname = "localhost";
        }
        if (!defaultHostname || defaultHostname.indexOf(".") < 0) {
          defaultHostname = "[127.0.0.1]";
        }
        if (defaultHostname.match(/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/)) {
          defaultHostname = "[" + defaultHostname + "]";
        }
        return defaultHostname;
      }
    };
    exports.default = SMTPConnection;
    module.exports = exports.default;
    Object.defineProperty(module.exports, "default", { value: exports.default, enumerable: false, writable: true, configurable: true });
  }
});

export {
  require_package_info,
  require_url,
  require_errors,
  require_objects,
  require_fetch,
  require_shared,
  require_smtp_connection
};
