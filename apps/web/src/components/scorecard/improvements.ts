/** The per-question explanation of a score run, as the scorecard gives it. */
export interface ExplainedQuestion {
  code: string;
  themeCode: string;
  weight: number;
  score: number;
  evidenceFactor: number;
  excluded: boolean;
}

export interface ScoredTheme {
  code: string;
  /** Null when no question of the theme applies. */
  score: number | null;
  weight: number;
}

export interface Improvement {
  code: string;
  themeCode: string;
  /** Maturity points (0–100 scale) the question's answer and evidence leave on the table. */
  maturityPointsLost: number;
  /** Whether missing evidence is part of the loss (the evidence factor is below 1). */
  evidenceMissing: boolean;
}

/**
 * What to improve first: for each counted question, the maturity points it loses against a perfect answer with
 * evidence, following methodology v1 (SPEC §3): theme score = 100·Σ(w·s·e)/Σw over counted questions, maturity =
 * mean of theme scores weighted by theme weight over themes with a score. Questions that lose nothing are left out;
 * the biggest losses come first (ties by code, so the order is stable).
 */
export function improvementsOf(questions: readonly ExplainedQuestion[], themes: readonly ScoredTheme[]): Improvement[] {
  const counted = questions.filter((question) => !question.excluded);
  const weightOfTheme = new Map<string, number>();
  for (const question of counted) weightOfTheme.set(question.themeCode, (weightOfTheme.get(question.themeCode) ?? 0) + question.weight);
  const scoredThemes = themes.filter((theme) => theme.score !== null);
  const themeWeightTotal = scoredThemes.reduce((sum, theme) => sum + theme.weight, 0);
  const themeWeight = new Map(scoredThemes.map((theme) => [theme.code, theme.weight]));
  if (themeWeightTotal === 0) return [];
  return counted
    .map((question) => {
      const themeShare = (themeWeight.get(question.themeCode) ?? 0) / themeWeightTotal;
      const questionShare = question.weight / (weightOfTheme.get(question.themeCode) ?? question.weight);
      return {
        code: question.code,
        themeCode: question.themeCode,
        maturityPointsLost: 100 * themeShare * questionShare * (1 - question.score * question.evidenceFactor),
        evidenceMissing: question.evidenceFactor < 1,
      };
    })
    .filter((improvement) => improvement.maturityPointsLost > 1e-9)
    .sort((a, b) => b.maturityPointsLost - a.maturityPointsLost || a.code.localeCompare(b.code, 'en', { numeric: true }));
}
