import type { EntityManager } from 'typeorm';

/**
 * A supplier's membership status says CERTIFIED exactly while it holds a VALID certificate within its
 * validity: set when one is issued or reinstated, dropped back to MEMBER when its last one is suspended,
 * revoked or expires. Run in the transaction of the certificate change; a supplier that never held a
 * certificate keeps whatever the association set (NONE or MEMBER).
 */
export async function syncCertifiedMembership(manager: EntityManager, supplierId: string): Promise<void> {
  await manager.query(
    `WITH certified AS (
       SELECT EXISTS (SELECT 1 FROM certificate WHERE supplier_id = $1 AND status = 'VALID' AND valid_until > now()) AS yes
     )
     UPDATE supplier_profile p
        SET membership_status = CASE WHEN certified.yes THEN 'CERTIFIED' ELSE 'MEMBER' END::membership_status, updated_at = now()
       FROM certified
      WHERE p.organisation_id = $1 AND (certified.yes OR p.membership_status = 'CERTIFIED')
        AND p.membership_status IS DISTINCT FROM (CASE WHEN certified.yes THEN 'CERTIFIED' ELSE 'MEMBER' END)::membership_status`,
    [supplierId],
  );
}
