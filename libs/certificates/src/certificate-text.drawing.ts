import type { Font } from 'fontkit';
import type PDFDocument from 'pdfkit';
import { fallbackOrder, type CertificateFace, type LazyFont } from './certificate-fonts.js';

/** A stretch of text drawn with one font. */
export interface TextRun {
  text: string;
  /** The name the font is registered under in the document. */
  name: string;
  font: Font;
  /** Set when the font is a fallback: registered in a document only when a run uses it. */
  fallback?: LazyFont;
}

export interface LineOptions {
  width?: number;
  ellipsis?: boolean;
  characterSpacing?: number;
}

export interface ParagraphOptions {
  width: number;
  /** Lines beyond it are dropped, and the last one kept ends with an ellipsis. */
  height: number;
}

const ELLIPSIS = '…';
// Spaces, combining marks, joiners and variation selectors belong with the character before them.
const FOLLOWS_PREVIOUS = /^[\s\p{M}\p{Cf}]$/u;
const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` split into runs of one font each: the face's own font wherever it has the glyph, else the first
 * fallback that has it (a character no font has stays with the face's font, and prints as a box).
 */
export function textRuns(face: CertificateFace, text: string, fallbacks?: readonly LazyFont[]): TextRun[] {
  const own: TextRun = { text: '', name: face.name, font: face.font };
  const runs: TextRun[] = [];
  let order = fallbacks;
  for (const character of text) {
    const previous = runs.at(-1);
    let source: Omit<TextRun, 'text'> = own;
    if (previous && FOLLOWS_PREVIOUS.test(character)) source = previous;
    else if (!face.font.hasGlyphForCodePoint(character.codePointAt(0)!)) {
      order ??= fallbackOrder(face, text);
      const fallback = order.find((candidate) => candidate.font.hasGlyphForCodePoint(character.codePointAt(0)!));
      if (fallback) source = { name: fallback.name, font: fallback.font, fallback };
    }
    if (previous && previous.name === source.name) previous.text += character;
    else runs.push({ ...source, text: character });
  }
  return runs;
}

function needsFallback(runs: TextRun[], face: CertificateFace): boolean {
  return runs.some((run) => run.name !== face.name);
}

/**
 * One line of text at (x, y) in the face at `size`, without wrapping; with `width` and `ellipsis`, cut to fit
 * with "…". Text the face's font covers goes to pdfkit as it is; other text is drawn run by run.
 */
export function drawLine(doc: PDFDocument, face: CertificateFace, size: number, text: string, x: number, y: number, options: LineOptions = {}): void {
  const fallbacks = fallbackOrder(face, text);
  const runs = textRuns(face, text, fallbacks);
  if (!needsFallback(runs, face)) {
    doc.font(face.name, size).text(text, x, y, { ...options, lineBreak: false });
    return;
  }
  const layout = new RunLayout(doc, face, size, fallbacks, options.characterSpacing ?? 0);
  const line = options.width !== undefined && options.ellipsis && layout.width(text) > options.width ? layout.truncate(text, options.width) : text;
  layout.draw(line, x, y);
}

/**
 * Text wrapped to `width` at (x, y), at most as many lines as fit in `height`, the last one kept ending with
 * "…" when text was dropped. Returns the height drawn. Text the face's font covers goes to pdfkit as it is;
 * other text is wrapped between words (CJK words as Intl.Segmenter finds them) and drawn run by run.
 */
export function drawParagraph(doc: PDFDocument, face: CertificateFace, size: number, text: string, x: number, y: number, { width, height }: ParagraphOptions): number {
  const fallbacks = fallbackOrder(face, text);
  const runs = textRuns(face, text, fallbacks);
  doc.font(face.name, size);
  if (!needsFallback(runs, face)) {
    const drawn = Math.min(doc.heightOfString(text, { width }), height);
    doc.text(text, x, y, { width, height, ellipsis: true });
    return drawn;
  }
  const layout = new RunLayout(doc, face, size, fallbacks, 0);
  const lineHeight = doc.currentLineHeight(true);
  const maxLines = Math.max(1, Math.floor(height / lineHeight));
  const lines = layout.wrap(text, width, maxLines + 1);
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[maxLines - 1] = layout.truncate(`${kept[maxLines - 1]}${ELLIPSIS}`, width);
  kept.forEach((line, index) => layout.draw(line, x, y + index * lineHeight));
  return kept.length * lineHeight;
}

/** Measures, wraps and draws text whose runs need more than one font, all baselines on the face's. */
class RunLayout {
  private readonly widths = new Map<string, number>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly face: CertificateFace,
    private readonly size: number,
    private readonly fallbacks: readonly LazyFont[],
    private readonly characterSpacing: number,
  ) {}

  width(text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      width = 0;
      for (const run of textRuns(this.face, text, this.fallbacks)) {
        this.use(run);
        width += this.doc.widthOfString(run.text, { characterSpacing: this.characterSpacing }) + this.characterSpacing;
      }
      width -= this.characterSpacing;
      this.widths.set(text, width);
    }
    return width;
  }

  /** Greedy: as many words per line as fit; a word wider than a line is split between characters. Stops at `limit` lines. */
  wrap(text: string, width: number, limit: number): string[] {
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    const place = (piece: string, pieceWidth: number) => {
      if (line.trim() === '' || lineWidth + pieceWidth <= width || piece.trim() === '') {
        line += piece;
        lineWidth += pieceWidth;
        return;
      }
      lines.push(line.trimEnd());
      line = piece.trimStart();
      lineWidth = this.width(line);
    };
    for (const { segment } of words.segment(text.replace(/\s+/gu, ' '))) {
      if (lines.length >= limit) break;
      const segmentWidth = this.width(segment);
      if (segmentWidth <= width) place(segment, segmentWidth);
      else for (const { segment: character } of graphemes.segment(segment)) place(character, this.width(character));
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    return lines.slice(0, limit);
  }

  /** `text` cut at its end until it fits in `width` with an ellipsis after it. */
  truncate(text: string, width: number): string {
    const characters = [...graphemes.segment(text.endsWith(ELLIPSIS) ? text.slice(0, -ELLIPSIS.length) : text)].map(({ segment }) => segment);
    while (characters.length > 0 && this.width(`${characters.join('').trimEnd()}${ELLIPSIS}`) > width) characters.pop();
    return `${characters.join('').trimEnd()}${ELLIPSIS}`;
  }

  draw(text: string, x: number, y: number): void {
    const baseline = this.face.font.ascent / this.face.font.unitsPerEm;
    let cursor = x;
    for (const run of textRuns(this.face, text, this.fallbacks)) {
      this.use(run);
      // pdfkit puts the baseline one ascent below y, and fonts' ascents differ: align every run on the face's.
      const shift = (baseline - run.font.ascent / run.font.unitsPerEm) * this.size;
      this.doc.text(run.text, cursor, y + shift, { lineBreak: false, characterSpacing: this.characterSpacing });
      cursor += this.doc.widthOfString(run.text, { characterSpacing: this.characterSpacing }) + this.characterSpacing;
    }
  }

  private use(run: TextRun): void {
    if (run.fallback) this.doc.registerFont(run.name, run.font);
    this.doc.font(run.name, this.size);
  }
}
