/** A one-line progress indicator on an interactive terminal; silent in pipes and CI logs. */
export class Progress {
  private readonly enabled: boolean;
  private count = 0;
  private lastPaint = 0;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream | undefined,
  ) {
    this.enabled = !!stream?.isTTY && !process.env.CI && total >= 50;
  }

  tick(file: string): void {
    this.count++;
    if (!this.enabled || !this.stream) return;
    const now = Date.now();
    if (now - this.lastPaint < 100) return;
    this.lastPaint = now;
    const width = Math.max(20, (this.stream.columns ?? 80) - 20);
    const name = file.length > width ? `…${file.slice(-width + 1)}` : file;
    this.stream.write(`\r\u001b[2K${this.count}/${this.total} ${name}`);
  }

  /** Takes the line away until the next tick paints it again (output is about to be written). */
  clear(): void {
    if (!this.enabled || !this.stream || this.lastPaint === 0) return;
    this.stream.write('\r\u001b[2K');
    this.lastPaint = 0;
  }

  done(): void {
    if (this.enabled && this.stream) this.stream.write('\r\u001b[2K');
  }
}
