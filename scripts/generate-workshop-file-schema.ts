// Writes docs/workshop-file.schema.json and docs/template-file.schema.json from their zod
// schemas: `npm run generate:workshop-file-schema`. A unit test fails when the committed files
// and the schemas drift apart.
import { writeFileSync } from 'node:fs';
import {
  TEMPLATE_JSON_SCHEMA_PATH,
  templateFileJsonSchemaText,
} from '../shared/templates/json-schema';
import { JSON_SCHEMA_PATH, workshopFileJsonSchemaText } from '../shared/workshop-file/json-schema';

writeFileSync(JSON_SCHEMA_PATH, workshopFileJsonSchemaText());
console.log(`Wrote ${JSON_SCHEMA_PATH}`);
writeFileSync(TEMPLATE_JSON_SCHEMA_PATH, templateFileJsonSchemaText());
console.log(`Wrote ${TEMPLATE_JSON_SCHEMA_PATH}`);
