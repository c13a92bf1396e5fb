/**
 * MJML templates with Handlebars, resolved per file: a file in the config's `templates` folder
 * overrides the built-in one of the same name (`announcement.mjml`, `partials/talk-card.mjml`, …).
 *
 * Partials are assembled by Handlebars before MJML sees the document, not with `mj-include`: mjml 5
 * ignores mj-include unless `ignoreIncludes: false` is passed, and then confines includes to the
 * template's own folder (or `includePath`), resolving each by its relative path. Our rule is "override
 * folder first, built-in second" per file, which mj-include cannot express; and Handlebars partials
 * get the same escaping and data as the template. MJML then validates one complete document (strict).
 *
 * mjml is loaded lazily (about 0.4 s): commands that do not render email never pay for it.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { MessageKind } from '../types.js';
import type { EmailView } from './view.js';

export const TEMPLATE_NAMES: readonly MessageKind[] = ['announcement', 'digest', 'reminder', 'update', 'cancellation'];
export const PARTIAL_NAMES = ['layout', 'header', 'talk-card', 'speakers', 'footer'] as const;

/** `templates/` of the package: two levels above src/render/email and dist/render/email alike. */
export const BUILTIN_TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url));

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

function resolveFile(rel: string, overrideDir: string | null): string {
  if (overrideDir) {
    const candidate = path.join(overrideDir, rel);
    if (existsSync(candidate)) return candidate;
  }
  return path.join(BUILTIN_TEMPLATES_DIR, rel);
}

interface Compiled {
  file: string;
  render: (view: EmailView & { accent: string }) => string;
}

// Compiled templates per (override folder, kind); files are read once per process.
const cache = new Map<string, Compiled>();

function compile(kind: MessageKind, overrideDir: string | null): Compiled {
  const key = `${overrideDir ?? ''}\0${kind}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const hb = Handlebars.create();
  hb.registerHelper('upper', (s: unknown) => String(s ?? '').toLocaleUpperCase());
  for (const name of PARTIAL_NAMES) {
    const file = resolveFile(`partials/${name}.mjml`, overrideDir);
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (err) {
      throw new TemplateError(`Cannot read template partial ${file}: ${(err as Error).message}`, file, { cause: err });
    }
    try {
      hb.registerPartial(name, hb.compile(source, { strict: false, preventIndent: true }));
    } catch (err) {
      throw new TemplateError(`${file}: ${(err as Error).message}`, file, { cause: err });
    }
  }
  const file = resolveFile(`${kind}.mjml`, overrideDir);
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    throw new TemplateError(`Cannot read template ${file}: ${(err as Error).message}`, file, { cause: err });
  }
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
  cache.set(key, compiled);
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
  mjmlLoad ??= import('mjml').then((m) => ((m as { default?: unknown }).default ?? m) as Mjml2Html);
  return mjmlLoad;
}

/** Handlebars → MJML → HTML with strict validation; throws TemplateError naming the template. */
export async function renderEmailHtml(view: EmailView, overrideDir: string | null): Promise<string> {
  const compiled = compile(view.kind, overrideDir);
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
