// A V8 code cache stored with the digest of the script it was made from. V8 itself checks only the script's length
// (with its own version and flags): a cache made for another script of the same length would be accepted, and that
// script's code run. The digest refuses any script but the one the cache was made from.
import { createHash } from "crypto";

const DIGEST_BYTES = 32;

function digestOf(source: string): Buffer {
  return createHash("sha256").update(source).digest();
}

/** What is stored: the script's digest, then V8's data. */
export function sealCache(source: string, data: Buffer): Buffer {
  return Buffer.concat([digestOf(source), data]);
}

/** V8's data from what was stored, where it was made from this very script; undefined otherwise (none, or another's). */
export function openCache(source: string, stored: Buffer | undefined): Buffer | undefined {
  if (!stored || stored.length <= DIGEST_BYTES) return undefined;
  return stored.subarray(0, DIGEST_BYTES).equals(digestOf(source)) ? stored.subarray(DIGEST_BYTES) : undefined;
}
