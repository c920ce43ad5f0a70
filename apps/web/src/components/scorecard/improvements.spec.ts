import { improvementsOf, type ExplainedQuestion, type ScoredTheme } from './improvements.js';

const question = (code: string, themeCode: string, weight: number, score: number, evidenceFactor = 1, excluded = false): ExplainedQuestion => ({
  code,
  themeCode,
  weight,
  score,
  evidenceFactor,
  excluded,
});

describe('what to improve', () => {
  it('is empty when every counted answer is perfect and evidenced', () => {
    expect(improvementsOf([question('T1.1', 'T1', 2, 1), question('T1.2', 'T1', 1, 1)], [{ code: 'T1', score: 100, weight: 1 }])).toEqual([]);
  });

  it('puts first the question losing the most maturity points: weight, theme weight and evidence count', () => {
    const themes: ScoredTheme[] = [
      { code: 'T1', score: 50, weight: 1 },
      { code: 'T7', score: 50, weight: 2 },
    ];
    const result = improvementsOf(
      [
        question('T1.1', 'T1', 1, 0), // loses 1/2 of T1, which weighs 1/3: 16.7
        question('T1.2', 'T1', 1, 1),
        question('T7.1', 'T7', 3, 1, 0.5), // loses 3/4 · 1/2 of T7, which weighs 2/3: 25
        question('T7.2', 'T7', 1, 1),
      ],
      themes,
    );
    expect(result.map((item) => item.code)).toEqual(['T7.1', 'T1.1']);
    expect(result[0]?.maturityPointsLost).toBeCloseTo(25);
    expect(result[0]?.evidenceMissing).toBe(true);
    expect(result[1]?.maturityPointsLost).toBeCloseTo(100 / 6);
    expect(result[1]?.evidenceMissing).toBe(false);
  });

  it('leaves out excluded questions and themes without a score', () => {
    const result = improvementsOf(
      [question('T1.1', 'T1', 1, 0, 1, true), question('T1.2', 'T1', 1, 0.5), question('T2.1', 'T2', 1, 0, 1, true)],
      [
        { code: 'T1', score: 50, weight: 1 },
        { code: 'T2', score: null, weight: 1 },
      ],
    );
    expect(result).toEqual([{ code: 'T1.2', themeCode: 'T1', maturityPointsLost: 50, evidenceMissing: false }]);
  });

  it('sums to the maturity lost against 100', () => {
    const themes: ScoredTheme[] = [
      { code: 'T1', score: 40, weight: 1 },
      { code: 'T2', score: 75, weight: 2 },
    ];
    const questions = [question('T1.1', 'T1', 2, 0.5, 0.5), question('T1.2', 'T1', 3, 0.5), question('T2.1', 'T2', 1, 0.5), question('T2.2', 'T2', 1, 1)];
    const maturity = (40 * 1 + 75 * 2) / 3;
    const lost = improvementsOf(questions, themes).reduce((sum, item) => sum + item.maturityPointsLost, 0);
    expect(lost).toBeCloseTo(100 - maturity);
  });
});
