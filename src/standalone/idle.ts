// Work the page does when the officer is not waiting for anything: after a pause (so the first clicks after opening
// a file are answered first), in the browser's next idle period. Returns a cancel for an effect's clean-up.
export function whenIdle(work: () => void, pauseMs = 1000): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === "function") idle = requestIdleCallback(() => work(), { timeout: 2000 });
    else work();
  }, pauseMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
