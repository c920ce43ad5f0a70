export { QueueName } from './queue-names.js';
export {
  certificateRenderJobKey,
  jobIdFromKey,
  scoringJobKey,
  type AssayJob,
  type AuditChainCheckJob,
  type CertificateLifecycleJob,
  type RenderCertificateJob,
  type ScoreAssessmentJob,
  type JobData,
  type JobName,
} from './jobs.js';
export { rescoreFanOutJobKey, rescoreAssessmentJobKey, type RescoreFanOutJob, type RescoreAssessmentJob } from './jobs.js';
export { RedisModule, REDIS } from './redis.module.js';
export { auditChainVerdictKey, type AuditChainVerdictRecord } from './audit-chain-verdict.js';
export { JOB_OPTIONS, jobOptionsFor } from './job-options.js';
export { queueConnectionOptions } from './queue-connection.js';
