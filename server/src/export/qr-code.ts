// A link as a QR code, drawn as SVG (for the printable letter): black on white, with a quiet
// zone, medium error correction so a slightly smudged print still reads.
import QRCode from 'qrcode';

export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}
