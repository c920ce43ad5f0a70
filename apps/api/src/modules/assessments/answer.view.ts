import type { Answer } from '@assay/database';
import type { AnswerValue } from '@assay/domain';

/** An answer as the Answer type serves it: the value as JSON text (`answeredBy`/`evidence` are resolved from the ids). */
export interface AnswerView {
  id: string;
  assessmentId: string;
  questionCode: string;
  value: string | null;
  notApplicable: boolean;
  comment: string;
  version: number;
  answeredAt: Date;
  answeredByUserId: string | null;
}

export function answerView(answer: Omit<Answer, 'value' | 'assessment'> & { value: AnswerValue | null }): AnswerView {
  return {
    id: answer.id,
    assessmentId: answer.assessmentId,
    questionCode: answer.questionCode,
    value: answer.value === null ? null : JSON.stringify(answer.value),
    notApplicable: answer.notApplicable,
    comment: answer.comment,
    version: answer.version,
    answeredAt: answer.answeredAt,
    answeredByUserId: answer.answeredByUserId,
  };
}
