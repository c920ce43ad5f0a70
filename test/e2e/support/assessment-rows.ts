import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Answer, Assessment, RequesterKind, type Organisation, type QuestionnaireTemplate } from '@assay/database';
import { AssessmentStatus, type AnswerValue } from '@assay/domain';
import { publishTestQuestionnaire, testQuestionnaire } from '@assay/testing';

let template: Promise<QuestionnaireTemplate> | undefined;

/** One published questionnaire per test file, under its own key (files of a run share one database). */
function publishedTemplate(db: DataSource): Promise<QuestionnaireTemplate> {
  template ??= publishTestQuestionnaire(db, testQuestionnaire(`e2e-${randomBytes(4).toString('hex')}`));
  return template;
}

/** An assessment of `supplier` requested by `requestedBy`, written straight to the database. */
export async function insertAssessment(
  db: DataSource,
  supplier: Organisation,
  requestedBy: Organisation,
  overrides: Partial<Pick<Assessment, 'status' | 'workingGroupId'>> = {},
): Promise<Assessment> {
  const { id: templateId } = await publishedTemplate(db);
  const requesterKind = requestedBy.id === supplier.id ? RequesterKind.PROVIDER : overrides.workingGroupId ? RequesterKind.WORKING_GROUP : RequesterKind.CLIENT;
  return db.getRepository(Assessment).save({
    supplierId: supplier.id,
    templateId,
    requesterKind,
    requestedByOrganisationId: requestedBy.id,
    dueDate: '2031-01-31',
    status: overrides.status ?? AssessmentStatus.IN_PROGRESS,
    workingGroupId: overrides.workingGroupId ?? null,
  });
}

export async function insertAnswer(db: DataSource, assessment: Assessment, questionCode: string, value: AnswerValue = true): Promise<Answer> {
  return db.getRepository(Answer).save({ assessmentId: assessment.id, questionCode, value, answeredAt: new Date() });
}
