// "Agreed on 3 March 2026": a tick and words, never colour alone, and how it was agreed.
import type { VersionSummary } from '@roundtable/shared/protocol/documents';
import { dayWords } from './words.ts';
import { TickIcon } from '../../ui/index.ts';

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function AgreedBadge({ version }: { version: VersionSummary }) {
  if (!version.agreement) return null;
  const { agreedAt, how } = version.agreement;
  const meeting = text(how.meetingTitle);
  const because = text(how.because);
  const betweenMeetings = text(how.proposalId) !== null;
  return (
    <div className="rt-agreed">
      <span className="rt-badge rt-badge--agreed" data-testid="agreed-badge">
        <TickIcon /> Agreed on {dayWords(agreedAt)}
      </span>
      {meeting || betweenMeetings || because ? (
        <span className="rt-agreed__how">
          {meeting ? `In the meeting “${meeting}”. ` : ''}
          {betweenMeetings ? 'Between meetings, by a vote with a closing date. ' : ''}
          {because ?? ''}
        </span>
      ) : null}
    </div>
  );
}
