// The shared timer. Every screen counts down from the stored end time, corrected by the
// server's clock. Screen readers hear it only at 5 minutes, 1 minute and time up; the number
// itself is not a live region. A sound at the end only if this person turned it on.
import { useEffect, useId, useRef, useState } from 'react';
import { announcementFor, announcementsCrossed } from '@roundtable/shared/domain/meeting/timer';
import type { MeetingView } from '@roundtable/shared/domain/meeting/view';
import {
  Button,
  PauseIcon,
  PlayIcon,
  PlusIcon,
  RestoreIcon,
  useAnnouncer,
} from '../../ui/index.ts';
import { formatClock, timeLeft } from '../../realtime/meeting-socket.ts';
import { useNow, type RunCommand } from './useMeeting.ts';

const SOUND_KEY = 'roundtable:meeting-sound';

function playChime(): void {
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 660;
    gain.gain.setValueAtTime(0.0001, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.2, audio.currentTime + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 1.2);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 1.3);
    tone.onended = () => void audio.close();
  } catch {
    // No sound on this device: the words on screen still say it.
  }
}

/** What is left on the timer, ticking while it runs. */
export function useTimeLeft(view: MeetingView, clockOffsetMs: number): number {
  const now = useNow(view.timer.state === 'running');
  return timeLeft(view.timer, now, clockOffsetMs);
}

export interface TimerProps {
  view: MeetingView;
  clockOffsetMs: number;
  runs: boolean;
  run: RunCommand;
  error: string | null;
}

export function Timer({ view, clockOffsetMs, runs, run, error }: TimerProps) {
  const headingId = useId();
  const soundId = useId();
  const { announce } = useAnnouncer();
  const left = useTimeLeft(view, clockOffsetMs);
  const [sound, setSound] = useState(() => localStorage.getItem(SOUND_KEY) === 'on');
  const previous = useRef<number | null>(null);
  const running = view.timer.state === 'running';

  useEffect(() => {
    const before = previous.current;
    previous.current = running ? left : null;
    if (before === null || !running) return;
    for (const point of announcementsCrossed(before, left)) {
      announce(announcementFor(point));
      if (point === 0 && sound) playChime();
    }
  }, [left, running, announce, sound]);

  const timeUp = running && left === 0;
  const state = view.timer.state;
  return (
    <section className="rt-meeting-section" aria-labelledby={headingId} id="meeting-timer">
      <h2 id={headingId}>Timer</h2>
      <div className={`rt-meeting-timer${timeUp ? ' rt-meeting-timer--up' : ''}`}>
        <span className="rt-meeting-timer__clock" role="timer" data-testid="timer-clock">
          {formatClock(left)}
        </span>
        <span className="rt-meeting-timer__state">
          {timeUp
            ? 'Time is up'
            : state === 'running'
              ? 'minutes and seconds left'
              : state === 'paused'
                ? 'Paused'
                : 'Not started'}
        </span>
      </div>
      {timeUp ? (
        <p className="rt-meeting-alert" data-testid="time-up">
          Time is up for this item.
          {runs ? ' You can add a minute or move on.' : ''}
        </p>
      ) : null}
      {error ? (
        <p className="rt-form-error" role="alert">
          {error}
        </p>
      ) : null}
      {runs ? (
        <div className="rt-meeting-controls">
          {state === 'running' ? (
            <Button icon={<PauseIcon />} onClick={() => void run({ type: 'timer:pause' })}>
              Pause
            </Button>
          ) : (
            <Button
              variant="primary"
              icon={<PlayIcon />}
              disabled={view.status.phase !== 'live'}
              onClick={() => void run({ type: 'timer:start' })}
            >
              {state === 'paused' ? 'Carry on' : 'Start the timer'}
            </Button>
          )}
          <Button icon={<PlusIcon />} onClick={() => void run({ type: 'timer:add-minute' })}>
            Add a minute
          </Button>
          <Button icon={<RestoreIcon />} onClick={() => void run({ type: 'timer:reset' })}>
            Reset
          </Button>
        </div>
      ) : null}
      <div className="rt-check">
        <input
          id={soundId}
          className="rt-check__input"
          type="checkbox"
          checked={sound}
          onChange={(event) => {
            setSound(event.target.checked);
            localStorage.setItem(SOUND_KEY, event.target.checked ? 'on' : 'off');
          }}
        />
        <label className="rt-check__label" htmlFor={soundId}>
          Play a sound at the end
          <span className="rt-check__hint">Only on this device.</span>
        </label>
      </div>
    </section>
  );
}
