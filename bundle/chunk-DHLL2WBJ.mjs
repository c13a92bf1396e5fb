import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));

// src/model.ts
var MESSAGE_KINDS = ["announcement", "digest", "reminder", "update", "cancellation"];
var DIGEST_CALENDAR_FILE = "talks.ics";
var INVITATION_CALENDAR_FILE = "invite.ics";
var calendarFileName = (kind) => kind === "digest" ? DIGEST_CALENDAR_FILE : INVITATION_CALENDAR_FILE;
function siteInfoOf(site) {
  let host = "";
  let domain = "";
  try {
    const url = new URL(site.baseURL);
    host = url.host;
    domain = url.hostname;
  } catch {
  }
  return { title: site.title, baseURL: site.baseURL, host: host || "localhost", domain: domain || "localhost" };
}

export {
  MESSAGE_KINDS,
  DIGEST_CALENDAR_FILE,
  INVITATION_CALENDAR_FILE,
  calendarFileName,
  siteInfoOf
};
