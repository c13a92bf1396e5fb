/**
 * Reading the email templates, at the edge: the renderer gets their text and reads no file itself. A file of
 * the config's `templates` folder overrides the built-in one of the same name, file by file. A file that cannot
 * be read is kept as such: only the messages that need it fail, each naming the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARTIAL_NAMES, TEMPLATE_NAMES, type EmailTemplates, type TemplateSource } from '../render/email/templates.js';

/** `templates/` of the package: two levels above src/run and dist/run alike. */
export const BUILTIN_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

function readTemplateFile(rel: string, overrideDir: string | null): TemplateSource {
  let file = path.join(BUILTIN_TEMPLATES_DIR, rel);
  if (overrideDir) {
    const candidate = path.join(overrideDir, rel);
    if (existsSync(candidate)) file = candidate;
  }
  try {
    return { file, text: readFileSync(file, 'utf8') };
  } catch (err) {
    return { file, unreadable: (err as Error).message };
  }
}

/** Reads every template and partial (built-in, or overridden from `overrideDir`). */
export function readEmailTemplates(overrideDir: string | null): EmailTemplates {
  const kinds = Object.fromEntries(TEMPLATE_NAMES.map((k) => [k, readTemplateFile(`${k}.mjml`, overrideDir)]));
  const partials = Object.fromEntries(PARTIAL_NAMES.map((p) => [p, readTemplateFile(`partials/${p}.mjml`, overrideDir)]));
  return { kinds, partials } as EmailTemplates;
}
