import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERSONAS } from '../../../src/data/personas';

describe('the six course personas', () => {
  it('are the six persona cards of lecture 2, same names and mottos, same order', () => {
    const page = readFileSync('content/lectures/2-cognition/personas.mdx', 'utf8');
    const cards = [...page.matchAll(/<PersonaCard\s+name="([^"]+)"\s+tagline="([^"]+)"/g)].map((match) => ({ name: match[1], tagline: match[2] }));
    expect(cards).toEqual(PERSONAS.map((persona) => ({ ...persona })));
  });
});
