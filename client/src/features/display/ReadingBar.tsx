// While something is being read aloud, a "Stop reading" button stays on screen, wherever the
// person is on the page.
import { Button, StopIcon } from '../../ui/index.ts';
import { useReadAloud } from './ReadAloudProvider.tsx';

export function ReadingBar() {
  const { speaking, stop } = useReadAloud();
  if (!speaking) return null;
  return (
    <div className="rt-reading-bar">
      <span>Reading aloud…</span>
      <Button variant="primary" icon={<StopIcon />} onClick={stop}>
        Stop reading
      </Button>
    </div>
  );
}
