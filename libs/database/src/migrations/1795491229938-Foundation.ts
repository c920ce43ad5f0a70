import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795491229938 implements MigrationInterface {
  name = 'Foundation1795491229938';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_user_id" uuid, "organisation_id" uuid, "action" character varying(100) NOT NULL, "entity_type" character varying(60) NOT NULL, "entity_id" character varying(100) NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."organisation_kind" AS ENUM('CLIENT', 'PROVIDER', 'ASSOCIATION')`);
    await queryRunner.query(`CREATE TYPE "public"."organisation_status" AS ENUM('ACTIVE', 'PENDING_VERIFICATION')`);
    await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."organisation_kind" NOT NULL, "status" "public"."organisation_status" NOT NULL DEFAULT 'ACTIVE', "legal_name" character varying(200) NOT NULL, "country" character(2) NOT NULL, "website" character varying(300), "registration_number" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('ADMIN', 'MEMBER', 'REVIEWER')`);
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" "public"."user_role" NOT NULL, "token_hash" character(64) NOT NULL, "invited_by_user_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_913833c1541e680e8112131222" ON "invitation"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b827d3749ffbb3b5ab5099afd6" ON "invitation"  ("token_hash") `);
    await queryRunner.query(`CREATE TYPE "public"."jurisdiction_risk_level" AS ENUM('LOW', 'MEDIUM', 'HIGH', 'SEVERE')`);
    await queryRunner.query(`CREATE TABLE "jurisdiction_risk" ("country" character(2) NOT NULL, "level" "public"."jurisdiction_risk_level" NOT NULL, "rationale" text NOT NULL DEFAULT '', "updated_by_user_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_56ac3d6cc86fb990f38b61efa9f" PRIMARY KEY ("country"))`);
    await queryRunner.query(`CREATE TABLE "outbox_message" ("id" BIGSERIAL NOT NULL, "queue" character varying(60) NOT NULL, "job_name" character varying(60) NOT NULL, "job_key" character varying(200) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b7e40374c03ab8df92478ae970" ON "outbox_message"  ("job_key") `);
    await queryRunner.query(`CREATE INDEX "outbox_message_pending_idx" ON "outbox_message"  ("created_at") WHERE dispatched_at IS NULL`);
    await queryRunner.query(`CREATE TYPE "public"."product_category" AS ENUM('SPYWARE_REMOTE_INTRUSION', 'IMSI_CATCHER', 'LAWFUL_INTERCEPTION_MONITORING_CENTRE', 'FACIAL_RECOGNITION', 'BIOMETRIC_IDENTIFICATION', 'BORDER_MIGRATION_TECH', 'PREDICTIVE_POLICING_RISK_ASSESSMENT', 'SOCIAL_MEDIA_MONITORING_OSINT', 'ELECTRONIC_MONITORING', 'DRONES_AERIAL_SURVEILLANCE', 'LICENCE_PLATE_RECOGNITION', 'VIDEO_ANALYTICS_CCTV', 'BODY_WORN_CAMERAS', 'ACCESS_CONTROL_PERIMETER')`);
    await queryRunner.query(`CREATE TYPE "public"."capability" AS ENUM('BIOMETRIC_PROCESSING', 'COVERT_COLLECTION', 'AUTOMATED_DECISIONS', 'MASS_COLLECTION', 'AI_ML_INFERENCE', 'EXPORT_CONTROLLED_DUAL_USE')`);
    await queryRunner.query(`CREATE TYPE "public"."deployment_context" AS ENUM('PRISONS_PROBATION', 'BORDER_MIGRATION', 'PUBLIC_ORDER_PROTEST', 'CONFLICT_HIGH_RISK_AREAS', 'COMMERCIAL_INDUSTRIAL')`);
    await queryRunner.query(`CREATE TABLE "product" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "category" "public"."product_category" NOT NULL, "capabilities" "public"."capability" array NOT NULL DEFAULT '{}', "deployment_contexts" "public"."deployment_context" array NOT NULL DEFAULT '{}', "deployed_countries" character(2) array NOT NULL DEFAULT '{}', "description" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_97bbe59fdd40a53bd9c95b6c01" ON "product"  ("supplier_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d71ac3a30622a475df871b5513" ON "product"  ("category") `);
    await queryRunner.query(`CREATE TABLE "user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "role" "public"."user_role" NOT NULL, "password_hash" character varying(255), "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c7a4825eaaf9118259b890ad65" ON "user"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user"  ("email") `);
    await queryRunner.query(`CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "consumed_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token"  ("family_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f0812282fad2e352cdaf83ef0a" ON "refresh_token"  ("token_hash") `);
    await queryRunner.query(`CREATE TYPE "public"."membership_status" AS ENUM('NONE', 'MEMBER', 'CERTIFIED')`);
    await queryRunner.query(`CREATE TABLE "supplier_profile" ("organisation_id" uuid NOT NULL, "description" text NOT NULL DEFAULT '', "services" character varying array NOT NULL DEFAULT '{}', "headquarters_country" character(2) NOT NULL, "operating_countries" character(2) array NOT NULL DEFAULT '{}', "membership_status" "public"."membership_status" NOT NULL DEFAULT 'NONE', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b2bfbfaf6fd06637da7787eb177" PRIMARY KEY ("organisation_id"))`);
    await queryRunner.query(`CREATE TABLE "working_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9cbcc6e96966bec27f605e3c9f4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_020551e5695b3e13dbad962430" ON "working_group"  ("name") `);
    await queryRunner.query(`CREATE TABLE "working_group_member" ("working_group_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8a95350dceaf27a6a3bfa64bdb3" PRIMARY KEY ("working_group_id", "organisation_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e1599f847aa9863a87202134f4" ON "working_group_member"  ("organisation_id") `);
    await queryRunner.query(`CREATE TABLE "working_group_watch" ("working_group_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dc5fbf09ba95e2bcc7cbc34edfe" PRIMARY KEY ("working_group_id", "supplier_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_2956d27fae0de57f891c72a081" ON "working_group_watch"  ("supplier_id") `);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_913833c1541e680e8112131222f" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "product" ADD CONSTRAINT "FK_97bbe59fdd40a53bd9c95b6c01b" FOREIGN KEY ("supplier_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user" ADD CONSTRAINT "FK_c7a4825eaaf9118259b890ad65d" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" ADD CONSTRAINT "FK_b2bfbfaf6fd06637da7787eb177" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "working_group_member" ADD CONSTRAINT "FK_1bb88527a0c94d41561f564285f" FOREIGN KEY ("working_group_id") REFERENCES "working_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "working_group_member" ADD CONSTRAINT "FK_e1599f847aa9863a87202134f46" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "working_group_watch" ADD CONSTRAINT "FK_9790062f004c0fd0bf23fe90a5a" FOREIGN KEY ("working_group_id") REFERENCES "working_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "working_group_watch" ADD CONSTRAINT "FK_2956d27fae0de57f891c72a0812" FOREIGN KEY ("supplier_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // The audit log is append-only: the database itself refuses to change or remove a row.
    await queryRunner.query(`CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "working_group_watch" DROP CONSTRAINT "FK_2956d27fae0de57f891c72a0812"`);
    await queryRunner.query(`ALTER TABLE "working_group_watch" DROP CONSTRAINT "FK_9790062f004c0fd0bf23fe90a5a"`);
    await queryRunner.query(`ALTER TABLE "working_group_member" DROP CONSTRAINT "FK_e1599f847aa9863a87202134f46"`);
    await queryRunner.query(`ALTER TABLE "working_group_member" DROP CONSTRAINT "FK_1bb88527a0c94d41561f564285f"`);
    await queryRunner.query(`ALTER TABLE "supplier_profile" DROP CONSTRAINT "FK_b2bfbfaf6fd06637da7787eb177"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"`);
    await queryRunner.query(`ALTER TABLE "user" DROP CONSTRAINT "FK_c7a4825eaaf9118259b890ad65d"`);
    await queryRunner.query(`ALTER TABLE "product" DROP CONSTRAINT "FK_97bbe59fdd40a53bd9c95b6c01b"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_913833c1541e680e8112131222f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2956d27fae0de57f891c72a081"`);
    await queryRunner.query(`DROP TABLE "working_group_watch"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e1599f847aa9863a87202134f4"`);
    await queryRunner.query(`DROP TABLE "working_group_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_020551e5695b3e13dbad962430"`);
    await queryRunner.query(`DROP TABLE "working_group"`);
    await queryRunner.query(`DROP TABLE "supplier_profile"`);
    await queryRunner.query(`DROP TYPE "public"."membership_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0812282fad2e352cdaf83ef0a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb31f2a7917404a46e17f539f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6bbe63d2fe75e7f0ba1710351d"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e12875dfb3b1d92d7d7c5377e2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c7a4825eaaf9118259b890ad65"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d71ac3a30622a475df871b5513"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97bbe59fdd40a53bd9c95b6c01"`);
    await queryRunner.query(`DROP TABLE "product"`);
    await queryRunner.query(`DROP TYPE "public"."deployment_context"`);
    await queryRunner.query(`DROP TYPE "public"."capability"`);
    await queryRunner.query(`DROP TYPE "public"."product_category"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_message_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b7e40374c03ab8df92478ae970"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP TABLE "jurisdiction_risk"`);
    await queryRunner.query(`DROP TYPE "public"."jurisdiction_risk_level"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b827d3749ffbb3b5ab5099afd6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_913833c1541e680e8112131222"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_status"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_is_append_only()`);
  }
}
