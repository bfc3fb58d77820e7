import { t, type StringKey } from '../i18n/strings.ts';

const both = (key: StringKey) => `${t(key, 'zh')} · ${t(key, 'en')}`;

/**
 * The app's own code failed to load (a dropped connection, a half-deployed update): the static loading
 * card gives way to the error screen's markup, in both languages (the app that would pick one is what
 * failed), with a retry and, for whoever maintains the hall, the file and the reason.
 */
export function showStartFailure(error: unknown): void {
  const root = document.getElementById('root');
  if (!root) return;
  const screen = document.createElement('main');
  screen.className = 'error-screen';
  screen.setAttribute('role', 'alert');
  screen.dataset.testid = 'error-screen';
  const title = document.createElement('h1');
  title.textContent = both('errorTitle');
  const line = document.createElement('p');
  line.textContent = both('errorVisitor');
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = both('retry');
  retry.addEventListener('click', () => window.location.reload());
  const details = document.createElement('details');
  details.open = true;
  const summary = document.createElement('summary');
  summary.textContent = both('errorCurator');
  const reason = document.createElement('code');
  reason.textContent = `app (src/app/start.tsx): ${error instanceof Error ? error.message : String(error)}`;
  details.append(summary, reason);
  screen.append(title, line, retry, details);
  root.replaceChildren(screen);
}
