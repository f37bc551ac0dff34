// Stands in, in the browser's bundle, for modules named `*.server-only.ts` (see ./index.ts).
export default null;
