import countries from 'i18n-iso-countries';

/** ISO 3166-1 alpha-2, upper case, assigned codes only. */
export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value) && countries.isValid(value);
}
