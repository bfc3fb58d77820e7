/** What the start-up leg (issue #11) measures per page, and its verdicts. */
import type { FirstVisitProbe } from './firstVisitProbe.ts';
import type { LighthouseResult } from './lighthouse.ts';

export interface StartupVerdict {
  name: string;
  verdict: 'PASS' | 'FAIL' | 'NOT MEASURED';
  line: string;
}

export interface PageStartup {
  name: 'hall' | 'floor';
  url: string;
  mobile: LighthouseResult | { error: string };
  desktop: LighthouseResult | { error: string };
  probe: FirstVisitProbe | { error: string };
}

export interface StartupResults {
  date: string;
  load: { start: number[]; end: number[] };
  chromium: string;
  hall: PageStartup;
  floor: PageStartup;
  budgets: StartupVerdict[];
}
