/**
 * The action's inputs as the runner passes them, and the `announce` command line they make. Pure: the
 * environment is an argument, and the result is an argument array for `execFile`, so an input (an event id
 * full of `;`, `$(…)` or quotes) is one argument of the CLI and never reaches a shell.
 */

/** The commands the action accepts; anything else is refused before the CLI runs. */
export const COMMANDS = ['run', 'digest', 'plan', 'list', 'check', 'preview', 'calendar'] as const;
export type Command = (typeof COMMANDS)[number];

export interface ActionInputs {
  site: string;
  command: Command;
  event: string;
  force: boolean;
  dryRun: boolean;
  config: string;
  /** The `args` input, split into arguments (see splitArgs). */
  args: string[];
  commitLedger: boolean;
  ledger: string;
  smtpUrl: string;
  slackBotToken: string;
  slackWebhookUrl: string;
}

/**
 * An input as the runner sets it: `INPUT_<NAME>`, the name upper-cased with spaces as underscores (hyphens
 * stay: `INPUT_DRY-RUN`). Unset or blank is ''. The runner fills in action.yml's defaults itself.
 */
export function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** YAML 1.2 booleans, as GitHub writes `${{ inputs.x }}` of a boolean: true/True/TRUE, false/False/FALSE. */
function booleanInput(env: NodeJS.ProcessEnv, name: string, fallback: boolean, errors: string[]): boolean {
  const v = input(env, name);
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  errors.push(`Input '${name}' must be true or false, not '${v}'.`);
  return fallback;
}

/**
 * Splits the free-form `args` input into arguments: white space separates them, and '…' or "…" keep white
 * space inside one (`--out "my previews"`). Nothing else is special: no variables, globs or escapes.
 */
export function splitArgs(text: string): { args: string[] } | { error: string } {
  const args: string[] = [];
  let current: string | null = null;
  let quote: '"' | "'" | null = null;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current ??= '';
    } else if (/\s/.test(ch)) {
      if (current !== null) args.push(current);
      current = null;
    } else {
      current = (current ?? '') + ch;
    }
  }
  if (quote) return { error: `Input 'args' has an unterminated ${quote} quote: ${text}` };
  if (current !== null) args.push(current);
  return { args };
}

/** The inputs, or every problem with them (each names the input). */
export function readInputs(env: NodeJS.ProcessEnv): { inputs: ActionInputs } | { errors: string[] } {
  const errors: string[] = [];
  const command = input(env, 'command') || 'run';
  if (!(COMMANDS as readonly string[]).includes(command))
    errors.push(`Unknown command '${command}' (${COMMANDS.slice(0, -1).join(', ')} or ${COMMANDS[COMMANDS.length - 1]}).`);
  const split = splitArgs(input(env, 'args'));
  if ('error' in split) errors.push(split.error);
  const inputs: ActionInputs = {
    site: input(env, 'site') || '.',
    command: command as Command,
    event: input(env, 'event'),
    force: booleanInput(env, 'force', false, errors),
    dryRun: booleanInput(env, 'dry-run', false, errors),
    config: input(env, 'config'),
    args: 'args' in split ? split.args : [],
    commitLedger: booleanInput(env, 'commit-ledger', true, errors),
    ledger: input(env, 'ledger') || '.announce/state.json',
    smtpUrl: input(env, 'smtp-url'),
    slackBotToken: input(env, 'slack-bot-token'),
    slackWebhookUrl: input(env, 'slack-webhook-url'),
  };
  return errors.length > 0 ? { errors } : { inputs };
}

/** run and digest send and record; only they get their report as JSON and their ledger committed. */
export const sends = (inputs: Pick<ActionInputs, 'command'>): boolean => inputs.command === 'run' || inputs.command === 'digest';

/** Whether the action commits the ledger after this run. */
export const commitsLedger = (inputs: ActionInputs): boolean => inputs.commitLedger && sends(inputs) && !inputs.dryRun;

/**
 * The CLI's arguments. Values are attached with `=` (`--event=-x` stays a value, never an option). `--json` asks
 * run and digest for the report the outputs are counted from.
 */
export function cliArgs(inputs: ActionInputs): string[] {
  return [
    inputs.command,
    ...(inputs.event ? [`--event=${inputs.event}`] : []),
    ...(inputs.force ? ['--force'] : []),
    ...(inputs.dryRun ? ['--dry-run'] : []),
    ...(inputs.config ? [`--config=${inputs.config}`] : []),
    ...inputs.args,
    ...(sends(inputs) && !inputs.args.includes('--json') ? ['--json'] : []),
  ];
}

/** The CLI's environment: the secrets from the inputs win; an empty input keeps the variable the step already has. */
export function cliEnv(inputs: ActionInputs, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  // The inputs are the action's business: the CLI gets none of them (the secrets come back under their own names).
  for (const [k, v] of Object.entries(env)) if (!k.startsWith('INPUT_')) out[k] = v;
  if (inputs.smtpUrl) out.SMTP_URL = inputs.smtpUrl;
  if (inputs.slackBotToken) out.SLACK_BOT_TOKEN = inputs.slackBotToken;
  if (inputs.slackWebhookUrl) out.SLACK_WEBHOOK_URL = inputs.slackWebhookUrl;
  return out;
}

/** Values the runner should mask in the log beyond the secrets themselves: an SMTP password as it is once decoded. */
export function secretsToMask(inputs: ActionInputs, env: NodeJS.ProcessEnv): string[] {
  const smtp = inputs.smtpUrl || env.SMTP_URL || '';
  const values = [inputs.smtpUrl, inputs.slackBotToken, inputs.slackWebhookUrl];
  try {
    const url = new URL(smtp);
    if (url.password) values.push(url.password, decodeURIComponent(url.password));
  } catch {
    /* not a URL: the CLI says so, scrubbed */
  }
  return [...new Set(values.filter((v) => v.length >= 4))];
}
