// Regenerates the JSON Schemas in schema/ from the schemas that validate (run after `npm run build`):
// schema/announce.config.schema.json (the configuration, for editors) and schema/state.schema.json (the ledger).
// Their $id is where editors fetch them: this repository's file at the major version's tag (v1).
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../dist/config/json-schema.js';
import { ledgerJsonSchema } from '../dist/ledger/json-schema.js';

const write = (name, schema) => writeFileSync(new URL(`../schema/${name}`, import.meta.url), JSON.stringify(schema, null, 2) + '\n');
write('announce.config.schema.json', configJsonSchema());
write('state.schema.json', ledgerJsonSchema());
