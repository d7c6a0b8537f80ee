import type { Text } from '../schema/language.ts';
import { useAtlas, useAtlasStore } from './store.tsx';
import { useStrings } from './useStrings.ts';

/** Content files that failed to load, and what a URL asked for that could not be shown. */
export function Notices({ contentErrors }: { contentErrors: string[] }) {
  const t = useStrings();
  const store = useAtlasStore();
  const lang = useAtlas((s) => s.lang);
  const notices: Text[] = useAtlas((s) => s.notices);
  const longLink = useAtlas((s) => (s.longLink?.netId === s.netId ? s.longLink : null));
  if (contentErrors.length === 0 && notices.length === 0 && !longLink) return null;
  return (
    <div className="notices">
      {contentErrors.map((message) => (
        <p role="alert" className="notice error" key={message}>
          {message}
        </p>
      ))}
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
