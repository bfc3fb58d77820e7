import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Exhibition } from './schema.ts';
import { validateExhibition } from './validate.ts';
import { describeJsonSyntaxError } from './issues.ts';

const shipped = JSON.parse(readFileSync('public/content/exhibition.json', 'utf8'));
const clone = () => structuredClone(shipped);

const CASE_IDS = [
  'huawei-ar-oil-gas-inspection',
  'koomap-xicun-ar-tourism',
  'virtual-tv-host',
  'immersive-light-courses',
  'traditional-culture-virtual-video',
  'connected-vehicle-teaching-twin',
  'zte-asian-games-dual-universe',
  'vr-chronic-pain-therapy',
  'futian-festival-avenue-ar',
  'real-estate-digital-twin',
  'in-car-xr-cockpit',
  'byd-xr-launch',
  'colorlight-xr-studio',
  'unilumin-xr-virtual-production',
  'lol-collegiate-finals-ar',
  'hisense-xr-v3-headset',
  'insta360-5g-vr',
  'hisense-pancake-mr',
  'futian-ar-city-inspection',
];

describe('the shipped exhibition', () => {
  const result = validateExhibition('exhibition.json', shipped);
  it('passes the schema and the semantic checks', () => {
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });
  it('has all 19 cases of the white paper, in the paper order, in 8 sectors', () => {
    expect(shipped.booths.map((b: { id: string }) => b.id)).toEqual(CASE_IDS);
    expect(shipped.sectors).toHaveLength(8);
    expect(new Set(shipped.booths.map((b: { sector: string }) => b.sector)).size).toBe(8);
  });
  it('presents the paper at the entrance', () => {
    expect(shipped.entrance.technologies).toHaveLength(6);
    expect(shipped.entrance.industryChain).toHaveLength(6);
    expect(shipped.entrance.measures).toHaveLength(6);
    expect(shipped.entrance.timeline.length).toBeGreaterThanOrEqual(20);
  });
  it('matches the JSON Schema file curators edit against', () => {
    const onDisk = JSON.parse(readFileSync('public/content/exhibition.schema.json', 'utf8'));
    const { title: _t, $id: _i, ...rest } = onDisk;
    expect(rest).toEqual(z.toJSONSchema(Exhibition, { target: 'draft-2020-12' }));
  });
});

describe('broken content is rejected with the path of the bad field', () => {
  const issuesFor = (mutate: (d: ReturnType<typeof clone>) => void) => {
    const data = clone();
    mutate(data);
    const result = validateExhibition('exhibition.json', data);
    expect(result.ok).toBe(false);
    return result.issues;
  };

  it('a missing English title', () => {
    const issues = issuesFor((d) => delete d.booths[3].title.en);
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'exhibition.json', path: 'booths[3].title.en' }),
    );
  });
  it('too few key figures', () => {
    const issues = issuesFor((d) => (d.booths[0].figures = d.booths[0].figures.slice(0, 1)));
    expect(issues[0]).toMatchObject({ path: 'booths[0].figures', message: 'at least 2 key figures' });
  });
  it('a booth id that is not kebab-case', () => {
    const issues = issuesFor((d) => (d.booths[1].id = 'Bad Id'));
    expect(issues[0]?.path).toBe('booths[1].id');
    expect(issues[0]?.message).toMatch(/kebab-case/);
  });
  it('a duplicate booth id', () => {
    const issues = issuesFor((d) => (d.booths[5].id = d.booths[4].id));
    expect(issues).toEqual([
      expect.objectContaining({ path: 'booths[5].id', message: expect.stringMatching(/duplicate/) }),
    ]);
  });
  it('a booth in a sector that does not exist', () => {
    const issues = issuesFor((d) => (d.booths[2].sector = 'space-tourism'));
    expect(issues[0]).toMatchObject({ path: 'booths[2].sector' });
    expect(issues[0]?.message).toMatch(/unknown sector "space-tourism"/);
  });
  it('a link that is neither same-origin nor https', () => {
    const issues = issuesFor(
      (d) => (d.booths[0].links = [{ href: 'javascript:alert(1)', label: { zh: '链接', en: 'Link' } }]),
    );
    expect(issues[0]).toMatchObject({ path: 'booths[0].links[0].href' });
  });
  it('an unknown field (typos do not pass silently)', () => {
    const issues = issuesFor((d) => (d.booths[0].summery = d.booths[0].summary));
    expect(issues[0]?.path).toBe('booths[0]');
    expect(issues[0]?.message).toMatch(/summery/);
  });
  it('a missing asset, when the caller can look at the disk', () => {
    const data = clone();
    data.booths[0].media = [{ src: 'media/missing.jpg', alt: { zh: '图', en: 'Picture' } }];
    const result = validateExhibition('exhibition.json', data, () => false);
    expect(result.issues).toEqual([
      {
        file: 'exhibition.json',
        path: 'booths[0].media[0].src',
        message: 'asset not found: media/missing.jpg',
      },
    ]);
  });
});

describe('JSON syntax errors', () => {
  it('name the line and column', () => {
    const text = '{\n  "title": {\n    "zh": "展",\n  }\n}';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    expect(describeJsonSyntaxError(text, error)).toMatch(/line 4, column \d+/);
  });
});

describe('URLs in the content', () => {
  const issueFor = (mutate: (d: ReturnType<typeof clone>) => void) => {
    const data = clone();
    mutate(data);
    const result = validateExhibition('exhibition.json', data);
    return result.ok ? null : result.issues[0];
  };
  const link = (href: string) => (d: ReturnType<typeof clone>) =>
    (d.booths[0].links = [{ href, label: { zh: '链接', en: 'Link' } }]);
  it('refuse links a browser would resolve to another host', () => {
    expect(issueFor(link('/\\evil.example/phish'))).toMatchObject({
      path: 'booths[0].links[0].href',
      message: expect.stringMatching(/backslash/),
    });
    expect(issueFor(link('\\\\evil.example/x'))?.message).toMatch(/backslash/);
    expect(issueFor(link('//evil.example/x'))?.message).toMatch(/protocol-relative/);
    expect(issueFor(link('https://www.sz.gov.cn/'))).toBeNull();
  });
  it('keep media on the site', () => {
    const media = (src: string) => (d: ReturnType<typeof clone>) =>
      (d.booths[1].media = [{ src, alt: { zh: '图', en: 'Picture' } }]);
    expect(issueFor(media('https://evil.example/x.png'))).toMatchObject({ path: 'booths[1].media[0].src' });
    expect(issueFor(media('media/x.png'))).toBeNull();
  });
});

describe('length limits', () => {
  it('refuse a 5,000-character title, naming the path and the limit', () => {
    const data = clone();
    data.booths[2].title.en = 'A'.repeat(5000);
    const result = validateExhibition('exhibition.json', data);
    expect(result.issues).toEqual([
      expect.objectContaining({ path: 'booths[2].title.en', message: expect.stringMatching(/at most 200/) }),
    ]);
  });
  it('refuse more than 400 booths', () => {
    const data = clone();
    data.booths = Array.from({ length: 401 }, (_, i) => ({ ...shipped.booths[i % 19], id: `b-${i}` }));
    expect(validateExhibition('exhibition.json', data).issues[0]).toMatchObject({
      path: 'booths',
      message: 'at most 400 booths',
    });
  });
});

describe('scripts the hall cannot show', () => {
  it('refuse right-to-left text with a clear message', () => {
    const data = clone();
    data.booths[4].summary.en = 'مرحبا بكم في المعرض';
    const result = validateExhibition('exhibition.json', data);
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: 'booths[4].summary.en',
        message: expect.stringMatching(/right-to-left/),
      }),
    ]);
  });
});
