type GL = WebGLRenderingContext | WebGL2RenderingContext;

/** One answer per context: reading the renderer's name waits for every GPU command queued before it. */
const answers = new WeakMap<GL, boolean>();

/**
 * True on CPU rasterisers (SwiftShader, llvmpipe). troika draws glyph SDFs with WebGL by default, which
 * is fast on a GPU but far slower than its JavaScript worker path when "the GPU" is the CPU.
 * Ask first right after the context is made (HallCanvas does), while the GPU has nothing queued: asked
 * after a frame, the query waited 240 ms for SwiftShader to finish drawing it.
 */
export function isSoftwareRenderer(gl: GL): boolean {
  const known = answers.get(gl);
  if (known !== undefined) return known;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const software = isSoftwareRendererName(
    String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)),
  );
  answers.set(gl, software);
  return software;
}

/** Whether a renderer's name (WEBGL_debug_renderer_info) is a CPU rasteriser's. */
export function isSoftwareRendererName(renderer: string): boolean {
  return /swiftshader|llvmpipe|software|basic render/i.test(renderer);
}
