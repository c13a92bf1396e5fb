/**
 * One run: settle what a stopped run left pending → prepare (plan and message inputs) → render it all → verify the
 * transports → deliver each message and record it at once (deliver.ts says when a delivery counts as sent). Reading
 * the site and opening (locking) the ledger happen before, in the command.
 */
import { AnnounceError, ConfigError, DeliveryError } from '../errors.js';
import { alreadySent } from './already-sent.js';
import { describeMassCancel, planPublishedSinceForced, type Action } from '../plan/index.js';
import { deliverAction, NOTHING_RENDERED, type Rendered } from './deliver.js';
import { exitCodeOf, messageOf } from './errors.js';
import { attemptsOf, isWebhookRetry, unconfirmedWebhookPost, WEBHOOK_ATTEMPTS } from './webhook-attempts.js';
import type { ActionInputs } from './message-input.js';
import { describePageWarning, NO_PAGE_CHECKS, readPageChecks } from './page-waits.js';
import { channelTargets, prepareRun } from './prepare.js';
import { recoverPending } from './recovery.js';
import type { Outcome, RunContext, RunDeps, RunReport, RunRequest } from './types.js';

/** How long rendering runs before it lets the event loop turn. */
const TURN_EVERY_MS = 50;

export async function executeRun(ctx: RunContext, req: RunRequest, deps: RunDeps): Promise<RunReport> {
  const warn = deps.warn ?? (() => undefined);
  const recovered = req.dryRun ? [] : await recoverPending(deps.ledger, deps.slack, warn);
  if (!req.dryRun) {
    // Talks announced with --force before Hugo published them, published now: unpublishing them again is news.
    // This only amends what earlier records said; it sends nothing.
    const pending = deps.ledger.data().pending;
    for (const { key, record } of planPublishedSinceForced(ctx.events, deps.ledger.data(), ctx.site, req.now))
      if (!(key in pending)) deps.ledger.complete(key, record);
  }
  const targets = channelTargets(deps);
  // The website is asked before planning (announce.waitForPage); the planner takes its answers as data.
  const checks = deps.requestPage ? await readPageChecks(ctx, deps.ledger.data(), targets, req.now, req.mode, deps.requestPage) : NO_PAGE_CHECKS;
  for (const w of checks.warnings) warn(describePageWarning(w));
  const { actions, inputs, pages, massCancel } = prepareRun(ctx, deps.ledger.data(), targets, req.now, req.mode, checks);
  // Before anything is rendered or sent, on any channel: most announced talks cancelled at once is a typo until
  // someone says otherwise.
  if (massCancel.length > 0 && !req.allowMassCancel) throw new ConfigError(describeMassCancel(massCancel));
  const already = alreadySent(req.mode, deps.ledger.data(), targets, actions, ctx.config, req.now);
  const outcomes: Outcome[] = [];
  let exitCode: 0 | 1 | 2 = 0;
  const failed = new Set<string>();
  const succeeded = new Set<string>();
  const fail = (action: Action, error: unknown) => {
    failed.add(action.key);
    if (exitCodeOf(error) === 2) exitCode = 2;
    else if (exitCode === 0) exitCode = 1;
    outcomes.push({ action, status: 'failed', detail: messageOf(error) });
  };

  // Everything is rendered before anything is sent: a template that fails is reported with the others.
  const rendered = new Map<string, Rendered | Error>();
  let turn = performance.now();
  for (const action of actions) {
    try {
      rendered.set(action.key, await renderInputs(action, inputs.get(action.key), deps));
    } catch (error) {
      rendered.set(action.key, error instanceof Error ? error : new Error(String(error)));
    }
    // Rendering is processor work that settles on promises alone, so it never lets the event loop turn: a thousand
    // messages held it for 8 s (bench/deliver.mjs), and the ledger lock's refresh (stale after 10 s) would then come
    // too late and lose the lock. A turn every 50 ms keeps timers and sockets served.
    if (performance.now() - turn > TURN_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      turn = performance.now();
    }
  }
  // The transports are checked once everything is rendered, not while it is: a connection check started before
  // would wait out the rendering (nodemailer's 10 s connection timeout fired at 1,000 messages), and
  // email.deadlineSeconds, which starts at the check, would count the rendering too.
  const unverified = req.dryRun ? new Map<string, unknown>() : await verifyTransports(actions, deps);

  for (const action of actions) {
    const r = rendered.get(action.key) ?? NOTHING_RENDERED;
    if (r instanceof Error) {
      fail(action, r);
      continue;
    }
    if (unverified.has(action.channel)) {
      fail(action, unverified.get(action.channel));
      continue;
    }
    if (action.after && !succeeded.has(action.after)) {
      failed.add(action.key);
      outcomes.push({ action, status: 'skipped', detail: 'waits until the message announcing the talk has gone out' });
      continue;
    }
    if (req.dryRun) {
      outcomes.push({ action, status: 'planned', detail: null });
      succeeded.add(action.key);
      continue;
    }
    const pending = deps.ledger.data().pending[action.key];
    const webhookRetry = isWebhookRetry(pending, deps.slack?.transport);
    if (webhookRetry && attemptsOf(pending) >= WEBHOOK_ATTEMPTS) {
      // A run was stopped during the last attempt: settle it as below, without a third POST.
      deps.ledger.complete(action.key, { ...pending.record, sentAt: pending.since });
      fail(action, unconfirmedWebhookPost(action, attemptsOf(pending), null));
      continue;
    }
    if (pending && !webhookRetry) {
      // Still pending after recovery: a stopped run may have delivered it and the look-up could not tell.
      // Sending it now could make a second copy; it waits (exit 1, so the workflow shows it) for a run that can look.
      failed.add(action.key);
      if (exitCode === 0) exitCode = 1;
      outcomes.push({
        action,
        status: 'skipped',
        detail: 'an interrupted run may already have sent it and it could not be looked up (see the warning); not sent again until a run can check',
      });
      continue;
    }
    try {
      deps.ledger.assertHeld();
      const outcome = await deliverAction(action, r, ctx, req.now, deps);
      outcomes.push(outcome);
      if (outcome.status !== 'skipped') succeeded.add(action.key);
    } catch (error) {
      // A definite refusal (invalid_auth, channel_not_found, a 429 before sending, an SMTP 4xx/5xx reply) means
      // nothing was delivered: forget the pending mark so the next run sends it. A failure after which the server
      // may have acted and that could not be checked (a Slack post whose answer was lost and whose look-up failed)
      // keeps it: the next run looks it up first, or skips it (exit 1) while it cannot, exactly as after a kill.
      // Email never reports itself unsettled (see createSmtpMailer): SMTP has no look-up, so a pending mark would
      // hold an email back forever; a connection dropped after DATA is sent again with the same Message-ID.
      const now = deps.ledger.data().pending[action.key];
      if (error instanceof DeliveryError && error.unsettled && isWebhookRetry(now, deps.slack?.transport)) {
        if (attemptsOf(now) >= WEBHOOK_ATTEMPTS) {
          deps.ledger.complete(action.key, { ...now.record, sentAt: now.since });
          fail(action, unconfirmedWebhookPost(action, attemptsOf(now), messageOf(error)));
        } else {
          warn(`${action.key} may have been posted (the webhook did not confirm it); the next run posts it once more at most`);
          fail(action, error);
        }
        continue;
      }
      if (error instanceof DeliveryError && error.unsettled) warn(`${action.key} may have been delivered and could not be checked; it stays pending until a run can look it up`);
      else deps.ledger.abandon(action.key);
      fail(action, error);
      // A ledger that cannot be written or a lost lock makes every further send unsafe.
      if (error instanceof AnnounceError && error.name === 'LedgerError') break;
    }
  }
  return { now: req.now, dryRun: req.dryRun, outcomes, recovered, alreadySent: already, pages, exitCode };
}

/** Checks each transport that has something to do; a failing one fails its channel only. */
async function verifyTransports(actions: Action[], deps: RunDeps): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  const uses = (c: string) => actions.some((a) => a.channel === c);
  const checks: Array<Promise<void>> = [];
  if (deps.mailer && uses('email')) checks.push(deps.mailer.verify().catch((e: unknown) => void out.set('email', e)));
  if (deps.slack && uses('slack')) checks.push(deps.slack.verify().catch((e: unknown) => void out.set('slack', e)));
  await Promise.all(checks);
  return out;
}

async function renderInputs(action: Action, inputs: ActionInputs | undefined, deps: RunDeps): Promise<Rendered> {
  if (!inputs) return NOTHING_RENDERED;
  if (action.channel === 'email') return { email: await deps.renderEmail(inputs.message), slack: null, edit: null, digests: [] };
  return {
    email: null,
    slack: deps.renderSlack(inputs.message),
    edit: inputs.edit ? deps.renderSlack(inputs.edit) : null,
    digests: inputs.digests.map((d) => ({ slack: d.edit.slack, events: d.edit.events, payload: deps.renderSlack(d.input) })),
  };
}
