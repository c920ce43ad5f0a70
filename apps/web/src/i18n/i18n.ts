import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { mergeLocaleFiles, type TranslationTree } from './merge-locale-files';

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

const LOCALE_FILES = import.meta.glob<TranslationTree>('./locales/*/*.json', { eager: true, import: 'default' });

/** `./locales/<language>/<area>.json`, merged per language. */
function translationsOf(language: Language): TranslationTree {
  return mergeLocaleFiles(Object.fromEntries(Object.entries(LOCALE_FILES).filter(([file]) => file.startsWith(`./locales/${language}/`))));
}

const STORAGE_KEY = 'assay.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (LANGUAGES.includes(stored as Language)) return stored as Language;
  const preferred = navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase()).find((code) => LANGUAGES.includes(code as Language));
  return (preferred as Language | undefined) ?? 'en';
}

/** The language the user chose is kept in localStorage, and the page's lang attribute follows it (screen readers, hyphenation). */
export async function setUpI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    localStorage.setItem(STORAGE_KEY, language);
  });
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(LANGUAGES.map((language) => [language, { translation: translationsOf(language) }])),
    lng: initialLanguage(),
    fallbackLng: 'en',
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}
