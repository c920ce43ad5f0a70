/**
 * The worker's latest audit-chain verdict, kept in Redis so every api instance can report it as the
 * `assay_audit_chain_intact` gauge of its /metrics (whichever worker replica ran the check).
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
