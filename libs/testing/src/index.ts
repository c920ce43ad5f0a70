export { createEmptyDatabase, createMigratedDatabase, dropDatabase } from './test-database.js';
export { TestApi, errorCode, type GraphqlResult } from './test-api.js';
export { createOrganisation, createUser, TEST_PASSWORD } from './factories.js';
