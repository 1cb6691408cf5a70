import { describe, expect, it } from 'vitest';
import { parseRenderOverrides, renderOptions } from './render-options';

describe('renderOptions', () => {
  it('draws small graphs in full detail and large ones with viewport shortcuts', () => {
    expect(renderOptions(120)).toEqual({
      hideEdgesOnViewport: false,
      textureOnViewport: false,
      pixelRatio: 'auto',
      webgl: false,
      labelsInViewOnly: false,
    });
    expect(renderOptions(2000)).toEqual({
      hideEdgesOnViewport: true,
      textureOnViewport: true,
      pixelRatio: 1,
      webgl: false,
      labelsInViewOnly: true,
    });
  });

  it('takes overrides from the bench', () => {
    const overrides = parseRenderOverrides('texture:0,webgl:1,bogus:1');
    expect(overrides).toEqual({ texture: false, webgl: true });
    expect(renderOptions(2000, overrides)).toMatchObject({
      textureOnViewport: false,
      webgl: true,
      hideEdgesOnViewport: true,
    });
  });
});
