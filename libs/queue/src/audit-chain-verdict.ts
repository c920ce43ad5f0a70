/**
 * The worker's latest audit-chain verdict, kept in Redis so the api (which serves /metrics; the worker has
 * no HTTP) can report it as the `assay_audit_chain_intact` gauge.
 */
export interface AuditChainVerdictRecord {
  intact: boolean;
  rows: number;
  brokenAtId?: string;
  checkedAt: string;
}

export function auditChainVerdictKey(redisPrefix: string): string {
  return `${redisPrefix}:audit-chain:verdict`;
}
