import { z } from 'zod';

/** The state file, parsed before the rest of the program sees it. `schema/state.schema.json` is generated from this. */
const iso = z.string().min(1).describe('ISO 8601 instant');
const kind = z.enum(['digest', 'announcement', 'reminder', 'update', 'cancellation']);
const channel = z.enum(['email', 'slack']);

const SaidSchema = z.object({
  title: z.string(),
  start: iso,
  end: iso.nullable(),
  location: z.string().nullable(),
  speakers: z.array(z.object({ name: z.string(), affiliation: z.string().nullable(), url: z.string().nullable() })),
  permalink: z.string(),
  address: z.string().nullable().optional().describe('the address told with the location; not part of the fingerprint'),
  allDay: z.boolean(),
  cancelled: z.boolean(),
  unpublished: z
    .enum(['draft', 'future', 'expired'])
    .optional()
    .describe('why the page was not published when this was said (announced with --force); absent once published'),
  fingerprint: z.string().describe('hash of start, end, location, title, speakers and cancelled'),
  details: z.string().optional().describe('hash of the abstract and bio; not part of the fingerprint (a change there alone is a minor edit)'),
});

export const DeliveryRecordSchema = z.object({
  kind,
  channel,
  destination: z.string().describe('who it went to, without secrets: smtp or outbox for email; a Slack channel, webhook or outbox for Slack'),
  events: z.array(z.string()),
  period: z.string().nullable(),
  status: z.enum(['sent', 'scheduled', 'deleted', 'empty']),
  sentAt: iso,
  at: iso,
  said: z.record(z.string(), SaidSchema),
  sequence: z.number().int().min(0).describe('calendar SEQUENCE carried by this message'),
  messageId: z.string().nullable(),
  slack: z.object({ channel: z.string().nullable(), ts: z.string().nullable() }).nullable(),
  scheduled: z.object({ channel: z.string(), id: z.string() }).nullable(),
  minutesBefore: z.number().int().nullable(),
  paths: z.record(z.string(), z.string()),
});

export const PendingRecordSchema = z.object({
  since: iso,
  threadTs: z.string().nullable(),
  text: z.string().nullable(),
  record: DeliveryRecordSchema,
  attempts: z.number().int().min(1).optional().describe('attempts made without a confirmation (absent: 1); webhook posts only'),
});

export const LedgerFileSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1),
    deliveries: z.record(z.string(), DeliveryRecordSchema).describe('ledger key → the delivery'),
    pending: z
      .record(z.string(), PendingRecordSchema)
      .optional()
      .describe('deliveries started by a run that was stopped before it could confirm them'),
  })
  .describe('seminar-announcer ledger: what was sent, so that each message goes out once');

export const JournalLineSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('pending'), key: z.string(), pending: PendingRecordSchema }),
  z.object({ op: z.literal('done'), key: z.string(), record: DeliveryRecordSchema }),
  z.object({ op: z.literal('failed'), key: z.string() }),
]);
export type JournalLine = z.infer<typeof JournalLineSchema>;
