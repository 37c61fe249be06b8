// Rates and durations as the command line prints them. Pure.

export function formatRate(rate: number): string {
  return `${Number((rate * 100).toFixed(2))}%`;
}

/** 45s, 2m5s, 1h2m, 3d4h: a compact duration for tables and messages. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m}m${s % 60}s` : `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return m % 60 ? `${h}h${m % 60}m` : `${h}h`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d}d${h % 24}h` : `${d}d`;
}
