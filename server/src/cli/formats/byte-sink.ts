/**
 * UTF-8 bytes written one piece after another into a buffer that grows, for output too large to
 * build as a string first. A text built by `+=` is a tree of its pieces, and turning it into bytes
 * visits every piece again: the JSON of 50,000 objects (134 MB, about 20 pieces a finding) spent
 * 1.0 s there, of a 17 s lint. One character past Latin-1 in a message (a curly quote) makes the
 * whole file's text two bytes a character, and that walk half again as long per byte. Written
 * here, each piece is encoded once, in place, and the layout's fixed parts are copied as bytes.
 */
export class ByteSink {
  private bytes: Buffer;
  private length = 0;

  constructor(capacity = 64 * 1024) {
    this.bytes = Buffer.allocUnsafeSlow(capacity);
  }

  /** Text known ahead, such as the layout's fixed parts: made into bytes once, copied each time. */
  static fixed(text: string): Uint8Array {
    return new Uint8Array(Buffer.from(text, 'utf8'));
  }

  /** Bytes made by `fixed`. */
  copy(piece: Uint8Array): void {
    const count = piece.length;
    this.room(count);
    const bytes = this.bytes;
    const at = this.length;
    // A loop beats `set` on the few dozen bytes of a layout piece, which pays a call each time.
    if (count < 64) for (let i = 0; i < count; i++) bytes[at + i] = piece[i] as number;
    else bytes.set(piece, at);
    this.length = at + count;
  }

  /** Any text, encoded as UTF-8 (a lone surrogate as U+FFFD, as a stream writing the string would). */
  text(value: string): void {
    this.room(value.length * 3);
    this.length += this.bytes.write(value, this.length, 'utf8');
  }

  /** A number as `String(value)` writes it; digits directly for the small whole numbers of positions. */
  number(value: number): void {
    if (!(value >= 0 && value <= 0x7fffffff && (value | 0) === value)) {
      this.text(String(value));
      return;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    this.room(digits);
    const bytes = this.bytes;
    let at = this.length + digits;
    this.length = at;
    let rest = value;
    do {
      bytes[--at] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  /** What was written since the last `take`, in memory of its own (it may be handed to another thread). */
  take(): Uint8Array {
    const taken = new Uint8Array(this.length);
    taken.set(this.bytes.subarray(0, this.length));
    this.length = 0;
    return taken;
  }

  /** Drops what was written since the last `take`. */
  clear(): void {
    this.length = 0;
  }

  private room(count: number): void {
    const needed = this.length + count;
    if (needed <= this.bytes.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(needed, this.bytes.length * 2));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }
}
