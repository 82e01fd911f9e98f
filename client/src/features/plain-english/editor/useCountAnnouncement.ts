// Tells screen-reader users how many things the helper found: once when a check is first done
// after turning it on, and after that only when the count has changed and the text has then been
// still for a while, so it never talks over someone who is typing.
import { useEffect, useRef } from 'react';
import { useAnnouncer } from '../../../ui/index.ts';
import { announcement } from '../analysis/index.ts';

const QUIET_BEFORE_SPEAKING_MS = 5000;

export function useCountAnnouncement(total: number | null, checking: boolean): void {
  const { announce } = useAnnouncer();
  const said = useRef<number | null>(null);
  useEffect(() => {
    if (total === null) {
      said.current = null;
      return undefined;
    }
    if (checking || total === said.current) return undefined;
    const first = said.current === null;
    const timer = setTimeout(
      () => {
        said.current = total;
        announce(announcement(total));
      },
      first ? 0 : QUIET_BEFORE_SPEAKING_MS,
    );
    return () => clearTimeout(timer);
  }, [total, checking, announce]);
}
