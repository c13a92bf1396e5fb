import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));

// src/content/publish.ts
function publishState(event, site, now) {
  if (event.draft && !site.buildDrafts) return "draft";
  const publish = event.publishDate ?? event.date;
  if (publish.getTime() > now.getTime() && !site.buildFuture) return "future";
  if (event.expiryDate && event.expiryDate.getTime() <= now.getTime() && !site.buildExpired) return "expired";
  return "published";
}

export {
  publishState
};
