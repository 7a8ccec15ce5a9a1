// XML written straight to UTF-8 bytes in one growing buffer: a merged sheet's 400,000-odd cells as strings would be
// built, joined and encoded again, and the garbage collector would pay for each. Browser-safe (TextEncoder).
const encoder = new TextEncoder();

/** Markup as bytes, for ByteWriter.raw. */
export function ascii(text: string): Uint8Array {
  return encoder.encode(text);
}

export class ByteWriter {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + bytes));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** Any text: short ASCII (the markup) copied byte by byte, the rest (cell text) encoded natively. */
  write(text: string): void {
    const n = text.length;
    if (n > 32) {
      this.room(n * 3);
      this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
      return;
    }
    this.room(n);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        this.length = at;
        this.room((n - i) * 3);
        this.length += encoder.encodeInto(text.slice(i), this.buffer.subarray(this.length)).written;
        return;
      }
      buffer[at++] = code;
    }
    this.length = at;
  }

  /** Bytes encoded once (the markup repeated for every cell). */
  raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** A non-negative whole number in decimal, its digits written in place. */
  int(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) return this.write(String(value));
    this.room(16);
    let digits = 1;
    for (let power = 10; power <= value; power *= 10) digits++;
    let at = (this.length += digits);
    let rest = value;
    do {
      this.buffer[--at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
