/** OutgoingEmail → nodemailer message options, shared by the SMTP and outbox transports. */
import type { OutgoingEmail } from './types.js';
import { DIGEST_CALENDAR_FILE, INVITATION_CALENDAR_FILE } from '../model.js';

/** Header values travel on one line; a stray CR/LF from a config value must not start a new header. */
const headerValue = (v: string) => v.replace(/[\r\n]+/g, ' ').trim();

/**
 * Event ids joined by commas. A header line may not exceed 998 characters (RFC 5322) and can only be
 * folded at white space, so a digest with very many talks gets ", " between ids; readers split on commas and trim.
 */
export function announceEventsHeader(ids: string[]): string {
  const tight = headerValue(ids.join(','));
  return 'X-Announce-Events: '.length + tight.length <= 998 ? tight : headerValue(ids.join(', '));
}

/**
 * The nodemailer message for an OutgoingEmail; shared by both transports so the outbox `.eml` is
 * byte-for-byte what SMTP would have carried (apart from Date).
 */
export function toMailOptions(mail: OutgoingEmail) {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(mail.headers)) headers[k] = headerValue(v);
  headers['X-Announce-Kind'] = mail.kind;
  headers['X-Announce-Events'] = announceEventsHeader(mail.events);
  return {
    from: mail.from,
    to: mail.to,
    cc: mail.cc.length ? mail.cc : undefined,
    bcc: mail.bcc.length ? mail.bcc : undefined,
    replyTo: mail.replyTo ?? undefined,
    subject: headerValue(mail.subject),
    messageId: mail.messageId,
    inReplyTo: mail.inReplyTo ?? undefined,
    references: mail.references.length ? mail.references : undefined,
    headers,
    text: mail.text,
    html: mail.html,
    // An invitation (one talk): nodemailer adds it both as a text/calendar alternative (what Outlook and Gmail act
    // on, with the matching method=) and as an invite.ics attachment (what other clients offer to open).
    icalEvent: mail.calendar && mail.calendar.method !== 'PUBLISH' ? { method: mail.calendar.method, content: mail.calendar.content, filename: INVITATION_CALENDAR_FILE } : undefined,
    // A digest's calendar of all its talks (METHOD:PUBLISH) is no invitation: one attachment to import, never an
    // alternative part a client would read as a scheduling message, and never twice. Quoted-printable, not
    // nodemailer's default base64: the calendar is ASCII text in lines already folded at 75 octets, so it travels
    // almost as written (base64 adds a third, which is what tipped an ordinary week past Mailman's 40 KB hold).
    attachments:
      mail.calendar?.method === 'PUBLISH'
        ? [
            {
              filename: DIGEST_CALENDAR_FILE,
              content: mail.calendar.content,
              contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
              contentTransferEncoding: 'quoted-printable' as const,
            },
          ]
        : undefined,
  };
}
