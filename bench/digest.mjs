// Digest size: weeks of 8, 20 and 60 talks rendered as a run renders them, measured as people's mail clients get
// them: the HTML part (Gmail clips a message whose HTML passes about 102 KB, hiding the rest behind "View entire
// message") and the whole message as sent (MIME, as nodemailer writes it for SMTP; Mailman holds a message over
// 40 KB by default), and how many calendar parts it carries (one: the digest's talks.ics). Exits 1 if a digest
// would be clipped, lose a talk or carry its calendar twice.
// Part of `npm run bench`; alone, after `npm run build`: node bench/digest.mjs [dist folder]
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const load = (p) => import(pathToFileURL(path.join(dist, p)).href);

const { normaliseConfig } = await load('config/config.js');
const { renderEmail } = await load('render/email/index.js');
const { readEmailTemplates } = await load('run/templates.js');
const { sampleInputs, sampleTalks } = await load('samples.js');
const { toMailOptions } = await load('deliver/mail-message.js');
const nodemailer = (await import('nodemailer')).default;

const GMAIL_CLIP = 102 * 1024;
const HOLD = 40 * 1024;
const config = normaliseConfig(
  { email: { from: 'NLP Seminar <seminar@example.ac.uk>', to: 'nlp-seminar@lists.example.ac.uk' } },
  { siteRoot: root, hugoTimeZone: 'Europe/London', resolve: (r, p) => path.resolve(r, p) },
);
const templates = readEmailTemplates(null);
const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

console.log(`   talks   form       HTML (× Gmail's 102 KB)      whole message as sent (× 102 KB; Mailman holds > 40 KB)   calendar parts   all talks listed`);
for (const n of [8, 20, 60]) {
  const input = sampleInputs(config, { digest: sampleTalks(n) }).digest;
  const email = await renderEmail(input, templates);
  const ids = input.events.map((e) => e.id);
  const info = await transport.sendMail(
    toMailOptions({
      ...email,
      kind: 'digest',
      events: ids,
      from: config.email.from,
      to: config.email.to,
      cc: [],
      bcc: [],
      replyTo: null,
      messageId: `<digest.bench-${n}@seminars.example.org>`,
      inReplyTo: null,
      references: [],
      headers: {},
    }),
  );
  const html = Buffer.byteLength(email.html, 'utf8');
  const whole = info.message.length;
  const listed = input.events.every((e) => email.html.includes(e.permalink));
  const raw = info.message.toString('utf8');
  const calendarParts = (raw.match(/^Content-Type: text\/calendar/gim) ?? []).length;
  const form = email.html.includes('Add to Google Calendar') ? 'cards' : 'compact';
  const htmlFlag = html < GMAIL_CLIP ? '' : ' (CLIPPED)';
  const wholeFlag = whole < HOLD ? '' : whole < GMAIL_CLIP ? ' (held)' : ' (held; > 102 KB)';
  if (html >= GMAIL_CLIP || !listed || calendarParts !== 1) process.exitCode = 1;
  console.log(
    `   ${String(n).padStart(5)}   ${form.padEnd(8)} ${kb(html).padStart(9)} (${(html / GMAIL_CLIP).toFixed(2)})${htmlFlag.padEnd(12)}` +
      `     ${kb(whole).padStart(9)} (${(whole / GMAIL_CLIP).toFixed(2)})${wholeFlag.padEnd(18)}` +
      `                         ${String(calendarParts).padStart(2)}               ${listed ? 'yes' : 'NO'}`,
  );
}
