/**
 * Stage 1 of the import pipeline: a file's bytes in slices of a fixed size (the last one
 * shorter), each slice read while the one before it is decoded and parsed. A slice read is a
 * round trip to the browser's file store, done off the thread that asks for it: read one after
 * the other, the 19 reads of 4 MB of the 72 MB file in bench/scenarios/kano-100k.mjs took
 * 500–800 ms of a Chromium worker's time; read ahead, they overlap the parse.
 * At most two slices are held at once (the one being parsed and the next).
 */

/**
 * @param blob the file
 * @param size bytes per slice (the last slice may be shorter; an empty file yields nothing)
 * @example for await (const bytes of slicesOf(file, 4 * 1024 * 1024)) decode.push(bytes, …)
 */
export function slicesOf(blob: Blob, size: number): AsyncGenerator<Uint8Array> {
  if (!(size >= 1)) throw new RangeError(`slice size must be at least 1 byte, got ${size}`);
  return readAhead(blob, size);
}

async function* readAhead(blob: Blob, size: number): AsyncGenerator<Uint8Array> {
  const read = (offset: number): Promise<Uint8Array> => {
    const reading = blob.slice(offset, Math.min(blob.size, offset + size)).arrayBuffer().then((buffer) => new Uint8Array(buffer));
    // A read ahead that nobody awaits (the caller stopped early) must not be an unhandled rejection.
    reading.catch(() => undefined);
    return reading;
  };
  let next = blob.size > 0 ? read(0) : null;
  for (let offset = 0; next !== null; offset += size) {
    const current = await next;
    next = offset + size < blob.size ? read(offset + size) : null;
    yield current;
  }
}
