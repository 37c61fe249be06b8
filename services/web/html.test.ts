import assert from 'node:assert/strict';
import { escapeHtml, html, query, trusted } from './html.ts';

describe('web html templates', () => {
  it('escapes every interpolated value', () => {
    const name = '<script>alert("x")</script>';
    const out = html`<p title="${name}">${name}</p>`.value;
    assert.equal(
      out,
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>',
    );
    assert.equal(escapeHtml(`'\`&`), '&#39;&#96;&amp;');
  });

  it('nests templates and lists without double escaping', () => {
    const items = ['a&b', 'c'].map((x) => html`<li>${x}</li>`);
    assert.equal(html`<ul>${items}</ul>`.value, '<ul><li>a&amp;b</li><li>c</li></ul>');
    assert.equal(html`${null}${undefined}${false}${0}`.value, '0');
    assert.equal(html`${trusted('<svg></svg>')}`.value, '<svg></svg>');
  });

  it('builds query strings without empty parameters', () => {
    assert.equal(query({ q: '王 小', page: 0, kind: undefined }), '?q=%E7%8E%8B+%E5%B0%8F');
    assert.equal(query({}), '');
  });
});
