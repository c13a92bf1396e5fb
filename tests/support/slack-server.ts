/**
 * A Slack Web API stand-in on 127.0.0.1 for tests: the real `@slack/web-api` client reaches it through SLACK_API_URL
 * and the real `@slack/webhook` through SLACK_WEBHOOK_URL.
 *
 *   const slack = await startSlackServer({ token: 'xoxb-test-token' });
 *   env.SLACK_API_URL = slack.url;            // http://127.0.0.1:<port>/api/
 *   env.SLACK_BOT_TOKEN = slack.token;        // a wrong bearer token gets `invalid_auth`
 *   env.SLACK_WEBHOOK_URL = slack.webhookUrl; // http://127.0.0.1:<port>/services/T…/B…/<secret>
 *   slack.setNow(new Date('2024-11-18T09:00:00Z')); // the clock for time_in_past / time_too_far (default: real time;
 *                                                   // message ts always use the real clock, as Slack's do)
 *   slack.failNext('channel_not_found');      // next call answers {ok:false, error:'channel_not_found'}
 *   slack.failNext({ status: 429, retryAfter: 1 }, { times: 2, method: 'chat.postMessage' });
 *   slack.failNext(500);                      // HTTP 500 (the client retries it)
 *   slack.failNext({ delayMs: 2000 });        // answer normally, but late (for crash tests)
 *   slack.failNext({ lostAnswer: true });     // do it, then drop the connection without answering
 *   slack.withoutScopes(['channels:read', 'channels:history']); // the token lacks exactly these: methods needing one
 *                                             // answer missing_scope (with `needed`) on every call; [] gives them back
 *   slack.calls;      // every request, in order: { method, params, authorized, at, status, error }
 *   slack.posts;      // messages in the channel (posts, thread replies, webhook posts, delivered scheduled ones)
 *   slack.updates;    // chat.update calls that succeeded
 *   slack.scheduled;  // scheduled messages still pending
 *   slack.deleted;    // scheduled messages deleted
 *   slack.deliverDue(at);           // posts pending scheduled messages whose post_at ≤ at (as Slack would)
 *   await slack.waitForCalls(n, ms) // resolves once n calls arrived
 *   await slack.idle();             // no request in progress (a delayed one still posts after its client gave up)
 *   await slack.close();
 *
 * Also answers conversations.list, conversations.history and conversations.replies (with message metadata when
 * include_all_metadata is set) and chat.scheduledMessages.list, which a run uses to recover after being stopped.
 *
 * Every message payload is checked by `validateSlackMessage` (Block Kit limits, a `text` fallback, no `parse` or
 * `link_names`); an invalid one gets `invalid_blocks` (API) or HTTP 400 `invalid_blocks` (webhook), as Slack answers.
 */
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  params: Record<string, unknown>;
  authorized: boolean;
  at: Date;
  status: number;
  error: string | null;
}

export interface SlackMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown[];
  metadata: unknown;
  threadTs: string | null;
  via: 'api' | 'webhook' | 'scheduled';
  /** Edits applied by chat.update, latest last. */
  edits: number;
}

export interface ScheduledMessage {
  id: string;
  channel: string;
  postAt: number;
  text: string;
  blocks: unknown[];
  threadTs: string | null;
  createdAt: number;
}

export type SlackFault =
  | string /* a Slack error code, answered as 200 {ok:false,error} (webhook: 4xx with the code as body) */
  | number /* an HTTP status */
  | { status: 429; retryAfter: number }
  | { status: number; body?: string }
  | { error: string }
  | { delayMs: number }
  /* the call is carried out, then the connection drops before the answer: Slack did it, the client never heard */
  | { lostAnswer: true };

export interface SlackServer {
  url: string;
  webhookUrl: string;
  token: string;
  calls: SlackCall[];
  posts: SlackMessage[];
  updates: Array<{ channel: string; ts: string; text: string; blocks: unknown[]; metadata: unknown }>;
  scheduled: ScheduledMessage[];
  deleted: ScheduledMessage[];
  failNext(fault: SlackFault, opts?: { times?: number; method?: string }): void;
  /** The token lacks exactly these OAuth scopes: every call to a method that needs one answers `missing_scope`. */
  withoutScopes(scopes: string[]): void;
  setNow(now: Date | null): void;
  deliverDue(at?: Date): SlackMessage[];
  channelId(name: string): string;
  waitForCalls(n: number, timeoutMs?: number): Promise<void>;
  /** Resolves when no request is being handled (delayed answers included). */
  idle(): Promise<void>;
  /** Forgets calls, messages, pending faults and missing scopes (await idle() first if delayed requests may still land). */
  reset(): void;
  close(): Promise<void>;
}

export interface SlackServerOptions {
  token?: string;
  /** When given, any other channel answers `channel_not_found`. Default: every channel exists. */
  channels?: string[];
}

const DAY = 24 * 3600;

/** The scope each method needs from a bot token (Slack's documentation), for `withoutScopes`. */
const SCOPE_OF: Record<string, string> = {
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'chat.scheduleMessage': 'chat:write',
  'chat.deleteScheduledMessage': 'chat:write',
  'conversations.list': 'channels:read',
  'conversations.history': 'channels:history',
  'conversations.replies': 'channels:history',
};

export async function startSlackServer(opts: SlackServerOptions = {}): Promise<SlackServer> {
  const token = opts.token ?? 'xoxb-test-token-0000';
  const webhookPath = `/services/T0TEST/B0TEST/${randomBytes(12).toString('hex')}`;
  const faults: Array<{ fault: SlackFault; method: string | null }> = [];
  const missingScopes = new Set<string>();
  let clock: Date | null = null;
  let tsCounter = 0;
  let schedCounter = 0;
  const now = () => clock ?? new Date();

  const state = {
    calls: [] as SlackCall[],
    posts: [] as SlackMessage[],
    updates: [] as SlackServer['updates'],
    scheduled: [] as ScheduledMessage[],
    deleted: [] as ScheduledMessage[],
  };
  const waiters: Array<() => void> = [];

  const seenChannels = new Map<string, string>();
  const channelId = (name: string): string => {
    if (/^[CGD][A-Z0-9]{6,}$/.test(name)) return name;
    return `C${createHash('sha1').update(name.replace(/^#/, '')).digest('hex').slice(0, 9).toUpperCase()}`;
  };
  const knownChannel = (name: string): boolean =>
    !opts.channels || opts.channels.some((c) => c === name || channelId(c) === name || c.replace(/^#/, '') === name.replace(/^#/, ''));
  const nextTs = () => {
    tsCounter++;
    // Slack stamps messages with its own real clock, whatever time a test pretends it is for scheduling.
    return `${Math.floor(Date.now() / 1000)}.${String(tsCounter).padStart(6, '0')}`;
  };

  const takeFault = (method: string): SlackFault | null => {
    const i = faults.findIndex((f) => f.method === null || f.method === method);
    if (i < 0) return null;
    return faults.splice(i, 1)[0]!.fault;
  };

  // Requests still being handled (a delayed one completes, and posts, even after its client gave up, as with Slack).
  const inFlight = new Set<Promise<void>>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const p = handle(req, res, Buffer.concat(chunks).toString('utf8'))
        .catch((err: unknown) => {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(err));
        })
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isWebhook = url.pathname === webhookPath;
    const method = isWebhook ? 'webhook' : url.pathname.replace(/^\/api\//, '');
    const params = parseBody(req.headers['content-type'] ?? '', raw);
    const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1] ?? (params.token as string | undefined);
    const call: SlackCall = { method, params: redactToken(params), authorized: isWebhook || bearer === token, at: now(), status: 200, error: null };
    state.calls.push(call);
    waiters.splice(0).forEach((w) => w());

    let loseAnswer = false;
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      call.status = status;
      if (loseAnswer) {
        call.error = 'answer_lost';
        res.socket?.destroy();
        return;
      }
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json; charset=utf-8', ...headers });
      res.end(text);
    };
    const fail = (error: string, extra: Record<string, unknown> = {}) => {
      call.error = error;
      if (isWebhook) {
        const status = error === 'channel_not_found' || error === 'no_service' ? 404 : error === 'invalid_token' || error === 'invalid_auth' ? 403 : 400;
        return answer(status, error);
      }
      return answer(200, { ok: false, error, ...extra });
    };

    if (!isWebhook && !url.pathname.startsWith('/api/')) return answer(404, 'not found');

    const fault = takeFault(method);
    if (fault !== null) {
      if (typeof fault === 'object' && 'delayMs' in fault) {
        await new Promise((r) => setTimeout(r, fault.delayMs));
      } else if (typeof fault === 'object' && 'lostAnswer' in fault) {
        loseAnswer = true;
      } else if (typeof fault === 'string') {
        return fail(fault);
      } else if (typeof fault === 'object' && 'error' in fault) {
        return fail(fault.error);
      } else {
        const f = typeof fault === 'number' ? { status: fault } : fault;
        call.error = `http_${f.status}`;
        if (f.status === 429) {
          const after = 'retryAfter' in f ? f.retryAfter : 1;
          return answer(429, isWebhook ? 'rate_limited' : { ok: false, error: 'ratelimited' }, { 'retry-after': String(after) });
        }
        return answer(f.status, 'body' in f && f.body !== undefined ? f.body : 'Internal Server Error');
      }
    }

    if (isWebhook) {
      const problems = validateSlackMessage(params);
      if (problems.length) return fail('invalid_blocks');
      state.posts.push({
        channel: 'webhook',
        ts: nextTs(),
        text: String(params.text ?? ''),
        blocks: (params.blocks as unknown[]) ?? [],
        metadata: params.metadata ?? null,
        threadTs: null,
        via: 'webhook',
        edits: 0,
      });
      return answer(200, 'ok');
    }

    if (!bearer) return fail('not_authed');
    if (bearer !== token) return fail('invalid_auth');

    const scope = SCOPE_OF[method];
    if (scope && missingScopes.has(scope)) {
      const provided = Object.values(SCOPE_OF).filter((s, i, all) => all.indexOf(s) === i && !missingScopes.has(s));
      return fail('missing_scope', { needed: scope, provided: provided.join(',') });
    }

    const channelParam = typeof params.channel === 'string' ? params.channel : '';
    const needChannel = (): string | null => {
      if (!channelParam) {
        fail('channel_not_found');
        return null;
      }
      if (!knownChannel(channelParam)) {
        fail('channel_not_found');
        return null;
      }
      seenChannels.set(channelParam, channelId(channelParam));
      return channelId(channelParam);
    };
    const checkPayload = (): boolean => {
      const problems = validateSlackMessage(params);
      if (problems.length) {
        fail(problems[0]!.startsWith('invalid_arguments') ? 'invalid_arguments' : 'invalid_blocks', {
          response_metadata: { messages: problems.map((p) => `[ERROR] ${p}`) },
        });
        return false;
      }
      return true;
    };

    switch (method) {
      case 'auth.test':
        return answer(200, { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'announcer', team_id: 'T0TEST', user_id: 'U0BOT', bot_id: 'B0BOT' });
      case 'chat.postMessage': {
        const channel = needChannel();
        if (!channel || !checkPayload()) return;
        const threadTs = typeof params.thread_ts === 'string' ? params.thread_ts : null;
        if (threadTs && !state.posts.some((p) => p.ts === threadTs && p.channel === channel)) return fail('thread_not_found');
        const ts = nextTs();
        const msg: SlackMessage = {
          channel,
          ts,
          text: String(params.text ?? ''),
          blocks: (params.blocks as unknown[]) ?? [],
          metadata: params.metadata ?? null,
          threadTs,
          via: 'api',
          edits: 0,
        };
        state.posts.push(msg);
        return answer(200, { ok: true, channel, ts, message: { type: 'message', text: msg.text, blocks: msg.blocks, ts, thread_ts: threadTs ?? undefined } });
      }
      case 'chat.update': {
        const channel = needChannel();
        if (!channel || !checkPayload()) return;
        const msg = state.posts.find((p) => p.channel === channel && p.ts === params.ts);
        if (!msg) return fail('message_not_found');
        msg.text = String(params.text ?? '');
        msg.blocks = (params.blocks as unknown[]) ?? [];
        if (params.metadata !== undefined) msg.metadata = params.metadata;
        msg.edits++;
        state.updates.push({ channel, ts: msg.ts, text: msg.text, blocks: msg.blocks, metadata: params.metadata ?? null });
        return answer(200, { ok: true, channel, ts: msg.ts, text: msg.text });
      }
      case 'chat.scheduleMessage': {
        const channel = needChannel();
        if (!channel || !checkPayload()) return;
        if (params.metadata !== undefined) {
          // Slack accepts this and then silently never posts the message; the stand-in refuses it so tests notice.
          return fail('invalid_arguments', { response_metadata: { messages: ['[ERROR] metadata on a scheduled message: Slack would never post it'] } });
        }
        const postAt = Number(params.post_at);
        if (!Number.isFinite(postAt)) return fail('invalid_time');
        const nowSec = Math.floor(now().getTime() / 1000);
        if (postAt < nowSec) return fail('time_in_past');
        if (postAt > nowSec + 120 * DAY) return fail('time_too_far');
        const id = `Q${String(++schedCounter).padStart(10, '0')}`;
        state.scheduled.push({
          id,
          channel,
          postAt,
          text: String(params.text ?? ''),
          blocks: (params.blocks as unknown[]) ?? [],
          threadTs: typeof params.thread_ts === 'string' ? params.thread_ts : null,
          createdAt: nowSec,
        });
        return answer(200, { ok: true, channel, scheduled_message_id: id, post_at: postAt, message: { text: params.text } });
      }
      case 'chat.deleteScheduledMessage': {
        const channel = needChannel();
        if (!channel) return;
        const i = state.scheduled.findIndex((s) => s.id === params.scheduled_message_id && s.channel === channel);
        if (i < 0) return fail('invalid_scheduled_message_id');
        state.deleted.push(...state.scheduled.splice(i, 1));
        return answer(200, { ok: true });
      }
      case 'chat.scheduledMessages.list': {
        const channel = channelParam ? channelId(channelParam) : null;
        const oldest = params.oldest !== undefined ? Number(params.oldest) : -Infinity;
        const latest = params.latest !== undefined ? Number(params.latest) : Infinity;
        const list = state.scheduled
          .filter((s) => (!channel || s.channel === channel) && s.postAt >= oldest && s.postAt <= latest)
          .map((s) => ({ id: s.id, channel_id: s.channel, post_at: s.postAt, date_created: s.createdAt, text: s.text }));
        return answer(200, { ok: true, scheduled_messages: list, response_metadata: { next_cursor: '' } });
      }
      case 'conversations.list': {
        const names = new Set<string>([...(opts.channels ?? ['#seminars']), ...seenChannels.keys()].map((n) => n.replace(/^#/, '')));
        const channels = [...names].filter((n) => !/^[CGD][A-Z0-9]{6,}$/.test(n)).map((n) => ({ id: channelId(n), name: n, is_channel: true, is_archived: false }));
        return answer(200, { ok: true, channels, response_metadata: { next_cursor: '' } });
      }
      case 'conversations.history':
      case 'conversations.replies': {
        // Real Slack wants an id here, not a #name.
        if (!/^[CGD][A-Z0-9]{6,}$/.test(channelParam)) return fail('channel_not_found');
        const oldest = params.oldest !== undefined ? Number(params.oldest) : -Infinity;
        const withMeta = params.include_all_metadata === 'true' || params.include_all_metadata === true;
        const inChannel = state.posts.filter((p) => p.channel === channelParam && Number(p.ts) > oldest);
        const picked =
          method === 'conversations.history'
            ? inChannel.filter((p) => p.threadTs === null)
            : inChannel.filter((p) => p.ts === params.ts || p.threadTs === params.ts);
        if (method === 'conversations.replies' && !state.posts.some((p) => p.channel === channelParam && p.ts === params.ts)) return fail('thread_not_found');
        const messages = picked
          .map((p) => ({
            type: 'message',
            ts: p.ts,
            text: p.text,
            bot_id: 'B0BOT',
            ...(p.threadTs ? { thread_ts: p.threadTs } : {}),
            ...(withMeta && p.metadata ? { metadata: p.metadata } : {}),
          }))
          .sort((a, b) => (method === 'conversations.history' ? Number(b.ts) - Number(a.ts) : Number(a.ts) - Number(b.ts)));
        return answer(200, { ok: true, messages, has_more: false, response_metadata: { next_cursor: '' } });
      }
      default:
        return fail('unknown_method');
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    url: `${base}/api/`,
    webhookUrl: `${base}${webhookPath}`,
    token,
    get calls() {
      return state.calls;
    },
    get posts() {
      return state.posts;
    },
    get updates() {
      return state.updates;
    },
    get scheduled() {
      return state.scheduled;
    },
    get deleted() {
      return state.deleted;
    },
    failNext(fault, o = {}) {
      for (let i = 0; i < (o.times ?? 1); i++) faults.push({ fault, method: o.method ?? null });
    },
    withoutScopes(scopes) {
      missingScopes.clear();
      for (const s of scopes) missingScopes.add(s);
    },
    setNow(d) {
      clock = d;
    },
    deliverDue(at = now()) {
      const sec = Math.floor(at.getTime() / 1000);
      const due = state.scheduled.filter((s) => s.postAt <= sec);
      state.scheduled = state.scheduled.filter((s) => s.postAt > sec);
      const posted = due.map((s) => ({
        channel: s.channel,
        ts: `${s.postAt}.${String(++tsCounter).padStart(6, '0')}`,
        text: s.text,
        blocks: s.blocks,
        metadata: null,
        threadTs: s.threadTs,
        via: 'scheduled' as const,
        edits: 0,
      }));
      state.posts.push(...posted);
      return posted;
    },
    channelId,
    async waitForCalls(n, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (state.calls.length < n) {
        if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${n} Slack calls, got ${state.calls.length}`);
        await new Promise<void>((r) => {
          const t = setTimeout(r, 50);
          waiters.push(() => {
            clearTimeout(t);
            r();
          });
        });
      }
    },
    async idle() {
      while (inFlight.size) await Promise.all([...inFlight]);
    },
    reset() {
      state.calls = [];
      state.posts = [];
      state.updates = [];
      state.scheduled = [];
      state.deleted = [];
      faults.length = 0;
      missingScopes.clear();
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      });
    },
  };
}

/** Form bodies (what @slack/web-api sends: objects as JSON strings) or JSON bodies (webhooks). */
function parseBody(contentType: string, raw: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes('application/json')) {
    try {
      const v = JSON.parse(raw) as unknown;
      return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
    } catch {
      return { __invalid_json: raw };
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if ((k === 'blocks' || k === 'metadata' || k === 'attachments') && v) {
      try {
        out[k] = JSON.parse(v);
      } catch {
        out[k] = { __invalid_json: v };
      }
    } else out[k] = v;
  }
  return out;
}

function redactToken(params: Record<string, unknown>): Record<string, unknown> {
  if (!('token' in params)) return params;
  const { token: _t, ...rest } = params;
  return rest;
}

// ---------------------------------------------------------------------------------------------------------------
// Our own Block Kit validator: Slack's documented limits, checked independently of the renderer's trimming.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** Problems with a message payload (`{text, blocks, …}`); empty when Slack would accept it. */
export function validateSlackMessage(payload: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if ('parse' in payload) problems.push('invalid_arguments: `parse` must not be set');
  if ('link_names' in payload) problems.push('invalid_arguments: `link_names` must not be set');
  const text = payload.text;
  if (typeof text !== 'string' || text.trim() === '') problems.push('invalid_arguments: a `text` fallback is required');
  else if (text.length > 40_000) problems.push('msg_too_long: text over 40,000 characters');
  const blocks = payload.blocks;
  if (blocks === undefined) return problems;
  if (!Array.isArray(blocks)) return [...problems, 'blocks must be an array'];
  if (blocks.length > 50) problems.push(`${blocks.length} blocks: at most 50`);
  const blockIds = new Set<string>();
  blocks.forEach((b, i) => {
    const at = `blocks[${i}]`;
    if (!isObj(b)) return problems.push(`${at}: not an object`);
    if (typeof b.block_id === 'string') {
      if (blockIds.has(b.block_id)) problems.push(`${at}: duplicate block_id`);
      blockIds.add(b.block_id);
    }
    switch (b.type) {
      case 'header':
        checkText(b.text, `${at}.text`, 150, problems, 'plain_text');
        break;
      case 'section': {
        if (b.text === undefined && b.fields === undefined) problems.push(`${at}: a section needs text or fields`);
        if (b.text !== undefined) checkText(b.text, `${at}.text`, 3000, problems);
        if (b.fields !== undefined) {
          if (!Array.isArray(b.fields) || b.fields.length === 0) problems.push(`${at}.fields: must be a non-empty array`);
          else {
            if (b.fields.length > 10) problems.push(`${at}.fields: ${b.fields.length} fields, at most 10`);
            b.fields.forEach((f, j) => checkText(f, `${at}.fields[${j}]`, 2000, problems));
          }
        }
        if (b.accessory !== undefined) checkElement(b.accessory, `${at}.accessory`, problems);
        break;
      }
      case 'context': {
        if (!Array.isArray(b.elements) || b.elements.length === 0) problems.push(`${at}.elements: must be a non-empty array`);
        else {
          if (b.elements.length > 10) problems.push(`${at}.elements: at most 10`);
          b.elements.forEach((e, j) => checkText(e, `${at}.elements[${j}]`, 3000, problems));
        }
        break;
      }
      case 'actions': {
        if (!Array.isArray(b.elements) || b.elements.length === 0) problems.push(`${at}.elements: must be a non-empty array`);
        else {
          if (b.elements.length > 25) problems.push(`${at}.elements: at most 25`);
          const ids = new Set<string>();
          b.elements.forEach((e, j) => {
            checkElement(e, `${at}.elements[${j}]`, problems);
            if (isObj(e) && typeof e.action_id === 'string') {
              if (ids.has(e.action_id)) problems.push(`${at}.elements[${j}]: duplicate action_id`);
              ids.add(e.action_id);
            }
          });
        }
        break;
      }
      case 'divider':
        break;
      default:
        problems.push(`${at}: unsupported block type ${String(b.type)}`);
    }
  });
  return problems;
}

function checkText(t: unknown, at: string, max: number, problems: string[], only?: 'plain_text' | 'mrkdwn'): void {
  if (!isObj(t)) return void problems.push(`${at}: must be a text object`);
  if (t.type !== 'plain_text' && t.type !== 'mrkdwn') return void problems.push(`${at}.type: must be plain_text or mrkdwn`);
  if (only && t.type !== only) problems.push(`${at}.type: must be ${only}`);
  if (typeof t.text !== 'string' || t.text.length === 0) return void problems.push(`${at}.text: must be a non-empty string`);
  if (t.text.length > max) problems.push(`${at}.text: ${t.text.length} characters, at most ${max}`);
  if (t.verbatim !== undefined && t.type !== 'mrkdwn') problems.push(`${at}.verbatim: only for mrkdwn`);
  if (t.emoji !== undefined && t.type !== 'plain_text') problems.push(`${at}.emoji: only for plain_text`);
}

function checkElement(e: unknown, at: string, problems: string[]): void {
  if (!isObj(e)) return void problems.push(`${at}: not an object`);
  if (e.type !== 'button') return void problems.push(`${at}: unsupported element ${String(e.type)}`);
  checkText(e.text, `${at}.text`, 75, problems, 'plain_text');
  if (e.url !== undefined) {
    if (typeof e.url !== 'string' || e.url.length > 3000) problems.push(`${at}.url: at most 3000 characters`);
    else if (!/^https?:\/\//i.test(e.url)) problems.push(`${at}.url: must be http(s)`);
  }
  if (typeof e.action_id === 'string' && e.action_id.length > 255) problems.push(`${at}.action_id: at most 255 characters`);
  if (e.style !== undefined && e.style !== 'primary' && e.style !== 'danger') problems.push(`${at}.style: primary or danger`);
}
