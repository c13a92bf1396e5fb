/**
 * What the renderers get for an action: the run, `plan`, `preview` and `check` all build message inputs here, so a
 * preview shows exactly what a run sends. Pure.
 */
import type { Event } from '../content/event.js';
import type { Action, DigestEdit } from '../plan/index.js';
import type { AnnouncementInput, DigestInput, MessageInput } from '../render/types.js';
import { eventFromSaid, eventsById } from './events.js';
import type { RunContext } from './types.js';

type InputContext = Pick<RunContext, 'config' | 'siteInfo' | 'events'>;

/** The message an action sends, and for an update on Slack, the announcement as it should now read (it is edited). */
export interface ActionInputs {
  message: MessageInput;
  edit: AnnouncementInput | null;
  /** An update or cancellation on Slack: the digest posts that listed the talk, as they should now read. */
  digests: Array<{ edit: DigestEdit; input: DigestInput }>;
}

const baseOf = (ctx: InputContext, now: Date, sequence: Record<string, number>) => ({
  config: ctx.config,
  site: { title: ctx.siteInfo.title, baseURL: ctx.siteInfo.baseURL, host: ctx.siteInfo.host },
  now,
  sequence,
});

/** A talk's announcement; also what `preview` shows for an upcoming talk that nothing announces yet. */
export function announcementInput(ctx: InputContext, now: Date, event: Event, sequence: Record<string, number>): AnnouncementInput {
  return { ...baseOf(ctx, now, sequence), kind: 'announcement', events: [event] };
}

/** The inputs of an action, or null when it renders nothing (a reminder deletion, a digest with no talk to list). */
export function actionInputs(action: Action, ctx: InputContext, now: Date): ActionInputs | null {
  if (action.kind === 'reminder' && action.op === 'delete') return null;
  if (action.kind === 'digest' && action.events.length === 0) return null;
  // A quiet minor edit sends no email (see deliverAction).
  if (action.kind === 'update' && action.quiet && action.channel === 'email') return null;
  const byId = eventsById(ctx.events);
  const base = baseOf(ctx, now, action.sequence);
  const talk = (id: string): Event => {
    const e = byId.get(id);
    // The planner plans only for the talks it was given (a deleted one is a cancellation, below).
    if (!e) throw new Error(`${action.key}: no event ${id} in this run`);
    return e;
  };
  switch (action.kind) {
    case 'digest':
      return {
        message: {
          ...base,
          kind: 'digest',
          events: action.events.flatMap((id) => byId.get(id) ?? []),
          period: { from: action.period.start, to: action.period.to },
        },
        edit: null,
        digests: [],
      };
    case 'announcement':
      return { message: announcementInput(ctx, now, talk(action.event), action.sequence), edit: null, digests: [] };
    case 'reminder':
      return { message: { ...base, kind: 'reminder', events: [talk(action.event)], minutesBefore: action.minutesBefore }, edit: null, digests: [] };
    case 'update': {
      const event = talk(action.event);
      const edits = action.channel === 'slack' && action.thread.editable && !!action.thread.slack?.ts;
      return {
        message: { ...base, kind: 'update', events: [event], changes: action.changes },
        edit: edits ? announcementInput(ctx, now, event, action.sequence) : null,
        digests: digestEditInputs(action.digests, ctx, now),
      };
    }
    case 'cancellation': {
      const e = byId.get(action.event);
      return {
        message: e
          ? { ...base, kind: 'cancellation', events: [{ ...e, cancelled: true }] }
          : { ...base, kind: 'cancellation', events: [eventFromSaid(action.event, action.previous)], removed: true },
        edit: null,
        digests: digestEditInputs(action.digests, ctx, now),
      };
    }
  }
}

/**
 * A digest post as it should read now: each of its talks as the page says (a deleted one as the digest said it),
 * marked. Its SEQUENCEs are those of the digest's own time: a Slack post carries no calendar.
 */
function digestEditInputs(edits: DigestEdit[], ctx: InputContext, now: Date): ActionInputs['digests'] {
  const byId = eventsById(ctx.events);
  return edits.map((edit) => {
    const events = edit.events.flatMap((id) => {
      const e = byId.get(id);
      const said = edit.said[id];
      if (e) return [edit.marks[id] === 'cancelled' ? { ...e, cancelled: true } : e];
      return said ? [eventFromSaid(id, said)] : [];
    });
    return { edit, input: { ...baseOf(ctx, now, {}), kind: 'digest', events, period: edit.period, marks: edit.marks } };
  });
}
