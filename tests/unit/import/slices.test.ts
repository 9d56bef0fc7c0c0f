import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slicesOf } from '../../../src/lib/import/slices';

async function collect(blob: Blob, size: number): Promise<Uint8Array[]> {
  const slices: Uint8Array[] = [];
  for await (const slice of slicesOf(blob, size)) slices.push(slice.slice());
  return slices;
}

const joined = (slices: Uint8Array[]) => Uint8Array.from(slices.flatMap((slice) => [...slice]));

describe('slicesOf: a file in fixed-size slices', () => {
  it('10 bytes in slices of 4: 4 + 4 + 2, in order', async () => {
    const bytes = Uint8Array.from({ length: 10 }, (_, index) => index);
    const slices = await collect(new Blob([bytes]), 4);
    expect(slices.map((slice) => [...slice])).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
  });

  it('an empty file yields no slice', async () => {
    expect(await collect(new Blob([]), 4)).toEqual([]);
  });

  it('a file of exactly one slice yields it whole', async () => {
    const slices = await collect(new Blob([new Uint8Array([7, 8, 9])]), 3);
    expect(slices.map((slice) => [...slice])).toEqual([[7, 8, 9]]);
  });

  it('refuses a slice size below one byte', () => {
    expect(() => slicesOf(new Blob(['a']), 0)).toThrow(RangeError);
  });

  it('property: full-sized slices but the last, in order, together the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 700 }), { maxLength: 6 }), fc.integer({ min: 1, max: 300 }), async (parts, size) => {
        const blob = new Blob(parts as BlobPart[]);
        const original = new Uint8Array(await blob.arrayBuffer());
        const slices = await collect(blob, size);
        expect(joined(slices)).toEqual(original);
        expect(slices.slice(0, -1).every((slice) => slice.length === size)).toBe(true);
        if (slices.length > 0) expect(slices.at(-1)!.length).toBeGreaterThan(0);
        expect(slices.length).toBe(Math.ceil(original.length / size));
      }),
      { numRuns: 200 },
    );
  });

  /** A file whose slice reads are counted, and finish only when the test says so. */
  function slowFile(size: number) {
    const reads: { start: number; finish: () => void }[] = [];
    let inFlight = 0;
    let most = 0;
    const blob = {
      size,
      slice: (start = 0, end = size) => ({
        arrayBuffer: () => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          return new Promise<ArrayBuffer>((resolve) => {
            reads.push({ start, finish: () => { inFlight -= 1; resolve(new ArrayBuffer(end - start)); } });
          });
        },
      }),
    } as unknown as Blob;
    return { blob, reads, most: () => most };
  }

  it('reads the next slice while the caller works on this one, never more than one ahead', async () => {
    const file = slowFile(10);
    const slices = slicesOf(file.blob, 4);
    const first = slices.next();
    expect(file.reads.map((read) => read.start)).toEqual([0]);
    file.reads[0]!.finish();
    expect((await first).value!.length).toBe(4);
    // The caller now decodes and parses bytes 0–3; bytes 4–7 are already being read.
    expect(file.reads.map((read) => read.start)).toEqual([0, 4]);
    const second = slices.next();
    file.reads[1]!.finish();
    expect((await second).value!.length).toBe(4);
    expect(file.reads.map((read) => read.start)).toEqual([0, 4, 8]);
    file.reads[2]!.finish();
    expect((await slices.next()).value!.length).toBe(2);
    expect((await slices.next()).done).toBe(true);
    expect(file.reads).toHaveLength(3);
    expect(file.most()).toBe(1);
  });

  it('stopping early reads at most one slice more, and a failed read ahead is no unhandled rejection', async () => {
    const failing = { size: 100, slice: (start = 0) => ({ arrayBuffer: () => (start === 0 ? Promise.resolve(new ArrayBuffer(10)) : Promise.reject(new Error('gone'))) }) } as unknown as Blob;
    let reads = 0;
    for await (const slice of slicesOf(failing, 10)) {
      reads += 1;
      expect(slice.length).toBe(10);
      break;
    }
    expect(reads).toBe(1);
    // Give an unhandled rejection the chance to surface (Vitest fails the run on one).
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});
