import { describe, expect, it } from 'vitest';
import { isExternalLink, linkProblem, sitePathProblem } from './safeUrl.ts';
import { contentUrlFrom } from './contentUrl.ts';
import { ContentError } from './issues.ts';

const PAGE = 'http://127.0.0.1:4173/hall/index.html';

describe('same-origin is decided by resolving against the page', () => {
  it('accepts paths that stay on the site', () => {
    for (const path of ['media/a.jpg', '/media/a.jpg', './a.png', '../../../x.png', 'a b.png', '#/booth/x'])
      expect(sitePathProblem(path, PAGE), path).toBeNull();
  });

  it('refuses forms a browser turns into another host, each with its reason', () => {
    expect(sitePathProblem('/\\evil.example/phish', PAGE)).toMatch(/backslash/);
    expect(sitePathProblem('\\\\evil.example/x', PAGE)).toMatch(/backslash/);
    expect(sitePathProblem('//evil.example/x', PAGE)).toMatch(/protocol-relative/);
    expect(sitePathProblem(' //evil.example/x', PAGE)).toMatch(/spaces/);
    expect(sitePathProblem('/\t/evil.example/x', PAGE)).toMatch(/control characters/);
    expect(sitePathProblem('/\n/evil.example', PAGE)).toMatch(/control characters/);
    expect(sitePathProblem('https://evil.example/x.png', PAGE)).toMatch(/not a URL/);
    expect(sitePathProblem('javascript:alert(1)', PAGE)).toMatch(/not a URL/);
    expect(sitePathProblem('', PAGE)).toMatch(/empty/);
  });

  it('would have let the old forms through: the browser really resolves them elsewhere', () => {
    expect(new URL('/\\evil.example/phish', PAGE).host).toBe('evil.example');
    expect(new URL('\\\\evil.example/x', PAGE).host).toBe('evil.example');
    expect(new URL('/\t/evil.example/x', PAGE).host).toBe('evil.example');
  });
});

describe('links', () => {
  it('allow site paths and https:// URLs only', () => {
    expect(linkProblem('https://www.sz.gov.cn/a?b=c', PAGE)).toBeNull();
    expect(linkProblem('content/other.json', PAGE)).toBeNull();
    expect(linkProblem('http://example.com/', PAGE)).toMatch(/https/);
    expect(linkProblem('javascript:alert(1)', PAGE)).toMatch(/same-origin path or an https/);
    expect(linkProblem('data:text/html,x', PAGE)).toMatch(/same-origin path or an https/);
    expect(linkProblem('https:evil.example', PAGE)).toMatch(/with a host/);
    expect(linkProblem('https:/\\evil.example', PAGE)).toMatch(/backslash/);
    expect(linkProblem('https://user:pw@evil.example/', PAGE)).toMatch(/password/);
    expect(linkProblem('/\\evil.example/phish', PAGE)).toMatch(/backslash/);
  });

  it('know which leave the site', () => {
    expect(isExternalLink('https://example.com/', PAGE)).toBe(true);
    expect(isExternalLink('media/a.pdf', PAGE)).toBe(false);
    expect(isExternalLink('http://127.0.0.1:4173/x', PAGE)).toBe(false);
  });
});

describe('?content=', () => {
  const problem = (search: string) => {
    try {
      contentUrlFrom(search, PAGE);
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      return (error as ContentError).issues[0]?.message;
    }
    return null;
  };
  it('defaults to the bundled exhibition and accepts another JSON file of the site', () => {
    expect(contentUrlFrom('', PAGE)).toBe('content/exhibition.json');
    expect(contentUrlFrom('?content=content/draft.json', PAGE)).toBe('content/draft.json');
  });
  it('refuses another host, backslash forms and non-JSON files with a clear message', () => {
    expect(problem('?content=/%5Cevil.example/x.json')).toMatch(/"\/\\evil\.example\/x\.json" .*backslash/);
    expect(problem('?content=//evil.example/x.json')).toMatch(/protocol-relative/);
    expect(problem('?content=https://evil.example/x.json')).toMatch(/not a URL/);
    expect(problem('?content=content/kiosk.txt')).toMatch(/\.json file/);
  });
});
