/** The run: prepare (plan and message inputs), render, verify, deliver, record. */
export type { RunContext, RunDeps, RunReport, RunRequest, Outcome, OutcomeStatus, Transports } from './types.js';
export type { ActionInputs } from './message-input.js';
export type { Prepared } from './prepare.js';
export type { AlreadySent } from './already-sent.js';
export { executeRun } from './execute.js';
export { channelTargets, eventMode, prepareRun, runContextOf } from './prepare.js';
export { actionInputs, announcementInput } from './message-input.js';
export { recordOf } from './records.js';
export { listHeaders } from './outgoing.js';
export {
  createPageRequester,
  describePageWarning,
  describeWait,
  readPageChecks,
  type PageAnswer,
  type PageChecks,
  type PageRequester,
  type PageWait,
  type PageWarning,
} from './page-waits.js';
