// Lets a page's first chart be painted before the rest are drawn. Framework runs every cell whose inputs
// are ready in one go, and the browser paints only when they have all finished, so a page with seven
// figures showed nothing until all seven were drawn (at 4x CPU throttling, most of its time to first chart).
// A figure cell awaits this after its first figure (the page's first), and every later figure cell first
// awaits it: the first chart is painted, then the rest follow in the next task. Later runs (a council or
// year changed) find it resolved and redraw in one go, as before, so nothing flickers.
let painted: Promise<void> | undefined;

export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise((resolve) => {
    // A hidden tab gets no animation frames until it is shown: draw everything at once instead.
    if (document.visibilityState === "hidden") resolve();
    // The frame callback runs just before the paint; the timeout's task runs after it.
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
  return painted;
}
