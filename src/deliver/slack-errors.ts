/** What a failed Slack call means, as data the run can act on; messages name the code and channel, never a secret. */
import { DeliveryError } from '../errors.js';
import { scrub } from '../secrets.js';
import { excerpt } from '../workflow-commands.js';

/**
 * A Slack API call failed. `slackError` is Slack's error code (`channel_not_found`, `time_in_past`, `ratelimited`,
 * `http_500`, `request_failed`, …) so the run can act on it; the message names the code and the channel, never a secret.
 */
export class SlackDeliveryError extends DeliveryError {
  constructor(
    message: string,
    readonly slackError: string,
    readonly channel: string,
    options?: { cause?: unknown; unsettled?: boolean; credentials?: boolean },
  ) {
    super(message, options);
  }
}

/**
 * `chat.update` said the message cannot be edited any more (someone deleted it, or the workspace closes edits after a
 * while): nothing a later run could change, so the edit is given up rather than retried forever.
 */
export const isUneditable = (err: unknown): boolean =>
  err instanceof SlackDeliveryError && ['message_not_found', 'cant_update_message', 'edit_window_closed'].includes(err.slackError);

/** `chat.scheduleMessage` said the time has passed: post now instead if the talk has not started. */
export const isTimeInPast = (err: unknown): boolean => err instanceof SlackDeliveryError && err.slackError === 'time_in_past';
/** `chat.scheduleMessage` said the time is over 120 days ahead: schedule on a later run. */
export const isTimeTooFar = (err: unknown): boolean => err instanceof SlackDeliveryError && err.slackError === 'time_too_far';

/**
 * Codes that mean our credentials, not Slack, are the problem: a configuration error (exit 2, see DeliveryError). The
 * Web API's for a bot token, and an incoming webhook's for its URL (a webhook answers them as text).
 */
export const CREDENTIAL_ERRORS = new Set([
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'account_inactive',
  'no_permission',
  'missing_scope',
  'invalid_token',
  'no_service',
  'no_service_id',
  'no_team',
  'team_disabled',
]);

export const HINTS: Record<string, string> = {
  invalid_auth: 'check SLACK_BOT_TOKEN',
  not_authed: 'check SLACK_BOT_TOKEN',
  token_revoked: 'SLACK_BOT_TOKEN was revoked',
  account_inactive: 'SLACK_BOT_TOKEN belongs to a deactivated app or user',
  channel_not_found: 'check slack.channel in the configuration, and that the app can see it',
  not_in_channel: 'invite the app to the channel',
  is_archived: 'the channel is archived',
  missing_scope: 'the app needs the chat:write scope, and channels:read and channels:history (groups:* for a private channel) to recover after an interrupted run',
  invalid_token: 'check SLACK_WEBHOOK_URL',
  no_service: 'SLACK_WEBHOOK_URL names a webhook that was removed or disabled',
  no_service_id: 'check SLACK_WEBHOOK_URL',
  no_team: 'check SLACK_WEBHOOK_URL',
  team_disabled: 'the workspace of SLACK_WEBHOOK_URL is disabled',
  ratelimited: 'rate limited by Slack; the next run retries',
  time_in_past: 'the time has already passed',
  time_too_far: 'Slack schedules at most 120 days ahead',
};

/** What Slack's error codes look like (`channel_not_found`, `invalid_blocks`). */
const SLACK_CODE = /^[a-z][a-z0-9_.]{1,79}$/;

/**
 * Slack's error code, or a short name for a transport failure; never a message that could carry a secret. An answer
 * that is not Slack's (a proxy's HTML page, read by the SDK as the error) is `unexpected_response`: see answerExcerpt.
 */
export function slackErrorCode(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown };
    if (e.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string')
      return SLACK_CODE.test(e.data.error) ? e.data.error : 'unexpected_response';
    if (e.code === 'slack_webapi_rate_limited_error') return 'ratelimited';
    if ((e.code === 'slack_webapi_http_error' || e.code === 'slack_webhook_http_error') && typeof e.statusCode === 'number')
      return `http_${e.statusCode}`;
    if (e.code === 'slack_webapi_request_error' || e.code === 'slack_webhook_request_error') {
      // The SDK reports a run of 429s that outlasted the retries as a request error wrapping its own message.
      const original = (err as { original?: unknown }).original;
      return original instanceof Error && original.message.startsWith('A rate limit was exceeded') ? 'ratelimited' : 'request_failed';
    }
  }
  return 'unexpected_error';
}

/**
 * For an answer that is not Slack's: a bounded, one-line excerpt of it (` (the server answered "<html>…")`), else ''.
 * Foreign text of any size (200 KB of a proxy's page, lines that read as workflow commands) never reaches a report whole.
 */
export function answerExcerpt(err: unknown, env: NodeJS.ProcessEnv): string {
  const e = (err ?? {}) as { code?: unknown; data?: { error?: unknown }; body?: unknown };
  const text = e.code === 'slack_webapi_platform_error' ? e.data?.error : e.code === 'slack_webhook_http_error' ? e.body : undefined;
  if (typeof text !== 'string' || text.trim() === '' || SLACK_CODE.test(text.trim())) return '';
  return ` (the server answered ${excerpt(scrub(text, env))})`;
}

/** The library's error, kept as `cause` for debugging, with secrets removed from its message. */
export function scrubbedCause(err: unknown, env: NodeJS.ProcessEnv): Error {
  const message = err instanceof Error ? err.message : String(err);
  const out = new Error(scrub(message, env));
  out.name = err instanceof Error ? err.name : 'Error';
  return out;
}

/**
 * The error a poster throws for `action` (e.g. "post") in `channel`. `unsettled`: Slack may have done it (its answer
 * was lost) and the look-up that would tell could not be made (see DeliveryError.unsettled).
 */
export function slackFailure(action: string, err: unknown, channel: string, env: NodeJS.ProcessEnv, unsettled = false): SlackDeliveryError {
  const code = slackErrorCode(err);
  const hint = HINTS[code] ? ` (${HINTS[code]})` : answerExcerpt(err, env);
  const unknown = unsettled ? '; Slack may have done it and it could not be checked, so it stays pending and is not sent again until a run can look it up' : '';
  return new SlackDeliveryError(scrub(`Slack ${action} in ${channel} failed: ${code}${hint}${unknown}`, env), code, channel, {
    cause: scrubbedCause(err, env),
    unsettled,
    credentials: CREDENTIAL_ERRORS.has(code),
  });
}
