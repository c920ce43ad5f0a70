import { prefersJson } from './accept-header.js';

describe('does the caller prefer JSON to HTML?', () => {
  it.each([
    ['application/json (cert:verify, scripts)', 'application/json', true],
    ['a browser', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', false],
    ['no header', undefined, false],
    ['anything', '*/*', false],
    ['JSON preferred by quality', 'text/html;q=0.5, application/json', true],
    ['HTML preferred by quality', 'application/json;q=0.4, text/html', false],
    ['equal quality (HTML wins the tie)', 'application/json, text/html', false],
    ['application/* against nothing for HTML', 'application/*', true],
    ['JSON refused outright', 'application/json;q=0, */*', false],
    ['upper case and spaces', ' Application/JSON ', true],
    ['garbage', ';;;,', false],
  ])('%s', (_what, header, expected) => {
    expect(prefersJson(header)).toBe(expected);
  });
});
