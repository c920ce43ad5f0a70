/**
 * `npm run bench:answers`: the cost of saving 100 answers through AnswersService.save (access check and row
 * lock, validation against the pinned questionnaire, applicability, optimistic locking, one multi-row
 * upsert, status change, audit event) beside a bare 100-row multi-VALUES INSERT of the same columns into
 * the same table, interleaved in one run on one throw-away database. Writes bench/results/answers.json.
 *
 * BENCH_ROUNDS (default 200) timed rounds of each, after BENCH_WARMUP (default 20) untimed ones.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { Assessment, AssessmentProduct, Product, QuestionnaireTemplate, RequesterKind, TemplateStatus, User, createDataSource, insertOrganisation, templateRow } from '@assay/database';
import {
  OrganisationKind,
  OrganisationStatus,
  ProductCategory,
  QuestionType,
  UserRole,
  type Actor,
  type AnswerValue,
  type LocalizedText,
  type QuestionDefinition,
  type QuestionnaireDefinition,
} from '@assay/domain';
import { createMigratedDatabase, dropDatabase } from '@assay/testing';
import { AnswersService } from '../apps/api/src/modules/assessments/answers.service.js';
import { AssessmentAccessService } from '../apps/api/src/modules/assessments/assessment-access.service.js';
import { PinnedQuestionnaires } from '../apps/api/src/modules/assessments/pinned-questionnaires.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const ANSWERS = 100;
const THEMES = 10;
const QUESTIONS_PER_THEME = 12;

const text = (en: string): LocalizedText => ({ en, fr: `${en} (fr)`, es: `${en} (es)` });

/** 120 questions over ten themes, every type in turn, with texts in three languages like the real one. */
function benchQuestionnaire(): QuestionnaireDefinition {
  const types = [QuestionType.BOOLEAN, QuestionType.SINGLE_CHOICE, QuestionType.MULTI_CHOICE, QuestionType.SCALE_0_4, QuestionType.NUMBER, QuestionType.TEXT];
  const options = ['NEVER', 'SOMETIMES', 'ALWAYS'].map((value, index) => ({ value, label: text(value), points: index / 2 }));
  return {
    key: 'bench-answers',
    title: text('Benchmark questionnaire'),
    themes: Array.from({ length: THEMES }, (_, t) => ({
      code: `T${t + 1}`,
      title: text(`Theme ${t + 1}`),
      questions: Array.from({ length: QUESTIONS_PER_THEME }, (_, q): QuestionDefinition => {
        const type = types[(t * QUESTIONS_PER_THEME + q) % types.length]!;
        return {
          code: `T${t + 1}.${q + 1}`,
          type,
          text: text(`A question of about the length of a real one, number ${q + 1} of theme ${t + 1}?`),
          help: text('Some help text that explains what evidence the association expects to see.'),
          ...(type === QuestionType.SINGLE_CHOICE || type === QuestionType.MULTI_CHOICE ? { options } : {}),
          ...(type === QuestionType.NUMBER ? { min: 0, max: 1000 } : {}),
          ...(type === QuestionType.TEXT ? { maxLength: 2000 } : {}),
          weight: 2,
          required: true,
          evidenceExpected: q % 3 === 0,
          notApplicableAllowed: q % 4 === 0,
          references: ['UNGP 17', 'ICoC §21'],
        };
      }),
    })),
  };
}

function sampleValue(question: QuestionDefinition): AnswerValue {
  switch (question.type) {
    case QuestionType.BOOLEAN:
      return true;
    case QuestionType.SINGLE_CHOICE:
      return 'SOMETIMES';
    case QuestionType.MULTI_CHOICE:
      return ['NEVER', 'ALWAYS'];
    case QuestionType.SCALE_0_4:
      return 3;
    case QuestionType.NUMBER:
      return 250;
    default:
      return 'A typical free-text answer of a sentence or two, describing the control in place and who owns it.';
  }
}

interface World {
  db: DataSource;
  actor: Actor;
  templateId: string;
  productId: string;
  questions: QuestionDefinition[];
}

async function seed(db: DataSource): Promise<World> {
  const provider = await insertOrganisation(db.manager, { kind: OrganisationKind.PROVIDER, status: OrganisationStatus.ACTIVE, legalName: 'Bench Provider', country: 'FR' });
  const user = await db.getRepository(User).save({ organisationId: provider.id, email: 'bench@test.example', displayName: 'Bench', role: UserRole.MEMBER, passwordHash: 'x' });
  const product = await db.getRepository(Product).save({ supplierId: provider.id, name: 'Bench camera', category: ProductCategory.VIDEO_ANALYTICS_CCTV });
  const definition = benchQuestionnaire();
  const template = await db
    .getRepository(QuestionnaireTemplate)
    .save({ ...templateRow(definition), version: 1, status: TemplateStatus.PUBLISHED, publishedAt: new Date(), createdByUserId: null });
  return {
    db,
    actor: { userId: user.id, organisationId: provider.id, organisationKind: OrganisationKind.PROVIDER, organisationStatus: OrganisationStatus.ACTIVE, role: UserRole.MEMBER },
    templateId: template.id,
    productId: product.id,
    questions: definition.themes.flatMap((theme) => theme.questions).slice(0, ANSWERS),
  };
}

/** A fresh assessment for every timed call, so both sides insert 100 new rows. */
async function freshAssessment(world: World): Promise<string> {
  const assessment = await world.db.getRepository(Assessment).save({
    supplierId: world.actor.organisationId,
    templateId: world.templateId,
    requesterKind: RequesterKind.PROVIDER,
    requestedByOrganisationId: world.actor.organisationId,
    dueDate: '2030-01-01',
  });
  await world.db.getRepository(AssessmentProduct).insert({ assessmentId: assessment.id, productId: world.productId });
  return assessment.id;
}

async function throughService(world: World, service: AnswersService, assessmentId: string): Promise<void> {
  const answers = world.questions.map((question) => ({ questionCode: question.code, value: JSON.stringify(sampleValue(question)), comment: 'ok', expectedVersion: 0 }));
  const saved = await service.save(world.actor, { assessmentId, answers });
  if (saved.length !== ANSWERS) throw new Error(`saveAnswers saved ${saved.length} answers`);
}

async function bareInsert(world: World, assessmentId: string): Promise<void> {
  const params: unknown[] = [];
  const rows = world.questions.map((question) => {
    params.push(assessmentId, question.code, JSON.stringify(sampleValue(question)), false, 'ok', world.actor.userId, new Date(), 1);
    const n = params.length;
    return `($${n - 7}, $${n - 6}, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
  });
  await world.db.query(
    `INSERT INTO answer (assessment_id, question_code, value, not_applicable, comment, answered_by_user_id, answered_at, version) VALUES ${rows.join(', ')}`,
    params,
  );
}

async function timed(work: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return { median: round(at(0.5)), p95: round(at(0.95)), mean: round(samples.reduce((a, b) => a + b, 0) / samples.length), min: round(sorted[0]!) };
}

async function main(): Promise<void> {
  Logger.overrideLogger(['error', 'warn']); // the service logs every save at info level
  const url = await createMigratedDatabase('assay_bench_answers');
  const db = createDataSource(url);
  await db.initialize();
  try {
    const world = await seed(db);
    const service = new AnswersService(db, new AssessmentAccessService(db), new PinnedQuestionnaires(db));
    const total = WARMUP + ROUNDS;
    const assessments = { service: [] as string[], bare: [] as string[] };
    for (let index = 0; index < total; index += 1) {
      assessments.service.push(await freshAssessment(world));
      assessments.bare.push(await freshAssessment(world));
    }

    const samples = { service: [] as number[], bare: [] as number[] };
    for (let index = 0; index < total; index += 1) {
      const a = () => throughService(world, service, assessments.service[index]!);
      const b = () => bareInsert(world, assessments.bare[index]!);
      // Alternate which side goes first, so neither always runs on a warmer cache.
      const [first, second] = index % 2 === 0 ? [a, b] : [b, a];
      const t1 = await timed(first);
      const t2 = await timed(second);
      if (index < WARMUP) continue;
      samples.service.push(index % 2 === 0 ? t1 : t2);
      samples.bare.push(index % 2 === 0 ? t2 : t1);
    }

    const saveStats = stats(samples.service);
    const bareStats = stats(samples.bare);
    const ratio = Math.round((saveStats.median / bareStats.median) * 100) / 100;
    const p95Ratio = Math.round((saveStats.p95 / bareStats.p95) * 100) / 100;
    console.log(`\nSaving ${ANSWERS} answers, ${ROUNDS} rounds each (after ${WARMUP} warm-up rounds), interleaved\n`);
    console.table({
      'saveAnswers (service)': { 'median ms': saveStats.median, 'p95 ms': saveStats.p95, 'mean ms': saveStats.mean, 'min ms': saveStats.min },
      'bare multi-VALUES INSERT': { 'median ms': bareStats.median, 'p95 ms': bareStats.p95, 'mean ms': bareStats.mean, 'min ms': bareStats.min },
    });
    console.log(`ratio (median service / median bare): ${ratio}   (target ≤ 2)   p95 ratio: ${p95Ratio}`);

    const result = {
      ratio,
      p95Ratio,
      target: 2,
      answersPerCall: ANSWERS,
      rounds: ROUNDS,
      warmupRounds: WARMUP,
      saveAnswersMs: saveStats,
      bareInsertMs: bareStats,
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, platform: process.platform },
      measuredAt: new Date().toISOString(),
    };
    await mkdir(new URL('./results/', import.meta.url), { recursive: true });
    await writeFile(new URL('./results/answers.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
    console.log('written: bench/results/answers.json');
  } finally {
    await db.destroy();
    await dropDatabase(url);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
