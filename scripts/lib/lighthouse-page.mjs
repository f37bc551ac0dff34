// Runs Lighthouse (mobile preset) on one URL through an already running Chromium's debugging port and
// prints the categories and audits as JSON. A plain Node script on purpose: under tsx, esbuild's
// `__name` helpers end up in the functions Lighthouse sends into the page, which then fail there.
// Usage: node scripts/lib/lighthouse-page.mjs <url> <port> <category,category,...>
import lighthouse from 'lighthouse';

const [url, port, categories] = process.argv.slice(2);
if (!url || !port || !categories) {
  console.error('usage: lighthouse-page.mjs <url> <port> <categories>');
  process.exit(2);
}
const result = await lighthouse(url, {
  port: Number(port),
  output: 'json',
  logLevel: 'error',
  onlyCategories: categories.split(','),
});
if (!result) {
  console.error(`Lighthouse gave no result for ${url}`);
  process.exit(1);
}
const {categories: scored, audits, runtimeError} = result.lhr;
process.stdout.write(JSON.stringify({categories: scored, audits, runtimeError}));
