import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The explanation of a score run as `json` text (written once, read whole): converted in place, nothing dropped. */
export class ScoreRunExplanationAsJson1795512473478 implements MigrationInterface {
  name = 'ScoreRunExplanationAsJson1795512473478';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "score_run" ALTER COLUMN "questions" TYPE json USING "questions"::json`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "score_run" ALTER COLUMN "questions" TYPE jsonb USING "questions"::jsonb`);
  }
}
