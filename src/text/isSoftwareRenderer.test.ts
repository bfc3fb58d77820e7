import { describe, expect, it } from 'vitest';
import { isSoftwareRendererName } from './isSoftwareRenderer.ts';

describe('isSoftwareRendererName', () => {
  it("knows CPU rasterisers by the renderer's name, and real GPUs as GPUs", () => {
    const software = [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
    ];
    const gpus = [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Adreno (TM) 740',
      'Apple GPU',
      'Mali-G78',
    ];
    expect(software.map(isSoftwareRendererName)).toEqual([true, true, true]);
    expect(gpus.map(isSoftwareRendererName)).toEqual([false, false, false, false]);
  });
});
