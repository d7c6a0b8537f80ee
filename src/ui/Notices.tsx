import type { Text } from '../schema/language.ts';
import { setAsideNotice } from '../state/savedStore.ts';
import { download } from './download.ts';
import { useAtlas, useAtlasStore } from './store.tsx';
import { useStrings } from './useStrings.ts';

/**
 * Content files that failed to load, saved networks that could not be read or stored (what could
 * not be read is offered for download), and what a URL asked for that could not be shown.
 */
export function Notices({ contentErrors }: { contentErrors: (string | Text)[] }) {
  const t = useStrings();
  const store = useAtlasStore();
  const lang = useAtlas((s) => s.lang);
  const notices: Text[] = useAtlas((s) => s.notices);
  const kept = useAtlas((s) => s.setAside);
  const writable = useAtlas((s) => s.savedWritable);
  const lost = kept !== null || !writable;
  const longLink = useAtlas((s) => (s.longLink?.netId === s.netId ? s.longLink : null));
  if (contentErrors.length === 0 && notices.length === 0 && !lost && !longLink) return null;
  const messages = contentErrors.map((m) => (typeof m === 'string' ? m : m[lang]));
  return (
    <div className="notices">
      {[...new Set(messages)].map((message) => (
        <p role="alert" className="notice error" key={message}>
          {message}
        </p>
      ))}
      {lost && (
        <p role="alert" className="notice error">
          {setAsideNotice(kept)[lang]}{' '}
          {kept && (
            <button
              type="button"
              onClick={() =>
                download(
                  'backprop-atlas-unreadable.json',
                  new Blob([kept.text], { type: 'application/json' }),
                )
              }
            >
              {t.downloadSetAside}
            </button>
          )}
        </p>
      )}
      {notices.length > 0 && (
        <p role="alert" className="notice">
          {t.ignoredUrl(notices.map((n) => n[lang]).join('; '))}{' '}
          <button type="button" onClick={() => store.getState().dismissNotices()}>
            {t.dismiss}
          </button>
        </p>
      )}
      {longLink && (
        <p role="alert" className="notice long-link">
          {t.longLink((longLink.chars / 1024).toFixed(1))}{' '}
          <button type="button" onClick={() => store.getState().dismissLongLink()}>
            {t.dismiss}
          </button>
        </p>
      )}
    </div>
  );
}
