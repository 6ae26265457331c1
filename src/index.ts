/** The handlers manifest.yml names, and nothing else. */
export { handler } from './resolvers';
