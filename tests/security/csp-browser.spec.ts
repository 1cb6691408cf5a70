import { describe, expect, it } from 'vitest';
import { apiAndBrowser } from '../e2e/support/browser';
import { visibleNodeCounts, waitForGraph } from '../e2e/support/graph';

// The Content-Security-Policy must let the built web app do all it does: its scripts, the
// layout Web Worker, Cytoscape's canvases and <style>, the GraphQL calls. The browser reports
// anything it blocks as a securitypolicyviolation event; there must be none.

describe('the web app under the Content-Security-Policy (Chromium)', () => {
  const demo = apiAndBrowser();

  it('draws the demo region with nothing blocked', async () => {
    const { page } = demo;
    const blocked: string[] = [];
    await page.exposeFunction('reportCspViolation', (line: string) => blocked.push(line));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportCspViolation(line: string): void }).reportCspViolation(
          `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        ),
      ),
    );
    const response = await page.goto(`${demo.api.url}/?debug=1`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByTestId('open-demo').click();
    await waitForGraph(page);
    expect((await visibleNodeCounts(page)).visible).toBeGreaterThan(100);
    expect(blocked).toEqual([]);
  });
});
