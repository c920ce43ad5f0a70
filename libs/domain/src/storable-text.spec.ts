import { isStorableText, unstorableTextPaths } from './storable-text.js';

describe('storable text', () => {
  it('takes any well-formed unicode: emoji (surrogate pairs), right-to-left and zero-width marks, combining characters', () => {
    for (const text of ['', 'plain', '👩🏽‍💻🇫🇷', '\u202Eexe.fdp\u202C', 'zero\u200Bwidth\uFEFF', 'e\u0301\u0302', 'العربية', '\u0001\u001f']) {
      expect(isStorableText(text)).toBe(true);
    }
  });

  it('refuses NUL and unpaired surrogates, high or low, wherever they are', () => {
    for (const text of ['\u0000', 'a\u0000b', 'lone \uD800', '\uDC00 first', 'reversed \uDC00\uD800 pair', '👩🏽‍💻'.slice(0, 1)]) {
      expect(isStorableText(text)).toBe(false);
    }
  });

  it('names every unstorable string of plain data by its dotted path, keys included', () => {
    const data = { title: { en: 'ok', fr: 'nul \u0000' }, themes: [{ code: 'T1' }, { code: '\uD800' }], ['bad\u0000key']: 1, count: 3 };
    expect(unstorableTextPaths(data, 'input')).toEqual(['input.title.fr', 'input.themes.1.code', 'input.bad\u0000key']);
    expect(unstorableTextPaths({ fine: ['a', { b: 'c' }] }, 'input')).toEqual([]);
  });
});
