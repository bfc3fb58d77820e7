import './ui/styles.css';
// Imported by the tour's components too; here it joins the page's one render-blocking stylesheet.
import './tour/groupTour.css';
import { afterFirstContentfulPaint } from './lib/schedule.ts';
import { showStartFailure } from './app/startFailure.ts';

/**
 * The page's entry (issue #11): index.html's loading card is on screen first, then the app's modules
 * (React, the schema, the overlay: about 130 kB gzip) are fetched, in parallel, and started. Fetched
 * beside the page (modulepreload) they shared a slow link with the stylesheet the card waits for, and
 * evaluated in the first task they kept even the static card off the screen until all of it had run.
 */
// A page opened in the background paints nothing until shown: it starts at once. A loaded software
// compositor can take over a second to present the first frame: up to 3 s are granted.
const painted = document.visibilityState === 'hidden' ? Promise.resolve() : afterFirstContentfulPaint(3_000);
void painted.then(() => import('./app/start.tsx')).catch(showStartFailure);
