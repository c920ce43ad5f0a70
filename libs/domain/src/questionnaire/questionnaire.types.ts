import type { Capability, DeploymentContext, ProductCategory } from '../taxonomy.js';

/** Every text a person reads is stored in the three languages of the platform. */
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LocalizedText = Record<Language, string>;

export enum QuestionType {
  BOOLEAN = 'BOOLEAN',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTI_CHOICE = 'MULTI_CHOICE',
  SCALE_0_4 = 'SCALE_0_4',
  NUMBER = 'NUMBER',
  TEXT = 'TEXT',
}

export interface QuestionOption {
  /** Stable value stored in answers, e.g. `QUARTERLY`. */
  value: string;
  label: LocalizedText;
  /** Score of choosing it, in [0, 1]. For MULTI_CHOICE the answer scores the sum of its options, capped at 1. */
  points: number;
}

/**
 * When a question applies. Conditions on the scope look at the products of the assessment (any product
 * matching is enough); conditions on another question look at that question's saved answer.
 */
export type Condition =
  | { capability: Capability }
  | { context: DeploymentContext }
  | { category: ProductCategory }
  | { question: string; equals: AnswerScalar }
  | { question: string; includes: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export type AnswerScalar = boolean | number | string;
/** A saved value: BOOLEAN → boolean, SINGLE_CHOICE → option value, MULTI_CHOICE → option values, SCALE_0_4 / NUMBER → number, TEXT → string. */
export type AnswerValue = AnswerScalar | string[];

/** An answer that is a knock-out whatever the rest says (SPEC §3: any red flag gives CRITICAL). */
export interface RedFlagRule {
  id: string;
  /** The flag is raised when the answer's value equals this, or (MULTI_CHOICE) includes it. */
  when: { equals: AnswerScalar } | { includes: string };
  label: LocalizedText;
}

export interface QuestionDefinition {
  /** Stable code, e.g. `T6.3`: answers, conditions and reviews refer to it. */
  code: string;
  type: QuestionType;
  text: LocalizedText;
  help?: LocalizedText;
  options?: QuestionOption[];
  /** NUMBER bounds, and the value that scores 1 (`target`, default `max`): s = clamp(value / target). */
  min?: number;
  max?: number;
  target?: number;
  /** TEXT only. */
  maxLength?: number;
  weight: 1 | 2 | 3;
  /** Required questions must be answered (or marked NOT_APPLICABLE where allowed) before submission. */
  required: boolean;
  evidenceExpected: boolean;
  notApplicableAllowed: boolean;
  applicableWhen?: Condition;
  redFlags?: RedFlagRule[];
  /** Public references, e.g. `ICoC §21`, `VPSHR`, `UNGP 17`, `CM/Rec(2024)5 P6`, `EU 2021/821 Art. 5`. */
  references: string[];
}

export interface ThemeDefinition {
  /** `T1` … `T10` */
  code: string;
  title: LocalizedText;
  description?: LocalizedText;
  questions: QuestionDefinition[];
}

/** A whole questionnaire: what a template version stores, and what the data file holds. */
export interface QuestionnaireDefinition {
  /** Identifies the questionnaire across its versions, e.g. `assay-default`. */
  key: string;
  title: LocalizedText;
  description?: LocalizedText;
  themes: ThemeDefinition[];
}
