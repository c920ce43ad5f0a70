import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { Answer, AnswerEvidence, Assessment, EvidenceFile, isUniqueViolation, recordAudit } from '@assay/database';
import { answersAreOpen, badInput, conflict, isAssociation, notFound, requireActor, type Actor } from '@assay/domain';
import { AssessmentAccessService } from '../assessments/assessment-access.service.js';
import type { EvidenceAttachmentInput } from './dto/evidence-attachment.input.js';
import type { EvidenceFileType } from './dto/evidence-file.type.js';
import { EVIDENCE_STORAGE, type EvidenceStorage } from './evidence-storage.js';

/** Files uploaded for an assessment, or attached to one of its answers. */
const OF_ASSESSMENT = `(f.assessment_id = :assessmentId OR f.id IN (
  SELECT ae.evidence_id FROM answer_evidence ae JOIN answer an ON an.id = ae.answer_id WHERE an.assessment_id = :assessmentId))`;

/**
 * Reading evidence and attaching it to answers. An evidence file is seen by whoever may see an assessment it
 * belongs to (the one it was uploaded for, or one whose answer it supports); to anyone else it does not exist.
 */
@Injectable()
export class EvidenceService {
  private readonly logger = new Logger(EvidenceService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AssessmentAccessService,
    @Inject(EVIDENCE_STORAGE) private readonly storage: EvidenceStorage,
  ) {}

  /** The file's record and its bytes, for `GET /evidence/:id`. */
  async open(actor: Actor, evidenceId: string): Promise<{ file: EvidenceFile; content: Readable }> {
    const file = await this.db.getRepository(EvidenceFile).findOne({ where: { id: evidenceId } });
    if (!file || !(await this.maySee(actor, file))) throw notFound('Evidence file');
    this.logger.debug({ evidenceId, actorUserId: actor.userId }, 'evidence downloaded');
    return { file, content: this.storage.get(file.storageKey) };
  }

  async listForAssessment(actor: Actor | null, assessmentId: string): Promise<EvidenceFileType[]> {
    await this.access.requireVisible(actor, assessmentId);
    const files = await this.db
      .getRepository(EvidenceFile)
      .createQueryBuilder('f')
      .where(OF_ASSESSMENT, { assessmentId })
      .orderBy('f.uploaded_at', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .getMany();
    return this.withQuestionCodes(this.db.manager, assessmentId, files);
  }

  /** Provider users, while the answers are open; the file must be the supplier's and the question answered. */
  async attach(actor: Actor | null, input: EvidenceAttachmentInput): Promise<EvidenceFileType> {
    const caller = requireActor(actor);
    try {
      return await this.db.transaction(async (manager) => {
        const { assessment, evidence } = await this.lockForChange(manager, caller, input, 'attached');
        const answer = await manager.findOne(Answer, { where: { assessmentId: assessment.id, questionCode: input.questionCode } });
        if (!answer) throw badInput([{ field: 'input.questionCode', message: 'answer the question first' }], 'Answer the question before attaching evidence to it');
        if (await manager.exists(AnswerEvidence, { where: { answerId: answer.id, evidenceId: evidence.id } })) throw alreadyAttached();
        await manager.insert(AnswerEvidence, { answerId: answer.id, evidenceId: evidence.id, attachedByUserId: caller.userId });
        await this.audit(manager, caller, 'evidence.attached', answer.id, input);
        const [view] = await this.withQuestionCodes(manager, assessment.id, [evidence]);
        return view;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyAttached(); // a concurrent attach of the same file won
      throw error;
    }
  }

  async detach(actor: Actor | null, input: EvidenceAttachmentInput): Promise<EvidenceFileType> {
    const caller = requireActor(actor);
    return this.db.transaction(async (manager) => {
      const { assessment, evidence } = await this.lockForChange(manager, caller, input, 'detached');
      const answer = await manager.findOne(Answer, { where: { assessmentId: assessment.id, questionCode: input.questionCode } });
      const detached = answer && (await manager.delete(AnswerEvidence, { answerId: answer.id, evidenceId: evidence.id })).affected;
      if (!answer || !detached) throw notFound('Evidence attachment');
      await this.audit(manager, caller, 'evidence.detached', answer.id, input);
      const [view] = await this.withQuestionCodes(manager, assessment.id, [evidence]);
      return view;
    });
  }

  /**
   * The checks shared by attach and detach. The assessment row is share-locked so that a submission cannot
   * slip in between the check that answers are open and the change.
   */
  private async lockForChange(manager: EntityManager, actor: Actor, input: EvidenceAttachmentInput, verb: string) {
    const visible = await this.access.requireAnswerable(actor, input.assessmentId, manager);
    const assessment = await manager.findOneOrFail(Assessment, { where: { id: visible.id }, lock: { mode: 'pessimistic_read' } });
    if (!answersAreOpen(assessment.status)) {
      throw conflict(`Evidence can no longer be ${verb}: the assessment is ${assessment.status} and its answers are locked`);
    }
    const evidence = await manager.findOne(EvidenceFile, { where: { id: input.evidenceId, supplierId: assessment.supplierId } });
    if (!evidence) throw notFound('Evidence file');
    return { assessment, evidence };
  }

  /** Association staff and the supplier itself see all its evidence; others, through an assessment they may see. */
  private async maySee(actor: Actor, file: EvidenceFile): Promise<boolean> {
    if (isAssociation(actor) || actor.organisationId === file.supplierId) return true;
    const visible = this.access.visibleCondition(actor, 3);
    const [row] = (await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM assessment a WHERE (a.id = $1::uuid OR a.id IN (
         SELECT an.assessment_id FROM answer_evidence ae JOIN answer an ON an.id = ae.answer_id WHERE ae.evidence_id = $2))
       AND ${visible.sql}) AS visible`,
      [file.assessmentId, file.id, ...visible.params],
    )) as { visible: boolean }[];
    return row.visible;
  }

  private async withQuestionCodes(manager: EntityManager, assessmentId: string, files: EvidenceFile[]): Promise<EvidenceFileType[]> {
    const rows = files.length
      ? ((await manager.query(
          `SELECT ae.evidence_id, an.question_code FROM answer_evidence ae JOIN answer an ON an.id = ae.answer_id
           WHERE an.assessment_id = $1 AND ae.evidence_id = ANY($2::uuid[]) ORDER BY an.question_code`,
          [assessmentId, files.map((file) => file.id)],
        )) as { evidence_id: string; question_code: string }[])
      : [];
    return files.map((file) => ({
      id: file.id,
      assessmentId: file.assessmentId,
      originalName: file.originalName,
      contentType: file.contentType,
      sizeBytes: Number(file.sizeBytes),
      sha256: file.sha256,
      validUntil: file.validUntil,
      uploadedAt: file.uploadedAt,
      questionCodes: rows.filter((row) => row.evidence_id === file.id).map((row) => row.question_code),
    }));
  }

  private audit(manager: EntityManager, actor: Actor, action: string, answerId: string, input: EvidenceAttachmentInput): Promise<void> {
    return recordAudit(manager, {
      action,
      entityType: 'answer',
      entityId: answerId,
      actorUserId: actor.userId,
      organisationId: actor.organisationId,
      data: { assessmentId: input.assessmentId, questionCode: input.questionCode, evidenceId: input.evidenceId },
    });
  }
}

const alreadyAttached = () => conflict('This evidence file is already attached to this answer');
