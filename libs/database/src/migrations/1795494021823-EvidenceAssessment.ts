import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EvidenceAssessment1795494021823 implements MigrationInterface {
  name = 'EvidenceAssessment1795494021823';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evidence_file" ADD "assessment_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_b0f6f1190e1f7039db410e97ba" ON "evidence_file"  ("assessment_id") `);
    await queryRunner.query(`ALTER TABLE "evidence_file" ADD CONSTRAINT "FK_b0f6f1190e1f7039db410e97ba4" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evidence_file" DROP CONSTRAINT "FK_b0f6f1190e1f7039db410e97ba4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b0f6f1190e1f7039db410e97ba"`);
    await queryRunner.query(`ALTER TABLE "evidence_file" DROP COLUMN "assessment_id"`);
  }
}
