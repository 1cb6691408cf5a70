/**
 * Eigenvalues and eigenvectors of a small dense symmetric matrix by cyclic Jacobi rotations.
 * Used on the Lanczos tridiagonal matrix (at most a few dozen rows), where simplicity beats
 * speed. `matrix` is row-major m*m and is destroyed; column k of `vectors` goes with values[k].
 */
export function symmetricEigen(
  matrix: Float64Array,
  m: number,
): { values: Float64Array; vectors: Float64Array } {
  const a = matrix;
  const vectors = new Float64Array(m * m);
  for (let i = 0; i < m; i++) vectors[i * m + i] = 1;
  let scale = 0;
  for (let i = 0; i < m * m; i++) scale += a[i] * a[i];
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < m; p++) for (let q = p + 1; q < m; q++) off += a[p * m + q] ** 2;
    if (off <= 1e-30 * scale || off === 0) break;
    for (let p = 0; p < m; p++) {
      for (let q = p + 1; q < m; q++) {
        const apq = a[p * m + q];
        if (apq === 0) continue;
        const theta = (a[q * m + q] - a[p * m + p]) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < m; k++) {
          const akp = a[k * m + p];
          const akq = a[k * m + q];
          a[k * m + p] = c * akp - s * akq;
          a[k * m + q] = s * akp + c * akq;
        }
        for (let k = 0; k < m; k++) {
          const apk = a[p * m + k];
          const aqk = a[q * m + k];
          a[p * m + k] = c * apk - s * aqk;
          a[q * m + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < m; k++) {
          const vkp = vectors[k * m + p];
          const vkq = vectors[k * m + q];
          vectors[k * m + p] = c * vkp - s * vkq;
          vectors[k * m + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(m);
  for (let i = 0; i < m; i++) values[i] = a[i * m + i];
  return { values, vectors };
}
