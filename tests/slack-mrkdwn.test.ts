import { describe, expect, it } from 'vitest';
import { markdownToMrkdwn } from '../src/render/slack/mrkdwn.js';
import { truncateMrkdwn } from '../src/render/slack/limits.js';

describe('Markdown → Slack mrkdwn', () => {
  it('emphasis, strong, strike and inline code', () => {
    expect(markdownToMrkdwn('Some *em* and **strong** and ~~gone~~ and `x < y`.')).toBe('Some _em_ and *strong* and ~gone~ and `x &lt; y`.');
  });

  it('links become <url|label>; bare URLs too; unsafe schemes stay text', () => {
    expect(markdownToMrkdwn('[MERT](https://arxiv.org/abs/2306.00107) at https://m-a-p.ai')).toBe(
      '<https://arxiv.org/abs/2306.00107|MERT> at <https://m-a-p.ai/|https://m-a-p.ai>',
    );
    expect(markdownToMrkdwn('[mail me](mailto:a@b.org) [x](ftp://f.org/a)')).toBe('mail me x');
    expect(markdownToMrkdwn('[**bold** label](https://a.org)')).toBe('<https://a.org/|bold label>');
  });

  it('bullet, ordered and nested lists', () => {
    expect(markdownToMrkdwn('Topics:\n\n- one\n- two\n  - two-a\n- three\n\n3. c\n4. d')).toBe(
      'Topics:\n\n• one\n• two\n    • two-a\n• three\n\n3. c\n4. d',
    );
  });

  it('headings, quotes, code blocks and rules', () => {
    expect(markdownToMrkdwn('## Outline\n\n> quoted\n> text\n\n```\na <b>\n```\n\n---\n\nend')).toBe(
      '*Outline*\n\n> quoted text\n\n```a &lt;b&gt;```\n\n———\n\nend',
    );
  });

  it('soft line breaks join, hard breaks stay', () => {
    expect(markdownToMrkdwn('wrapped\nline  \nnext')).toBe('wrapped line\nnext');
  });

  it('HTML in an abstract: tags dropped, emphasis kept, entities read once', () => {
    expect(markdownToMrkdwn('<p>One &amp; <em>two</em><br>three</p>')).toBe('One &amp; two\nthree');
    expect(markdownToMrkdwn('Inline <strong>bold</strong> and <span class="x">plain</span>')).toBe('Inline *bold* and plain');
    expect(markdownToMrkdwn('a <!-- hidden --> b')).toBe('a  b');
  });

  it('everything that looks like Slack syntax is escaped', () => {
    expect(markdownToMrkdwn('<!channel> <@U1> <#C1|general> &lt; &')).toBe('&lt;!channel&gt; &lt;@U1&gt; &lt;#C1|general&gt; &lt; &amp;');
  });

  it('tables become lines', () => {
    expect(markdownToMrkdwn('| a | b |\n|---|---|\n| 1 | 2 |')).toBe('a | b\n1 | 2');
  });
});

describe('trimming', () => {
  it('never cuts inside an entity or a link', () => {
    const s = `${'x'.repeat(95)}&amp;<https://a.org|link> tail`;
    for (let max = 90; max < s.length; max++) {
      const t = truncateMrkdwn(s, max);
      expect(t.length).toBeLessThanOrEqual(max);
      expect(t.endsWith('…')).toBe(true);
      const body = t.slice(0, -1);
      expect(body).not.toMatch(/&[a-z]*$/);
      expect((body.match(/</g) ?? []).length).toBe((body.match(/>/g) ?? []).length);
    }
  });

  it('does not split a surrogate pair', () => {
    const t = truncateMrkdwn('😀'.repeat(10), 6);
    expect(t).toBe('😀😀…');
  });
});
