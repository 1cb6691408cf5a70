import type { AnalysisGraph } from '../analysis-graph';

/** Distinct neighbours and the sum of the merged strengths, read straight off the CSR arrays. */
export function degrees(graph: AnalysisGraph): { degree: Int32Array; weighted: Float64Array } {
  const degree = new Int32Array(graph.order);
  const weighted = new Float64Array(graph.order);
  for (let i = 0; i < graph.order; i++) {
    degree[i] = graph.starts[i + 1] - graph.starts[i];
    let sum = 0;
    for (let j = graph.starts[i]; j < graph.starts[i + 1]; j++) sum += graph.strengths[j];
    weighted[i] = sum;
  }
  return { degree, weighted };
}
