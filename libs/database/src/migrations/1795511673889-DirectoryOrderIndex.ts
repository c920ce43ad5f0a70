import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectoryOrderIndex1795511673889 implements MigrationInterface {
  name = 'DirectoryOrderIndex1795511673889';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "organisation_directory_order_idx" ON "organisation"  ("legal_name", "id") WHERE "kind" = 'PROVIDER' AND "status" = 'ACTIVE'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."organisation_directory_order_idx"`);
  }
}
