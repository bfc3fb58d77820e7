/** What the tour server says about itself at `tour-server.json` (absent on a static host). */
export interface TourServerInfo {
  tours: true;
  poseHz: number;
}

/** Asks the hall's own origin whether it is a tour server; null on a static deploy or when it is down. */
export async function probeTourServer(base: string = document.baseURI): Promise<TourServerInfo | null> {
  try {
    const response = await fetch(new URL('tour-server.json', base), { cache: 'no-store' });
    if (!response.ok) return null;
    const info = (await response.json()) as Partial<TourServerInfo>;
    return info.tours === true && typeof info.poseHz === 'number' ? (info as TourServerInfo) : null;
  } catch {
    return null;
  }
}
