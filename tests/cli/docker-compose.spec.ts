import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths';

const compose = spawnSync('docker-compose', ['version'], { encoding: 'utf8' });
const hasCompose = compose.status === 0;

// .ci/run installs docker-compose; elsewhere the test says it did not run rather than pass.
describe.runIf(hasCompose)('docker-compose.yml', () => {
  it('is a valid compose file with Neo4j 5 (volume, health check) and the app configured for it', () => {
    const result = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/image: neo4j:5/);
    expect(result.stdout).toMatch(/healthcheck:/);
    expect(result.stdout).toMatch(/NEO4J_URI: neo4j:\/\/neo4j:7687/);
    expect(result.stdout).toMatch(/neo4j-data:\/data/);
  });
});
