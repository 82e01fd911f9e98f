// Links to download the "You said, we did" report, in the usual words and in Easy Read.
import type { ReactNode } from 'react';
const FORMAT_NAMES = { html: 'web page', pdf: 'PDF', docx: 'Word' } as const;
type ReportFormat = keyof typeof FORMAT_NAMES;

function listed(links: ReactNode[]): ReactNode[] {
  return links.flatMap((link, index) => [
    index === 0 ? '' : index === links.length - 1 ? ' or ' : ', ',
    link,
  ]);
}

export function ReportLinks({
  reportUrl,
  formats,
}: {
  /** The report's address, without a query. */
  reportUrl: string;
  formats: readonly ReportFormat[];
}) {
  const href = (format: ReportFormat, easyRead: boolean) => {
    const query = new URLSearchParams();
    if (format !== 'html') query.set('format', format);
    if (easyRead) query.set('easyRead', '1');
    const search = query.toString();
    return search ? `${reportUrl}?${search}` : reportUrl;
  };
  return (
    <div className="rt-consultation__report">
      <p>
        Download the “You said, we did” report:{' '}
        {listed(
          formats.map((format) => (
            <a key={format} href={href(format, false)} download>
              {FORMAT_NAMES[format]}
            </a>
          )),
        )}
      </p>
      <p>
        Or in Easy Read, with short sentences and pictures:{' '}
        {listed(
          (['html', 'pdf'] as const).map((format) => (
            <a key={format} href={href(format, true)} download>
              Easy Read {FORMAT_NAMES[format]}
            </a>
          )),
        )}
      </p>
    </div>
  );
}
