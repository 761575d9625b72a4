import { SITE_MATCHES } from '../../lib/sites';

export default defineContentScript({
  matches: [...SITE_MATCHES],
  main() {},
});
