import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

export const SCHEMA_FILE = 'apps/api/schema.gql';

/** The committed schema file's content for a built schema; a test fails when the two differ. */
export function schemaFileContent(schema: GraphQLSchema): string {
  return `# Generated from the code by \`npm run schema:write\`; a test fails when it drifts. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
