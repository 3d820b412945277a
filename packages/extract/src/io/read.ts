// Reading input files safely: a first pass checks that the file is text (not binary), valid UTF-8 and
// English, and hashes it for the document id; a second pass yields it in chunks that end on paragraph or
// sentence boundaries, so a 50 MB file is read with bounded memory.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { ExtractInputError } from '../errors.ts';
import { guessEnglish } from './language.ts';

export interface TextCheck {
  /** hashId(text) of the whole decoded text: the document id's hash. */
  hash: string;
  chars: number;
  bytes: number;
  /** Why the file yields nothing, though it is not an error (empty, not English). */
  skip?: string;
}

const SAMPLE_CHARS = 20_000;

/** Throws ExtractInputError for a missing, binary or non-UTF-8 file; says when it is empty or not English. */
export async function checkFile(path: string): Promise<TextCheck> {
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile())
      throw new ExtractInputError(
        path,
        `geokg extract: ${path} is not a file; give article files (.txt, .md, .html)`,
      );
    size = st.size;
  } catch (e) {
    if (e instanceof ExtractInputError) throw e;
    throw new ExtractInputError(
      path,
      `geokg extract: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check the path`,
    );
  }
  const hash = createHash('sha256');
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let bytes = 0;
  let chars = 0;
  let sample = '';
  let controls = 0;
  for await (const buf of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (bytes < 65_536) {
      const head = buf.subarray(0, 65_536 - bytes);
      const nul = head.indexOf(0);
      if (nul >= 0)
        throw new ExtractInputError(
          path,
          `geokg extract: ${path} looks binary (a NUL byte at offset ${bytes + nul}); give a text, Markdown or HTML article`,
        );
      for (const b of head) if (b < 9 || (b > 13 && b < 32)) controls++;
    }
    let text: string;
    try {
      text = decoder.decode(buf, { stream: true });
    } catch {
      throw new ExtractInputError(
        path,
        `geokg extract: ${path} is not valid UTF-8 (in the bytes from offset ${bytes}); convert it first, e.g. iconv -f latin1 -t utf-8 ${path} > ${path}.utf8`,
      );
    }
    bytes += buf.length;
    chars += text.length;
    hash.update(text);
    if (sample.length < SAMPLE_CHARS) sample += text.slice(0, SAMPLE_CHARS - sample.length);
  }
  try {
    const rest = decoder.decode();
    chars += rest.length;
    hash.update(rest);
  } catch {
    throw new ExtractInputError(
      path,
      `geokg extract: ${path} is not valid UTF-8 (it ends inside a character); convert it first, e.g. iconv -f latin1 -t utf-8 ${path} > ${path}.utf8`,
    );
  }
  if (controls > Math.min(bytes, 65_536) * 0.1)
    throw new ExtractInputError(
      path,
      `geokg extract: ${path} looks binary (many control characters); give a text, Markdown or HTML article`,
    );
  const digest = hash.digest('hex').slice(0, 20);
  if (size === 0 || !sample.trim())
    return { hash: digest, chars, bytes, skip: `${path} is empty; nothing to extract` };
  const lang = guessEnglish(sample);
  if (!lang.english) {
    return {
      hash: digest,
      chars,
      bytes,
      skip: `${path} does not look like English (${Math.round(lang.share * 100)} % English function words in ${lang.words} words); geokg extracts English text only`,
    };
  }
  return { hash: digest, chars, bytes };
}

export interface TextChunk {
  text: string;
  /** Document offset (UTF-16 code units) of the chunk's first character. */
  base: number;
}

/** The file's text in chunks of about `size` characters, each ending at a paragraph or sentence boundary. */
export async function* readChunks(path: string, size = 256 * 1024): AsyncGenerator<TextChunk> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let buffer = '';
  let base = 0;
  for await (const buf of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    buffer += decoder.decode(buf, { stream: true });
    while (buffer.length >= size) {
      const cut = boundary(buffer, size);
      yield { text: buffer.slice(0, cut), base };
      base += cut;
      buffer = buffer.slice(cut);
    }
  }
  buffer += decoder.decode();
  if (buffer) yield { text: buffer, base };
}

/** Where to cut: after the last blank line, else the last sentence end, else the last space, within `size`. */
export function boundary(text: string, size: number): number {
  const window = text.slice(0, size);
  const floor = size / 4;
  const para = window.lastIndexOf('\n\n');
  if (para > floor) return para + 2;
  const sentence = /[.!?]["')\]]?\s+(?=[A-Z"“])/g;
  let last = -1;
  for (let m = sentence.exec(window); m; m = sentence.exec(window)) last = m.index + m[0].length;
  if (last > floor) return last;
  const line = window.lastIndexOf('\n');
  if (line > floor) return line + 1;
  const space = window.lastIndexOf(' ');
  if (space > floor) return space + 1;
  // No boundary at all (one endless token): cut, but never inside a surrogate pair.
  const code = text.charCodeAt(size - 1);
  return code >= 0xd800 && code <= 0xdbff ? size - 1 : size;
}

/**
 * An article's text, after the checks of checkFile: throws ExtractInputError (binary, not UTF-8, missing);
 * an empty or non-English file reads as its text, and extractText makes an empty result of it.
 * Reads the whole file: for very large files use extractFiles, which streams.
 */
export async function readArticleFile(path: string): Promise<string> {
  await checkFile(path);
  return readFile(path, 'utf8');
}
