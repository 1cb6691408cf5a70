import type { Page } from 'playwright-core';

/** Resolves once the graph has drawn its first frame and its layout has settled. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('verkosto:first-frame').length > 0 &&
      performance.getEntriesByName('verkosto:layout-settled').length > 0 &&
      !!(window as unknown as { verkostoCy?: unknown }).verkostoCy,
    undefined,
    { timeout: 30_000 },
  );
}

interface CyLike {
  nodes(selector?: string): { length: number; filter(fn: (n: NodeLike) => boolean): NodeLike[] };
}
interface NodeLike {
  id(): string;
  data(key: string): unknown;
  renderedPosition(): { x: number; y: number };
  visible(): boolean;
}

/** Visible nodes in the graph, and how many of them are outside the scope. */
export function visibleNodeCounts(page: Page): Promise<{ visible: number; outside: number }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { verkostoCy: CyLike }).verkostoCy;
    return {
      visible: cy.nodes(':visible').length,
      outside: cy.nodes('.outside:visible').length,
    };
  });
}

/** Clicks the node of the actor with this name where it is drawn on the canvas. */
export async function clickNodeByName(page: Page, name: string): Promise<string> {
  const found = await page.evaluate((wanted) => {
    const cy = (window as unknown as { verkostoCy: CyLike }).verkostoCy;
    const node = cy.nodes().filter((n) => n.data('label') === wanted)[0];
    if (!node) return null;
    return { id: node.id(), ...node.renderedPosition() };
  }, name);
  if (!found) throw new Error(`no node named ${name}`);
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('graph canvas not on screen');
  await page.mouse.click(box.x + found.x, box.y + found.y);
  return found.id;
}
