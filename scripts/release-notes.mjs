// node scripts/release-notes.mjs vX.Y.Z: prints the CHANGELOG.md section of version X.Y.Z (Keep a Changelog:
// `## [X.Y.Z] - YYYY-MM-DD`), the notes of its GitHub release. Fails, saying what to fix, when the tag is not
// vX.Y.Z, when package.json has another version, or when CHANGELOG.md has no section (or an empty one) for it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The body of version `version`'s section, or an error message. */
export function releaseNotes(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const head = (l) => /^## \[([^\]]+)\]/.exec(l)?.[1];
  const start = lines.findIndex((l) => head(l) === version);
  if (start < 0) return { error: `CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: move the Unreleased entries under it.` };
  if (!/^## \[[^\]]+\] - \d{4}-\d{2}-\d{2}\s*$/.test(lines[start])) return { error: `CHANGELOG.md: the ${version} heading needs its date: "## [${version}] - YYYY-MM-DD".` };
  let end = lines.findIndex((l, i) => i > start && (head(l) !== undefined || /^\[[^\]]+\]:\s/.test(l)));
  if (end < 0) end = lines.length;
  const body = lines.slice(start + 1, end).join('\n').trim();
  if (!body) return { error: `CHANGELOG.md: the ${version} section is empty.` };
  return { notes: `${body}\n` };
}

/** Checks the tag against package.json and returns the notes, or an error message. */
export function notesForTag(tag, { changelog, packageVersion }) {
  const m = /^v(\d+\.\d+\.\d+)$/.exec(tag ?? '');
  if (!m) return { error: `"${tag}" is not a release tag: vX.Y.Z, e.g. v1.2.3.` };
  if (packageVersion !== m[1]) return { error: `The tag is ${tag} but package.json says ${packageVersion}: set "version": "${m[1]}".` };
  return releaseNotes(changelog, m[1]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const read = (f) => readFileSync(new URL(`../${f}`, import.meta.url), 'utf8');
  const r = notesForTag(process.argv[2], { changelog: read('CHANGELOG.md'), packageVersion: JSON.parse(read('package.json')).version });
  if (r.error) {
    process.stderr.write(`release-notes: ${r.error}\n`);
    process.exitCode = 1;
  } else process.stdout.write(r.notes);
}
