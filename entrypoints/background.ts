import { startBackground } from '../lib/platform/background-main';

export default defineBackground(() => {
  startBackground();
});
