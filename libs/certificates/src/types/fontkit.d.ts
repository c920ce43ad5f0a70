// fontkit ships no type declarations (and @types/fontkit is not installed): the little the certificate renderer uses.
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    readonly unitsPerEm: number;
    /** Font units above the baseline; pdfkit places a line's baseline this far below its top. */
    readonly ascent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** pdfkit recognises a pre-parsed font by this method. */
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
