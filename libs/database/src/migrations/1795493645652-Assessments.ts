import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Assessments1795493645652 implements MigrationInterface {
  name = 'Assessments1795493645652';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."template_status" AS ENUM('DRAFT', 'PUBLISHED', 'RETIRED')`);
    await queryRunner.query(`CREATE TABLE "questionnaire_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(60) NOT NULL, "version" integer NOT NULL, "status" "public"."template_status" NOT NULL DEFAULT 'DRAFT', "title" jsonb NOT NULL, "definition" jsonb NOT NULL, "question_count" integer NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_00e269c6c69fff0cca8540993f2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4ceeadeb2e95ad16f40bc5752c" ON "questionnaire_template"  ("key", "version") `);
    await queryRunner.query(`CREATE TYPE "public"."assessment_status" AS ENUM('REQUESTED', 'IN_PROGRESS', 'SUBMITTED', 'SCORED', 'SCORING_FAILED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED')`);
    await queryRunner.query(`CREATE TYPE "public"."requester_kind" AS ENUM('CLIENT', 'WORKING_GROUP', 'ASSOCIATION', 'PROVIDER')`);
    await queryRunner.query(`CREATE TABLE "assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "template_id" uuid NOT NULL, "status" "public"."assessment_status" NOT NULL DEFAULT 'REQUESTED', "requester_kind" "public"."requester_kind" NOT NULL, "requested_by_organisation_id" uuid NOT NULL, "requested_by_user_id" uuid, "working_group_id" uuid, "due_date" date NOT NULL, "submission_number" integer NOT NULL DEFAULT '0', "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c511a7dc128256876b6b1719401" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_721676cb79c191adea69ffc1a9" ON "assessment"  ("supplier_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0aded6a2bd35b16e8678c254f7" ON "assessment"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_da4571a7ddb7c4b90861833bae" ON "assessment"  ("requested_by_organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0a5cea67bb6f4937687d2bd045" ON "assessment"  ("working_group_id") `);
    await queryRunner.query(`CREATE TABLE "assessment_product" ("assessment_id" uuid NOT NULL, "product_id" uuid NOT NULL, CONSTRAINT "PK_c5828ff9f67b585075f3063c41c" PRIMARY KEY ("assessment_id", "product_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0968cd966d50be8dedd63ed8f8" ON "assessment_product"  ("product_id") `);
    await queryRunner.query(`CREATE TABLE "evidence_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "storage_key" character varying(200) NOT NULL, "original_name" character varying(255) NOT NULL, "content_type" character varying(100) NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character(64) NOT NULL, "valid_until" date, "uploaded_by_user_id" uuid, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f54e0261bc7f0350c7eae30736a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4d41fc20d83cca638a7cce6a9f" ON "evidence_file"  ("supplier_id") `);
    await queryRunner.query(`CREATE TABLE "answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "question_code" character varying(20) NOT NULL, "value" jsonb, "not_applicable" boolean NOT NULL DEFAULT false, "comment" text NOT NULL DEFAULT '', "answered_by_user_id" uuid, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_9232db17b63fb1e94f97e5c224f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_bed04b1517ea073246ab7b3e4b" ON "answer"  ("assessment_id", "question_code") `);
    await queryRunner.query(`CREATE TABLE "answer_evidence" ("answer_id" uuid NOT NULL, "evidence_id" uuid NOT NULL, "attached_by_user_id" uuid, "attached_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ec51d5ba96eba16951dd670ca2" PRIMARY KEY ("answer_id", "evidence_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9fc5159c4b72999f6593e2138d" ON "answer_evidence"  ("evidence_id") `);
    await queryRunner.query(`CREATE TABLE "assessment_share" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assessment_id" uuid NOT NULL, "client_organisation_id" uuid, "working_group_id" uuid, "granted_by_user_id" uuid NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_by_user_id" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_68263ac05f5253f748121137d4" CHECK ("client_organisation_id" IS NOT NULL OR "working_group_id" IS NOT NULL), CONSTRAINT "PK_3848c4b40cbe081784c8b508d0a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9431c28d97b67f8be61b16a06d" ON "assessment_share"  ("assessment_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_34b3a1b44d8983887b5ef81f66" ON "assessment_share"  ("client_organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_076ebc1a76a57a0bb7b6969bf8" ON "assessment_share"  ("working_group_id") `);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind" AS ENUM('ASSESSMENT_REQUESTED', 'ASSESSMENT_SUBMITTED', 'ASSESSMENT_SCORED', 'CHANGES_REQUESTED', 'ASSESSMENT_APPROVED', 'ASSESSMENT_SHARED', 'CERTIFICATE_ISSUED', 'CERTIFICATE_EXPIRING', 'CERTIFICATE_REVOKED')`);
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_928b7aa1754e08e1ed7052cb9d" ON "notification"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "notification_unread_idx" ON "notification"  ("user_id", "created_at") WHERE read_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD CONSTRAINT "FK_721676cb79c191adea69ffc1a97" FOREIGN KEY ("supplier_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD CONSTRAINT "FK_dcba6e1415d448c87f8347463eb" FOREIGN KEY ("template_id") REFERENCES "questionnaire_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD CONSTRAINT "FK_da4571a7ddb7c4b90861833baed" FOREIGN KEY ("requested_by_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment" ADD CONSTRAINT "FK_0a5cea67bb6f4937687d2bd045f" FOREIGN KEY ("working_group_id") REFERENCES "working_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment_product" ADD CONSTRAINT "FK_76e11adf382a113ded1a2d27b76" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment_product" ADD CONSTRAINT "FK_0968cd966d50be8dedd63ed8f85" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evidence_file" ADD CONSTRAINT "FK_4d41fc20d83cca638a7cce6a9f2" FOREIGN KEY ("supplier_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "answer" ADD CONSTRAINT "FK_065fc14c702822bdcbfd0d166f8" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "answer_evidence" ADD CONSTRAINT "FK_74bd1f6198aec5fdc7bcf336f53" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "answer_evidence" ADD CONSTRAINT "FK_9fc5159c4b72999f6593e2138de" FOREIGN KEY ("evidence_id") REFERENCES "evidence_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment_share" ADD CONSTRAINT "FK_9431c28d97b67f8be61b16a06d5" FOREIGN KEY ("assessment_id") REFERENCES "assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // A published questionnaire version is immutable: only its retirement may change it, and it is never deleted.
    await queryRunner.query(`CREATE FUNCTION questionnaire_template_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status <> 'DRAFT' THEN
          IF TG_OP = 'DELETE' OR NEW.definition IS DISTINCT FROM OLD.definition OR NEW.title IS DISTINCT FROM OLD.title
             OR NEW.key IS DISTINCT FROM OLD.key OR NEW.version IS DISTINCT FROM OLD.version
             OR NEW.question_count IS DISTINCT FROM OLD.question_count THEN
            RAISE EXCEPTION 'questionnaire_template % version % is % and cannot change', OLD.key, OLD.version, OLD.status
              USING ERRCODE = 'insufficient_privilege';
          END IF;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER questionnaire_template_immutable BEFORE UPDATE OR DELETE ON "questionnaire_template"
      FOR EACH ROW EXECUTE FUNCTION questionnaire_template_guard()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessment_share" DROP CONSTRAINT "FK_9431c28d97b67f8be61b16a06d5"`);
    await queryRunner.query(`ALTER TABLE "answer_evidence" DROP CONSTRAINT "FK_9fc5159c4b72999f6593e2138de"`);
    await queryRunner.query(`ALTER TABLE "answer_evidence" DROP CONSTRAINT "FK_74bd1f6198aec5fdc7bcf336f53"`);
    await queryRunner.query(`ALTER TABLE "answer" DROP CONSTRAINT "FK_065fc14c702822bdcbfd0d166f8"`);
    await queryRunner.query(`ALTER TABLE "evidence_file" DROP CONSTRAINT "FK_4d41fc20d83cca638a7cce6a9f2"`);
    await queryRunner.query(`ALTER TABLE "assessment_product" DROP CONSTRAINT "FK_0968cd966d50be8dedd63ed8f85"`);
    await queryRunner.query(`ALTER TABLE "assessment_product" DROP CONSTRAINT "FK_76e11adf382a113ded1a2d27b76"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_0a5cea67bb6f4937687d2bd045f"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_da4571a7ddb7c4b90861833baed"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_dcba6e1415d448c87f8347463eb"`);
    await queryRunner.query(`ALTER TABLE "assessment" DROP CONSTRAINT "FK_721676cb79c191adea69ffc1a97"`);
    await queryRunner.query(`DROP INDEX "public"."notification_unread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_928b7aa1754e08e1ed7052cb9d"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_076ebc1a76a57a0bb7b6969bf8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_34b3a1b44d8983887b5ef81f66"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9431c28d97b67f8be61b16a06d"`);
    await queryRunner.query(`DROP TABLE "assessment_share"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9fc5159c4b72999f6593e2138d"`);
    await queryRunner.query(`DROP TABLE "answer_evidence"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bed04b1517ea073246ab7b3e4b"`);
    await queryRunner.query(`DROP TABLE "answer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d41fc20d83cca638a7cce6a9f"`);
    await queryRunner.query(`DROP TABLE "evidence_file"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0968cd966d50be8dedd63ed8f8"`);
    await queryRunner.query(`DROP TABLE "assessment_product"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0a5cea67bb6f4937687d2bd045"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_da4571a7ddb7c4b90861833bae"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0aded6a2bd35b16e8678c254f7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_721676cb79c191adea69ffc1a9"`);
    await queryRunner.query(`DROP TABLE "assessment"`);
    await queryRunner.query(`DROP TYPE "public"."requester_kind"`);
    await queryRunner.query(`DROP TYPE "public"."assessment_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4ceeadeb2e95ad16f40bc5752c"`);
    await queryRunner.query(`DROP TABLE "questionnaire_template"`);
    await queryRunner.query(`DROP TYPE "public"."template_status"`);
    await queryRunner.query(`DROP FUNCTION questionnaire_template_guard()`);
  }
}
