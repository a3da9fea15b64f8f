import { chmodSync } from "node:fs";
import { dirname } from "node:path";

/** The user "nobody" of Debian-based images. */
const NOBODY = 65_534;

/**
 * Spawn options that run a child as an unprivileged user when the tests run as root (as CI
 * does): root may write a read-only file, so a test of a read-only file needs another user.
 */
export function unprivileged(): { uid?: number; gid?: number } {
  return process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
}

/** Lets that user into the folders down to `path` (mkdtemp makes them private to root). */
export function openFoldersTo(path: string, depth: number): void {
  let dir = dirname(path);
  for (let i = 0; i < depth; i++, dir = dirname(dir)) chmodSync(dir, 0o755);
}
