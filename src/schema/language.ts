/** The languages the app speaks, and text given in each of them. */

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** The same text in every language the app speaks. */
export type Text = Record<Lang, string>;
