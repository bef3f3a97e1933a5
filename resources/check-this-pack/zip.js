// The shape of a pack's zip, checked before any file in it is read: the same rules, in the same
// order and the same words, as diary/pack/zipshape.py (Z1-Z9 in docs/pack-format.md). A pack must
// be one plain zip and nothing else: every byte belongs to exactly one file, the index (central
// directory) or the end record, and every file is described the same way in its own header and
// in the index. Otherwise 7-Zip could show one archive and unzip another. Then each file is read
// and checked against its CRC-32 and size.

const MAX_ENTRIES = 200000;
const MAX_ENTRY_SIZE = 16 * 1024 ** 3; // one file, unpacked: a long video
const MAX_TOTAL = 64 * 1024 ** 3; // all files, unpacked
const MAX_RATIO = 200; // unpacked size to packed size, for files over RATIO_FLOOR
const RATIO_FLOOR = 1024 ** 2;
const MAX_INDEX = 64 * 1024 ** 2;
const MAX_NAME = 255;
const MAX_SMALL = 64 * 1024 ** 2; // SHA256SUMS, keys, signatures, manifest.json
const BIG_FILE = 64 * 1024 ** 2; // larger files are hashed as they stream
const REGION_READ = 4 * 1024 ** 2; // files up to this are read in one go

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const SIG_DESCRIPTOR = 0x08074b50;
const MAX_COMMENT_SEARCH = 0xffff + 22;
const FULL16 = 0xffff;
const FULL32 = 0xffffffff;

// Deflate options (1, 2), sizes after the data (3), UTF-8 names (11); never encryption.
const ALLOWED_FLAGS = 0x0002 | 0x0004 | 0x0008 | 0x0800;
// Extra fields that only add times, owners, sizes or padding.
const KNOWN_EXTRAS = new Set([0x0001, 0x000a, 0x5455, 0x5855, 0x7855, 0x7875, 0xa220, 0xcafe, 0xd935]);
const ZIP64_EXTRA = 0x0001;
const SAFE_NAME = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/?$/;
const PLAIN_DOS = 0x01 | 0x10 | 0x20 | 0x80;
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const SYSTEMS = new Set([3, 19, 0, 11]); // Unix, macOS, DOS, NTFS

// The zip is not one plain archive, or would cost too much to open: the message says why.
class ZipRefused extends Error {}
// The pack as a whole holds more than a pack can (the same cap as `daybook verify`).
class TooBig extends Error {}
// One file inside the zip cannot be read back as its index describes it.
class Damaged extends Error {}
// This browser cannot unpack deflate (no DecompressionStream) and the file is too big for ours.
class NoInflate extends Error {}

async function sliceBytes(blob, start, end) {
  return new Uint8Array(await blob.slice(start, end).arrayBuffer());
}

// Reads small ranges of a file through one 64 KiB window: a pack's headers and small files lie
// one after the other, so most reads are served from memory rather than a read each.
const WINDOW = 64 * 1024;
const windows = new WeakMap();

async function readSmall(blob, start, end) {
  if (end - start > WINDOW) return sliceBytes(blob, start, end);
  const w = windows.get(blob);
  if (w && start >= w.start && end <= w.start + w.bytes.length) {
    return w.bytes.subarray(start - w.start, end - w.start);
  }
  const bytes = await sliceBytes(blob, start, Math.min(blob.size, start + WINDOW));
  windows.set(blob, { start, bytes });
  return bytes.subarray(0, Math.min(end - start, bytes.length));
}

function le(bytes) {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(view, at) {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Python's `f"{n:,}"`.
function thousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

// Python's `f"{x:,.0f}"`: rounding half to even.
function roundedThousands(x) {
  let r = Math.round(x);
  if (Math.abs(x % 1) === 0.5 && r % 2 !== 0) r -= 1;
  return thousands(r);
}

function gb(size) {
  return size >= 1024 ** 3 ? `${roundedThousands(size / 1024 ** 3)} GB` : `${roundedThousands(size / 1024 ** 2)} MB`;
}

// Python's repr() of a string, as zipshape.py quotes an unsafe name.
function pyRepr(s) {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = "";
  for (const c of s) {
    const code = c.codePointAt(0);
    if (c === "\\" || c === quote) out += "\\" + c;
    else if (c === "\t") out += "\\t";
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (code < 0x20 || code === 0x7f) out += "\\x" + code.toString(16).padStart(2, "0");
    else out += c;
  }
  return quote + out + quote;
}

// Extra fields by id; null when they do not parse exactly or an id repeats.
function extras(data) {
  const found = new Map();
  const view = le(data);
  let pos = 0;
  while (pos < data.length) {
    if (pos + 4 > data.length) return null;
    const kind = view.getUint16(pos, true);
    const size = view.getUint16(pos + 2, true);
    if (pos + 4 + size > data.length || found.has(kind)) return null;
    found.set(kind, data.subarray(pos + 4, pos + 4 + size));
    pos += 4 + size;
  }
  return found;
}

function unknownExtras(found) {
  return [...found.keys()].some((k) => !KNOWN_EXTRAS.has(k));
}

function safeName(name) {
  if (!SAFE_NAME.test(name)) return false;
  return name.replace(/\/+$/, "").split("/").every((part) => part !== "." && part !== "..");
}

// Whether the entry is a plain file or folder: no link, device, hidden or system bits.
function plainAttributes(system, external, isDir) {
  const dos = external & 0xffff;
  if (dos & ~PLAIN_DOS) return false;
  if ((dos & 0x10) !== 0 && !isDir) return false;
  if (!SYSTEMS.has(system)) return false;
  const mode = external >>> 16;
  const kind = mode & S_IFMT;
  if (kind !== 0 && kind !== (isDir ? S_IFDIR : S_IFREG)) return false;
  return !(mode & 0o7000);
}

class Shape {
  constructor(file) {
    this.file = file;
    this.size = file.size;
    this.name = file.name;
  }

  read(offset, size) {
    return readSmall(this.file, offset, Math.min(this.size, offset + size));
  }

  refuse(sentence) {
    return new ZipRefused(sentence);
  }

  broken() {
    return new ZipRefused(`${this.name} is damaged or is not an evidence pack (not a readable zip).`);
  }

  notOneZip(what) {
    return new ZipRefused(
      `${this.name} is not one plain zip: ${what}. Different programs could show different ` +
        "contents, so it cannot be trusted.",
    );
  }

  // Z1-Z4: the end record, the ZIP64 records and where the index lies.
  async endRecords() {
    if (this.size < 22) throw this.broken();
    const end = await this.read(this.size - 22, 22);
    const ev = le(end);
    if (end.length !== 22 || ev.getUint32(0, true) !== SIG_END || ev.getUint16(20, true) !== 0) {
      const tailStart = Math.max(0, this.size - MAX_COMMENT_SEARCH);
      const tail = await this.read(tailStart, this.size - tailStart);
      const tv = le(tail);
      for (let i = 0; i + 4 <= tail.length; i++) {
        if (tv.getUint32(i, true) === SIG_END) {
          throw this.notOneZip(
            "something has been added after the end of the zip (a second archive or a " +
              "comment can hide there)",
          );
        }
      }
      throw this.broken();
    }
    let disk = ev.getUint16(4, true);
    let cdDisk = ev.getUint16(6, true);
    let here = ev.getUint16(8, true);
    let total = ev.getUint16(10, true);
    let cdSize = ev.getUint32(12, true);
    let cdOffset = ev.getUint32(16, true);
    let recordsStart = this.size - 22;
    const hasLocator =
      this.size >= 42 && le(await this.read(this.size - 42, 4)).getUint32(0, true) === SIG_LOCATOR64;
    if (hasLocator) {
      const lv = le(await this.read(this.size - 42, 20));
      const zDisk = lv.getUint32(4, true);
      const zOffset = u64(lv, 8);
      const zDisks = lv.getUint32(16, true);
      const record = zOffset < this.size ? await this.read(zOffset, 56) : new Uint8Array(0);
      const rv = le(record);
      if (zDisk !== 0 || zDisks !== 1 || record.length !== 56 || rv.getUint32(0, true) !== SIG_END64) {
        throw this.broken();
      }
      const recSize = u64(rv, 4);
      const zThis = rv.getUint32(16, true);
      const zCdDisk = rv.getUint32(20, true);
      const zHere = u64(rv, 24);
      const zTotal = u64(rv, 32);
      const zCdSize = u64(rv, 40);
      const zCdOff = u64(rv, 48);
      if (recSize !== 44 || zOffset + 56 !== this.size - 42) {
        throw this.notOneZip("its end records are not where they belong");
      }
      if (zThis || zCdDisk || zHere !== zTotal) throw this.broken();
      for (const [small, big, marker] of [
        [disk, zThis, FULL16],
        [cdDisk, zCdDisk, FULL16],
        [here, zHere, FULL16],
        [total, zTotal, FULL16],
        [cdSize, zCdSize, FULL32],
        [cdOffset, zCdOff, FULL32],
      ]) {
        if (small !== big && small !== marker) throw this.notOneZip("its two end records disagree");
      }
      [disk, cdDisk, here, total, cdSize, cdOffset] = [zThis, zCdDisk, zHere, zTotal, zCdSize, zCdOff];
      recordsStart = zOffset;
    } else if (here === FULL16 || total === FULL16 || cdSize === FULL32 || cdOffset === FULL32) {
      throw this.broken();
    }
    if (disk || cdDisk || here !== total) throw this.refuse(`${this.name} is one part of a split zip, not a whole pack.`);
    if (cdOffset + cdSize !== recordsStart) {
      throw this.notOneZip(
        "its index does not end where its end record begins, so some bytes belong to no file",
      );
    }
    return [total, cdOffset, cdSize];
  }

  // Z5-Z8: the index, entry by entry, then names and the cost limits.
  async index(count, cdOffset, cdSize) {
    if (count > MAX_ENTRIES) {
      throw this.refuse(
        `${this.name} holds ${thousands(count)} files, more than an evidence pack can ` +
          `(${thousands(MAX_ENTRIES)} at most), so it was not opened.`,
      );
    }
    if (cdSize > MAX_INDEX) {
      throw this.refuse(`${this.name} has an index far larger than an evidence pack's, so it was not opened.`);
    }
    const data = await this.read(cdOffset, cdSize);
    if (data.length !== cdSize) throw this.broken();
    const view = le(data);
    const entries = [];
    let pos = 0;
    for (let k = 0; k < count; k++) {
      if (pos + 4 > data.length || view.getUint32(pos, true) !== SIG_CENTRAL || pos + 46 > data.length) {
        throw this.broken();
      }
      const madeBy = view.getUint16(pos + 4, true);
      const flags = view.getUint16(pos + 8, true);
      const method = view.getUint16(pos + 10, true);
      const crc = view.getUint32(pos + 16, true);
      let packed = view.getUint32(pos + 20, true);
      let size = view.getUint32(pos + 24, true);
      const nameLength = view.getUint16(pos + 28, true);
      const extraLength = view.getUint16(pos + 30, true);
      const commentLength = view.getUint16(pos + 32, true);
      let diskStart = view.getUint16(pos + 34, true);
      const external = view.getUint32(pos + 38, true);
      let offset = view.getUint32(pos + 42, true);
      const end = pos + 46 + nameLength + extraLength + commentLength;
      if (end > data.length) throw this.broken();
      const rawName = data.slice(pos + 46, pos + 46 + nameLength);
      const extra = extras(data.subarray(pos + 46 + nameLength, pos + 46 + nameLength + extraLength));
      pos = end;
      const ascii = rawName.every((b) => b < 128);
      let name = "";
      for (const b of rawName) name += b < 128 ? String.fromCharCode(b) : "\ufffd";
      if (rawName.length > MAX_NAME || !ascii || !safeName(name)) {
        throw this.refuse(
          `${this.name} holds a file with an unsafe name (${pyRepr(name)}): a pack's names are ` +
            "plain letters, digits, '.', '_' and '-' in folders, never absolute, never " +
            "'..', never a backslash or control character.",
        );
      }
      if (extra === null || unknownExtras(extra)) throw this.notOneZip(`${name} carries extra information packs never carry`);
      if (commentLength) throw this.notOneZip(`${name} carries a comment`);
      if (flags & ~ALLOWED_FLAGS || (method !== 0 && method !== 8)) {
        throw this.refuse(
          `${name} in ${this.name} is encrypted or compressed in a way evidence packs ` +
            "never are, so the pack was not opened.",
        );
      }
      [size, packed, offset, diskStart] = this.zip64Central(name, extra.get(ZIP64_EXTRA), size, packed, offset, diskStart);
      if (diskStart) throw this.refuse(`${this.name} is one part of a split zip, not a whole pack.`);
      const isDir = name.endsWith("/");
      if (!plainAttributes(madeBy >> 8, external, isDir)) {
        throw this.notOneZip(`${name} is a link, a device or a hidden or system file, not a plain file`);
      }
      if ((isDir && (size || packed)) || (method === 0 && size !== packed)) throw this.broken();
      entries.push({ name, nameBytes: rawName, offset, packed, size, crc, method, flags, isDir });
    }
    if (pos !== data.length) throw this.notOneZip("its index holds more than its files");
    this.names(entries);
    this.limits(entries);
    return entries;
  }

  zip64Central(name, extra, size, packed, offset, disk) {
    const wanted = [size === FULL32, packed === FULL32, offset === FULL32];
    const fields = wanted.filter(Boolean).length;
    const need = 8 * fields + (disk === FULL16 ? 4 : 0);
    if (extra === undefined) {
      if (need) throw this.broken();
      return [size, packed, offset, disk];
    }
    // Exactly the fields whose short form is full, or readers could disagree on the size.
    if (extra.length !== need || !need) throw this.notOneZip(`${name} gives its size in two different ways`);
    const view = le(extra);
    const values = [];
    for (let i = 0; i < fields; i++) values.push(u64(view, 8 * i));
    if (wanted[0]) size = values.shift();
    if (wanted[1]) packed = values.shift();
    if (wanted[2]) offset = values.shift();
    if (disk === FULL16) disk = view.getUint32(need - 4, true);
    return [size, packed, offset, disk];
  }

  names(entries) {
    const seen = new Map();
    for (const entry of entries) {
      const folded = entry.name.replace(/\/+$/, "").toLowerCase();
      if (seen.has(folded)) {
        const other = seen.get(folded);
        if (other === entry.name) throw this.notOneZip(`${entry.name} appears twice`);
        throw this.notOneZip(
          `${other} and ${entry.name} differ only in capital letters, so one would ` +
            "replace the other when unzipped on Windows or a Mac",
        );
      }
      seen.set(folded, entry.name);
    }
    const files = new Set(entries.filter((e) => !e.isDir).map((e) => e.name.toLowerCase()));
    for (const entry of entries) {
      const parts = entry.name.replace(/\/+$/, "").split("/");
      for (let depth = 1; depth < parts.length; depth++) {
        if (files.has(parts.slice(0, depth).join("/").toLowerCase())) {
          throw this.notOneZip(`${entry.name} is inside a name that is also a file`);
        }
      }
    }
  }

  limits(entries) {
    let total = 0;
    for (const entry of entries) {
      if (entry.size > MAX_ENTRY_SIZE) {
        throw this.refuse(
          `${entry.name} in ${this.name} would be ${gb(entry.size)} unpacked, more than ` +
            `any file in an evidence pack can be (${gb(MAX_ENTRY_SIZE)}), so the pack ` +
            "was not opened.",
        );
      }
      if (entry.size > RATIO_FLOOR && entry.size > MAX_RATIO * entry.packed) {
        throw this.refuse(
          `${entry.name} in ${this.name} is squeezed far smaller than real files can be ` +
            "(a sign of a file built to fill the disk), so the pack was not opened.",
        );
      }
      total += entry.size;
      if (total > MAX_TOTAL) {
        throw this.refuse(
          `${this.name} would be more than ${gb(MAX_TOTAL)} unpacked, more than an ` +
            "evidence pack can be, so it was not opened.",
        );
      }
    }
  }

  // Z9: every file's own header, data and descriptor, back to back from the first byte.
  async locals(entries, cdOffset) {
    let expected = 0;
    const byOffset = entries.map((e, i) => [e, i]).sort((a, b) => a[0].offset - b[0].offset || a[1] - b[1]);
    for (const [entry] of byOffset) {
      if (entry.offset !== expected) {
        const where = expected === 0 ? "before the first file" : `before ${entry.name}`;
        throw this.notOneZip(
          entry.offset > expected
            ? `there are bytes ${where} that belong to no file (a second archive can hide there)`
            : `${entry.name} overlaps the file before it`,
        );
      }
      expected = await this.local(entry);
    }
    if (expected !== cdOffset) {
      throw this.notOneZip(
        expected < cdOffset
          ? "there are bytes after the last file that belong to no file (a second archive " +
              "can hide there)"
          : "its last file runs into its index",
      );
    }
  }

  // One file's header against the index; returns where the next file must start.
  async local(entry) {
    // One read for the header, its name and extra fields in the usual case.
    const window = await this.read(entry.offset, 30 + entry.nameBytes.length + 256);
    if (window.length < 30 || le(window).getUint32(0, true) !== SIG_LOCAL) throw this.broken();
    const hv = le(window);
    const flags = hv.getUint16(6, true);
    const method = hv.getUint16(8, true);
    const crc = hv.getUint32(14, true);
    let packed = hv.getUint32(18, true);
    let size = hv.getUint32(22, true);
    const nameLength = hv.getUint16(26, true);
    const extraLength = hv.getUint16(28, true);
    const names =
      30 + nameLength + extraLength <= window.length
        ? window.subarray(30, 30 + nameLength + extraLength)
        : await this.read(entry.offset + 30, nameLength + extraLength);
    if (names.length !== nameLength + extraLength) throw this.broken();
    const differs = this.notOneZip(
      `${entry.name} is described one way in the zip's index and another in its own header`,
    );
    if (!sameBytes(names.subarray(0, nameLength), entry.nameBytes) || flags !== entry.flags) throw differs;
    if (method !== entry.method) throw differs;
    const extra = extras(names.subarray(nameLength));
    if (extra === null || unknownExtras(extra)) throw this.notOneZip(`${entry.name} carries extra information packs never carry`);
    const zip64 = extra.get(ZIP64_EXTRA);
    if (zip64 !== undefined) {
      if (zip64.length !== 16 || size !== FULL32 || packed !== FULL32) throw differs;
      size = u64(le(zip64), 0);
      packed = u64(le(zip64), 8);
    } else if (size === FULL32 || packed === FULL32) {
      throw this.broken();
    }
    entry.dataAt = entry.offset + 30 + nameLength + extraLength;
    const dataEnd = entry.dataAt + entry.packed;
    if (!(flags & 0x0008)) {
      if (crc !== entry.crc || packed !== entry.packed || size !== entry.size) throw differs;
      return dataEnd;
    }
    // Sizes after the data: the header may hold zeros, the descriptor must agree.
    const zeros = crc === 0 && packed === 0 && size === 0;
    if (!zeros && (crc !== entry.crc || packed !== entry.packed || size !== entry.size)) throw differs;
    const width = zip64 !== undefined ? 20 : 12;
    const after = await this.read(dataEnd, 4 + width);
    const av = le(after);
    const agrees = (at) =>
      av.getUint32(at, true) === entry.crc &&
      (zip64 !== undefined
        ? u64(av, at + 4) === entry.packed && u64(av, at + 12) === entry.size
        : av.getUint32(at + 4, true) === entry.packed && av.getUint32(at + 8, true) === entry.size);
    const signed = after.length === 4 + width && av.getUint32(0, true) === SIG_DESCRIPTOR;
    if (signed && agrees(4)) return dataEnd + 4 + width;
    if (after.length >= width && agrees(0)) return dataEnd + width;
    throw differs;
  }
}

// The entries of a zip that is exactly one plain archive within the limits; else ZipRefused.
// Reads only the end records, the index and each file's header, never a file's data.
async function checkZipShape(file) {
  const shape = new Shape(file);
  const [count, cdOffset, cdSize] = await shape.endRecords();
  const entries = await shape.index(count, cdOffset, cdSize);
  await shape.locals(entries, cdOffset);
  return entries;
}

// Streams one file's bytes (inflated) to `sink` in chunks, checking its size and CRC-32. Throws
// Damaged for a file that cannot be read back, TooBig past the caps, NoInflate where this
// browser cannot unpack it.
async function streamEntry(file, entry, sink, budget, cap) {
  const start = entry.dataAt;
  const end = entry.dataAt + entry.packed;
  // A file already in memory: checked whole, then handed over in one piece.
  const handOver = async (data) => {
    checkBudget(data.length, entry.size, budget, 0, cap);
    const crc = new Crc32();
    crc.update(data);
    if (data.length !== entry.size || crc.value() !== entry.crc) throw new Damaged();
    await sink(data);
  };
  if (entry.method === 0 && entry.packed <= REGION_READ) return handOver((await readSmall(file, start, end)).slice());
  if (entry.method === 8 && typeof DecompressionStream === "undefined") {
    // No inflating stream in this browser: the page's own inflate, for files of a sensible size.
    if (entry.packed > BIG_FILE) throw new NoInflate();
    return handOver(inflateRaw(await sliceBytes(file, start, end), Math.min(entry.size, cap)));
  }
  let stream = file.slice(start, end).stream();
  if (entry.method === 8) stream = stream.pipeThrough(new DecompressionStream("deflate-raw"));
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
      checkBudget(step.value.length, entry.size, budget, got, cap);
      got += step.value.length;
      crc.update(step.value);
      await sink(step.value);
    }
  } finally {
    reader.releaseLock();
  }
  if (got !== entry.size || crc.value() !== entry.crc) throw new Damaged();
}

// What is actually inflated counts, not what the index declares.
function checkBudget(length, size, budget, got, cap) {
  budget.total += length;
  if (got + length > size || got + length > cap || budget.total > MAX_TOTAL) throw new TooBig();
}
