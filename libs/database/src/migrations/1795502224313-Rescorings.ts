import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Rescorings1795502224313 implements MigrationInterface {
  name = 'Rescorings1795502224313';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."rescoring_status" AS ENUM('RUNNING', 'COMPLETED', 'COMPLETED_WITH_FAILURES')`);
    await queryRunner.query(`CREATE TABLE "rescoring" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "methodology_version" character varying(40) NOT NULL, "requested_by_user_id" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "status" "public"."rescoring_status" NOT NULL DEFAULT 'RUNNING', CONSTRAINT "rescoring_finished_when_settled" CHECK (("status" = 'RUNNING') = ("finished_at" IS NULL)), CONSTRAINT "PK_2467cd4220e0b33fe25921297b6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ccc3ad5a96d6326ae5714028d1" ON "rescoring"  ("requested_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "rescoring_one_running" ON "rescoring"  ("status") WHERE "status" = 'RUNNING'`);
    await queryRunner.query(`CREATE TYPE "public"."rescoring_item_status" AS ENUM('PENDING', 'DONE', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "rescoring_item" ("rescoring_id" uuid NOT NULL, "assessment_id" uuid NOT NULL, "status" "public"."rescoring_item_status" NOT NULL DEFAULT 'PENDING', "score_run_id" uuid, "error" text, "settled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1956f027c6aac95c689c9f7ca24" PRIMARY KEY ("rescoring_id", "assessment_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_89d6b8be6d11f7803d00dfba26" ON "rescoring_item"  ("rescoring_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "score_run_rescoring_unique" ON "score_run"  ("rescoring_id", "assessment_id") WHERE "trigger" = 'RESCORE'`);
    await queryRunner.query(`ALTER TABLE "rescoring" ADD CONSTRAINT "FK_42b4cd19a110a3e65562fde25d5" FOREIGN KEY ("requested_by_user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rescoring_item" ADD CONSTRAINT "FK_a0241f10ae8d4121000666a51c0" FOREIGN KEY ("rescoring_id") REFERENCES "rescoring"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rescoring_item" ADD CONSTRAINT "FK_795a2ea97fa1cca2c86827acbbf" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "score_run" ADD CONSTRAINT "FK_909b26e67c2cdd3ab4b0c2d8ae4" FOREIGN KEY ("rescoring_id") REFERENCES "rescoring"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "score_run" DROP CONSTRAINT "FK_909b26e67c2cdd3ab4b0c2d8ae4"`);
    await queryRunner.query(`ALTER TABLE "rescoring_item" DROP CONSTRAINT "FK_795a2ea97fa1cca2c86827acbbf"`);
    await queryRunner.query(`ALTER TABLE "rescoring_item" DROP CONSTRAINT "FK_a0241f10ae8d4121000666a51c0"`);
    await queryRunner.query(`ALTER TABLE "rescoring" DROP CONSTRAINT "FK_42b4cd19a110a3e65562fde25d5"`);
    await queryRunner.query(`DROP INDEX "public"."score_run_rescoring_unique"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_89d6b8be6d11f7803d00dfba26"`);
    await queryRunner.query(`DROP TABLE "rescoring_item"`);
    await queryRunner.query(`DROP TYPE "public"."rescoring_item_status"`);
    await queryRunner.query(`DROP INDEX "public"."rescoring_one_running"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ccc3ad5a96d6326ae5714028d1"`);
    await queryRunner.query(`DROP TABLE "rescoring"`);
    await queryRunner.query(`DROP TYPE "public"."rescoring_status"`);
  }
}
