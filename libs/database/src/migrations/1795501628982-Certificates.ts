import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Certificates1795501628982 implements MigrationInterface {
  name = 'Certificates1795501628982';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."certificate_level" AS ENUM('CERTIFIED', 'CERTIFIED_WITH_CONDITIONS')`);
    await queryRunner.query(`CREATE TYPE "public"."certificate_status" AS ENUM('VALID', 'SUSPENDED', 'REVOKED', 'EXPIRED')`);
    await queryRunner.query(`CREATE TABLE "certificate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "serial" character varying(64) NOT NULL, "assessment_id" uuid NOT NULL, "score_run_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "products" jsonb NOT NULL, "level" "public"."certificate_level" NOT NULL, "conditions" text, "methodology_version" character varying(40) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_by_user_id" uuid NOT NULL, "status" "public"."certificate_status" NOT NULL DEFAULT 'VALID', "status_reason" text, "status_changed_at" TIMESTAMP WITH TIME ZONE, "status_changed_by_user_id" uuid, "signed_payload" text, "signature" text, "signing_key_id" character varying(64), "rendered_at" TIMESTAMP WITH TIME ZONE, "reminder60_sent_at" TIMESTAMP WITH TIME ZONE, "reminder30_sent_at" TIMESTAMP WITH TIME ZONE, "reassessment_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "certificate_reason_when_withdrawn" CHECK ("status" NOT IN ('SUSPENDED', 'REVOKED') OR "status_reason" IS NOT NULL), CONSTRAINT "certificate_valid_after_issue" CHECK ("valid_until" > "issued_at"), CONSTRAINT "PK_8daddfc65f59e341c2bbc9c9e43" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_088cd8b7854860bc8669b6898e" ON "certificate"  ("serial") `);
    await queryRunner.query(`CREATE INDEX "IDX_d202c5b41ec4d33fcbbd21f430" ON "certificate"  ("status", "valid_until") `);
    await queryRunner.query(`CREATE INDEX "IDX_fa1a0ddc5924e94623504e5c7a" ON "certificate"  ("supplier_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "certificate_live_per_assessment" ON "certificate"  ("assessment_id") WHERE "status" IN ('VALID', 'SUSPENDED')`);
    await queryRunner.query(`CREATE TYPE "public"."certificate_language" AS ENUM('en', 'fr', 'es')`);
    await queryRunner.query(`CREATE TABLE "certificate_document" ("certificate_id" uuid NOT NULL, "language" "public"."certificate_language" NOT NULL, "pdf" bytea NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bee0fd61d3954349dc86749f7fc" PRIMARY KEY ("certificate_id", "language"))`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'CERTIFICATE_SUSPENDED'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'CERTIFICATE_REINSTATED'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'CERTIFICATE_EXPIRED'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'REASSESSMENT_OPENED'`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "FK_c4c9ba33997c6e655514bf21f5c" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "FK_9a3f82a9c1feb2a87acabe4bd35" FOREIGN KEY ("score_run_id") REFERENCES "score_run"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "FK_9cc926b52be1d706a5610b25bb6" FOREIGN KEY ("supplier_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "FK_7cb38fc88a564bc4d494ec9146b" FOREIGN KEY ("issued_by_user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate_document" ADD CONSTRAINT "FK_34da004ff41821b5c79b705a2b6" FOREIGN KEY ("certificate_id") REFERENCES "certificate"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificate_document" DROP CONSTRAINT "FK_34da004ff41821b5c79b705a2b6"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_7cb38fc88a564bc4d494ec9146b"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_9cc926b52be1d706a5610b25bb6"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_9a3f82a9c1feb2a87acabe4bd35"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_c4c9ba33997c6e655514bf21f5c"`);
    // Notifications of the kinds this migration added cannot outlive their enum values.
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind"::text IN ('CERTIFICATE_SUSPENDED', 'CERTIFICATE_REINSTATED', 'CERTIFICATE_EXPIRED', 'REASSESSMENT_OPENED')`);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind_old" AS ENUM('ASSESSMENT_REQUESTED', 'ASSESSMENT_SUBMITTED', 'ASSESSMENT_SCORED', 'CHANGES_REQUESTED', 'ASSESSMENT_APPROVED', 'ASSESSMENT_SHARED', 'CERTIFICATE_ISSUED', 'CERTIFICATE_EXPIRING', 'CERTIFICATE_REVOKED', 'ASSESSMENT_REJECTED')`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
    await queryRunner.query(`DROP TABLE "certificate_document"`);
    await queryRunner.query(`DROP TYPE "public"."certificate_language"`);
    await queryRunner.query(`DROP INDEX "public"."certificate_live_per_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fa1a0ddc5924e94623504e5c7a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d202c5b41ec4d33fcbbd21f430"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_088cd8b7854860bc8669b6898e"`);
    await queryRunner.query(`DROP TABLE "certificate"`);
    await queryRunner.query(`DROP TYPE "public"."certificate_status"`);
    await queryRunner.query(`DROP TYPE "public"."certificate_level"`);
  }
}
