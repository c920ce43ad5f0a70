// pdfkit 0.20 ships no type declarations (and @types/pdfkit is not installed): the part of its API Assay uses.
declare module 'pdfkit' {
  import type { Font } from 'fontkit';

  type Color = string;
  type FontSource = string | Uint8Array | Font;

  interface TextOptions {
    width?: number;
    height?: number;
    align?: 'left' | 'center' | 'right' | 'justify';
    lineBreak?: boolean;
    ellipsis?: boolean | string;
    lineGap?: number;
    continued?: boolean;
    link?: string;
    underline?: boolean;
    characterSpacing?: number;
  }

  interface DocumentOptions {
    size?: string | [number, number];
    margin?: number;
    margins?: { top: number; bottom: number; left: number; right: number };
    autoFirstPage?: boolean;
    compress?: boolean;
    font?: FontSource | null;
    lang?: string;
    displayTitle?: boolean;
    pdfVersion?: string;
    info?: { Title?: string; Author?: string; Subject?: string; Keywords?: string; Creator?: string; Producer?: string; CreationDate?: Date; ModDate?: Date };
  }

  interface FileOptions {
    name?: string;
    type?: string;
    description?: string;
    hidden?: boolean;
    creationDate?: Date;
    modifiedDate?: Date;
    relationship?: 'Alternative' | 'Data' | 'Source' | 'Supplement' | 'Unspecified';
  }

  class PDFDocument {
    constructor(options?: DocumentOptions);
    readonly page: { width: number; height: number };
    y: number;
    on(event: 'data', listener: (chunk: Buffer) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    end(): void;
    registerFont(name: string, src: FontSource, family?: string): this;
    font(src: FontSource, size?: number): this;
    fontSize(size: number): this;
    fillColor(color: Color, opacity?: number): this;
    strokeColor(color: Color, opacity?: number): this;
    lineWidth(width: number): this;
    text(text: string, x?: number, y?: number, options?: TextOptions): this;
    widthOfString(text: string, options?: TextOptions): number;
    heightOfString(text: string, options?: TextOptions): number;
    /** Of the current font at the current size; with the font's line gap when `includeGap`. */
    currentLineHeight(includeGap?: boolean): number;
    rect(x: number, y: number, w: number, h: number): this;
    roundedRect(x: number, y: number, w: number, h: number, r?: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    fill(color?: Color): this;
    stroke(color?: Color): this;
    save(): this;
    restore(): this;
    link(x: number, y: number, w: number, h: number, url: string): this;
    file(src: Uint8Array | string, options?: FileOptions): this;
  }
  export default PDFDocument;
}
