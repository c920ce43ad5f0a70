/** A text the api stores in the platform's three languages (LocalizedText). */
export interface LocalizedText {
  en: string;
  fr: string;
  es: string;
}

/** The text in the reader's language (i18next's language, e.g. `fr` or `fr-CA`), English otherwise. */
export function localized(text: LocalizedText, language: string): string {
  const base = language.slice(0, 2);
  return base === 'fr' || base === 'es' ? text[base] : text.en;
}
