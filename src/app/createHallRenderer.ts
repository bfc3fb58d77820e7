import { WebGLRenderer, type WebGLRendererParameters } from 'three';
import { yieldToBrowser } from '../lib/schedule.ts';

/**
 * The hall's renderer, made by fiber's async `gl` factory in a task of its own (issue #11): the context,
 * its extensions and state cost 25–35 ms at a phone's viewport under SwiftShader, and fiber's own set-up
 * after it (the first setSize allocates the drawing buffer, then the scene's first commit) as much again;
 * in one task they were the longest of the 3D start. The yields put each in its own task.
 */
export async function createHallRenderer(
  defaults: WebGLRendererParameters,
  antialias: boolean,
): Promise<WebGLRenderer> {
  await yieldToBrowser();
  const renderer = new WebGLRenderer({ ...defaults, antialias, powerPreference: 'high-performance' });
  await yieldToBrowser();
  return renderer;
}
