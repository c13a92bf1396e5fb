import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  scrub
} from "./chunk-XI3I5RXC.mjs";
import {
  DeliveryError
} from "./chunk-VGGN3EEV.mjs";
import {
  excerpt
} from "./chunk-6GQ57CJQ.mjs";

// src/deliver/slack-errors.ts
var SlackDeliveryError = class extends DeliveryError {
  constructor(message, slackError, channel, options) {
    super(message, options);
    this.slackError = slackError;
    this.channel = channel;
  }
  slackError;
  channel;
};
var isUneditable = (err) => err instanceof SlackDeliveryError && ["message_not_found", "cant_update_message", "edit_window_closed"].includes(err.slackError);
var isTimeInPast = (err) => err instanceof SlackDeliveryError && err.slackError === "time_in_past";
var isTimeTooFar = (err) => err instanceof SlackDeliveryError && err.slackError === "time_too_far";
var CREDENTIAL_ERRORS = /* @__PURE__ */ new Set([
  "invalid_auth",
  "not_authed",
  "token_revoked",
  "token_expired",
  "account_inactive",
  "no_permission",
  "missing_scope",
  "invalid_token",
  "no_service",
  "no_service_id",
  "no_team",
  "team_disabled"
]);
var HINTS = {
  invalid_auth: "check SLACK_BOT_TOKEN",
  not_authed: "check SLACK_BOT_TOKEN",
  token_revoked: "SLACK_BOT_TOKEN was revoked",
  account_inactive: "SLACK_BOT_TOKEN belongs to a deactivated app or user",
  channel_not_found: "check slack.channel in the configuration, and that the app can see it",
  not_in_channel: "invite the app to the channel",
  is_archived: "the channel is archived",
  missing_scope: "the app needs the chat:write scope, and channels:read and channels:history (groups:* for a private channel) to recover after an interrupted run",
  invalid_token: "check SLACK_WEBHOOK_URL",
  no_service: "SLACK_WEBHOOK_URL names a webhook that was removed or disabled",
  no_service_id: "check SLACK_WEBHOOK_URL",
  no_team: "check SLACK_WEBHOOK_URL",
  team_disabled: "the workspace of SLACK_WEBHOOK_URL is disabled",
  ratelimited: "rate limited by Slack; the next run retries",
  time_in_past: "the time has already passed",
  time_too_far: "Slack schedules at most 120 days ahead"
};
var SLACK_CODE = /^[a-z][a-z0-9_.]{1,79}$/;
function slackErrorCode(err) {
  if (err && typeof err === "object") {
    const e = err;
    if (e.code === "slack_webapi_platform_error" && typeof e.data?.error === "string")
      return SLACK_CODE.test(e.data.error) ? e.data.error : "unexpected_response";
    if (e.code === "slack_webapi_rate_limited_error") return "ratelimited";
    if ((e.code === "slack_webapi_http_error" || e.code === "slack_webhook_http_error") && typeof e.statusCode === "number")
      return `http_${e.statusCode}`;
    if (e.code === "slack_webapi_request_error" || e.code === "slack_webhook_request_error") {
      const original = err.original;
      return original instanceof Error && original.message.startsWith("A rate limit was exceeded") ? "ratelimited" : "request_failed";
    }
  }
  return "unexpected_error";
}
function answerExcerpt(err, env) {
  const e = err ?? {};
  const text = e.code === "slack_webapi_platform_error" ? e.data?.error : e.code === "slack_webhook_http_error" ? e.body : void 0;
  if (typeof text !== "string" || text.trim() === "" || SLACK_CODE.test(text.trim())) return "";
  return ` (the server answered ${excerpt(scrub(text, env))})`;
}
function scrubbedCause(err, env) {
  const message = err instanceof Error ? err.message : String(err);
  const out = new Error(scrub(message, env));
  out.name = err instanceof Error ? err.name : "Error";
  return out;
}
function slackFailure(action, err, channel, env, unsettled = false) {
  const code = slackErrorCode(err);
  const hint = HINTS[code] ? ` (${HINTS[code]})` : answerExcerpt(err, env);
  const unknown = unsettled ? "; Slack may have done it and it could not be checked, so it stays pending and is not sent again until a run can look it up" : "";
  return new SlackDeliveryError(scrub(`Slack ${action} in ${channel} failed: ${code}${hint}${unknown}`, env), code, channel, {
    cause: scrubbedCause(err, env),
    unsettled,
    credentials: CREDENTIAL_ERRORS.has(code)
  });
}

export {
  SlackDeliveryError,
  isUneditable,
  isTimeInPast,
  isTimeTooFar,
  CREDENTIAL_ERRORS,
  HINTS,
  slackErrorCode,
  answerExcerpt,
  scrubbedCause,
  slackFailure
};
