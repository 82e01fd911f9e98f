// Numbers as bars, for people who take in a picture more easily than a table. It always sits
// beside a table with the same numbers, so screen readers skip it (aria-hidden) and read the
// table. Every bar has its words and its number written on it, and a pattern of its own, so
// nothing depends on telling colours apart.
export interface Bar {
  label: string;
  count: number;
}

const PATTERNS = 4;

export function BarChart({ bars }: { bars: readonly Bar[] }) {
  const largest = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <div className="rt-bar-chart" aria-hidden="true" data-testid="bar-chart">
      {bars.map((bar, index) => (
        <div key={bar.label} className="rt-bar-chart__row">
          <span className="rt-bar-chart__words">{bar.label}</span>
          <span className="rt-bar-chart__track">
            <span
              className={`rt-bar-chart__bar rt-bar-chart__bar--${index % PATTERNS}`}
              style={{ width: `${(bar.count / largest) * 100}%` }}
            />
          </span>
          <strong className="rt-bar-chart__count">{bar.count}</strong>
        </div>
      ))}
    </div>
  );
}
