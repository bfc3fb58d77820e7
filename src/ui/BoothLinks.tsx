import type { Booth } from '../content/schema.ts';
import { isExternalLink, linkProblem } from '../content/safeUrl.ts';
import { useT } from './useT.ts';

/**
 * A booth's links, checked again against this page (the schema checked them against a reference page).
 * A link to another site opens in a new tab that cannot reach back (`noopener noreferrer`); the kiosk
 * and VR show none (the kiosk passes no links; the VR panel has no links at all).
 */
export function BoothLinks({ links }: { links: Booth['links'] }) {
  const { L } = useT();
  const page = document.baseURI;
  const safe = (links ?? []).filter((link) => linkProblem(link.href, page) === null);
  if (!safe.length) return null;
  return (
    <ul className="booth-panel__links" data-testid="booth-links">
      {safe.map((link, i) => (
        <li key={i}>
          {isExternalLink(link.href, page) ? (
            <a href={link.href} target="_blank" rel="noopener noreferrer">
              {L(link.label)}
            </a>
          ) : (
            <a href={link.href}>{L(link.label)}</a>
          )}
        </li>
      ))}
    </ul>
  );
}
