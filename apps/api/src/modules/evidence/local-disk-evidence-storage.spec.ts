import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { newEvidenceKey } from './evidence-storage.js';
import { LocalDiskEvidenceStorage } from './local-disk-evidence-storage.js';

describe('evidence on the local disk', () => {
  let root: string;
  let storage: LocalDiskEvidenceStorage;
  const files = async () => (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'assay-storage-'));
    storage = new LocalDiskEvidenceStorage(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores under a sharded key, reads back and deletes', async () => {
    const key = newEvidenceKey();
    expect(key).toMatch(/^([0-9a-f]{2})\/([0-9a-f]{2})\/\1\2[0-9a-f]{4}-/);
    await storage.put(key, Readable.from([Buffer.from('hello '), Buffer.from('world')]));
    expect(await files()).toEqual([join(root, key)]);
    expect(await text(storage.get(key))).toBe('hello world');
    await storage.delete(key);
    await storage.delete(key); // nothing there: not an error
    expect(await files()).toEqual([]);
  });

  it('leaves nothing behind, not even a temporary file, when the stream fails half-way', async () => {
    const key = newEvidenceKey();
    const failing = new Readable({ read() {} });
    failing.push(Buffer.alloc(1024, 1));
    setImmediate(() => failing.destroy(new Error('client went away')));
    await expect(storage.put(key, failing)).rejects.toThrow('client went away');
    expect(await files()).toEqual([]);
  });

  it('refuses keys it did not make', async () => {
    expect(() => storage.get('../../etc/passwd')).toThrow('Not an evidence storage key');
    await expect(storage.put('ab/cd/../../x', Readable.from([]))).rejects.toThrow('Not an evidence storage key');
    await expect(readFile(join(root, 'x'))).rejects.toThrow();
  });
});
