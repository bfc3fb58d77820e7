import { Perf } from 'r3f-perf';

/**
 * Live frame time, draw calls, triangles, programs and memory (r3f-perf), only behind `?perf`: this
 * module is a lazy chunk that visitors never download.
 */
export default function PerfOverlay() {
  return <Perf position="bottom-right" minimal={false} matrixUpdate deepAnalyze={false} overClock={false} />;
}
