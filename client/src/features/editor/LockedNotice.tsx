// Says, in words, why nobody can change the draft just now (the group is deciding on a version),
// and tells a screen reader once when the lock starts and once when it ends.
import { useEffect, useRef } from 'react';
import { LockIcon, useAnnouncer } from '../../ui/index.ts';

export const UNLOCKED_TEXT = 'You can edit again.';

export function useLockAnnouncements(lockedReason: string | null): void {
  const { announce } = useAnnouncer();
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = lockedReason;
    if (lockedReason !== null && before === null) {
      announce(`The draft is locked. ${lockedReason}`);
    } else if (lockedReason === null && before !== null) {
      announce(UNLOCKED_TEXT);
    }
  }, [lockedReason, announce]);
}

export function LockedNotice({ reason }: { reason: string }) {
  return (
    <div className="rt-card rt-locked" data-testid="draft-locked">
      <span className="rt-locked__icon" aria-hidden="true">
        <LockIcon />
      </span>
      <div>
        <p className="rt-locked__title">The draft is locked: nobody can change it just now.</p>
        <p>{reason}</p>
      </div>
    </div>
  );
}
