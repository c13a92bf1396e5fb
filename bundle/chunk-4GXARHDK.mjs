import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));

// src/run/events.ts
var indexes = /* @__PURE__ */ new WeakMap();
function eventsById(events) {
  let index = indexes.get(events);
  if (!index) indexes.set(events, index = new Map(events.map((e) => [e.id, e])));
  return index;
}
function eventFromSaid(id, said) {
  const start = new Date(said.start);
  return {
    id,
    path: "",
    section: id.split("/")[0] ?? "",
    lang: null,
    slug: null,
    title: said.title,
    start,
    end: said.end ? new Date(said.end) : null,
    allDay: said.allDay,
    timezone: "UTC",
    date: start,
    publishDate: null,
    expiryDate: null,
    draft: false,
    cancelled: true,
    permalink: said.permalink,
    location: said.location,
    address: said.address ?? null,
    speakers: said.speakers,
    abstract: null,
    summary: null,
    bio: null,
    eventName: null,
    links: []
  };
}

// src/run/message-input.ts
var baseOf = (ctx, now, sequence) => ({
  config: ctx.config,
  site: { title: ctx.siteInfo.title, baseURL: ctx.siteInfo.baseURL, host: ctx.siteInfo.host },
  now,
  sequence
});
function announcementInput(ctx, now, event, sequence) {
  return { ...baseOf(ctx, now, sequence), kind: "announcement", events: [event] };
}
function actionInputs(action, ctx, now) {
  if (action.kind === "reminder" && action.op === "delete") return null;
  if (action.kind === "digest" && action.events.length === 0) return null;
  if (action.kind === "update" && action.quiet && action.channel === "email") return null;
  const byId = eventsById(ctx.events);
  const base = baseOf(ctx, now, action.sequence);
  const talk = (id) => {
    const e = byId.get(id);
    if (!e) throw new Error(`${action.key}: no event ${id} in this run`);
    return e;
  };
  switch (action.kind) {
    case "digest":
      return {
        message: {
          ...base,
          kind: "digest",
          events: action.events.flatMap((id) => byId.get(id) ?? []),
          period: { from: action.period.start, to: action.period.to }
        },
        edit: null,
        digests: []
      };
    case "announcement":
      return { message: announcementInput(ctx, now, talk(action.event), action.sequence), edit: null, digests: [] };
    case "reminder":
      return { message: { ...base, kind: "reminder", events: [talk(action.event)], minutesBefore: action.minutesBefore }, edit: null, digests: [] };
    case "update": {
      const event = talk(action.event);
      const edits = action.channel === "slack" && action.thread.editable && !!action.thread.slack?.ts;
      return {
        message: { ...base, kind: "update", events: [event], changes: action.changes },
        edit: edits ? announcementInput(ctx, now, event, action.sequence) : null,
        digests: digestEditInputs(action.digests, ctx, now)
      };
    }
    case "cancellation": {
      const e = byId.get(action.event);
      return {
        message: e ? { ...base, kind: "cancellation", events: [{ ...e, cancelled: true }] } : { ...base, kind: "cancellation", events: [eventFromSaid(action.event, action.previous)], removed: true },
        edit: null,
        digests: digestEditInputs(action.digests, ctx, now)
      };
    }
  }
}
function digestEditInputs(edits, ctx, now) {
  const byId = eventsById(ctx.events);
  return edits.map((edit) => {
    const events = edit.events.flatMap((id) => {
      const e = byId.get(id);
      const said = edit.said[id];
      if (e) return [edit.marks[id] === "cancelled" ? { ...e, cancelled: true } : e];
      return said ? [eventFromSaid(id, said)] : [];
    });
    return { edit, input: { ...baseOf(ctx, now, {}), kind: "digest", events, period: edit.period, marks: edit.marks } };
  });
}

export {
  eventsById,
  eventFromSaid,
  announcementInput,
  actionInputs
};
