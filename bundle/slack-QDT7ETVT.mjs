import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  renderBlockKitBuilderUrl
} from "./chunk-ALNNIUKB.mjs";
import {
  CREDENTIAL_ERRORS,
  HINTS,
  SlackDeliveryError,
  answerExcerpt,
  isTimeInPast,
  isTimeTooFar,
  isUneditable,
  scrubbedCause,
  slackErrorCode,
  slackFailure
} from "./chunk-HHIG7DP2.mjs";
import {
  scrub
} from "./chunk-XI3I5RXC.mjs";
import {
  ConfigError,
  DeliveryError
} from "./chunk-VGGN3EEV.mjs";
import "./chunk-6GQ57CJQ.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/deliver/slack-retry.ts
var DEFAULT_SLACK_RETRY = {
  retries: 3,
  minTimeoutMs: 1e3,
  maxTimeoutMs: 4e3,
  maxRetryAfterSec: 10,
  requestTimeoutMs: 1e4,
  maxRetryTimeMs: 3e4
};
var retryConfigOf = (p) => ({
  retries: p.retries,
  factor: 2,
  minTimeout: p.minTimeoutMs,
  maxTimeout: p.maxTimeoutMs,
  maxRetryTime: p.maxRetryTimeMs,
  randomize: false
});
var backoffMs = (p, attempt) => Math.min(p.minTimeoutMs * 2 ** attempt, p.maxTimeoutMs);
var mayRetry = (p, attempt, elapsedMs) => attempt < p.retries && elapsedMs < p.maxRetryTimeMs;
var waitsOut = (p, retryAfterSec) => Number.isFinite(retryAfterSec) && retryAfterSec <= p.maxRetryAfterSec;
function boundedRetryAfter(p) {
  return async (input, init) => {
    const res = await fetch(input, init);
    if (res.status !== 429) return res;
    const after = Number.parseInt(res.headers.get("retry-after") ?? "", 10);
    if (waitsOut(p, after)) return res;
    await res.body?.cancel();
    return new Response(JSON.stringify({ ok: false, error: "ratelimited", retry_after: Number.isFinite(after) ? after : null }), {
      status: 200,
      headers: { "content-type": "application/json" }
    });
  };
}
var webClientRetryOptions = (p, retrying) => ({
  retryConfig: retrying ? retryConfigOf(p) : { retries: 0 },
  rejectRateLimitedCalls: !retrying,
  timeout: p.requestTimeoutMs,
  fetch: boundedRetryAfter(p)
});
var webhookRetryOptions = (p) => ({
  timeout: p.requestTimeoutMs,
  retryConfig: { retries: 0 }
});

// src/deliver/slack-bot.ts
var SLACK_METADATA_EVENT_TYPE = "seminar_announcement";
var metadataOf = (msg) => ({
  event_type: SLACK_METADATA_EVENT_TYPE,
  event_payload: { kind: msg.kind, events: msg.events }
});
var unchecked = /* @__PURE__ */ new WeakSet();
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var sameIds = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
var BotPoster = class {
  constructor(token, apiUrl, channel, retry, env) {
    this.token = token;
    this.apiUrl = apiUrl;
    this.channel = channel;
    this.retry = retry;
    this.env = env;
    this.destination = channel;
  }
  token;
  apiUrl;
  channel;
  retry;
  env;
  transport = "bot";
  canSchedule = true;
  lookup = this;
  destination;
  client = null;
  onceClient = null;
  /** For calls that are safe to repeat (reads, edits, deletes): the SDK retries them within the bounds. */
  webClient() {
    this.client ??= this.createClient(true);
    return this.client;
  }
  /**
   * For calls that create something (a post, a scheduled message): no blind retries, since a request that timed out
   * may have gone through. `sendOnce` retries them itself, after looking for the message.
   */
  onceWebClient() {
    this.onceClient ??= this.createClient(false);
    return this.onceClient;
  }
  createClient(retrying) {
    return (async () => {
      const { WebClient, LogLevel } = await import("./web-api-QV3KQBKZ.mjs");
      const apiUrl = this.apiUrl.endsWith("/") ? this.apiUrl : `${this.apiUrl}/`;
      const quiet = {
        debug() {
        },
        info() {
        },
        warn() {
        },
        error() {
        },
        setLevel() {
        },
        getLevel: () => LogLevel.ERROR,
        setName() {
        }
      };
      return new WebClient(this.token, {
        slackApiUrl: apiUrl,
        logger: quiet,
        // Never the SDK default (10 retries over ~30 minutes): a cron job must not hang.
        ...webClientRetryOptions(this.retry, retrying),
        // Only our own base URL is ever called, whatever a method name looks like.
        allowAbsoluteUrls: false
      });
    })();
  }
  /**
   * Sends something Slack creates (a post, a scheduled message) at most once. A 429 is waited out (bounded) and
   * retried: Slack did nothing. A timeout, a dropped connection or a 5xx is ambiguous: Slack may have accepted it,
   * so `lookup` checks first, and only a message that is not there is sent again.
   */
  async sendOnce(send, lookup) {
    const started = Date.now();
    const since = new Date(started);
    for (let attempt = 0; ; attempt++) {
      try {
        return await send();
      } catch (err) {
        const code = slackErrorCode(err);
        const again = mayRetry(this.retry, attempt, Date.now() - started);
        if (code === "ratelimited") {
          const after = Number(err.retryAfter ?? err.data?.retry_after);
          if (!again || !waitsOut(this.retry, after)) throw err;
          await sleep(after * 1e3);
          continue;
        }
        if (code !== "request_failed" && !/^http_5\d\d$/.test(code)) throw err;
        let found;
        try {
          found = await lookup(since);
        } catch {
          if (err && typeof err === "object") unchecked.add(err);
          throw err;
        }
        if (found) return found;
        if (!again) throw err;
        await sleep(backoffMs(this.retry, attempt));
      }
    }
  }
  fail(action, err, channel = this.channel) {
    throw slackFailure(action, err, channel, this.env, !!err && typeof err === "object" && unchecked.has(err));
  }
  async verify() {
    const client = await this.webClient();
    try {
      await client.auth.test();
    } catch (err) {
      const code = slackErrorCode(err);
      if (!CREDENTIAL_ERRORS.has(code)) this.fail("check (auth.test)", err);
      throw new SlackDeliveryError(scrub(`SLACK_BOT_TOKEN was rejected by Slack (auth.test): ${code}`, this.env), code, this.channel, {
        cause: scrubbedCause(err, this.env),
        credentials: true
      });
    }
  }
  async postMessage(msg) {
    const client = await this.onceWebClient();
    try {
      return await this.sendOnce(
        async () => {
          const res = await client.chat.postMessage({
            channel: this.channel,
            text: msg.text,
            blocks: msg.blocks,
            metadata: metadataOf(msg),
            unfurl_links: false,
            unfurl_media: false,
            ...msg.threadTs ? { thread_ts: msg.threadTs } : {}
          });
          return { ts: res.ts ?? null, channel: res.channel ?? null };
        },
        (since) => this.findPosted({ kind: msg.kind, events: msg.events, threadTs: msg.threadTs ?? null, since })
      );
    } catch (err) {
      this.fail(msg.threadTs ? "reply" : "post", err);
    }
  }
  async updateMessage(channel, ts, msg) {
    const client = await this.webClient();
    try {
      await client.chat.update({ channel, ts, text: msg.text, blocks: msg.blocks, metadata: metadataOf(msg) });
    } catch (err) {
      this.fail("update", err, channel);
    }
  }
  async scheduleMessage(msg, at) {
    const client = await this.onceWebClient();
    try {
      return await this.sendOnce(
        async () => {
          const res = await client.chat.scheduleMessage({
            channel: this.channel,
            post_at: Math.floor(at.getTime() / 1e3),
            text: msg.text,
            blocks: msg.blocks,
            unfurl_links: false,
            unfurl_media: false,
            ...msg.threadTs ? { thread_ts: msg.threadTs } : {}
          });
          if (!res.scheduled_message_id) throw new Error("no scheduled_message_id in the answer");
          return { scheduledId: res.scheduled_message_id, channel: res.channel ?? this.channel };
        },
        () => this.findScheduled({ postAt: at, text: msg.text })
      );
    } catch (err) {
      this.fail("schedule", err);
    }
  }
  /**
   * The channel id for look-ups: conversations.history and chat.scheduledMessages.list take ids, not `#names`.
   * Resolved once per run through conversations.list (scope channels:read / groups:read).
   */
  channelIdPromise = null;
  resolveChannelId() {
    this.channelIdPromise ??= (async () => {
      if (/^[CGD][A-Z0-9]{6,}$/.test(this.channel)) return this.channel;
      const name = this.channel.replace(/^#/, "");
      const client = await this.webClient();
      let cursor;
      for (let page = 0; page < 50; page++) {
        const res = await client.conversations.list({ types: "public_channel,private_channel", exclude_archived: true, limit: 1e3, cursor });
        const hit = res.channels?.find((c) => c.name === name);
        if (hit?.id) return hit.id;
        cursor = res.response_metadata?.next_cursor || void 0;
        if (!cursor) break;
      }
      throw Object.assign(new Error("channel_not_found"), { code: "slack_webapi_platform_error", data: { error: "channel_not_found" } });
    })();
    this.channelIdPromise.catch(() => {
      this.channelIdPromise = null;
    });
    return this.channelIdPromise;
  }
  /**
   * After a run was stopped between sending and recording: is our message already in the channel? Posts are found by
   * their metadata (kind and events) among the bot's messages since `since` (thread replies in that thread).
   */
  async findPosted(q) {
    try {
      const client = await this.webClient();
      const channel = await this.resolveChannelId();
      const oldest = String(Math.floor(q.since.getTime() / 1e3) - 60);
      let cursor;
      for (let page = 0; page < 10; page++) {
        const res = q.threadTs ? await client.conversations.replies({ channel, ts: q.threadTs, oldest, include_all_metadata: true, limit: 200, cursor }) : await client.conversations.history({ channel, oldest, include_all_metadata: true, limit: 200, cursor });
        for (const m of res.messages ?? []) {
          const meta = m.metadata;
          if (meta?.event_type !== SLACK_METADATA_EVENT_TYPE || !m.ts) continue;
          if (q.threadTs && m.ts === q.threadTs) continue;
          const events = meta.event_payload?.events;
          if (meta.event_payload?.kind === q.kind && Array.isArray(events) && sameIds(events, q.events)) return { ts: m.ts, channel };
        }
        cursor = res.response_metadata?.next_cursor || void 0;
        if (!cursor) break;
      }
      return null;
    } catch (err) {
      this.fail("look-up of earlier posts (conversations.history)", err);
    }
  }
  /** After a stopped run: is our reminder already scheduled? Matched by its time and text. */
  async findScheduled(q) {
    try {
      const client = await this.webClient();
      const channel = await this.resolveChannelId();
      const at = Math.floor(q.postAt.getTime() / 1e3);
      let cursor;
      for (let page = 0; page < 10; page++) {
        const res = await client.chat.scheduledMessages.list({ channel, oldest: String(at - 1), latest: String(at + 1), limit: 100, cursor });
        const hit = res.scheduled_messages?.find((m) => m.post_at === at && m.text === q.text);
        if (hit?.id) return { scheduledId: hit.id, channel: hit.channel_id ?? channel };
        cursor = res.response_metadata?.next_cursor || void 0;
        if (!cursor) break;
      }
      return null;
    } catch (err) {
      this.fail("look-up of scheduled messages", err);
    }
  }
  async deleteScheduledMessage(channel, scheduledId) {
    const client = await this.webClient();
    try {
      await client.chat.deleteScheduledMessage({ channel, scheduled_message_id: scheduledId });
    } catch (err) {
      if (slackErrorCode(err) === "invalid_scheduled_message_id") return;
      this.fail("delete of a scheduled message", err, channel);
    }
  }
};

// src/deliver/slack-outbox.ts
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
function outboxFileName(action, msg) {
  const ids = msg.events.length ? msg.events.join("+") : "none";
  const slug = ids.toLowerCase().replace(/[^a-z0-9+]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80);
  const hash = createHash("sha256").update(JSON.stringify([action, msg.key ?? null, msg.kind, msg.events, msg.threadTs ?? null, msg.text, msg.blocks])).digest("hex").slice(0, 12);
  const variant = /~(\d+):/.exec(msg.key ?? "")?.[1];
  const prefix = action === "post" ? msg.kind : `${msg.kind}-${action}`;
  return `slack-${prefix}-${slug}${variant ? `~${variant}` : ""}-${hash}.json`;
}
var OutboxPoster = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  transport = "outbox";
  canSchedule = false;
  lookup = null;
  destination = "outbox";
  async verify() {
    await mkdir(this.dir, { recursive: true });
  }
  async write(action, msg, postAt) {
    const record = {
      action,
      kind: msg.kind,
      events: msg.events,
      threadTs: msg.threadTs ?? null,
      ...postAt ? { postAt: postAt.toISOString() } : {},
      blockKitBuilder: renderBlockKitBuilderUrl(msg.blocks),
      payload: { text: msg.text, blocks: msg.blocks }
    };
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, outboxFileName(action, msg));
    try {
      await writeFile(file, `${JSON.stringify(record, null, 2)}
`, "utf8");
    } catch (err) {
      throw new DeliveryError(`Could not write the Slack outbox file ${file}: ${err.message}`, { cause: err });
    }
    return file;
  }
  async postMessage(msg) {
    await this.write("post", msg);
    return { ts: null, channel: null };
  }
  async updateMessage(_channel, _ts, msg) {
    await this.write("update", msg);
  }
  async scheduleMessage(msg, at) {
    const file = await this.write("schedule", msg, at);
    return { scheduledId: path.basename(file, ".json"), channel: "outbox" };
  }
  async deleteScheduledMessage() {
  }
};

// src/deliver/slack-webhook.ts
var WebhookPoster = class {
  constructor(url, retry, env) {
    this.url = url;
    this.retry = retry;
    this.env = env;
  }
  url;
  retry;
  env;
  transport = "webhook";
  canSchedule = false;
  lookup = null;
  // The webhook URL is itself the secret: it never appears in the destination (a ledger key), errors or output.
  destination = "webhook";
  async verify() {
    let u;
    try {
      u = new URL(this.url);
    } catch {
      throw new ConfigError("SLACK_WEBHOOK_URL is not a URL");
    }
    if (u.protocol !== "https:" && u.protocol !== "http:") throw new ConfigError("SLACK_WEBHOOK_URL must be an https URL");
  }
  /**
   * One POST, retried within the run only when it certainly never reached the webhook (the connection was refused,
   * the name did not resolve). A webhook cannot be searched, so any other failure after the request went out (a
   * timeout, a dropped connection, a 5xx) is ambiguous: Slack may have posted it. That one is not retried here; it is
   * thrown as `unsettled` and the run keeps it pending, so the next run makes at most one more attempt (see
   * src/run/execute.ts): a webhook that posts and answers late makes at most two copies, not one per retry per run.
   */
  async postMessage(msg) {
    const { IncomingWebhook } = await import("./webhook-QAT4ZCKN.mjs");
    const hook = new IncomingWebhook(this.url, webhookRetryOptions(this.retry));
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        await hook.send({ text: msg.text, blocks: msg.blocks, unfurl_links: false, unfurl_media: false });
        return { ts: null, channel: null };
      } catch (err) {
        if (neverSent(err) && mayRetry(this.retry, attempt, Date.now() - started)) {
          await sleep2(backoffMs(this.retry, attempt));
          continue;
        }
        throw this.failure(err);
      }
    }
  }
  failure(err) {
    const e = err;
    const body = typeof e.body === "string" && /^[a-z_]{3,60}$/.test(e.body.trim()) ? e.body.trim() : null;
    const code = body ?? slackErrorCode(err);
    const hint = CREDENTIAL_ERRORS.has(code) && HINTS[code] ? ` (${HINTS[code]})` : "";
    const unsettled = mayHavePosted(err);
    const what = unsettled ? `; ${timedOut(err) ? "no answer in time" : "no confirmation"}: it may have been posted` : "";
    return new SlackDeliveryError(scrub(`Slack webhook post failed: ${code}${hint}${body ? "" : answerExcerpt(err, this.env)}${what}`, this.env), code, "webhook", {
      cause: scrubbedCause(err, this.env),
      credentials: CREDENTIAL_ERRORS.has(code),
      unsettled
    });
  }
  async updateMessage() {
    throw new DeliveryError("A Slack webhook cannot edit messages; set SLACK_BOT_TOKEN to edit and thread.");
  }
  async scheduleMessage() {
    throw new DeliveryError("A Slack webhook cannot schedule messages; set SLACK_BOT_TOKEN to schedule reminders.");
  }
  async deleteScheduledMessage() {
  }
};
var sleep2 = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var BEFORE_SENDING = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL"]);
function causeCodes(err) {
  const out = [];
  let e = err;
  for (let depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const x = e;
    if (typeof x.code === "string") out.push(x.code);
    if (typeof x.name === "string") out.push(x.name);
    if (Array.isArray(x.errors)) for (const inner of x.errors) out.push(...causeCodes(inner));
    e = x.original ?? x.cause;
  }
  return out;
}
var isRequestError = (err) => err?.code === "slack_webhook_request_error";
var neverSent = (err) => isRequestError(err) && causeCodes(err).some((c) => BEFORE_SENDING.has(c));
var timedOut = (err) => causeCodes(err).some((c) => c === "TimeoutError" || c === "AbortError");
function mayHavePosted(err) {
  const e = err;
  if (isRequestError(err)) return !neverSent(err);
  return e?.code === "slack_webhook_http_error" && typeof e.statusCode === "number" && e.statusCode >= 500;
}

// src/deliver/slack.ts
function createSlackPoster(opts) {
  const retry = { ...DEFAULT_SLACK_RETRY, ...timeoutFrom(opts.env), ...opts.retry };
  const token = opts.env.SLACK_BOT_TOKEN?.trim();
  if (token) return new BotPoster(token, slackApiUrl(opts.env), opts.config.slack.channel, retry, opts.env);
  const webhook = opts.env.SLACK_WEBHOOK_URL?.trim();
  if (webhook) return new WebhookPoster(webhook, retry, opts.env);
  return new OutboxPoster(opts.outboxDir);
}
function slackApiUrl(env) {
  const value = env.SLACK_API_URL?.trim();
  if (!value) return "https://slack.com/api/";
  let url = null;
  try {
    url = new URL(value);
  } catch {
  }
  if (!url || url.protocol !== "https:" && url.protocol !== "http:" || !url.hostname)
    throw new ConfigError("SLACK_API_URL is not an http(s) URL. Leave it unset to use Slack (https://slack.com/api/); tests point it at a local server, e.g. http://127.0.0.1:PORT/api/.");
  return value;
}
function timeoutFrom(env) {
  const ms = Number(env.ANNOUNCE_SLACK_TIMEOUT_MS);
  return Number.isInteger(ms) && ms > 0 ? { requestTimeoutMs: ms } : {};
}
export {
  DEFAULT_SLACK_RETRY,
  SLACK_METADATA_EVENT_TYPE,
  SlackDeliveryError,
  createSlackPoster,
  isTimeInPast,
  isTimeTooFar,
  isUneditable,
  outboxFileName,
  renderBlockKitBuilderUrl,
  slackErrorCode
};
