import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';

/** DejaVu Sans: Latin, Greek, Cyrillic, Arabic, Hebrew, Armenian, Georgian and more; no CJK (docs/certificates.md). */
export interface CertificateFonts {
  regular: Font;
  bold: Font;
}

let loaded: CertificateFonts | undefined;

function dejaVu(file: string): Font {
  const packageDir = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));
  return create(readFileSync(join(packageDir, 'ttf', file)));
}

/**
 * Parsed once per process and shared by every document: pdfkit given a file path or bytes re-parses the
 * font (and rebuilds its glyph caches) for each document, which costs hundreds of milliseconds. pdfkit only
 * reads from the fontkit object; each document subsets the glyphs it used.
 */
export function certificateFonts(): CertificateFonts {
  loaded ??= { regular: dejaVu('DejaVuSans.ttf'), bold: dejaVu('DejaVuSans-Bold.ttf') };
  return loaded;
}

/** The characters of `text` the font has no glyph for (they would print as empty boxes). */
export function missingGlyphs(font: Font, text: string): string[] {
  return [...new Set([...text].filter((character) => /\S/u.test(character) && !font.hasGlyphForCodePoint(character.codePointAt(0)!)))];
}
