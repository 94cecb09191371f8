/** Build-time flags, replaced by constants at build (wxt.config.ts `vite.define`). */
interface ImportMetaEnv {
  /**
   * True only in test builds (`KLARSVAR_TEST_HOOKS=1 npx wxt build -b chrome`, written to
   * `.output/chrome-mv3-test`): test hooks are compiled in. In production builds it is `false`
   * and the hooks, strings included, are removed by dead-code elimination.
   */
  readonly KLARSVAR_TEST_HOOKS?: boolean;
}
