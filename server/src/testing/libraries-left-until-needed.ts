// Libraries the server loads only when a request or a setting needs them, never at start:
// renderers, image and font libraries (export threads, uploads), mail (SMTP_URL), QR codes
// (letters), Postgres (DATABASE_URL), Redis (REDIS_URL), argon2 (passwords, which most people
// never set). Together tens of MB of memory at idle. Checked in the sources (layers.test.ts) and
// in the bundle (built-server.test.ts).
export const LIBRARIES_LEFT_UNTIL_NEEDED = [
  'pdfkit',
  'docx',
  'fontkit',
  'sharp',
  'nodemailer',
  'qrcode',
  'pg',
  'ioredis',
  '@node-rs/argon2',
];
