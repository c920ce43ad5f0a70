export * from './entities/index.js';
export { createDataSource, dataSourceOptions } from './data-source.js';
export { recordAudit, verifyAuditChain, auditHash, GENESIS_HASH, type AuditEntry, type ChainVerdict } from './audit-log.js';
export { addToOutbox, OUTBOX_CHANNEL, type OutboxEntry } from './outbox.js';
export { SnakeNamingStrategy } from './snake-naming.strategy.js';
export { DatabaseModule } from './database.module.js';
export { insertOrganisation, isUniqueViolation, type NewOrganisation } from './organisation-writes.js';
