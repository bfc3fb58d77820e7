import { formatIssue, type ContentIssue } from '../content/issues.ts';
import { useT } from './useT.ts';
import { useServedFonts } from './useServedFonts.ts';

/** One friendly line for the visitor and, below it, exactly what the curator must fix. */
export function ErrorScreen({ issues, onRetry }: { issues: ContentIssue[]; onRetry: () => void }) {
  const { t } = useT();
  useServedFonts(true);
  return (
    <main className="error-screen" role="alert" data-testid="error-screen">
      <h1>{t('errorTitle')}</h1>
      <p>{t('errorVisitor')}</p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
      <details open>
        <summary>{t('errorCurator')}</summary>
        <ul className="error-screen__issues">
          {issues.map((issue, i) => (
            <li key={i}>
              <code>{formatIssue(issue)}</code>
            </li>
          ))}
        </ul>
      </details>
    </main>
  );
}
