// A link as a QR code, drawn as SVG (for the printable letter): black on white, with a quiet
// zone, medium error correction so a slightly smudged print still reads. The library is loaded
// with the first letter, not at start.
export async function qrCodeSvg(text: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}
