/** The ledger entry of an action: what it said about each talk, and where the answer of the transport goes. Pure. */
import { publishState } from '../content/publish.js';
import type { Event } from '../content/event.js';
import { saidOf } from '../ledger/keys.js';
import type { DeliveryRecord, Said } from '../ledger/types.js';
import type { Action } from '../plan/index.js';
import type { HugoSite } from '../site/types.js';
import { eventFromSaid, eventsById } from './events.js';
import type { RunContext } from './types.js';

/**
 * The ledger entry for an action, before the transport has answered. `sentAt` is `now` here; the run replaces it
 * with the instant the transport confirmed (see deliver.ts).
 */
export function recordOf(action: Action, ctx: Pick<RunContext, 'site' | 'events'>, now: Date): DeliveryRecord {
  const byId = eventsById(ctx.events);
  const said: Record<string, Said> = {};
  const paths: Record<string, string> = {};
  for (const id of action.events) {
    const e = byId.get(id);
    if (e) paths[id] = e.path;
    if (action.kind === 'cancellation') said[id] = { ...action.previous, cancelled: true, fingerprint: saidOf(eventFromSaid(id, action.previous), true).fingerprint };
    // A reminder's `said` is what a scheduled one will show, so that a change of details re-schedules it.
    else if (e && !(action.kind === 'reminder' && action.op === 'delete')) said[id] = saidNow(e, ctx.site, now);
  }
  return {
    kind: action.kind,
    channel: action.channel,
    destination: action.destination,
    events: action.events,
    period: action.kind === 'digest' ? action.period.id : null,
    status: 'sent',
    sentAt: now.toISOString(),
    at: action.at.toISOString(),
    said,
    sequence: Math.max(0, ...Object.values(action.sequence)),
    messageId: action.messageId,
    slack: null,
    scheduled: null,
    minutesBefore: action.kind === 'reminder' ? action.minutesBefore : null,
    paths,
  };
}

/**
 * What a message says about a talk as it stands at `now`. A talk announced with --force may be cancelled or
 * unpublished: that is recorded too, so that the next run does not send a cancellation for what people were told.
 */
function saidNow(e: Event, site: HugoSite, now: Date): Said {
  const said = saidOf(e, e.cancelled);
  const state = publishState(e, site, now);
  return state === 'published' ? said : { ...said, unpublished: state };
}
