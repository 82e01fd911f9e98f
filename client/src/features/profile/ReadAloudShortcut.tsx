// For people who said they like things read aloud: a "Read aloud" button always in the
// header, so they do not have to open the Display menu first.
import { useState } from 'react';
import { Button, PlayIcon, StopIcon } from '../../ui/index.ts';
import { useMe } from '../access/index.ts';
import { useReadAloud } from '../display/index.ts';

export function ReadAloudShortcut() {
  const { state } = useMe();
  const { readAloud, speaking, stop } = useReadAloud();
  const [message, setMessage] = useState<string | null>(null);
  if (state.status !== 'signed-in' || !state.me.profile.information.readAloud) return null;
  return (
    <div className="rt-read-shortcut">
      {speaking ? (
        <Button icon={<StopIcon />} onClick={stop}>
          Stop reading
        </Button>
      ) : (
        <Button
          icon={<PlayIcon />}
          onClick={() => {
            const result = readAloud();
            setMessage(
              result === 'reading'
                ? null
                : result === 'nothing-to-read'
                  ? 'Select some words first, or put your cursor in a paragraph.'
                  : 'Read aloud does not work in this browser.',
            );
          }}
        >
          Read aloud
        </Button>
      )}
      <span className="rt-read-shortcut__message" role="status">
        {message}
      </span>
    </div>
  );
}
