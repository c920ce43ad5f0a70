import type { ScoreRun } from '@assay/database';
import { AssessmentStatus, certificateEligibility, effectiveScores, type LocalizedText, type QuestionnaireDefinition, type Tier } from '@assay/domain';
import type { CertificateEligibilityType, ScorecardType, StaffMemberType } from './dto/scorecard.type.js';

/** A CONFIRMED override of a run, with both names (what "both names are kept on the score" shows). */
export interface ConfirmedOverride {
  id: string;
  scoreRunId: string;
  tier: Tier | null;
  maturity: number | null;
  justification: string;
  proposedBy: StaffMemberType;
  proposedAt: Date;
  confirmedBy: StaffMemberType;
  confirmedAt: Date;
}

type EligibilityRun = Pick<ScoreRun, 'id' | 'tier' | 'maturity' | 'confidence' | 'redFlags'>;

/**
 * Certificate eligibility on the effective scores of a run; with the assessment's status, the reviewer's
 * approval is asked too (without it, the numbers alone).
 */
export function eligibilityView(run: EligibilityRun, override: ConfirmedOverride | null, status?: AssessmentStatus): CertificateEligibilityType {
  const { tier, maturity, overridden } = effectiveScores(run, override);
  const approved = status === AssessmentStatus.APPROVED;
  const facts = { tier, maturity, confidence: run.confidence, redFlagCount: run.redFlags.length };
  return { ...certificateEligibility({ ...facts, approved: status === undefined ? undefined : approved }), ...facts, approved, overridden, scoreRunId: run.id };
}

const NO_TEXT: LocalizedText = { en: '', fr: '', es: '' };

/**
 * A score run as people read it: theme titles and red-flag labels from the pinned questionnaire, each
 * question with the answer frozen in the run. The GraphQL scorecard and the CSV/JSON downloads are this same view.
 */
export function scorecardView(run: ScoreRun, definition: QuestionnaireDefinition, override: ConfirmedOverride | null = null): ScorecardType {
  const themeTitles = new Map(definition.themes.map((theme) => [theme.code, theme.title]));
  const ruleLabels = new Map(definition.themes.flatMap((theme) => theme.questions.flatMap((q) => (q.redFlags ?? []).map((rule) => [`${q.code}/${rule.id}`, rule.label] as const))));
  // Numbers only here (the approval is Assessment.certificateEligibility's business), on the effective scores.
  const { eligible, unmet, level, tier, maturity } = eligibilityView(run, override);
  return {
    methodologyVersion: run.methodologyVersion,
    scoredAt: run.scoredAt,
    submissionNumber: run.submissionNumber,
    inherentRisk: run.inherentRisk,
    residualRisk: run.residualRisk,
    maturity,
    tier,
    override: override && {
      id: override.id,
      tier: override.tier,
      maturity: override.maturity,
      scoredTier: run.tier,
      scoredMaturity: run.maturity,
      justification: override.justification,
      proposedBy: override.proposedBy,
      proposedAt: override.proposedAt,
      confirmedBy: override.confirmedBy,
      confirmedAt: override.confirmedAt,
    },
    confidence: run.confidence,
    themes: run.themes.map((theme) => ({ code: theme.code, title: themeTitles.get(theme.code) ?? NO_TEXT, score: theme.score, weight: theme.weight })),
    redFlags: run.redFlags.map((flag) => ({ ...flag, label: ruleLabels.get(`${flag.questionCode}/${flag.ruleId}`) ?? null })),
    eligibility: { eligible, unmet: unmet.map((condition) => condition.message), level },
    questions: run.questions.map((q) => {
      const answer = q.answer;
      return {
        code: q.code,
        themeCode: q.themeCode,
        applicable: q.applicable,
        excluded: q.excluded,
        answered: q.answered,
        answer: answer === undefined || answer === null ? null : JSON.stringify(answer),
        weight: q.weight,
        score: q.score,
        evidenceFactor: q.evidenceFactor,
        contribution: q.themePoints,
        redFlags: q.redFlags,
      };
    }),
  };
}

const CSV_COLUMNS = ['code', 'themeCode', 'applicable', 'excluded', 'answered', 'answer', 'weight', 'score', 'evidenceFactor', 'contribution', 'redFlags'] as const;

/** RFC 4180: quote every field that holds a quote, comma or line break, doubling inner quotes. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: prefix it with a quote mark.
  const safe = /^[=+\-@\t\r]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** An answer as a spreadsheet shows it: text as itself, choices joined by ';', anything else as JSON. */
function csvAnswer(json: string | null): unknown {
  if (json === null) return null;
  const value = JSON.parse(json) as unknown;
  return typeof value === 'string' || Array.isArray(value) ? value : json;
}

/** One row per question with its explanation; the header names the columns. */
export function scorecardCsv(card: ScorecardType): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const question of card.questions) {
    lines.push(CSV_COLUMNS.map((column) => csvField(column === 'answer' ? csvAnswer(question.answer) : question[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
