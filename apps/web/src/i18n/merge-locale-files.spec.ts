import { mergeLocaleFiles } from './merge-locale-files.js';

describe('mergeLocaleFiles', () => {
  it('merges the areas of one language into one tree, nested groups included', () => {
    expect(mergeLocaleFiles({ 'core.json': { nav: { home: 'Home' }, common: { ok: 'OK' } }, 'provider.json': { nav: { assessments: 'Assessments' } } })).toEqual({
      nav: { home: 'Home', assessments: 'Assessments' },
      common: { ok: 'OK' },
    });
  });

  it('refuses a key defined in two files, naming both', () => {
    expect(() => mergeLocaleFiles({ 'core.json': { nav: { home: 'Home' } }, 'client.json': { nav: { home: 'Start' } } })).toThrow(
      'Translation key nav.home is defined in both core.json and client.json',
    );
  });

  it('refuses a text where another file has a group', () => {
    expect(() => mergeLocaleFiles({ 'a.json': { nav: 'Navigation' }, 'b.json': { nav: { home: 'Home' } } })).toThrow('nav');
  });
});
