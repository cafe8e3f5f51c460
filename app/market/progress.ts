export interface Progress {
  total: number;
  analysed: number;
  /** 0..100, whole numbers. */
  percent: number;
  /** Offers per second over the recent window; null before the first result. */
  rate: number | null;
  /** Estimated seconds to finish at that rate; null when unknown or done. */
  secondsLeft: number | null;
  done: boolean;
}

/** Counts, rate and time left from what the results table says. */
export function computeProgress(input: {
  total: number;
  analysed: number;
  recent: number;
  sinceFirst: number;
  windowSeconds: number;
  done: boolean;
}): Progress {
  const { total, analysed, done } = input;
  const window = Math.min(input.windowSeconds, input.sinceFirst);
  const rate = analysed && window > 0 && input.recent ? input.recent / window : null;
  const remaining = Math.max(0, total - analysed);
  return {
    total,
    analysed,
    percent: total ? Math.floor((analysed / total) * 100) : 100,
    rate: rate === null ? null : Math.round(rate * 10) / 10,
    secondsLeft: done || !remaining ? 0 : rate ? Math.ceil(remaining / rate) : null,
    done,
  };
}

/** "1 min 05 s", "42 s": short enough for a progress line. */
export function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m ? `${m} min ${String(s).padStart(2, "0")} s` : `${s} s`;
}

/** The command line's one-line progress bar. */
export function progressLine(p: Progress, width = 30): string {
  const filled = Math.round((p.percent / 100) * width);
  const rate = p.rate === null ? "" : ` · ${p.rate} offers/s`;
  const left = p.done ? " · done" : p.secondsLeft === null ? "" : ` · ${formatDuration(p.secondsLeft)} left`;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${p.analysed}/${p.total} (${p.percent} %)${rate}${left}`;
}
