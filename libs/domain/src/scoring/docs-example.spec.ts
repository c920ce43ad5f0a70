/**
 * Keeps docs/methodology.md honest: its worked example quotes the fixture exactly, and every row of its
 * results table is what methodology v1 computes for that fixture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { METHODOLOGY_V1 } from './methodology-v1.js';
import { METHODOLOGY_EXAMPLE } from './methodology-example.fixture.js';
import type { ScoringInput, ScoringResult } from './scoring.types.js';

// Jest runs from the repository root (jest.config.js).
const doc = readFileSync(join(process.cwd(), 'docs/methodology.md'), 'utf8');
const fixtureSource = readFileSync(join(process.cwd(), 'libs/domain/src/scoring/methodology-example.fixture.ts'), 'utf8');
const result = METHODOLOGY_V1.score(METHODOLOGY_EXAMPLE);

function between(start: string, end: string): string {
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/methodology.md lacks ${start} … ${end}`);
  return doc.slice(from + start.length, to);
}

/** The table's rows as quantity → value. */
function documentedRows(): Map<string, string> {
  const lines = between('<!-- example-results:start -->', '<!-- example-results:end -->')
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2); // header and separator
  return new Map(
    lines.map((line) => {
      const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
      return [cells[0], cells[2]];
    }),
  );
}

/** What the table must say, computed from the result. */
function computedRows(input: ScoringInput, scored: ScoringResult): Map<string, string> {
  const rows = new Map<string, string>();
  for (const risk of scored.productRisks) rows.set(`${input.products.find((p) => p.id === risk.productId)?.name} risk`, String(risk.total));
  rows.set('inherent risk', String(scored.inherentRisk));
  for (const q of scored.questions) rows.set(q.code, q.excluded ? 'excluded' : String(q.weighted));
  for (const theme of scored.themes) rows.set(`${theme.code} score`, String(theme.score));
  for (const theme of scored.themes) rows.set(`${theme.code} weight`, String(theme.weight));
  rows.set('maturity', String(scored.maturity));
  rows.set('residual risk', String(scored.residualRisk));
  rows.set('tier', scored.tier);
  rows.set('confidence', String(scored.confidence));
  rows.set('eligible', scored.eligibility.eligible ? `yes, ${scored.eligibility.level}` : 'no');
  rows.set('unmet', scored.eligibility.unmet.join('; '));
  return rows;
}

describe('the worked example of docs/methodology.md', () => {
  it('quotes the example fixture exactly', () => {
    expect(between('<!-- example-input:start -->', '<!-- example-input:end -->').trim()).toBe(`\`\`\`ts\n${fixtureSource}\`\`\``);
  });

  it('states every number the methodology computes for it', () => {
    expect(Object.fromEntries(documentedRows())).toEqual(Object.fromEntries(computedRows(METHODOLOGY_EXAMPLE, result)));
  });

  it('gives the figures the text walks through', () => {
    expect([result.inherentRisk, result.maturity, result.residualRisk, result.tier, result.confidence]).toEqual([95, 55.33, 52.95, 'HIGH', 0.63]);
    expect(result.questions.filter((q) => q.themePoints > 0).map((q) => [q.code, q.themePoints])).toEqual([
      ['T1.1', 60],
      ['T1.2', 30],
      ['T7.1', 30],
      ['T7.2', 30],
      ['T10.1', 33.33],
    ]);
  });

  it('rises as the text says when T7.1 gets its evidence or T10.3 is answered', () => {
    const withEvidence = new Map(METHODOLOGY_EXAMPLE.answers).set('T7.1', { value: 'A', notApplicable: false, evidenceCount: 1 });
    const evidenced = METHODOLOGY_V1.score({ ...METHODOLOGY_EXAMPLE, answers: withEvidence });
    expect([evidenced.themes[1].score, evidenced.maturity, evidenced.confidence]).toEqual([90, 67.33, 1]);

    const withScale = new Map(METHODOLOGY_EXAMPLE.answers).set('T10.3', { value: 4, notApplicable: false, evidenceCount: 0 });
    expect(METHODOLOGY_V1.score({ ...METHODOLOGY_EXAMPLE, answers: withScale }).themes[2].score).toBe(66.67);
  });
});
