import type { Lang } from '../../core/explorer/view-types';
import { strings } from '../i18n';

export interface NoticeLine {
  key: string;
  text: string;
  tone: 'info' | 'error';
  onDismiss: () => void;
}

/** Visible, dismissible one-line messages (ignored URL parameters, a graph that could not load). */
export function Notices({ items, lang }: { items: NoticeLine[]; lang: Lang }) {
  const t = strings(lang);
  if (items.length === 0) return null;
  return (
    <div className="notices" role="status">
      {items.map((n) => (
        <p key={n.key} className={`notice notice-${n.tone}`}>
          <span>{n.text}</span>
          <button type="button" onClick={n.onDismiss} aria-label={`${t.dismiss}: ${n.text}`}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
