/** A text of the questionnaire or the scorecard in the reader's language (the api stores en, fr and es). */
export function localized(text: { en: string; fr: string; es: string }, language: string): string {
  return language === 'fr' ? text.fr : language === 'es' ? text.es : text.en;
}

export function formatNumber(value: number, language: string, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits }).format(value);
}

export function formatPercent(share: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
