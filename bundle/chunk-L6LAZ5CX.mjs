import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));

// src/ledger/keys.ts
import { createHash } from "node:crypto";
function deliveryKey(kind, subject, channel, destination) {
  return `${kind}:${subject}:${channel}:${destination}`;
}
var hash = (text, length = 16) => createHash("sha256").update(text).digest("hex").slice(0, length);
function emailDestination(transport) {
  return transport === "outbox" ? "outbox" : "smtp";
}
function migratedEmailKey(key, record) {
  if (record.channel !== "email" || record.destination === "smtp" || record.destination === "outbox") return null;
  const suffix = `:email:${record.destination}`;
  if (!key.endsWith(suffix)) return null;
  return `${key.slice(0, key.length - suffix.length)}:email:smtp`;
}
function saidOf(event, cancelled = false) {
  const base = {
    title: event.title,
    start: event.start.toISOString(),
    end: event.end ? event.end.toISOString() : null,
    location: event.location,
    speakers: event.speakers.map((s) => ({ name: s.name, affiliation: s.affiliation, url: s.url }))
  };
  return {
    ...base,
    permalink: event.permalink,
    address: event.address,
    allDay: event.allDay,
    cancelled,
    fingerprint: fingerprintOf({ ...base, cancelled }),
    details: hash(JSON.stringify([event.abstract ?? event.summary, event.bio]))
  };
}
function fingerprintOf(said) {
  return hash(
    JSON.stringify([
      said.start,
      said.end,
      said.location,
      said.title,
      said.speakers.map((s) => [s.name, s.affiliation, s.url]),
      said.cancelled
    ])
  );
}
function messageIdFor(key, kind, subject, host) {
  const local = subject.toLowerCase().replace(/[^a-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return `<${kind}.${local}-${hash(key, 12)}@${host}>`;
}

export {
  deliveryKey,
  emailDestination,
  migratedEmailKey,
  saidOf,
  messageIdFor
};
