/** npm run schema:write — regenerates apps/api/schema.gql from the resolvers (needs the database up). */
import { writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createApiApp } from '../apps/api/src/create-api-app.js';
import { SCHEMA_FILE, schemaFileContent } from '../apps/api/src/graphql/schema-file.js';

process.env.LOG_LEVEL ??= 'warn';
const app = await createApiApp();
await app.init();
writeFileSync(SCHEMA_FILE, schemaFileContent(app.get(GraphQLSchemaHost).schema));
await app.close();
console.log(`wrote ${SCHEMA_FILE}`);
