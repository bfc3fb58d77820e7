import { useT } from './useT.ts';

/** One line of how-to, worded for the input the device has. */
export function HelpHint() {
  const { t } = useT();
  return (
    <p className="help-hint">
      <span className="desktop-only">{t('helpDesktop')}</span>
      <span className="touch-only">{t('helpTouch')}</span>
    </p>
  );
}
