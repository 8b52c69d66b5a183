// Writes docs/workshop-file.schema.json from the zod schema: `npm run generate:workshop-file-schema`.
// A unit test fails when the committed file and the schema drift apart.
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_PATH, workshopFileJsonSchemaText } from '../shared/workshop-file/json-schema';

writeFileSync(JSON_SCHEMA_PATH, workshopFileJsonSchemaText());
console.log(`Wrote ${JSON_SCHEMA_PATH}`);
