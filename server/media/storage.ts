/**
 * Where media bytes live, behind three calls so that an S3-compatible object store can
 * take the place of the local folder: keys are `siteId/mediumId/variant`, plain paths.
 *
 * Several instances: the local folder must then be shared (a network volume), or
 * replaced by an object store; the database rows (store/media.ts) are shared already.
 */
import { mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface MediaStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the key and everything under it (`siteId/mediumId` removes a medium's variants). */
  delete(key: string): Promise<void>;
}

const safeKey = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

/** Files under `root`, created as needed; each written to a temporary name, then renamed (never half a file). */
export function fileStorage(root: string): MediaStorage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    if (!safeKey.test(key) || key.split('/').some((part) => part === '..' || part === '.')) throw new Error(`bad media key ${key}`);
    const path = join(base, ...key.split('/'));
    if (!path.startsWith(base + sep)) throw new Error(`bad media key ${key}`);
    return path;
  };
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { recursive: true, force: true });
    },
  };
}
