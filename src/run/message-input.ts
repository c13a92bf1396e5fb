/**
 * What the renderers get for an action: the run, `plan`, `preview` and `check` all build message inputs here, so a
 * preview shows exactly what a run sends. Pure.
 */
import type { Event } from '../content/event.js';
import type { Action } from '../plan/index.js';
import type { AnnouncementInput, MessageInput } from '../render/types.js';
import { eventFromSaid, eventsById } from './events.js';
import type { RunContext } from './types.js';

type InputContext = Pick<RunContext, 'config' | 'siteInfo' | 'events'>;

/** The message an action sends, and for an update on Slack, the announcement as it should now read (it is edited). */
export interface ActionInputs {
  message: MessageInput;
  edit: AnnouncementInput | null;
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
      };
    case 'announcement':
      return { message: announcementInput(ctx, now, talk(action.event), action.sequence), edit: null };
    case 'reminder':
      return { message: { ...base, kind: 'reminder', events: [talk(action.event)], minutesBefore: action.minutesBefore }, edit: null };
    case 'update': {
      const event = talk(action.event);
      const edits = action.channel === 'slack' && action.thread.editable && !!action.thread.slack?.ts;
      return {
        message: { ...base, kind: 'update', events: [event], changes: action.changes },
        edit: edits ? announcementInput(ctx, now, event, action.sequence) : null,
      };
    }
    case 'cancellation': {
      const e = byId.get(action.event);
      return {
        message: e
          ? { ...base, kind: 'cancellation', events: [{ ...e, cancelled: true }] }
          : { ...base, kind: 'cancellation', events: [eventFromSaid(action.event, action.previous)], removed: true },
        edit: null,
      };
    }
  }
}
