import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** The result card (components/result_card.rs) on any screen that shows a verdict. */
export class ResultCard {
  readonly root: Locator;
  readonly alt: Locator;
  readonly download: Locator;
  readonly share: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('result-card');
    this.alt = this.root.getByTestId('card-alt');
    this.download = this.root.getByTestId('card-download');
    this.share = this.root.getByTestId('card-share');
    this.status = this.root.getByTestId('card-status');
  }

  /** Clicks Download image and returns the file's name and bytes. */
  async downloaded(): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([this.page.waitForEvent('download'), this.download.click()]);
    const path = await file.path();
    expect(path).toBeTruthy();
    return { name: file.suggestedFilename(), bytes: await readFile(path!) };
  }

  /** A PNG's width and height from its header, or null when it is not a PNG. */
  static size(bytes: Buffer): { width: number; height: number } | null {
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return null;
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }

  /** The PNG decoded in a blank page (no CSP of the widget's): how many colours it has, and the
   * colour of pixel (x, y). */
  async pixels(bytes: Buffer, x: number, y: number): Promise<{ colours: number; at: number[] }> {
    const blank = await this.page.context().newPage();
    try {
      return await ResultCard.decode(blank, bytes, x, y);
    } finally {
      await blank.close();
    }
  }

  private static decode(page: Page, bytes: Buffer, x: number, y: number): Promise<{ colours: number; at: number[] }> {
    return page.evaluate(
      async ([b64, px, py]) => {
        const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        const seen = new Set<number>();
        for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        const o = ((py as number) * bitmap.width + (px as number)) * 4;
        return { colours: seen.size, at: [data[o], data[o + 1], data[o + 2]] };
      },
      [bytes.toString('base64'), x, y] as const,
    );
  }
}
