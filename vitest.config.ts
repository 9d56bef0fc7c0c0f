import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Unit tests wait on nothing but the CPU. On a busy 2-CPU machine (CI shares its CPUs) they
    // run 4–6× slower than on a quiet one: a 300-run property test that takes 1 s quietly took
    // 5.2 s under load and hit Vitest's default 5 s. A hang still fails, after 30 s.
    testTimeout: 30_000,
  },
});
