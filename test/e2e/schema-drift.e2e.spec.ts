import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { TestApi } from '@assay/testing';
import { SCHEMA_FILE, schemaFileContent } from '../../apps/api/src/graphql/schema-file.js';

describe('the committed GraphQL schema', () => {
  it('matches the schema the code builds (run `npm run schema:write` after changing resolvers or types)', async () => {
    const api = await TestApi.start();
    try {
      expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaFileContent(api.app.get(GraphQLSchemaHost).schema));
    } finally {
      await api.close();
    }
  });
});
