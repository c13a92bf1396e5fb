import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  require_smtp_connection
} from "./chunk-XBWC6TJ7.mjs";
import "./chunk-5TF6PVB2.mjs";

// cjs-named:nodemailer/lib/smtp-connection
var m = require_smtp_connection();
var smtp_connection_default = m;
export {
  smtp_connection_default as default
};
