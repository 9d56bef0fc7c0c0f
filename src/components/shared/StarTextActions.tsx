/**
 * The 问卷星 panel's buttons in the KANO and SERVQUAL builders: copy the batch text, save it as
 * .txt, and say when it was copied (useQuestionnaireExports does the work).
 */
export function StarTextActions({ ready, exports, buttonClass }: { ready: boolean; exports: { copied: boolean; copyStarText: () => Promise<void>; downloadStarText: () => void }; buttonClass: string }) {
  return (
    <div className="calc-actions">
      <button type="button" className={buttonClass} disabled={!ready} onClick={() => void exports.copyStarText()}>复制文本</button>
      <button type="button" className={buttonClass} disabled={!ready} onClick={exports.downloadStarText}>下载为 .txt</button>
      <span aria-live="polite" className="calc-hint">{exports.copied ? '已复制到剪贴板。' : ''}</span>
    </div>
  );
}
