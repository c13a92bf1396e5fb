/**
 * The words every stage shares: what kind of message and on which channel. The planner, the renderers, the
 * ledger and the transports all speak of these, so they live here rather than in any one of them.
 */

/** The five messages of a talk's lifecycle (SPEC.md "What a run does"). */
export type MessageKind = 'digest' | 'announcement' | 'reminder' | 'update' | 'cancellation';

export const MESSAGE_KINDS: readonly MessageKind[] = ['announcement', 'digest', 'reminder', 'update', 'cancellation'];

/** Where a message goes. */
export type Channel = 'email' | 'slack';
