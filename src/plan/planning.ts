/**
 * What every phase of the planner plans from, built once per plan: the talks by id and in start order, the ledger
 * indexed by talk and destination, the clock and the digest period. Read-only: the phases share nothing mutable.
 */
import type { Config } from '../config/config.js';
import type { Event } from '../content/event.js';
import { publishState } from '../content/publish.js';
import type { DeliveryRecord, LedgerData, Said } from '../ledger/types.js';
import { siteInfoOf } from '../model.js';
import type { HugoSite } from '../site/types.js';
import { digestPeriodAt } from './period.js';
import type { ChannelTarget, DigestPeriod, PlanMode, PlanOptions, Thread } from './types.js';

/** What the ledger says about one talk on one channel and destination. */
export interface History {
  /** Records that told people about the talk (announcement, digest, update, cancellation), oldest first. */
  told: Array<{ key: string; record: DeliveryRecord }>;
  ownAnnouncements: string[];
  reminders: Map<number, { key: string; record: DeliveryRecord }>;
}

export interface Planning {
  events: ReadonlyMap<string, Event>;
  ledger: LedgerData;
  config: Config;
  site: HugoSite;
  now: Date;
  mode: PlanMode;
  /** Event ids of pages that could not be read this time: not taken for deleted. */
  unreadable: ReadonlySet<string>;
  /** The domain of Message-IDs. */
  domain: string;
  /** Event ids whose page is not on the website yet (see PlanOptions.waiting). */
  waiting: ReadonlySet<string>;
  /** Published at `now`, or announced on purpose with `--event <id> --force` (then treated as published). */
  isPublished(e: Event): boolean;
  /** Published, not cancelled talks that have not started, in start order. */
  upcoming: Event[];
  /** By `channel \n destination \n event id`. */
  histories: ReadonlyMap<string, History>;
  /** The highest calendar SEQUENCE sent so far, per event id. */
  sequenceOf: ReadonlyMap<string, number>;
  /** The digest period containing `now`. */
  period: DigestPeriod;
}

export function planning(
  events: Event[],
  ledger: LedgerData,
  config: Config,
  site: HugoSite,
  now: Date,
  options: PlanOptions = {},
): Planning {
  const mode = options.mode ?? { type: 'run' };
  // `--event <id> --force` announces a page Hugo would not publish as if it were published (reminders included).
  const forced = mode.type === 'event' && mode.force ? mode.id : null;
  const isPublished = (e: Event) => e.id === forced || publishState(e, site, now) === 'published';
  return {
    events: new Map(events.map((e) => [e.id, e])),
    ledger,
    config,
    site,
    now,
    mode,
    unreadable: new Set(options.unreadable ?? []),
    domain: options.domain ?? siteInfoOf(site).domain,
    waiting: new Set(options.waiting ?? []),
    isPublished,
    upcoming: events
      .filter((e) => isPublished(e) && !e.cancelled && e.start.getTime() > now.getTime())
      .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id)),
    histories: indexLedger(ledger),
    sequenceOf: maxSequences(ledger),
    period: digestPeriodAt(now, config),
  };
}

export const historyOf = (p: Planning, target: ChannelTarget, id: string): History | undefined =>
  p.histories.get(`${target.channel}\n${target.destination}\n${id}`);

/** The talks the ledger has a history for on this destination, in ledger order. */
export function* historiesOn(p: Planning, target: ChannelTarget): Generator<readonly [string, History]> {
  const prefix = `${target.channel}\n${target.destination}\n`;
  for (const [slot, h] of p.histories) if (slot.startsWith(prefix)) yield [slot.slice(prefix.length), h] as const;
}

/**
 * A talk that nobody on this destination was told about yet and whose page the website does not show yet
 * (announce.waitForPage): it is not listed or announced there now. Talks already told are followed as usual.
 */
export const waitsForPage = (p: Planning, target: ChannelTarget, id: string): boolean =>
  p.waiting.has(id) && (historyOf(p, target, id)?.told.length ?? 0) === 0;

/** What the last message that told people about the talk said about it. */
export function lastSaid(history: History, id: string): Said | null {
  for (let i = history.told.length - 1; i >= 0; i--) {
    const said = history.told[i]!.record.said[id];
    if (said) return said;
  }
  return null;
}

/** Follow-ups reply to the talk's own announcement when there is one, else to the digest that listed it. */
export function threadOf(history: History, id: string): Thread {
  const first =
    history.told.find((t) => t.record.kind === 'announcement') ?? history.told.find((t) => t.record.said[id]);
  if (!first) return { messageId: null, references: [], slack: null, editable: false };
  const r = first.record;
  return {
    messageId: r.messageId,
    references: r.messageId ? [r.messageId] : [],
    slack: r.slack,
    editable: r.kind === 'announcement',
  };
}

const TOLD_KINDS = new Set(['announcement', 'digest', 'update', 'cancellation']);

function indexLedger(ledger: LedgerData): Map<string, History> {
  const out = new Map<string, History>();
  const entries = Object.entries(ledger.deliveries).sort(
    ([ka, a], [kb, b]) => a.sentAt.localeCompare(b.sentAt) || ka.localeCompare(kb),
  );
  for (const [key, record] of entries) {
    for (const id of record.events) {
      const slot = `${record.channel}\n${record.destination}\n${id}`;
      let h = out.get(slot);
      if (!h) out.set(slot, (h = { told: [], ownAnnouncements: [], reminders: new Map() }));
      if (record.kind === 'reminder') {
        if (record.minutesBefore !== null) h.reminders.set(record.minutesBefore, { key, record });
      } else if (TOLD_KINDS.has(record.kind) && record.status === 'sent') {
        h.told.push({ key, record });
        if (record.kind === 'announcement') h.ownAnnouncements.push(key);
      }
    }
  }
  return out;
}

function maxSequences(ledger: LedgerData): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of Object.values(ledger.deliveries))
    if (r.kind === 'update' || r.kind === 'cancellation')
      for (const id of r.events) out.set(id, Math.max(out.get(id) ?? 0, r.sequence));
  return out;
}
