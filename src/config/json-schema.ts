import { z } from 'zod';
import { ConfigFileSchema } from './schema.js';

/** The JSON Schema editors use for announce.config.{yaml,json}; generated from the same schema that validates. */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(ConfigFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>),
    $id: 'https://raw.githubusercontent.com/seminar-announcer/seminar-announcer/v1/schema/announce.config.schema.json',
    title: 'seminar-announcer configuration',
  };
}
