import { constants, inflateSync } from 'node:zlib';

/**
 * PDF names that make a document act rather than be read, with what they mean for the uploader. A JavaScript
 * action is `/S /JavaScript /JS (...)`, document scripts sit under `/JavaScript` in the names tree: `/JavaScript`
 * is there either way, `/JS` is caught too. Other actions (`/OpenAction`, `/AA`) are only dangerous through
 * these, so they are not refused on their own (an `/OpenAction` that opens page 1 is common).
 */
const ACTIVE_NAMES: Readonly<Record<string, string>> = {
  JavaScript: 'JavaScript',
  JS: 'JavaScript',
  Launch: 'a Launch action (it starts a program)',
  RichMedia: 'rich media (Flash)',
  XFA: 'an XFA form (it can run scripts)',
};

/** Filters whose output the scanner cannot read; an object stream behind one could hide any name. */
const UNREADABLE_FILTERS = new Set(['ASCIIHexDecode', 'AHx', 'ASCII85Decode', 'A85', 'LZWDecode', 'LZW', 'RunLengthDecode', 'RL', 'Crypt', 'Predictor']);

/** Object streams (compressed dictionaries) larger than this are not inflated: a PDF that needs it is refused. */
const MAX_OBJECT_STREAM_BYTES = 8 * 1024 * 1024;
/** Inflated bytes per file, against zip bombs. Object streams of real documents are a small share of their size. */
const MAX_INFLATED_BYTES = 32 * 1024 * 1024;
const MAX_NAME_BYTES = 127; // the PDF specification's limit; longer runs are not names a reader honours
const MAX_KEYWORD_BYTES = 9; // "endstream"

const enum CharClass {
  REGULAR,
  WHITESPACE,
  DELIMITER,
}

const CLASS = new Uint8Array(256).fill(CharClass.REGULAR);
for (const byte of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[byte] = CharClass.WHITESPACE;
for (const char of '()<>[]{}/%') CLASS[char.charCodeAt(0)] = CharClass.DELIMITER;

const SLASH = 0x2f;
const HASH = 0x23;
const CR = 0x0d;
const LF = 0x0a;

export class PdfActiveContentError extends Error {
  override readonly name = 'PdfActiveContentError';
}

/**
 * Reads a PDF as it streams past (nothing buffered but compressed object streams, capped) and reports the first
 * active content it finds. It does not parse the PDF; it reads its tokens:
 * - every name, with `#xx` escapes decoded (`/J#61vaScript` is `/JavaScript`), outside and inside streams
 *   (`/JS` only outside stream data, where two random bytes after a slash would otherwise be taken for it);
 * - object streams (`/Type /ObjStm`, where PDF 1.5+ keeps dictionaries compressed) are inflated and read
 *   the same way; one it cannot read (another filter, a predictor, encrypted, too large) is refused rather
 *   than let through unchecked.
 * Names inside strings and comments are read as names too: a false alarm is possible, a miss is not.
 */
export class PdfActiveContentScanner {
  private finding: string | null = null;
  private inflatedBytes = 0;

  // The name being read after a slash, its bytes with #xx decoded.
  private name: number[] | null = null;
  private hex: number[] | null = null;
  // The keyword being read (a run of regular bytes not after a slash), when short enough to be one.
  private keyword = '';
  private keywordTooLong = false;

  private inStreamData = false;
  /** Skip the LF of a CR LF that ended the `stream` keyword. */
  private skipLf = false;
  /** Names seen since the last `obj`, to know what the next stream is. */
  private dictionary = { objectStream: false, flate: false, unreadable: false };
  private objectStream: Buffer[] | null = null;
  private objectStreamBytes = 0;

  /** The sentence for the uploader once active content was found; null while none was. */
  get found(): string | null {
    return this.finding;
  }

  write(chunk: Uint8Array): void {
    if (this.finding !== null) return;
    let start = 0; // where the current object stream's data starts in this chunk
    for (let i = 0; i < chunk.length && this.finding === null; i += 1) {
      const byte = chunk[i]!;
      if (this.skipLf) {
        this.skipLf = false;
        if (byte === LF) {
          start = i + 1;
          continue;
        }
      }
      const kind = CLASS[byte]!;
      if (this.name !== null) {
        if (kind === CharClass.REGULAR) {
          this.readNameByte(byte);
          continue;
        }
        this.endName();
      } else if (kind === CharClass.REGULAR) {
        if (this.keyword.length < MAX_KEYWORD_BYTES) {
          this.keyword += String.fromCharCode(byte);
        } else {
          // Too long to be a keyword (compressed data mostly is): skip the rest of the run in one go.
          this.keywordTooLong = true;
          while (i + 1 < chunk.length && CLASS[chunk[i + 1]!] === CharClass.REGULAR) i += 1;
        }
        continue;
      }
      if (this.keyword !== '' || this.keywordTooLong) {
        // The object stream's data ends here: collect what of it is in this chunk before reading it.
        if (this.objectStream !== null && !this.keywordTooLong && this.keyword === 'endstream') this.collect(chunk.subarray(start, i));
        if (this.endKeyword()) {
          start = i + 1;
          if (byte === CR) this.skipLf = true;
        }
      }
      if (byte === SLASH) {
        this.name = [];
        this.hex = null;
      }
    }
    if (this.objectStream !== null && start < chunk.length && this.finding === null) this.collect(chunk.subarray(start));
  }

  /** At the end of the file: what is still open is read as if it ended there. */
  end(): void {
    if (this.name !== null) this.endName();
    if (this.keyword !== '') this.endKeyword();
    if (this.objectStream !== null) this.readObjectStream();
  }

  private readNameByte(byte: number): void {
    const name = this.name!;
    if (this.hex !== null) {
      this.hex.push(byte);
      if (this.hex.length === 2) {
        const value = Number.parseInt(String.fromCharCode(...this.hex), 16);
        name.push(Number.isNaN(value) ? HASH : value);
        this.hex = null;
      }
    } else if (byte === HASH) {
      this.hex = [];
    } else {
      name.push(byte);
    }
    if (name.length > MAX_NAME_BYTES) this.name = null;
  }

  private endName(): void {
    const name = Buffer.from(this.name!).toString('latin1');
    this.name = null;
    this.hex = null;
    const meaning = ACTIVE_NAMES[name];
    if (meaning !== undefined && !(this.inStreamData && name === 'JS')) {
      this.finding = `This PDF contains ${meaning} (/${name}), which evidence may not: save or print it again as a plain PDF and upload that`;
      return;
    }
    if (this.inStreamData) return;
    if (name === 'ObjStm') this.dictionary.objectStream = true;
    else if (name === 'FlateDecode' || name === 'Fl') this.dictionary.flate = true;
    else if (UNREADABLE_FILTERS.has(name)) this.dictionary.unreadable = true;
  }

  /** Ends a keyword; true when it opened the data of an object stream to collect. */
  private endKeyword(): boolean {
    const keyword = this.keywordTooLong ? '' : this.keyword;
    this.keyword = '';
    this.keywordTooLong = false;
    if (this.inStreamData) {
      if (keyword === 'endstream') this.endStreamData();
      return false;
    }
    if (keyword === 'obj' || keyword === 'endobj') {
      this.dictionary = { objectStream: false, flate: false, unreadable: false };
    } else if (keyword === 'stream') {
      return this.startStreamData();
    }
    return false;
  }

  private startStreamData(): boolean {
    const { objectStream, flate, unreadable } = this.dictionary;
    this.dictionary = { objectStream: false, flate: false, unreadable: false };
    // An uncompressed object stream is plain dictionaries: read on as if it were not a stream at all.
    if (objectStream && !flate && !unreadable) return false;
    this.inStreamData = true;
    if (!objectStream) return false;
    if (unreadable) {
      this.uncheckable('an object stream is encoded in a way the check cannot read');
      return false;
    }
    this.objectStream = [];
    this.objectStreamBytes = 0;
    return true;
  }

  private endStreamData(): void {
    this.inStreamData = false;
    if (this.objectStream !== null) this.readObjectStream();
  }

  private collect(data: Uint8Array): void {
    this.objectStreamBytes += data.length;
    if (this.objectStreamBytes > MAX_OBJECT_STREAM_BYTES + MAX_KEYWORD_BYTES + 2) {
      this.objectStream = null;
      this.uncheckable('an object stream is too large to check');
      return;
    }
    this.objectStream!.push(Buffer.from(data));
  }

  /** Inflates the collected object stream (its trailing `endstream` is ignored by zlib) and reads its names. */
  private readObjectStream(): void {
    const compressed = Buffer.concat(this.objectStream!);
    this.objectStream = null;
    let inflated: Buffer;
    try {
      // SYNC_FLUSH: a stream cut short still gives what it holds; what follows the deflate data (EOL, the
      // `endstream` keyword) is ignored.
      inflated = inflateSync(compressed, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: MAX_INFLATED_BYTES - this.inflatedBytes });
    } catch {
      this.uncheckable('an object stream could not be decompressed (is the PDF encrypted?)');
      return;
    }
    this.inflatedBytes += inflated.length;
    const inner = new PdfActiveContentScanner();
    inner.inflatedBytes = this.inflatedBytes;
    inner.write(inflated);
    inner.end();
    this.inflatedBytes = inner.inflatedBytes;
    if (inner.finding !== null) this.finding = inner.finding;
  }

  private uncheckable(reason: string): void {
    this.finding = `This PDF could not be checked for scripts: ${reason}; save or print it again as a plain PDF and upload that`;
  }
}
