// Regenerates schema/announce.config.schema.json from the configuration schema (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../dist/config/json-schema.js';

writeFileSync(new URL('../schema/announce.config.schema.json', import.meta.url), JSON.stringify(configJsonSchema(), null, 2) + '\n');
