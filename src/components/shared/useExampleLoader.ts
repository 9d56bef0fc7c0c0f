/**
 * A tool's 教学示例数据 button: the example's code is fetched on click (a page where nobody asks
 * for it does not ship it), the button is disabled meanwhile, and a failed fetch (offline, a
 * deploy that replaced the chunk) becomes a message instead of a silent nothing.
 *
 *   const example = useExampleLoader(tool.showError);
 *   <button disabled={example.busy} onClick={() => void example.run(async () => survey.load(…))}>
 */
import { useCallback, useState } from 'react';

export const EXAMPLE_FAILED = '示例数据未能加载，请检查网络后刷新页面再试。';

export function useExampleLoader(showError: (text: string) => void): { busy: boolean; run(load: () => Promise<void>): Promise<void> } {
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (load: () => Promise<void>) => {
      setBusy(true);
      try {
        await load();
      } catch {
        showError(EXAMPLE_FAILED);
      } finally {
        setBusy(false);
      }
    },
    [showError],
  );
  return { busy, run };
}
