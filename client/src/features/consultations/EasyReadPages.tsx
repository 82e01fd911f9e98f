// The Easy Read version of a consultation's draft, page by page, to read.
import type { ConsultationEasyReadPage } from '@roundtable/shared/protocol/consultations';

export function EasyReadPages({ pages }: { pages: ConsultationEasyReadPage[] }) {
  return (
    <div className="rt-consultation__easy-read">
      {pages.map((page, index) => (
        <section key={index} className="rt-card" aria-labelledby={`easy-read-${index}`}>
          <h3 id={`easy-read-${index}`}>{page.title}</h3>
          {page.texts.map((text, at) => (
            <p key={at}>{text}</p>
          ))}
        </section>
      ))}
    </div>
  );
}
