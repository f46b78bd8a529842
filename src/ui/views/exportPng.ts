/**
 * Saves what a canvas shows as a PNG file. WebGL canvases need preserveDrawingBuffer: true
 * (the 3D view sets it), otherwise the buffer may already be cleared when this reads it.
 */
import { downloadBlob } from '../common';

/** Downloads `canvas` as `filename` (".png" appended when missing). */
export function exportCanvasPng(canvas: HTMLCanvasElement, filename: string): Promise<void> {
  const name = filename.toLowerCase().endsWith('.png') ? filename : `${filename}.png`;
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) {
        reject(new Error('The canvas could not be encoded as PNG (is it empty or tainted?)'));
        return;
      }
      downloadBlob(blob, name);
      resolve();
    }, 'image/png');
  });
}
