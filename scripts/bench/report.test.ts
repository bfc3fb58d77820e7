import { describe, expect, it } from 'vitest';
import { README_END, README_START, formatCell, replaceBenchSection } from './report.ts';
import { kindOf } from './sizes.ts';

describe('bench report', () => {
  it('replaces only the text between the README markers', () => {
    const readme = `# Title\n\n${README_START}\n\nold table\n\n${README_END}\n\n## Next\n`;
    const updated = replaceBenchSection(readme, '| new | table |');
    expect(updated).toContain('| new | table |');
    expect(updated).not.toContain('old table');
    expect(updated.startsWith('# Title')).toBe(true);
    expect(updated.endsWith(`${README_END}\n\n## Next\n`)).toBe(true);
  });

  it('leaves a README without markers as it is', () => {
    expect(replaceBenchSection('# Title\n', 'x')).toBe('# Title\n');
  });

  it('formats bytes, times and counts', () => {
    expect(formatCell(376_100, 'bytes')).toBe('376.1 kB');
    expect(formatCell(1_970, 'ms')).toBe('1.97 s');
    expect(formatCell(412_080, 'int')).toBe('412,080');
    expect(formatCell(null, 'int')).toBe('–');
  });

  it('sorts downloads into kinds, controller models included', () => {
    const at = (path: string) => `http://127.0.0.1:4173/${path}`;
    expect(kindOf(at('assets/index-abc.js'), 'text/javascript')).toBe('js');
    expect(kindOf(at('fonts/hall-regular.woff'), 'font/woff')).toBe('fonts');
    expect(kindOf(at('content/exhibition.json'), 'application/json')).toBe('content');
    expect(kindOf(at('xr-profiles/meta-quest-touch-plus/left.glb'), 'model/gltf-binary')).toBe('models');
    expect(kindOf(at('xr-profiles/profilesList.json'), 'application/json')).toBe('models');
    expect(kindOf(at('index.html'), 'text/html')).toBe('other');
  });
});
