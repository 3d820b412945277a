// Pixel helpers for the e2e tests: decode a PNG and count what is not background.
import { PNG } from 'pngjs';

export const decodePng = (buf: Buffer): PNG => PNG.sync.read(buf);

/** Pixels that differ from the background colour by more than a little antialiasing would. */
export function nonBackgroundPixels(png: PNG, background: [number, number, number]): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const d =
      Math.abs(png.data[i]! - background[0]) +
      Math.abs(png.data[i + 1]! - background[1]) +
      Math.abs(png.data[i + 2]! - background[2]);
    if (d > 30) n += 1;
  }
  return n;
}

export const BACKGROUND_RGB: [number, number, number] = [0xfb, 0xfa, 0xf7];
