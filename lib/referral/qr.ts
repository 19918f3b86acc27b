import "server-only";
import QRCode from "qrcode";

// QR codes are drawn on the server as SVG by the qrcode package: no external service, no script.
// Error correction M survives a crease or a smudge on paper and keeps a 30-id link scannable.
export const QR_OPTIONS = { errorCorrectionLevel: "M", margin: 2 } as const;

/** An <svg> string that encodes `text`; hidden from assistive technology (the caption says what it is). */
export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { ...QR_OPTIONS, type: "svg", color: { dark: "#000000", light: "#ffffff" } });
  return svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" class="size-full" ');
}
