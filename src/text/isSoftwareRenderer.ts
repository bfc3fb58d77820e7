/**
 * True on CPU rasterisers (SwiftShader, llvmpipe). troika draws glyph SDFs with WebGL by default, which
 * is fast on a GPU but far slower than its JavaScript worker path when "the GPU" is the CPU.
 */
export function isSoftwareRenderer(gl: WebGLRenderingContext | WebGL2RenderingContext): boolean {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  return /swiftshader|llvmpipe|software|basic render/i.test(renderer);
}
