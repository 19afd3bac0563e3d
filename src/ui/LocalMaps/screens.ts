/**
 * Everything of notes opened in the browser that loads on demand, as one chunk: each part is
 * small, and one chunk (rather than one per dialog, sharing a common one) keeps the bundler from
 * splitting the app's own shared modules out of its entry.
 */
export { LocalMapsPage } from './LocalMapsPage';
export { LocalMapsSection } from './LocalMapsSection';
export { LocalScope } from './LocalScope';
export { OpenNotesDialog } from './OpenNotesDialog';
export { ShareDialog } from './ShareDialog';
