// The text a benchmark writer inserts: `|<key>:<seq>@<sent-at-ms>|`. A receiver that observes the
// insert recovers who sent it, which one it was, and when, so delays need no clock other than the
// machine's own (performance.timeOrigin + performance.now() agrees across local processes).

export interface Marker {
  key: string;
  seq: number;
  sentAt: number;
}

const markerPattern = /\|([^|:@]+):(\d+)@(\d+(?:\.\d+)?)\|/g;

export function formatMarker(key: string, seq: number, sentAt: number): string {
  return `|${key}:${seq}@${sentAt.toFixed(3)}|`;
}

export function parseMarkers(inserted: string): Marker[] {
  const markers: Marker[] = [];
  for (const match of inserted.matchAll(markerPattern)) {
    const [, key, seq, sentAt] = match;
    if (key === undefined || seq === undefined || sentAt === undefined) continue;
    markers.push({ key, seq: Number(seq), sentAt: Number(sentAt) });
  }
  return markers;
}
