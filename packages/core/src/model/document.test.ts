// Every reader's Document comes from documentEntity: the same source gives the same node.
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../seeded/registry.ts';
import { factsFromParsed } from '../facts/read.ts';
import { parseFactText } from '../facts/records.ts';
import { documentEntity, documentId } from './document.ts';
import { hashId } from './ids.ts';

describe('documentEntity', () => {
  it('names a file by its path and a web page by its URL', () => {
    expect(documentEntity('doc:a', 'news/story.txt')).toEqual({
      id: 'doc:a',
      kind: 'Document',
      name: 'news/story.txt',
      aliases: [],
      props: { path: 'news/story.txt' },
    });
    expect(documentEntity('doc:b', 'https://example.org/a').props).toEqual({ url: 'https://example.org/a' });
    expect(documentEntity('doc:c', 'httpd.conf').props).toEqual({ path: 'httpd.conf' });
  });

  it('is the Document a fact file is read as', () => {
    const text = 'entities:\n  - { id: "org:test-body", kind: Organization, name: Test Body }\n';
    const parsed = parseFactText('facts.yaml', text, 'yaml');
    const f = factsFromParsed('facts.yaml', parsed, defaultRegistry());
    expect(f.document).toEqual(documentEntity(documentId(hashId(text)), 'facts.yaml'));
    expect(f.document.id).toBe(`doc:${hashId(text)}`);
  });
});
