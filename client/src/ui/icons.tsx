// Small line pictures that sit beside a text label (never instead of one). They are drawn
// with SVG so they look the same on every device, and are hidden from screen readers.
import type { ReactElement } from 'react';

function Svg({ children }: { children: ReactElement | ReactElement[] }) {
  return (
    <svg
      className="rt-icon"
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const PlusIcon = () => (
  <Svg>
    <path d="M12 5v14M5 12h14" />
  </Svg>
);

export const PencilIcon = () => (
  <Svg>
    <path d="M4 20h4L19 9l-4-4L4 16z" />
    <path d="M13.5 6.5l4 4" />
  </Svg>
);

export const BinIcon = () => (
  <Svg>
    <path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13" />
  </Svg>
);

export const RestoreIcon = () => (
  <Svg>
    <path d="M4 10a8 8 0 1 1 2 6" />
    <path d="M4 4v6h6" />
  </Svg>
);

export const LinkIcon = () => (
  <Svg>
    <path d="M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1" />
    <path d="M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1" />
  </Svg>
);

export const QuoteIcon = () => (
  <Svg>
    <path d="M5 18c3-1 4-3 4-6V7H5v5h4M15 18c3-1 4-3 4-6V7h-4v5h4" />
  </Svg>
);

export const BulletListIcon = () => (
  <Svg>
    <path d="M9 6h11M9 12h11M9 18h11" />
    <circle cx="4.5" cy="6" r="1" />
    <circle cx="4.5" cy="12" r="1" />
    <circle cx="4.5" cy="18" r="1" />
  </Svg>
);

export const NumberListIcon = () => (
  <Svg>
    <path d="M10 6h10M10 12h10M10 18h10M4 4.5l1.5-1V9M3.5 13.5c0-1 .8-1.5 1.5-1.5s1.5.5 1.5 1.3c0 1.2-3 2.2-3 3.7h3" />
  </Svg>
);

export const UndoIcon = () => (
  <Svg>
    <path d="M9 14l-5-5 5-5" />
    <path d="M4 9h10a6 6 0 0 1 0 12h-3" />
  </Svg>
);

export const RedoIcon = () => (
  <Svg>
    <path d="M15 14l5-5-5-5" />
    <path d="M20 9H10a6 6 0 0 0 0 12h3" />
  </Svg>
);

export const PlayIcon = () => (
  <Svg>
    <path d="M7 4l13 8-13 8z" />
  </Svg>
);

export const StopIcon = () => (
  <Svg>
    <rect x="6" y="6" width="12" height="12" rx="1" />
  </Svg>
);

export const BackIcon = () => (
  <Svg>
    <path d="M15 5l-7 7 7 7" />
  </Svg>
);

export const PersonIcon = () => (
  <Svg>
    <circle cx="12" cy="8" r="4" />
    <path d="M4 21c1-4 4-6 8-6s7 2 8 6" />
  </Svg>
);

export const TickIcon = () => (
  <Svg>
    <path d="M4 12.5l5 5L20 6.5" />
  </Svg>
);

export const CrossIcon = () => (
  <Svg>
    <path d="M6 6l12 12M18 6L6 18" />
  </Svg>
);

export const HistoryIcon = () => (
  <Svg>
    <path d="M3 12a9 9 0 1 0 3-6.7L3 8" />
    <path d="M3 3v5h5M12 7v5l3 3" />
  </Svg>
);

export const CompareIcon = () => (
  <Svg>
    <path d="M8 4v16M16 4v16M4 8h4M16 16h4" />
  </Svg>
);

export const EyeIcon = () => (
  <Svg>
    <path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z" />
    <circle cx="12" cy="12" r="3" />
  </Svg>
);

export const LockIcon = () => (
  <Svg>
    <rect x="5" y="11" width="14" height="10" rx="2" />
    <path d="M8 11V7a4 4 0 0 1 8 0v4" />
  </Svg>
);

export const DownloadIcon = () => (
  <Svg>
    <path d="M12 4v11M7 10l5 5 5-5" />
    <path d="M5 20h14" />
  </Svg>
);

export const StopSignIcon = () => (
  <Svg>
    <path d="M8 3h8l5 5v8l-5 5H8l-5-5V8z" />
    <path d="M12 7.5v5.5M12 16.5v.01" />
  </Svg>
);

export const SlowDownIcon = () => (
  <Svg>
    <path d="M6 5l6 6 6-6M6 13l6 6 6-6" />
  </Svg>
);

export const CupIcon = () => (
  <Svg>
    <path d="M4 9h13v5a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5z" />
    <path d="M17 10h1.5a2.5 2.5 0 0 1 0 5H17M8 3v3M12 3v3" />
  </Svg>
);

export const HandIcon = () => (
  <Svg>
    <path d="M8 13V5.5a1.5 1.5 0 0 1 3 0V11M11 10V4.5a1.5 1.5 0 0 1 3 0V11M14 10.5V6a1.5 1.5 0 0 1 3 0v8a7 7 0 0 1-7 7h-.5a6 6 0 0 1-4.8-2.4L3 16a1.5 1.5 0 0 1 2.4-1.8L8 16" />
  </Svg>
);

export const ClockIcon = () => (
  <Svg>
    <circle cx="12" cy="13" r="8" />
    <path d="M12 9v4l2.5 2.5M9 2h6" />
  </Svg>
);

export const NextIcon = () => (
  <Svg>
    <path d="M9 5l7 7-7 7" />
  </Svg>
);

export const PauseIcon = () => (
  <Svg>
    <path d="M8 5v14M16 5v14" />
  </Svg>
);

export const ScreenIcon = () => (
  <Svg>
    <rect x="3" y="4" width="18" height="12" rx="1" />
    <path d="M8 20h8M12 16v4" />
  </Svg>
);

export const UpIcon = () => (
  <Svg>
    <path d="M6 14l6-6 6 6" />
  </Svg>
);

export const DownIcon = () => (
  <Svg>
    <path d="M6 10l6 6 6-6" />
  </Svg>
);

/** An open book: a hard word and what it means. */
export const HardWordIcon = () => (
  <Svg>
    <path d="M12 6.5C10 5 7 4.5 3.5 5v13c3.5-.5 6.5 0 8.5 1.5 2-1.5 5-2 8.5-1.5V5C17 4.5 14 5 12 6.5z" />
    <path d="M12 6.5v13" />
  </Svg>
);

export const CommentIcon = () => (
  <Svg>
    <path d="M4 5h16v11H10l-4 4v-4H4z" />
    <path d="M8 9h8M8 12h5" />
  </Svg>
);

export const PictureIcon = () => (
  <Svg>
    <rect x="3" y="5" width="18" height="14" rx="2" />
    <circle cx="9" cy="10" r="1.6" />
    <path d="M21 16l-5-5-8 8" />
  </Svg>
);

export const WarningIcon = () => (
  <Svg>
    <path d="M12 3 2 20h20z" />
    <path d="M12 9.5v4.5M12 17v.01" />
  </Svg>
);
