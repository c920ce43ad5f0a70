import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EVIDENCE_KEY_PATTERN, type EvidenceStorage } from './evidence-storage.js';

/**
 * Evidence on the local file system under one root directory. A file is written under `.tmp/` and renamed
 * into place once complete (same file system, so the rename is atomic): a reader never finds half a file
 * under its final key, and a failed upload leaves nothing behind.
 */
export class LocalDiskEvidenceStorage implements EvidenceStorage {
  private readonly tempDir: string;
  private tempDirReady = false;

  constructor(readonly root: string) {
    this.tempDir = join(root, '.tmp');
  }

  async put(key: string, content: Readable): Promise<void> {
    const target = this.pathOf(key);
    // Synchronous, once: the stream must be piped before anything is awaited (see below).
    if (!this.tempDirReady) {
      mkdirSync(this.tempDir, { recursive: true });
      this.tempDirReady = true;
    }
    const temp = join(this.tempDir, `${randomUUID()}.part`);
    try {
      // Piped at once, with nothing awaited before: an error the stream raises early still has a listener.
      await pipeline(content, createWriteStream(temp, { flags: 'wx', mode: 0o640 }));
      await mkdir(dirname(target), { recursive: true });
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  get(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Only keys of our own shape ever become paths (no `..`, no separators of a user's choosing). */
  private pathOf(key: string): string {
    const match = EVIDENCE_KEY_PATTERN.exec(key);
    if (!match) throw new Error(`Not an evidence storage key: ${JSON.stringify(key)}`);
    return join(this.root, match[1], match[2], match[3]);
  }
}
