import { z } from 'zod';
import { LedgerFileSchema } from './schema.js';

/** The JSON Schema of `.announce/state.json`, generated from the schema that validates it on every run. */
export function ledgerJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(LedgerFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>),
    $id: 'https://raw.githubusercontent.com/seminar-announcer/seminar-announcer/v1/schema/state.schema.json',
    title: 'seminar-announcer ledger',
  };
}
