export type {
  Action,
  AnnouncementAction,
  CancellationAction,
  ChannelTarget,
  DigestAction,
  DigestEdit,
  DigestPeriod,
  PlanMode,
  PlanOptions,
  ReminderAction,
  Thread,
  UpdateAction,
} from './types.js';
export { planRun } from './plan-run.js';
export { planning, type Planning } from './planning.js';
export { followedUnpublished, planCancellations, planUpdates } from './follow-ups.js';
export { planAnnouncements, planDigest, planReminders, tellersOf, type Tellers } from './messages.js';
export { planPublishedSinceForced } from './forced.js';
export { digestPeriodAt } from './period.js';
export { describeChanges } from './changes.js';
export { editDistance, isMinorEdit, isTypoFix, detailsChanged } from './minor.js';
export { describeMassCancel, massCancellations, MASS_CANCEL_MIN, type MassCancel } from './mass-cancel.js';
