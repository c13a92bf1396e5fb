#!/usr/bin/env node
import { Command, Option, InvalidArgumentError } from 'commander';
import { AnnounceError } from './errors.js';
import { tuneHeap } from './heap.js';
import { scrub } from './secrets.js';
import { inActions, inert } from './workflow-commands.js';
import type { CalendarOptions, GlobalOptions, PreviewOptions, RunOptions } from './commands/options.js';

tuneHeap();

/**
 * A reader that stops early (`announce list | head -1`) closes the pipe: that is no failure, and nothing more needs
 * printing. Output stops quietly and the command ends with its own exit code. (A run prints its report only once
 * everything is sent and recorded, so stopping to print never stops a delivery.)
 */
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutClosed = true;
  process.stdout.emit('drain');
});
// The same for stderr (`announce plan 2>&1 | head -1`): what could not be shown is not worth a crash.
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

function parseNow(value: string): Date {
  const d = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(d.getTime()))
    throw new InvalidArgumentError('expected an ISO 8601 instant, e.g. 2024-11-18T08:00:00Z');
  return d;
}

/**
 * `--event` names one talk. An id that is empty once trimmed of spaces and slashes (`''`, `' '`, `//`) names none: it
 * would match a page without a slug, or the site's home page, so it is refused (exit 2) instead of selecting one.
 */
function parseEventId(value: string): string {
  if (value.trim().replace(/^[\s/]+|[\s/]+$/g, '') === '')
    throw new InvalidArgumentError('the event id is empty; give an id from `announce list`, e.g. event/my-talk');
  return value;
}

function addGlobals(cmd: Command): Command {
  return cmd
    .option('--site <dir>', 'Hugo site root (default: ".")')
    .option('--config <file>', 'configuration file (default: announce.config.{yaml,yml,json} in the site)')
    .option('--state <file>', 'ledger file (default: .announce/state.json)')
    .option('--now <iso>', 'the clock, for tests and replays (ISO 8601)', parseNow)
    .option('--dry-run', 'render everything, send nothing, record nothing')
    .addOption(new Option('--channel <channel>', 'only this channel').choices(['email', 'slack']))
    .option('--json', 'machine-readable output');
}

/**
 * Options may stand before or after the subcommand (`announce --dry-run digest`, `announce digest
 * --dry-run`): both are read, the subcommand's winning. No option has a default of its own for that
 * reason; `globals` fills them in.
 */
const optsOf = (cmd: Command): Raw => cmd.optsWithGlobals<Raw>();

/**
 * In GitHub Actions, what the commands print is made inert (no line of it reads as a workflow command): page paths,
 * event ids and servers' answers are foreign text. Commands we mean go through `command`, built by workflowCommand.
 */
const shown = inActions(process.env) ? inert : (text: string) => text;

type Raw = Record<string, unknown>;
const utf8 = new TextEncoder();

function globals(raw: Raw): GlobalOptions {
  return {
    site: String(raw.site ?? '.'),
    config: raw.config as string | undefined,
    state: raw.state as string | undefined,
    now: (raw.now as Date | undefined) ?? new Date(),
    dryRun: Boolean(raw.dryRun),
    channel: raw.channel as 'email' | 'slack' | undefined,
    json: Boolean(raw.json),
    env: process.env,
    out: (line) => void (stdoutClosed || process.stdout.write(shown(line) + '\n')),
    // Encoded here: for chunks of many kilobytes TextEncoder is several times faster than the Buffer.from
    // that stream.write(string) does (measured on a 10,000-talk listing: 55 ms against 300 ms).
    writeOut: (chunk) =>
      new Promise<void>((resolve) =>
        stdoutClosed || process.stdout.write(utf8.encode(shown(chunk) + '\n')) ? resolve() : process.stdout.once('drain', resolve),
      ),
    err: (line) => process.stderr.write(shown(scrub(line)) + '\n'),
    command: (line, stream) => (stream === 'out' ? process.stdout : process.stderr).write(scrub(line) + '\n'),
  };
}

const MASS_CANCEL_HELP = 'cancel more than half of the announced upcoming talks at once (otherwise the run stops, exit 2)';

let exitCode = 0;
const runOpts = (raw: Raw): RunOptions => ({
  ...globals(raw),
  event: raw.event as string | undefined,
  force: Boolean(raw.force),
  allowMassCancel: Boolean(raw.allowMassCancel),
});

const program = new Command('announce')
  .description('Announce the talks of a Hugo seminar site by email and Slack, each message once.')
  .showHelpAfterError()
  .enablePositionalOptions()
  // Before the subcommands are defined, so that they inherit it: a usage error is exit 2, never 1.
  .exitOverride()
  // Commander quotes arguments in its errors (`argument '…' is invalid`): in Actions, inert like the rest.
  .configureOutput({ writeOut: (s) => process.stdout.write(shown(s)), writeErr: (s) => process.stderr.write(shown(s)) });
/**
 * Each command's action: read the options (wherever they stood), load the command's module only now
 * (so that `list` never loads what `run` needs), run it, keep its exit code.
 */
const act =
  <O>(toOptions: (raw: Raw) => O, load: () => Promise<(opts: O) => Promise<number>>) =>
  async (_options: Raw, cmd: Command): Promise<void> => {
    exitCode = await (await load())(toOptions(optsOf(cmd)));
  };
const runCommand = async () => (await import('./commands/run.js')).runCommand;

addGlobals(program)
  .option('--event <id>', 'announce this event now on every configured channel, once', parseEventId)
  .option('--force', 'with --event: send again, or announce a page Hugo would not publish')
  .option('--allow-mass-cancel', MASS_CANCEL_HELP)
  .action(act(runOpts, runCommand));

addGlobals(program.command('run').description('everything due now (the cron job)'))
  .option('--event <id>', 'announce this event now', parseEventId)
  .option('--force', 'with --event: send again')
  .option('--allow-mass-cancel', MASS_CANCEL_HELP)
  .action(act(runOpts, runCommand));

addGlobals(program.command('digest').description("send the current period's digest now"))
  .option('--force', "send it again when this period's digest has gone out")
  .action(act(runOpts, async () => (await import('./commands/run.js')).digestCommand));

addGlobals(program.command('plan').description('what `announce` would do now; sends nothing, changes nothing'))
  .option('--event <id>', 'what `announce --event <id>` would send', parseEventId)
  .option('--force', 'with --event: as with --force')
  .option('--allow-mass-cancel', MASS_CANCEL_HELP)
  .action(act(runOpts, async () => (await import('./commands/plan.js')).planCommand));

addGlobals(program.command('list').description('every event found, with what was computed for it')).action(
  act(globals, async () => (await import('./commands/list.js')).listCommand),
);

addGlobals(program.command('check').description('validate site, config and templates')).action(
  act(globals, async () => (await import('./commands/check.js')).checkCommand),
);

const previewOpts = (raw: Raw): PreviewOptions => ({
  ...globals(raw),
  event: raw.event as string | undefined,
  outDir: raw.out as string | undefined,
  serve: Boolean(raw.serve),
  port: raw.port as number | undefined,
});
addGlobals(program.command('preview').description('render messages to files or serve them on localhost'))
  .option('--event <id>', 'preview this event', parseEventId)
  .option('--out <dir>', 'write the previews to this folder')
  .option('--serve', 'serve the previews on localhost and re-render on change')
  .option('--port <n>', 'port for --serve (default: any free port)', (v) => Number.parseInt(v, 10))
  .action(act(previewOpts, async () => (await import('./commands/preview.js')).previewCommand));

const calendarOpts = (raw: Raw): CalendarOptions => ({
  ...globals(raw),
  outFile: raw.out as string | undefined,
  writeRaw: (chunk) => new Promise<void>((resolve) => (process.stdout.write(chunk) ? resolve() : process.stdout.once('drain', resolve))),
});
addGlobals(program.command('calendar').description("write the series' iCalendar feed (same UIDs and SEQUENCEs as the invitations)"))
  .option('--out <file>', 'write the feed to this file (default: stdout)')
  .action(act(calendarOpts, async () => (await import('./commands/calendar.js')).calendarCommand));

try {
  await program.parseAsync(process.argv);
  process.exitCode = exitCode;
} catch (error) {
  process.exitCode = handleError(error);
}

/** The one place that sorts expected failures (a message, an exit code) from bugs (a stack). */
function handleError(error: unknown): number {
  const e = error as { code?: string; exitCode?: number };
  if (typeof e?.code === 'string' && e.code.startsWith('commander.')) {
    return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
  }
  if (error instanceof AnnounceError) {
    process.stderr.write(shown(scrub(`announce: ${error.message}`)) + '\n');
    return error.exitCode;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(shown(scrub(`announce: internal error (please report it with this output):\n${stack}`)) + '\n');
  return 70;
}
