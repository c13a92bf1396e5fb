/** Slack without credentials: each message written as JSON into the outbox folder, so a fresh clone runs. */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DeliveryError } from '../errors.js';
import { renderBlockKitBuilderUrl } from '../render/slack/builder.js';
import type { SlackPayload } from '../render/types.js';
import type { OutgoingSlack, SlackPoster } from './types.js';

/** What an outbox file holds: the payload as it would be posted, plus what it is about. */
export interface SlackOutboxRecord {
  action: 'post' | 'update' | 'schedule';
  kind: OutgoingSlack['kind'];
  events: string[];
  threadTs: string | null;
  /** Schedule only: when Slack would post it (ISO). */
  postAt?: string;
  /** Block Kit Builder preview link for the blocks. */
  blockKitBuilder: string;
  payload: SlackPayload;
}


/**
 * `slack-<kind>-<event ids>[~<n>]-<hash>.json`: the same delivery always lands in the same file (a run retried after
 * a crash overwrites it), and a forced re-send (ledger key variant `~2`, `~3`, …) gets a file of its own even when
 * its content is the same. The hash covers the ledger key and the content.
 */
export function outboxFileName(action: SlackOutboxRecord['action'], msg: OutgoingSlack): string {
  const ids = msg.events.length ? msg.events.join('+') : 'none';
  const slug = ids
    .toLowerCase()
    .replace(/[^a-z0-9+]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  const hash = createHash('sha256')
    .update(JSON.stringify([action, msg.key ?? null, msg.kind, msg.events, msg.threadTs ?? null, msg.text, msg.blocks]))
    .digest('hex')
    .slice(0, 12);
  const variant = /~(\d+):/.exec(msg.key ?? '')?.[1];
  const prefix = action === 'post' ? msg.kind : `${msg.kind}-${action}`;
  return `slack-${prefix}-${slug}${variant ? `~${variant}` : ''}-${hash}.json`;
}

export class OutboxPoster implements SlackPoster {
  readonly transport = 'outbox' as const;
  readonly canSchedule = false;
  readonly lookup = null;
  readonly destination = 'outbox';

  constructor(private readonly dir: string) {}

  async verify(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  private async write(action: SlackOutboxRecord['action'], msg: OutgoingSlack, postAt?: Date): Promise<string> {
    const record: SlackOutboxRecord = {
      action,
      kind: msg.kind,
      events: msg.events,
      threadTs: msg.threadTs ?? null,
      ...(postAt ? { postAt: postAt.toISOString() } : {}),
      blockKitBuilder: renderBlockKitBuilderUrl(msg.blocks),
      payload: { text: msg.text, blocks: msg.blocks },
    };
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, outboxFileName(action, msg));
    try {
      await writeFile(file, `${JSON.stringify(record, null, 2)}\n`, 'utf8');
    } catch (err) {
      throw new DeliveryError(`Could not write the Slack outbox file ${file}: ${(err as Error).message}`, { cause: err });
    }
    return file;
  }

  async postMessage(msg: OutgoingSlack): Promise<{ ts: string | null; channel: string | null }> {
    await this.write('post', msg);
    return { ts: null, channel: null };
  }

  async updateMessage(_channel: string, _ts: string, msg: OutgoingSlack): Promise<void> {
    await this.write('update', msg);
  }

  async scheduleMessage(msg: OutgoingSlack, at: Date): Promise<{ scheduledId: string; channel: string }> {
    const file = await this.write('schedule', msg, at);
    return { scheduledId: path.basename(file, '.json'), channel: 'outbox' };
  }

  async deleteScheduledMessage(): Promise<void> {
    // Outbox files are a record of what would have been sent; nothing to take back.
  }
}
