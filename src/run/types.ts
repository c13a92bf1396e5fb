/** What a run is given and what it reports. */
import type { Config } from '../config/config.js';
import type { Event } from '../content/event.js';
import type { Mailer, SlackPoster } from '../deliver/types.js';
import type { LedgerStore } from '../ledger/index.js';
import type { SiteInfo } from '../model.js';
import type { Action, PlanMode } from '../plan/index.js';
import type { MessageInput, RenderedEmail, SlackPayload } from '../render/types.js';
import type { HugoSite } from '../site/types.js';
import type { AlreadySent } from './already-sent.js';
import type { PageChecks, PageRequester } from './page-waits.js';

/** The site as read, for one run: what the planner and the message inputs are built from. */
export interface RunContext {
  config: Config;
  site: HugoSite;
  /** The site's name, address and host, derived once from its configuration (siteInfoOf). */
  siteInfo: SiteInfo;
  events: Event[];
  /** Event ids of the pages that could not be read this time (see PageProblem.eventId). */
  unreadable: string[];
}

export interface RunRequest {
  mode: PlanMode;
  now: Date;
  /** Plan and render everything, send nothing, record nothing. */
  dryRun: boolean;
  /** --allow-mass-cancel: cancelling most announced upcoming talks at once is meant (see plan/mass-cancel.ts). */
  allowMassCancel?: boolean;
}

/** The transports of a run; null: the channel is not used in this run (`--channel`). */
export interface Transports {
  mailer: Mailer | null;
  slack: SlackPoster | null;
}

export interface RunDeps extends Transports {
  ledger: LedgerStore;
  renderEmail: (input: MessageInput) => Promise<RenderedEmail>;
  renderSlack: (input: MessageInput) => SlackPayload;
  /**
   * The wall clock, read when a transport confirms a delivery (`sentAt`) and when one begins. `now` of the request
   * may be a replayed --now; what the ledger says about when a message went out is the real instant.
   */
  clock: () => Date;
  /** Progress and warnings (stderr in the CLI). */
  warn?: (line: string) => void;
  /** announce.waitForPage: how a talk's page is requested (createPageRequester); without it no page is checked. */
  requestPage?: PageRequester;
}

export type OutcomeStatus = 'sent' | 'scheduled' | 'deleted' | 'done' | 'planned' | 'skipped' | 'failed';

export interface Outcome {
  action: Action;
  status: OutcomeStatus;
  detail: string | null;
}

export interface RunReport {
  now: Date;
  dryRun: boolean;
  outcomes: Outcome[];
  /** Messages found or resent after an earlier run was stopped mid-delivery. */
  recovered: string[];
  /** `announce digest` or `--event`: where what was asked for had gone out before, so nothing was sent there. */
  alreadySent: AlreadySent[];
  /** announce.waitForPage: talks held back because their page is not on the website yet, and pages not checked. */
  pages: PageChecks;
  /** 0 done; 1 a delivery failed (retried next run); 2 configuration (a transport rejected our credentials). */
  exitCode: 0 | 1 | 2;
}
