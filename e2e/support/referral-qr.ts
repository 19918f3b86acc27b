// Reads a QR code drawn by the qrcode package's SVG renderer back into its module matrix: the
// dark path is "M x y" (start of a row's first run, y at the module's middle), "m dx 0" (skip
// light modules), "h n" (n dark modules). Compared with QRCode.create(text).modules, this proves
// which text the picture encodes, without a camera-style decoder.
export type ModuleMatrix = { size: number; data: boolean[] };

export function qrModulesFromSvg(svg: string, margin: number): ModuleMatrix {
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  if (!viewBox) throw new Error("no viewBox in the QR code SVG");
  const size = Number(viewBox[1]) - 2 * margin;
  const d = [...svg.matchAll(/<path[^>]*\sd="([^"]+)"/g)].map((m) => m[1]!).find((path) => !path.startsWith("M0 0h"));
  if (!d) throw new Error("no module path in the QR code SVG");
  const data = new Array<boolean>(size * size).fill(false);
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of d.matchAll(/([MmHh])\s*(-?[\d.]+)(?:[ ,](-?[\d.]+))?/g)) {
    const first = Number(a);
    if (command === "M") {
      x = first;
      y = Number(b);
    } else if (command === "m") {
      x += first;
      y += Number(b ?? 0);
    } else if (command === "h") {
      const row = Math.round(y - 0.5) - margin;
      for (let i = 0; i < first; i++) data[row * size + (x + i - margin)] = true;
      x += first;
    } else {
      throw new Error(`unexpected path command ${command}`);
    }
  }
  return { size, data };
}
