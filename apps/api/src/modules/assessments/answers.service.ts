import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAudit, type Answer } from '@assay/database';
import {
  AssessmentEvent,
  AssessmentStatus,
  answersAreOpen,
  checkAnswerBatch,
  conflict,
  requireActor,
  staleAnswers,
  transition,
  type Actor,
  type AnswerDraft,
  type AnswerToSave,
} from '@assay/domain';
import { AssessmentAccessService } from './assessment-access.service.js';
import { answerView, type AnswerView } from './answer.view.js';
import { loadAnswerState } from './answer-state.js';
import type { SaveAnswersInput } from './dto/save-answers.input.js';
import { PinnedQuestionnaires } from './pinned-questionnaires.js';

/** The row a save returns, in the entity's shape. */
type SavedRow = Omit<Answer, 'assessment'>;

/**
 * Saving answers: the provider's own users only, while answers are open (SPEC §4). A batch is one
 * transaction that holds the assessment's row lock (saves of one assessment, and its submission, take turns,
 * so applicability is judged on answers no one else is changing) and writes every answer with one statement.
 */
@Injectable()
export class AnswersService {
  private readonly logger = new Logger(AnswersService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AssessmentAccessService,
    private readonly pinned: PinnedQuestionnaires,
  ) {}

  /** The saved answers with their new versions, in the order of the batch. */
  async save(actor: Actor | null, input: SaveAnswersInput): Promise<AnswerView[]> {
    const caller = requireActor(actor);
    const drafts: AnswerDraft[] = input.answers.map((answer) => ({
      questionCode: answer.questionCode,
      valueJson: answer.value ?? null,
      notApplicable: answer.notApplicable ?? false,
      comment: answer.comment ?? '',
      expectedVersion: answer.expectedVersion,
    }));
    return this.db.transaction(async (manager) => {
      const assessment = await this.access.requireAnswerable(caller, input.assessmentId, manager, true);
      if (!answersAreOpen(assessment.status)) throw conflict(`Answers are locked: the assessment is ${assessment.status}`);
      const { definition } = await this.pinned.get(assessment.templateId, manager);
      const { scope, saved } = await loadAnswerState(manager, assessment.id);
      const answers = checkAnswerBatch(definition, scope, saved, drafts);

      // REQUESTED or CHANGES_REQUESTED: the first save starts (again) the answering.
      const startedStatus = assessment.status === AssessmentStatus.IN_PROGRESS ? null : transition(assessment.status, AssessmentEvent.START_ANSWERING);
      const rows = await this.write(manager, assessment.id, caller.userId, answers, startedStatus);
      const questionCodes = answers.map((answer) => answer.questionCode);
      await recordAudit(manager, {
        action: 'answers.saved',
        entityType: 'assessment',
        entityId: assessment.id,
        actorUserId: caller.userId,
        organisationId: assessment.supplierId,
        data: startedStatus ? { questionCodes, status: startedStatus } : { questionCodes },
      });
      this.logger.log({ assessmentId: assessment.id, userId: caller.userId, answers: answers.length }, 'answers saved');
      const byCode = new Map(rows.map((row) => [row.questionCode, row]));
      return questionCodes.map((code) => answerView(byCode.get(code)!));
    });
  }

  /**
   * One statement for the whole batch: every answer is upserted, and the assessment's status moves when
   * `startedStatus` is given (a data-modifying CTE, so the first save costs no extra round trip). The version
   * guard repeats in SQL what checkAnswerBatch checked: the row lock makes it hold already, and if it ever did
   * not, a missing row makes the whole batch roll back.
   */
  private async write(
    manager: EntityManager,
    assessmentId: string,
    userId: string,
    answers: AnswerToSave[],
    startedStatus: AssessmentStatus | null,
  ): Promise<SavedRow[]> {
    const rows = (await manager.query(
      `WITH started AS (
         UPDATE assessment SET status = $8::assessment_status, updated_at = now() WHERE id = $1 AND $8::assessment_status IS NOT NULL
       )
       INSERT INTO answer AS a (assessment_id, question_code, value, not_applicable, comment, answered_by_user_id, answered_at, version)
       SELECT $1, t.code, t.value, t.not_applicable, t.comment, $2, now(), t.version
         FROM unnest($3::varchar[], $4::jsonb[], $5::boolean[], $6::text[], $7::int[]) AS t(code, value, not_applicable, comment, version)
       ON CONFLICT (assessment_id, question_code) DO UPDATE
          SET value = EXCLUDED.value, not_applicable = EXCLUDED.not_applicable, comment = EXCLUDED.comment,
              answered_by_user_id = EXCLUDED.answered_by_user_id, answered_at = EXCLUDED.answered_at, version = EXCLUDED.version
        WHERE a.version = EXCLUDED.version - 1
       RETURNING a.id, a.assessment_id AS "assessmentId", a.question_code AS "questionCode", a.value, a.not_applicable AS "notApplicable",
                 a.comment, a.answered_by_user_id AS "answeredByUserId", a.answered_at AS "answeredAt", a.version`,
      [
        assessmentId,
        userId,
        answers.map((answer) => answer.questionCode),
        answers.map((answer) => (answer.value === null ? null : JSON.stringify(answer.value))),
        answers.map((answer) => answer.notApplicable),
        answers.map((answer) => answer.comment),
        answers.map((answer) => answer.version),
        startedStatus,
      ],
    )) as SavedRow[];
    if (rows.length !== answers.length) {
      const written = new Set(rows.map((row) => row.questionCode));
      throw staleAnswers(answers.filter((answer) => !written.has(answer.questionCode)).map((answer) => answer.questionCode));
    }
    return rows;
  }
}
