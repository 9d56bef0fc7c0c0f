import { describe, expect, it } from 'vitest';
import { ANSWER_ROLES, formatRoles, isAnswerRole, isServqualFormat, referenceRole } from '../../../src/lib/servqual';

describe('answer roles of the two SERVQUAL formats', () => {
  it.each([
    // Parasuraman, Zeithaml & Berry (1988): expectation E and perception P.
    ['two-column', ['expected', 'perceived'], 'expected'],
    // Zeithaml, Berry & Parasuraman (1993): desired, adequate and perceived levels.
    ['three-column', ['desired', 'adequate', 'perceived'], 'desired'],
  ] as const)('%s asks %j and measures the gap against %s', (format, roles, reference) => {
    expect(formatRoles(format)).toEqual(roles);
    expect(referenceRole(format)).toBe(reference);
  });

  it('each role has its own one-letter code', () => {
    expect(Object.values(ANSWER_ROLES).map((info) => info.code)).toEqual(['E', 'D', 'A', 'P']);
  });

  it.each([
    ['two-column', true, false],
    ['perceived', false, true],
    ['P', false, false],
    [null, false, false],
  ])('%j: a format %s, a role %s', (value, format, role) => {
    expect(isServqualFormat(value)).toBe(format);
    expect(isAnswerRole(value)).toBe(role);
  });
});
