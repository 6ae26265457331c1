/** Public surface of the emulated Confluence: the emulator factory, its event type and the storage renderer. */
export { createConfluenceEmulator } from './emulator';
export type { ConfluenceEmulator, ConfluenceEmulatorOptions } from './emulator';
export type { ConfluenceEvent, ConfluenceEmulatorSite, SiteUser } from './context';
export { APP_ACCOUNT_ID } from './context';
export { checkStorageXhtml } from './storage-validation';
export { renderStorageToHtml, escapeHtml } from './render';
export type { RenderOptions } from './render';
