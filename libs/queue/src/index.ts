export { QueueName } from './queue-names.js';
export { jobIdFromKey, type AssayJob, type AuditChainCheckJob, type JobData, type JobName } from './jobs.js';
export { RedisModule, REDIS } from './redis.module.js';
