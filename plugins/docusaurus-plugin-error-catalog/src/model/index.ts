/** The pure catalog model: load, validate, derive. No Docusaurus dependency. */
export * from './diagnostics';
export * from './schema';
export {diagnosticAt, parseSource, SourceCache, sourceLimits, type SourceFile} from './source';
export * from './types';
export {
  readCatalog,
  readSettledCatalog,
  loadCatalog,
  catalogFileName,
  categoriesDirName,
  localesDirName,
  type CatalogReadResult,
  type ReadOptions,
} from './load';
export * from './i18n';
export * from './aliases';
export {checkLock, lockFileName, updatedLock, type UrlLock} from './lock';
export {compareCodes, validateCatalog} from './validate';
export * from './derive';
export * from './paths';
export * from './messages';
export * from './envelope';
export * from './envelopeFormat';
export {createMarkdownRenderer, type MarkdownRenderer} from './markdown';
export {
  buildContent,
  defaultCodesPerPage,
  maxListedRanges,
  type BuildOptions,
  type ErrorCatalogContent,
  type MessageBundle,
  type PageSubject,
} from './content';
export * from './exports';
export * from './guides';
export * from './transports';
export * from './snippets';
export {generatedTextPrefix, pluginLabels, themeLabels} from './pluginLabels';
