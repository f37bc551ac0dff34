// Stands in for client modules this site does not need (see ./index.ts).
export {};
