import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';

/** A font parsed on first use, then shared by every document of the process. */
export class LazyFont {
  private parsed: Font | undefined;

  /**
   * @param name the name documents register it under
   * @param prefer text matching it takes this font before the others of its list (Korean text takes its Han
   *   characters from the Korean font, in their Korean forms)
   */
  constructor(
    readonly name: string,
    private readonly load: () => Font,
    readonly prefer?: RegExp,
  ) {}

  get font(): Font {
    this.parsed ??= this.load();
    return this.parsed;
  }

  get isParsed(): boolean {
    return this.parsed !== undefined;
  }
}

export interface CertificateFace {
  /** The name documents register `font` under. */
  name: string;
  /** DejaVu Sans (or Bold): Latin, Greek, Cyrillic, Arabic, Hebrew, Armenian, Georgian and more; no CJK. */
  font: Font;
  /** Noto Sans CJK for the characters DejaVu lacks: Han and kana (Simplified Chinese font), Hangul (Korean font). */
  fallbacks: readonly LazyFont[];
}

/** docs/certificates.md, "Fonts". */
export interface CertificateFonts {
  regular: CertificateFace;
  bold: CertificateFace;
}

const require = createRequire(import.meta.url);

function dejaVu(file: string): Font {
  const packageDir = dirname(require.resolve('dejavu-fonts-ttf/package.json'));
  return create(readFileSync(join(packageDir, 'ttf', file)));
}

/** The @embedpdf/fonts-* packages export only their index (in dist/); the OTF files sit beside it in fonts/. */
function notoCjk(packageName: string, file: string): () => Font {
  return () => create(readFileSync(join(dirname(require.resolve(packageName)), '..', 'fonts', file)));
}

const HANGUL = /\p{Script=Hangul}/u;

let loaded: CertificateFonts | undefined;

/**
 * Parsed once per process and shared by every document: pdfkit given a file path or bytes re-parses the
 * font (and rebuilds its glyph caches) for each document, which costs hundreds of milliseconds. pdfkit only
 * reads from the fontkit object; each document subsets the glyphs it used. The CJK fallbacks (4-8 MB each,
 * ~100-300 ms to parse) are parsed only when a certificate first needs a character DejaVu lacks.
 */
export function certificateFonts(): CertificateFonts {
  loaded ??= {
    regular: {
      name: 'regular',
      font: dejaVu('DejaVuSans.ttf'),
      fallbacks: [
        new LazyFont('regular-sc', notoCjk('@embedpdf/fonts-sc', 'NotoSansHans-Regular.otf')),
        new LazyFont('regular-kr', notoCjk('@embedpdf/fonts-kr', 'NotoSansKR-Regular.otf'), HANGUL),
      ],
    },
    bold: {
      name: 'bold',
      font: dejaVu('DejaVuSans-Bold.ttf'),
      fallbacks: [
        new LazyFont('bold-sc', notoCjk('@embedpdf/fonts-sc', 'NotoSansHans-Bold.otf')),
        new LazyFont('bold-kr', notoCjk('@embedpdf/fonts-kr', 'NotoSansKR-Bold.otf'), HANGUL),
      ],
    },
  };
  return loaded;
}

/** The face's fallbacks in the order `text` should try them: those preferring it first. */
export function fallbackOrder(face: CertificateFace, text: string): LazyFont[] {
  const preferred = face.fallbacks.filter((fallback) => fallback.prefer?.test(text));
  return [...preferred, ...face.fallbacks.filter((fallback) => !preferred.includes(fallback))];
}

function drawable(character: string): boolean {
  return /\S/u.test(character);
}

/** The characters of `text` the font has no glyph for (they would print as empty boxes). */
export function missingGlyphs(font: Font, text: string): string[] {
  return [...new Set([...text].filter((character) => drawable(character) && !font.hasGlyphForCodePoint(character.codePointAt(0)!)))];
}

/** The characters of `text` that neither the face's font nor any of its fallbacks can draw. */
export function missingFaceGlyphs(face: CertificateFace, text: string): string[] {
  const missing = missingGlyphs(face.font, text);
  if (missing.length === 0) return missing;
  const fallbacks = fallbackOrder(face, text);
  return missing.filter((character) => !fallbacks.some((fallback) => fallback.font.hasGlyphForCodePoint(character.codePointAt(0)!)));
}
