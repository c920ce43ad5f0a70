import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reviews1795500657330 implements MigrationInterface {
  name = 'Reviews1795500657330';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."review_decision" AS ENUM('APPROVE', 'REJECT', 'REQUEST_CHANGES')`);
    await queryRunner.query(`CREATE TABLE "review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "score_run_id" uuid NOT NULL, "submission_number" integer NOT NULL, "reviewer_user_id" uuid NOT NULL, "decision" "public"."review_decision" NOT NULL, "comment" text, "question_comments" jsonb NOT NULL DEFAULT '[]', "conditions" text, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e4299a343a81574217255c00ca" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e12190d0315bdbdbb36f46e023" ON "review"  ("score_run_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e95ae5a18584d13bee1b849761" ON "review"  ("assessment_id", "decided_at") `);
    await queryRunner.query(`CREATE TYPE "public"."score_override_status" AS ENUM('PENDING', 'CONFIRMED', 'WITHDRAWN')`);
    await queryRunner.query(`CREATE TABLE "score_override" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "score_run_id" uuid NOT NULL, "tier" "public"."risk_tier", "maturity" double precision, "justification" text NOT NULL, "status" "public"."score_override_status" NOT NULL DEFAULT 'PENDING', "proposed_by_user_id" uuid NOT NULL, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "confirmed_by_user_id" uuid, "confirmed_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by_user_id" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "score_override_confirmed" CHECK (("status" = 'CONFIRMED') = ("confirmed_by_user_id" IS NOT NULL AND "confirmed_at" IS NOT NULL)), CONSTRAINT "score_override_maturity_range" CHECK ("maturity" IS NULL OR ("maturity" >= 0 AND "maturity" <= 100)), CONSTRAINT "score_override_changes_something" CHECK ("tier" IS NOT NULL OR "maturity" IS NOT NULL), CONSTRAINT "score_override_four_eyes" CHECK ("confirmed_by_user_id" IS NULL OR "confirmed_by_user_id" <> "proposed_by_user_id"), CONSTRAINT "PK_a26a6d85cc959fbdf538ae50ae2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_db3a28e0648d2f540a932d1cea" ON "score_override"  ("assessment_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1780ca34b848046b8157d0f522" ON "score_override"  ("score_run_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "score_override_one_pending" ON "score_override"  ("score_run_id") WHERE "status" = 'PENDING'`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "claimed_by_user_id" uuid`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "claimed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'ASSESSMENT_REJECTED'`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD CONSTRAINT "FK_f2a635b8db61b0bfc4b2c5c95d5" FOREIGN KEY ("claimed_by_user_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review" ADD CONSTRAINT "FK_6e9699b0f11c315e2ea4eac45a8" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review" ADD CONSTRAINT "FK_e12190d0315bdbdbb36f46e0230" FOREIGN KEY ("score_run_id") REFERENCES "score_run"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review" ADD CONSTRAINT "FK_77f65026d715b7a54fd6bb85584" FOREIGN KEY ("reviewer_user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "score_override" ADD CONSTRAINT "FK_db3a28e0648d2f540a932d1ceab" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "score_override" ADD CONSTRAINT "FK_1780ca34b848046b8157d0f5229" FOREIGN KEY ("score_run_id") REFERENCES "score_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "score_override" ADD CONSTRAINT "FK_52835825324b89b1027f0547768" FOREIGN KEY ("proposed_by_user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "score_override" ADD CONSTRAINT "FK_c05f8a9b34dd575c0c295db6e97" FOREIGN KEY ("confirmed_by_user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "score_override" DROP CONSTRAINT "FK_c05f8a9b34dd575c0c295db6e97"`);
    await queryRunner.query(`ALTER TABLE "score_override" DROP CONSTRAINT "FK_52835825324b89b1027f0547768"`);
    await queryRunner.query(`ALTER TABLE "score_override" DROP CONSTRAINT "FK_1780ca34b848046b8157d0f5229"`);
    await queryRunner.query(`ALTER TABLE "score_override" DROP CONSTRAINT "FK_db3a28e0648d2f540a932d1ceab"`);
    await queryRunner.query(`ALTER TABLE "review" DROP CONSTRAINT "FK_77f65026d715b7a54fd6bb85584"`);
    await queryRunner.query(`ALTER TABLE "review" DROP CONSTRAINT "FK_e12190d0315bdbdbb36f46e0230"`);
    await queryRunner.query(`ALTER TABLE "review" DROP CONSTRAINT "FK_6e9699b0f11c315e2ea4eac45a8"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_f2a635b8db61b0bfc4b2c5c95d5"`);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind_old" AS ENUM('ASSESSMENT_REQUESTED', 'ASSESSMENT_SUBMITTED', 'ASSESSMENT_SCORED', 'CHANGES_REQUESTED', 'ASSESSMENT_APPROVED', 'ASSESSMENT_SHARED', 'CERTIFICATE_ISSUED', 'CERTIFICATE_EXPIRING', 'CERTIFICATE_REVOKED')`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "claimed_at"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "claimed_by_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."score_override_one_pending"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1780ca34b848046b8157d0f522"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_db3a28e0648d2f540a932d1cea"`);
    await queryRunner.query(`DROP TABLE "score_override"`);
    await queryRunner.query(`DROP TYPE "public"."score_override_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e95ae5a18584d13bee1b849761"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e12190d0315bdbdbb36f46e023"`);
    await queryRunner.query(`DROP TABLE "review"`);
    await queryRunner.query(`DROP TYPE "public"."review_decision"`);
  }
}
