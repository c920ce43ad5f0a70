import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ScoreRuns1795496809582 implements MigrationInterface {
  name = 'ScoreRuns1795496809582';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."score_run_trigger" AS ENUM('SUBMISSION', 'RESCORE')`);
    await queryRunner.query(`CREATE TYPE "public"."risk_tier" AS ENUM('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')`);
    await queryRunner.query(`CREATE TABLE "score_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "submission_number" integer NOT NULL, "methodology_version" character varying(40) NOT NULL, "trigger" "public"."score_run_trigger" NOT NULL, "rescoring_id" uuid, "inherent_risk" double precision NOT NULL, "maturity" double precision NOT NULL, "residual_risk" double precision NOT NULL, "tier" "public"."risk_tier" NOT NULL, "confidence" double precision NOT NULL, "red_flags" jsonb NOT NULL, "themes" jsonb NOT NULL, "product_risks" jsonb NOT NULL, "questions" jsonb NOT NULL, "eligibility" jsonb NOT NULL, "scored_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b0722b049968defc306f0cf7843" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_15c1e239ff3f24e1b5efc56ffe" ON "score_run"  ("assessment_id", "scored_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "score_run_submission_unique" ON "score_run"  ("assessment_id", "submission_number") WHERE "trigger" = 'SUBMISSION'`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD "scoring_error" text`);
    await queryRunner.query(`ALTER TABLE "score_run" ADD CONSTRAINT "FK_47e5ed1d4b904cfdb83615f5664" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "score_run" DROP CONSTRAINT "FK_47e5ed1d4b904cfdb83615f5664"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP COLUMN "scoring_error"`);
    await queryRunner.query(`DROP INDEX "public"."score_run_submission_unique"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_15c1e239ff3f24e1b5efc56ffe"`);
    await queryRunner.query(`DROP TABLE "score_run"`);
    await queryRunner.query(`DROP TYPE "public"."risk_tier"`);
    await queryRunner.query(`DROP TYPE "public"."score_run_trigger"`);
  }
}
