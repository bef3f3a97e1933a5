// Raw deflate (RFC 1951) in plain JavaScript, after Mark Adler's puff.c: used only where the
// browser has no DecompressionStream, so SHA256SUMS, the manifest and the rest can still be
// unpacked and checked. Slower than the browser's own, so only files up to BIG_FILE use it.

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
  4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CODE_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

function huffman(lengths) {
  const count = new Uint16Array(16);
  const symbol = new Uint16Array(lengths.length);
  for (const l of lengths) count[l]++;
  let left = 1;
  for (let len = 1; len < 16; len++) {
    left = (left << 1) - count[len];
    if (left < 0) throw new Damaged("over-subscribed code");
  }
  const offs = new Uint16Array(16);
  for (let len = 1; len < 15; len++) offs[len + 1] = offs[len] + count[len];
  lengths.forEach((l, s) => {
    if (l) symbol[offs[l]++] = s;
  });
  return { count, symbol };
}

let FIXED = null;

function inflateRaw(input, limit) {
  let pos = 0;
  let bitbuf = 0;
  let bitcnt = 0;
  let out = new Uint8Array(Math.min(limit, Math.max(1024, input.length * 3)));
  let length = 0;
  const bits = (n) => {
    while (bitcnt < n) {
      if (pos >= input.length) throw new Damaged("deflate data cut short");
      bitbuf |= input[pos++] << bitcnt;
      bitcnt += 8;
    }
    const v = bitbuf & ((1 << n) - 1);
    bitbuf >>>= n;
    bitcnt -= n;
    return v;
  };
  const room = (n) => {
    if (length + n <= out.length) return;
    if (length + n > limit) throw new TooBig();
    const bigger = new Uint8Array(Math.min(limit, Math.max(length + n, out.length * 2)));
    bigger.set(out.subarray(0, length));
    out = bigger;
  };
  const decode = (h) => {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      code |= bits(1);
      const count = h.count[len];
      if (code - count < first) return h.symbol[index + (code - first)];
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    throw new Damaged("bad code");
  };
  const codes = (lencode, distcode) => {
    for (;;) {
      let sym = decode(lencode);
      if (sym < 256) {
        room(1);
        out[length++] = sym;
      } else if (sym === 256) {
        return;
      } else {
        sym -= 257;
        if (sym >= 29) throw new Damaged("bad length");
        const len = LENGTH_BASE[sym] + bits(LENGTH_EXTRA[sym]);
        const dsym = decode(distcode);
        if (dsym >= 30) throw new Damaged("bad distance");
        const dist = DIST_BASE[dsym] + bits(DIST_EXTRA[dsym]);
        if (dist > length) throw new Damaged("distance too far back");
        room(len);
        for (let k = 0; k < len; k++, length++) out[length] = out[length - dist];
      }
    }
  };
  let last;
  do {
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      bitbuf = 0;
      bitcnt = 0;
      if (pos + 4 > input.length) throw new Damaged("stored block cut short");
      const len = input[pos] | (input[pos + 1] << 8);
      const nlen = input[pos + 2] | (input[pos + 3] << 8);
      pos += 4;
      if (len !== (~nlen & 0xffff) || pos + len > input.length) throw new Damaged("bad stored block");
      room(len);
      out.set(input.subarray(pos, pos + len), length);
      length += len;
      pos += len;
    } else if (type === 1) {
      if (!FIXED) {
        const l = new Array(288);
        l.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
        FIXED = [huffman(l), huffman(new Array(30).fill(5))];
      }
      codes(FIXED[0], FIXED[1]);
    } else if (type === 2) {
      const nlen = bits(5) + 257;
      const ndist = bits(5) + 1;
      const ncode = bits(4) + 4;
      if (nlen > 286 || ndist > 30) throw new Damaged("bad counts");
      const cl = new Array(19).fill(0);
      for (let k = 0; k < ncode; k++) cl[CODE_ORDER[k]] = bits(3);
      const clcode = huffman(cl);
      const lengths = [];
      while (lengths.length < nlen + ndist) {
        const sym = decode(clcode);
        if (sym < 16) {
          lengths.push(sym);
        } else {
          let value = 0;
          let times;
          if (sym === 16) {
            if (!lengths.length) throw new Damaged("repeat with no length");
            value = lengths[lengths.length - 1];
            times = 3 + bits(2);
          } else if (sym === 17) {
            times = 3 + bits(3);
          } else {
            times = 11 + bits(7);
          }
          if (lengths.length + times > nlen + ndist) throw new Damaged("too many lengths");
          for (let k = 0; k < times; k++) lengths.push(value);
        }
      }
      if (!lengths[256]) throw new Damaged("no end code");
      codes(huffman(lengths.slice(0, nlen)), huffman(lengths.slice(nlen)));
    } else {
      throw new Damaged("bad block type");
    }
  } while (!last);
  return out.subarray(0, length);
}
