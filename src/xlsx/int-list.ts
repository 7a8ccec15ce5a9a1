// A growing list of 32-bit integers in a typed array: the reader keeps a row and a column per cell, and 100,000
// cells in plain arrays cost twice the bytes, plus a garbage copy on every growth that only a full collection
// frees (large arrays live in V8's large-object space); a typed array's old buffer goes at once. (The grid builder's
// index lists stay plain arrays: as typed arrays they saved 3 MB and cost a tenth of the reading time.)
export class IntList {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed so far (a view, not a copy). */
  values(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
