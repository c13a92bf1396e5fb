/**
 * MJML templates with Handlebars, compiled from sources that the caller read (the run reads them at its
 * edge: see src/run/templates.ts, where a file of the config's `templates` folder overrides the built-in
 * one of the same name, `announcement.mjml`, `partials/talk-card.mjml`, …). This module reads no file.
 *
 * Partials are assembled by Handlebars before MJML sees the document, not with `mj-include`: mjml 5
 * ignores mj-include unless `ignoreIncludes: false` is passed, and then confines includes to the
 * template's own folder (or `includePath`), resolving each by its relative path. Our rule is "override
 * folder first, built-in second" per file, which mj-include cannot express; and Handlebars partials
 * get the same escaping and data as the template. MJML then validates one complete document (strict).
 *
 * The MJML engine is mjml-browser: mjml's own engine without its file-system parts (mj-include, .mjmlconfig,
 * which we do not use). It renders byte-identical HTML for every template of ours (bench/mjml-browser.mjs) and
 * installs in 22 MB instead of 57. It requires `cheerio`, which it does not declare: package.json does. It is loaded lazily: commands that do not render email never pay for it.
 */
import Handlebars from 'handlebars';
import { MESSAGE_KINDS, type MessageKind } from '../../model.js';
import type { EmailView } from './view.js';

export const TEMPLATE_NAMES: readonly MessageKind[] = MESSAGE_KINDS;
export const PARTIAL_NAMES = ['layout', 'header', 'talk-card', 'speakers', 'footer'] as const;
export type PartialName = (typeof PARTIAL_NAMES)[number];

/** One template file as the edge read it: its text, or why it could not be read. */
export type TemplateSource = { file: string; text: string } | { file: string; unreadable: string };

/** Every file a message needs: one template per kind and the shared partials. */
export interface EmailTemplates {
  kinds: Record<MessageKind, TemplateSource>;
  partials: Record<PartialName, TemplateSource>;
}

/** A template or MJML problem, naming the file(s) involved; `check` reports these. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TemplateError';
  }
}

interface Compiled {
  file: string;
  render: (view: EmailView & { accent: string }) => string;
}

// Compiled templates per set of sources and kind: a set is compiled once however many messages use it.
const cache = new WeakMap<EmailTemplates, Map<MessageKind, Compiled>>();

function textOf(source: TemplateSource, what: string): string {
  if ('text' in source) return source.text;
  throw new TemplateError(`Cannot read ${what} ${source.file}: ${source.unreadable}`, source.file);
}

function compile(kind: MessageKind, templates: EmailTemplates): Compiled {
  let compiledSet = cache.get(templates);
  if (!compiledSet) cache.set(templates, (compiledSet = new Map()));
  const hit = compiledSet.get(kind);
  if (hit) return hit;
  const hb = Handlebars.create();
  hb.registerHelper('upper', (s: unknown) => String(s ?? '').toLocaleUpperCase());
  for (const name of PARTIAL_NAMES) {
    const partial = templates.partials[name];
    const source = textOf(partial, 'template partial');
    try {
      hb.registerPartial(name, hb.compile(source, { strict: false, preventIndent: true }));
    } catch (err) {
      throw new TemplateError(`${partial.file}: ${(err as Error).message}`, partial.file, { cause: err });
    }
  }
  const { file } = templates.kinds[kind];
  const source = textOf(templates.kinds[kind], 'template');
  // Compile eagerly so a syntax error names the file now rather than at first render.
  let template: HandlebarsTemplateDelegate;
  try {
    template = hb.compile(source, { strict: false, preventIndent: true });
    hb.precompile(source);
  } catch (err) {
    throw new TemplateError(`${file}: ${(err as Error).message}`, file, { cause: err });
  }
  const compiled: Compiled = {
    file,
    render: (view) => {
      try {
        return template(view);
      } catch (err) {
        throw new TemplateError(`${file}: ${(err as Error).message}`, file, { cause: err });
      }
    },
  };
  compiledSet.set(kind, compiled);
  return compiled;
}

const ACCENT: Record<MessageKind, string> = {
  announcement: '#1d4ed8',
  digest: '#1d4ed8',
  reminder: '#047857',
  update: '#b45309',
  cancellation: '#b91c1c',
};

type Mjml2Html = (mjml: string, options?: Record<string, unknown>) => Promise<{ html: string; errors: Array<{ formattedMessage?: string; message?: string }> }>;
let mjmlLoad: Promise<Mjml2Html> | null = null;

function loadMjml(): Promise<Mjml2Html> {
  mjmlLoad ??= import('mjml-browser').then((m) => ((m as { default?: unknown }).default ?? m) as Mjml2Html);
  return mjmlLoad;
}

/** Handlebars → MJML → HTML with strict validation; throws TemplateError naming the template. */
export async function renderEmailHtml(view: EmailView, templates: EmailTemplates): Promise<string> {
  const compiled = compile(view.kind, templates);
  const mjml = compiled.render({ ...view, accent: ACCENT[view.kind] });
  const mjml2html = await loadMjml();
  try {
    const out = await mjml2html(mjml, {
      validationLevel: 'strict',
      keepComments: false,
      filePath: compiled.file,
      fonts: {},
    });
    return out.html;
  } catch (err) {
    const errors = (err as { errors?: Array<{ formattedMessage?: string; message?: string }> }).errors;
    const detail = errors?.length ? errors.map((e) => e.formattedMessage ?? e.message).join('; ') : (err as Error).message;
    throw new TemplateError(`MJML in ${compiled.file} (with its partials) is invalid: ${detail}`, compiled.file, { cause: err });
  }
}
