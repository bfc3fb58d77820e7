import { formatIssue } from '../../content/issues.ts';
import { useContentStatusStore } from '../../state/contentStatusStore.ts';
import { useT } from '../useT.ts';
import { fill } from './operatorData.ts';

/** On the operator page: the refused content update, with the curator's file, JSON path and reason. */
export function RefusedUpdateReport() {
  const refused = useContentStatusStore((s) => s.refusedUpdate);
  const { lang, t } = useT();
  if (!refused) return null;
  const date = new Date(refused.shownSince).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
  return (
    <section className="operator__refused" data-testid="operator-refused-update" role="alert">
      <h2 className="operator__heading">{t('operatorRefusedTitle')}</h2>
      <p>{fill(t('operatorRefusedIntro'), { date })}</p>
      <ul>
        {refused.issues.map((issue, i) => (
          <li key={i}>
            <code>{formatIssue(issue)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
