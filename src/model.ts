/**
 * The words every stage shares: what kind of message and on which channel. The planner, the renderers, the
 * ledger and the transports all speak of these, so they live here rather than in any one of them.
 */

/** The five messages of a talk's lifecycle (SPEC.md "What a run does"). */
export type MessageKind = 'digest' | 'announcement' | 'reminder' | 'update' | 'cancellation';

export const MESSAGE_KINDS: readonly MessageKind[] = ['announcement', 'digest', 'reminder', 'update', 'cancellation'];

/** The file name of a digest's calendar attachment (all its talks, METHOD:PUBLISH), as the digest's footer names it. */
export const DIGEST_CALENDAR_FILE = 'talks.ics';

/** The file name of a one-talk message's invitation (REQUEST or CANCEL) attachment. */
export const INVITATION_CALENDAR_FILE = 'invite.ics';

/** The calendar file a message of this kind carries: a digest's importable calendar, else an invitation. */
export const calendarFileName = (kind: MessageKind): string => (kind === 'digest' ? DIGEST_CALENDAR_FILE : INVITATION_CALENDAR_FILE);

/** Where a message goes. */
export type Channel = 'email' | 'slack';

/**
 * The site as messages name it, derived once from its baseURL: `host` (with a port, if any) makes calendar UIDs,
 * `domain` (the host name alone, valid after the `@` of a Message-ID) makes Message-IDs. A baseURL that is not an
 * absolute URL names `localhost`.
 */
export interface SiteInfo {
  title: string;
  baseURL: string;
  host: string;
  domain: string;
}

export function siteInfoOf(site: { title: string; baseURL: string }): SiteInfo {
  let host = '';
  let domain = '';
  try {
    const url = new URL(site.baseURL);
    host = url.host;
    domain = url.hostname;
  } catch {
    // not an absolute URL: see below
  }
  return { title: site.title, baseURL: site.baseURL, host: host || 'localhost', domain: domain || 'localhost' };
}
