import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { QuestionnaireDefinition } from '@assay/domain';
import type { QuestionnaireTemplate } from '../entities/questionnaire-template.entity.js';

/** The columns of a template version that follow from its definition. */
export function templateRow(definition: QuestionnaireDefinition): Pick<QuestionnaireTemplate, 'key' | 'title' | 'definition' | 'questionCount'> {
  return {
    key: definition.key,
    title: definition.title,
    definition,
    questionCount: definition.themes.reduce((count, theme) => count + theme.questions.length, 0),
  };
}

/** SHA-256 of the canonical JSON of a definition: recorded in the audit chain, it names the exact content of a version. */
export function definitionDigest(definition: QuestionnaireDefinition): string {
  return createHash('sha256').update(canonicalize(definition) ?? '').digest('hex');
}
