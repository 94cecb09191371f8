export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  allFrames: false,
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.klarsvar = 'gmail';
  },
});
