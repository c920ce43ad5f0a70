export { createEmptyDatabase, createMigratedDatabase, dropDatabase } from './test-database.js';
export { TestApi, errorCode, type GraphqlResult } from './test-api.js';
export { createOrganisation, createUser, TEST_PASSWORD } from './factories.js';
export { insertTemplate, sampleQuestionnaire } from './questionnaire-fixtures.js';
export { publishTestQuestionnaire, testQuestionnaire } from './questionnaires.js';
export { StatementRecorder } from './statement-recorder.js';
export { insertCertificate, type CertificateFixture } from './certificates.js';
export { deleteRedisKeys } from './redis-keys.js';
