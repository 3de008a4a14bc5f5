/**
 * The project's own Vite plugins and the build's named chunks, in one module that `vite.config.ts`
 * loads through Vite's module runner (`runnerImport`) instead of a static import. A static import
 * made Vite bundle the whole content compiler (`src/script`, written with extensionless imports for
 * the app's bundler) into the config and print a `configLoader: 'native'` warning for every one of
 * those imports at each `npm start`. The runner resolves them as the app's own build does.
 */
export { catalogPlugin } from './catalog-plugin';
export { cspMetaPlugin, SECURITY_HEADERS } from './csp';
export { swRegisterPlugin } from './sw-register-plugin';
export { scormKitPlugin } from './scorm/scorm-kit-plugin';
export { bundlerGroups } from './chunk-groups';
