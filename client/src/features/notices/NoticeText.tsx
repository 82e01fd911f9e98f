// A notice's markdown-lite as elements with text in them (shared/domain/notice-text.ts): nothing
// typed becomes markup, and only safe addresses become links.
import { Fragment } from 'react';
import {
  parseNoticeText,
  type NoticeBlock,
  type NoticeInline,
} from '@roundtable/shared/domain/notice-text';

export function NoticeText({ text }: { text: string }) {
  return (
    <div className="rt-notice-text">
      {parseNoticeText(text).map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </div>
  );
}

function Block({ block }: { block: NoticeBlock }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? (
        <h2>
          <Inlines inlines={block.inlines} />
        </h2>
      ) : (
        <h3>
          <Inlines inlines={block.inlines} />
        </h3>
      );
    case 'paragraph':
      return (
        <p>
          <Inlines inlines={block.inlines} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>
              <Inlines inlines={item} />
            </li>
          ))}
        </ul>
      );
  }
}

function Inlines({ inlines }: { inlines: NoticeInline[] }) {
  return inlines.map((inline, index) => (
    <Fragment key={index}>
      {inline.kind === 'link' ? (
        <a href={inline.href}>{inline.text}</a>
      ) : inline.bold ? (
        <strong>{inline.text}</strong>
      ) : (
        inline.text
      )}
    </Fragment>
  ));
}
