/** The content files, parsed at build time by src/build/contentPlugin.ts. */
declare module 'virtual:atlas-content' {
  const files: import('./presets.ts').ParsedFile[];
  export default files;
}
