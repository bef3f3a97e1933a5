// Reading a pack's zip as `daybook verify` does: the archive must cover the whole file (nothing
// before its first file, between its files or after its end record, where a second archive could
// hide), every name must be unique and safe, no entry may be a link or other special file, and
// each file is read back through its own local header and checked against its CRC-32.

const MAX_ENTRIES = 200000;
const MAX_TOTAL = 64 * 1024 ** 3; // bytes inflated across the whole pack
const MAX_SMALL = 64 * 1024 ** 2; // SHA256SUMS, keys, signatures, manifest.json
const BIG_FILE = 64 * 1024 ** 2; // larger files are hashed as they stream
const REGION_READ = 4 * 1024 ** 2; // files up to this are read in one go with their header

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const SIG_DESCRIPTOR = 0x08074b50;

// The pack as a whole holds more than a pack can (the same cap as `daybook verify`).
class TooBig extends Error {}
// One file inside the zip cannot be read back as its directory describes it.
class Damaged extends Error {}
// This browser cannot unpack deflate (no DecompressionStream).
class NoInflate extends Error {}

const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀" +
  "αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

function decodeName(bytes, utf8) {
  if (utf8) return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  let s = "";
  for (const b of bytes) s += b < 128 ? String.fromCharCode(b) : CP437_HIGH[b - 128];
  return s;
}

async function sliceBytes(blob, start, end) {
  return new Uint8Array(await blob.slice(start, end).arrayBuffer());
}

function le(bytes) {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(view, at) {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
}

// The ZIP64 extended information (header 0x0001) holds, in this order, whichever of the
// uncompressed size, compressed size and header offset did not fit in 32 bits.
function zip64Values(extra, wanted) {
  const view = le(extra);
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (at + 4 + size > extra.length) throw new Damaged("extra field cut short");
    if (id === 0x0001) {
      const out = [];
      for (let k = 0; k < wanted; k++) {
        if (4 + 8 * (k + 1) > size + 4) throw new Damaged("zip64 field cut short");
        out.push(u64(view, at + 4 + 8 * k));
      }
      return out;
    }
    at += 4 + size;
  }
  if (wanted) throw new Damaged("zip64 field missing");
  return [];
}

function hasZip64Field(extra) {
  const view = le(extra);
  for (let at = 0; at + 4 <= extra.length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) === 0x0001) return true;
  }
  return false;
}

function unsafeName(n) {
  return (
    n === "" ||
    n.startsWith("/") ||
    n.includes("\\") ||
    n.includes("\u0000") ||
    /^[A-Za-z]:/.test(n) ||
    n.split("/").includes("..")
  );
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

// Opens the zip's directory and checks the archive's outline. Returns
// {fatal, problems, entries (Map name -> entry, files only), count}; `fatal` is a sentence when
// the file is not a readable zip at all.
async function openZip(file) {
  const name = file.name;
  const notZip = `${name} is damaged or is not an evidence pack (not a readable zip).`;
  const out = { fatal: null, problems: [], entries: new Map(), count: 0 };
  const size = file.size;
  if (size < 22) {
    out.fatal = notZip;
    return out;
  }
  const tailStart = Math.max(0, size - (22 + 65535 + 20 + 56));
  const tail = await sliceBytes(file, tailStart, size);
  const tv = le(tail);
  let endAt = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tv.getUint32(i, true) === SIG_END) {
      endAt = i;
      break;
    }
  }
  if (endAt < 0) {
    out.fatal = notZip;
    return out;
  }
  const commentLength = tv.getUint16(endAt + 20, true);
  const endPos = tailStart + endAt;
  if (endPos + 22 + commentLength > size) {
    out.fatal = notZip;
    return out;
  }
  if (endPos + 22 + commentLength < size) {
    out.problems.push(
      `${name} has data after the end of the zip archive, where a second archive could be ` +
        "hidden (one zip program would show one archive and another a different one).",
    );
  }
  const disk = tv.getUint16(endAt + 4, true);
  const cdDisk = tv.getUint16(endAt + 6, true);
  let count = tv.getUint16(endAt + 10, true);
  const countHere = tv.getUint16(endAt + 8, true);
  let cdSize = tv.getUint32(endAt + 12, true);
  let cdOffset = tv.getUint32(endAt + 16, true);
  let cdEnd = endPos;
  const locAt = endAt - 20;
  if (locAt >= 0 && tv.getUint32(locAt, true) === SIG_LOCATOR64) {
    const recordPos = u64(tv, locAt + 8);
    const recAt = locAt - 56;
    if (recAt < 0 || tailStart + recAt !== recordPos || tv.getUint32(recAt, true) !== SIG_END64) {
      out.fatal = notZip;
      return out;
    }
    if (u64(tv, recAt + 4) !== 44 || tv.getUint32(recAt + 16, true) || tv.getUint32(recAt + 20, true)) {
      out.fatal = notZip;
      return out;
    }
    count = u64(tv, recAt + 32);
    if (u64(tv, recAt + 24) !== count) {
      out.fatal = notZip;
      return out;
    }
    cdSize = u64(tv, recAt + 40);
    cdOffset = u64(tv, recAt + 48);
    cdEnd = recordPos;
  } else if (disk || cdDisk || countHere !== count) {
    out.fatal = notZip; // a multi-part archive is not a pack
    return out;
  }
  if (count > MAX_ENTRIES) {
    out.fatal = `${name} holds far more files than an evidence pack can.`;
    return out;
  }
  if (cdOffset + cdSize !== cdEnd) {
    // The directory does not end where the end record is: the archive was moved inside a larger
    // file (something glued on before it) or its directory is broken.
    out.fatal =
      cdOffset + cdSize < cdEnd
        ? `${name} has data before the zip archive, where a second archive could be hidden ` +
          "(one zip program would show one archive and another a different one)."
        : notZip;
    return out;
  }
  if (cdSize > MAX_SMALL * 4) {
    out.fatal = `${name} holds far more files than an evidence pack can.`;
    return out;
  }
  const cd = await sliceBytes(file, cdOffset, cdEnd);
  const cv = le(cd);
  const all = [];
  let at = 0;
  try {
    for (let k = 0; k < count; k++) {
      if (at + 46 > cd.length || cv.getUint32(at, true) !== SIG_CENTRAL) throw new Damaged();
      const nameLength = cv.getUint16(at + 28, true);
      const extraLength = cv.getUint16(at + 30, true);
      const commentLen = cv.getUint16(at + 32, true);
      const next = at + 46 + nameLength + extraLength + commentLen;
      if (next > cd.length) throw new Damaged();
      const flags = cv.getUint16(at + 8, true);
      const nameBytes = cd.slice(at + 46, at + 46 + nameLength);
      const extra = cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
      const entry = {
        name: decodeName(nameBytes, (flags & 0x800) !== 0),
        nameBytes,
        madeBy: cv.getUint16(at + 4, true),
        flags,
        method: cv.getUint16(at + 10, true),
        crc: cv.getUint32(at + 16, true),
        compSize: cv.getUint32(at + 20, true),
        size: cv.getUint32(at + 24, true),
        diskStart: cv.getUint16(at + 34, true),
        externalAttr: cv.getUint32(at + 38, true),
        offset: cv.getUint32(at + 42, true),
      };
      const big = [];
      if (entry.size === 0xffffffff) big.push("size");
      if (entry.compSize === 0xffffffff) big.push("compSize");
      if (entry.offset === 0xffffffff) big.push("offset");
      const values = zip64Values(extra, big.length);
      big.forEach((field, i) => (entry[field] = values[i]));
      all.push(entry);
      at = next;
    }
  } catch (err) {
    if (!(err instanceof Damaged) && !(err instanceof TypeError)) throw err;
    out.fatal = notZip;
    return out;
  }
  if (at !== cd.length) {
    out.fatal = notZip;
    return out;
  }
  out.count = all.length;
  // Every byte before the directory must belong to exactly one file, from offset 0 on.
  const byOffset = all.slice().sort((a, b) => a.offset - b.offset);
  byOffset.forEach((entry, i) => {
    entry.regionEnd = i + 1 < byOffset.length ? byOffset[i + 1].offset : cdOffset;
  });
  if (byOffset.length && byOffset[0].offset !== 0) {
    out.problems.push(
      `${name} has data before its first file, where a second archive could be hidden ` +
        "(one zip program would show one archive and another a different one).",
    );
  } else if (!byOffset.length && cdOffset !== 0) {
    out.problems.push(`${name} has data that its zip directory does not account for.`);
  }
  for (const entry of all) {
    const n = entry.name;
    if (entry.diskStart !== 0) {
      out.fatal = notZip;
      return out;
    }
    const type = (entry.externalAttr >>> 16) & S_IFMT;
    const unix = entry.madeBy >> 8 === 3;
    const isDir = n.endsWith("/");
    if (unix && type && type !== (isDir ? S_IFDIR : S_IFREG)) {
      out.problems.push(
        type === 0o120000
          ? `${n} is a link to another file, which an evidence pack never holds.`
          : `${n} is marked as a special kind of file, which an evidence pack never holds.`,
      );
      continue;
    }
    if (isDir) continue;
    if (out.entries.has(n)) {
      out.problems.push(`${n} appears twice in the pack.`);
      continue;
    }
    if (unsafeName(n)) {
      out.problems.push(`The pack holds a file with an unsafe name: ${JSON.stringify(n)}.`);
      continue;
    }
    out.entries.set(n, entry);
  }
  out.all = all;
  return out;
}

// Reads one entry's local header and bytes, checks they agree with the directory and fill its
// region exactly, and passes the inflated bytes to `sink` in chunks. Throws Damaged for a file
// that cannot be read back, TooBig when the pack's cap is passed, NoInflate without deflate.
// Returns false when the entry's bytes are sound but do not fill its region (hidden data).
async function streamEntry(file, entry, sink, budget, cap) {
  const regionLength = entry.regionEnd - entry.offset;
  if (regionLength < 30) throw new Damaged();
  const whole = regionLength <= REGION_READ;
  const head = await sliceBytes(
    file,
    entry.offset,
    entry.offset + (whole ? regionLength : Math.min(regionLength, 30 + 65535 * 2)),
  );
  const hv = le(head);
  if (hv.getUint32(0, true) !== SIG_LOCAL) throw new Damaged();
  const flags = hv.getUint16(6, true);
  const method = hv.getUint16(8, true);
  const nameLength = hv.getUint16(26, true);
  const extraLength = hv.getUint16(28, true);
  const dataStart = 30 + nameLength + extraLength;
  if (dataStart > head.length) throw new Damaged();
  const localName = head.subarray(30, 30 + nameLength);
  if (localName.length !== entry.nameBytes.length || localName.some((b, i) => b !== entry.nameBytes[i])) {
    throw new Damaged();
  }
  if (method !== entry.method || (flags & 1) || (entry.flags & 1)) throw new Damaged();
  if (method !== 0 && method !== 8) throw new Damaged();
  const extra = head.subarray(30 + nameLength, dataStart);
  const zip64 = hasZip64Field(extra);
  let descriptor = 0;
  if (flags & 0x08) {
    descriptor = zip64 ? 20 : 12;
  } else {
    let localComp = hv.getUint32(18, true);
    let localSize = hv.getUint32(22, true);
    if (localSize === 0xffffffff || localComp === 0xffffffff) {
      const wanted = (localSize === 0xffffffff) + (localComp === 0xffffffff);
      const values = zip64Values(extra, wanted);
      if (localSize === 0xffffffff) localSize = values.shift();
      if (localComp === 0xffffffff) localComp = values.shift();
    }
    if (hv.getUint32(14, true) !== entry.crc || localComp !== entry.compSize || localSize !== entry.size) {
      throw new Damaged();
    }
  }
  const dataEnd = dataStart + entry.compSize;
  if (dataEnd > regionLength) throw new Damaged();
  if (descriptor) {
    const tailBytes = await sliceBytes(file, entry.offset + dataEnd, entry.offset + Math.min(regionLength, dataEnd + descriptor + 4));
    const dv = le(tailBytes);
    let at = 0;
    if (tailBytes.length >= 4 && dv.getUint32(0, true) === SIG_DESCRIPTOR) at = 4;
    if (at + descriptor > tailBytes.length) throw new Damaged();
    const crc = dv.getUint32(at, true);
    const comp = zip64 ? u64(dv, at + 4) : dv.getUint32(at + 4, true);
    const size = zip64 ? u64(dv, at + 12) : dv.getUint32(at + 8, true);
    if (crc !== entry.crc || comp !== entry.compSize || size !== entry.size) throw new Damaged();
    descriptor += at;
  }
  const fills = dataEnd + descriptor === regionLength;
  entry.dataAt = entry.offset + dataStart;
  const inHead = whole ? head.subarray(dataStart, dataEnd) : null;
  // A file already in memory: checked whole, then handed over in one piece.
  const handOver = async (data) => {
    checkBudget(data.length, entry.size, budget, 0, cap);
    const crc = new Crc32();
    crc.update(data);
    if (data.length !== entry.size || crc.value() !== entry.crc) throw new Damaged();
    await sink(data);
    return fills;
  };
  if (method === 0 && inHead) return handOver(inHead);
  if (method === 8 && typeof DecompressionStream === "undefined") {
    // No inflating stream in this browser: the page's own inflate, for files of a sensible size.
    if (entry.compSize > BIG_FILE) throw new NoInflate();
    const packed = inHead || (await sliceBytes(file, entry.offset + dataStart, entry.offset + dataEnd));
    return handOver(inflateRaw(packed, Math.min(entry.size, cap)));
  }
  const raw = inHead ? new Blob([inHead]) : file.slice(entry.offset + dataStart, entry.offset + dataEnd);
  let stream = raw.stream();
  if (method === 8) stream = stream.pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  const crc = new Crc32();
  let got = 0;
  try {
    for (;;) {
      let step;
      try {
        step = await reader.read();
      } catch (err) {
        throw new Damaged(); // not valid deflate data
      }
      if (step.done) break;
      const chunk = step.value;
      checkBudget(chunk.length, entry.size, budget, got, cap);
      got += chunk.length;
      crc.update(chunk);
      await sink(chunk);
    }
  } finally {
    reader.releaseLock();
  }
  if (got !== entry.size || crc.value() !== entry.crc) throw new Damaged();
  return fills;
}

// What is actually inflated counts, not what the directory declares.
function checkBudget(length, size, budget, got, cap) {
  budget.total += length;
  if (got + length > size || got + length > cap || budget.total > MAX_TOTAL) {
    throw new TooBig();
  }
}
