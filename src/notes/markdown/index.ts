export { parseMarkdown } from './parse';
