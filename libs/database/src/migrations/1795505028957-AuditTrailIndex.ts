import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditTrailIndex1795505028957 implements MigrationInterface {
  name = 'AuditTrailIndex1795505028957';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "audit_event_entity_idx" ON "audit_event"  ("entity_type", "entity_id", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."audit_event_entity_idx"`);
  }
}
