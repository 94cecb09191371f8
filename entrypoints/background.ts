export default defineBackground(() => {
  // Later issues add sync scheduling and messaging; the background only has to exist for now.
  browser.runtime.onInstalled.addListener(() => undefined);
});
