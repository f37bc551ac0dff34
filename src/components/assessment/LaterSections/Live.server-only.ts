// The later sections for the server's bundle only (in the browser's, an empty module: see
// src/plugins/lean-client and src/components/Island).
export {default} from './Live';
