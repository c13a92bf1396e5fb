import path from 'node:path';
import type { PreviewOptions } from './options.js';
import { ConfigError } from '../errors.js';
import { loadContext } from '../context.js';
import { formatProblem, printCommandOr } from './problems.js';
import { resolveEvent } from '../content/resolve.js';
import { readLedger } from '../ledger/index.js';
import type { PlanMode } from '../plan/index.js';
import { channelTargets, prepareRun, runContextOf } from '../run/index.js';
import { createTransports } from '../run/transports.js';

/**
 * `announce preview`: the messages the next run would send (or, with --event, that talk's announcement), with
 * every kind of message for a look at the templates, rendered to files (--out) or served on localhost (--serve).
 * Reads the ledger, never writes it.
 */
export async function previewCommand(opts: PreviewOptions): Promise<number> {
  if (!opts.outDir && !opts.serve) throw new ConfigError('announce preview needs --out DIR (write files) or --serve (open in a browser)');
  if (opts.port !== undefined && (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535))
    throw new ConfigError('--port must be a port number (0 for any free port)');

  // The renderers (MJML) and the server are loaded only by this command.
  const [{ collectPreview }, { renderPreviewFiles }, { renderEmail }, { renderSlack }, { readEmailTemplates, BUILTIN_TEMPLATES_DIR }] = await Promise.all([
    import('../preview/collect.js'),
    import('../preview/pages.js'),
    import('../render/email/index.js'),
    import('../render/slack/index.js'),
    import('../run/templates.js'),
  ]);
  const outDir = opts.outDir ? path.resolve(opts.outDir) : null;
  let reported = new Set<string>();

  const build = async () => {
    const ctx = await loadContext(opts);
    // Each problem once per session, not again on every rebuild.
    const now = new Set<string>();
    for (const p of ctx.problems) {
      const line = formatProblem(p, opts.env);
      now.add(line);
      if (p.severity === 'error' && !reported.has(line)) printCommandOr(line, opts, 'err');
    }
    reported = now;
    const run = runContextOf(ctx);
    // Read, never locked or written: the preview must not disturb a run, nor count as one.
    const ledger = await readLedger(run.config.state);
    const targets = channelTargets(await createTransports(run.config, opts.env, opts.channel));
    const only = opts.event ? resolveEvent(run.events, opts.event) : null;
    // --event previews the talk's announcement whatever its state: that is how a page is checked before it is public.
    const mode: PlanMode = only ? { type: 'event', id: only.id, force: true } : { type: 'run' };
    // Read again on every build: with --serve, an edited template shows at once.
    const templates = readEmailTemplates(run.config.templates);
    const set = await collectPreview({
      ctx: run,
      problems: ctx.problems,
      targets,
      prepared: prepareRun(run, ledger, targets, opts.now, mode),
      now: opts.now,
      only,
      renderEmail: (input) => renderEmail(input, templates),
      renderSlack,
    });
    const files = renderPreviewFiles(set, { live: opts.serve });
    if (outDir) await writeFiles(outDir, files);
    return { ctx, files, set };
  };

  const first = await build();
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const planned = first.set.messages.filter((m) => m.source === 'plan').length;
  const summary = `${count(planned, 'message')} the next run would send, ${count(first.set.upcoming.length, 'upcoming talk')}`;
  if (outDir) opts.out(`Preview written to ${path.join(outDir, 'index.html')} (${summary}).`);
  if (!opts.serve) return 0;

  const { startPreviewServer } = await import('../preview/serve.js');
  const { site, config } = first.ctx;
  const watch = [
    ...site.contentDirs.map((c) => ({ path: path.resolve(site.root, c.dir), recursive: true })),
    // The site root itself only for its configuration files (Hugo's and ours), not the outbox or public/.
    { path: site.root, recursive: false, names: /^(hugo|config|announce\.config)\.(toml|ya?ml|json)$/ },
    { path: path.join(site.root, 'config'), recursive: true },
    { path: BUILTIN_TEMPLATES_DIR, recursive: true },
    ...(config.templates ? [{ path: config.templates, recursive: true }] : []),
  ];
  if (opts.config) watch.push({ path: path.dirname(path.resolve(opts.config)), recursive: false, names: new RegExp(`^${escapeRe(path.basename(opts.config))}$`) });

  const server = await startPreviewServer({
    port: opts.port ?? 0,
    build: async () => (await build()).files,
    watch,
    log: opts.err,
  });
  opts.out(`Preview: ${server.url} (${summary}; re-rendered when a page or template changes; Ctrl-C to stop)`);

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function writeFiles(dir: string, files: Map<string, { body: string }>): Promise<void> {
  const { mkdir, writeFile } = await import('node:fs/promises');
  for (const [rel, file] of files) {
    const target = path.join(dir, ...rel.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.body);
  }
}
