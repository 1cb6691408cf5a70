/**
 * Named performance marks the bench and the e2e tests read (performance.getEntriesByName):
 * when the network arrived, when its first frame was drawn (actors, then ties), when the
 * layout settled.
 */
export const MARKS = {
  networkReceived: 'verkosto:network-received',
  firstFrame: 'verkosto:first-frame',
  /** Every tie drawn too (large graphs draw their ties one frame after the actors). */
  tiesDrawn: 'verkosto:ties-drawn',
  /** The worker finished (detail.elapsedMs: its own time, without the page's share). */
  layoutComputed: 'verkosto:layout-computed',
  layoutSettled: 'verkosto:layout-settled',
} as const;

export function mark(name: string, detail?: Record<string, unknown>): void {
  try {
    performance.mark(name, { detail });
  } catch {
    // A mark is diagnostics only.
  }
}
