// The browser's inflater for the zip container (zip.ts): fflate's streaming Inflate, fed 64 KB of compressed bytes
// at a time, so no entry is ever inflated whole before its declared size is checked. The command line uses zlib.
import { Inflate } from "fflate";
import type { EntryInflater } from "./zip";

/** Compressed bytes handed to the inflater at a time: bounds each inflated chunk. */
const SLICE = 64 * 1024;

export const inflateInJs: EntryInflater = (compressed, _maxOutput, onChunk) => {
  const inflater = new Inflate(onChunk);
  for (let at = 0; at < compressed.length; at += SLICE) inflater.push(compressed.subarray(at, at + SLICE), at + SLICE >= compressed.length);
};
