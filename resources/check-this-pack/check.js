// The checks `daybook verify` makes, in the same order and the same words: every file against
// SHA256SUMS and the listing, the keys, both signatures, the manifest's essentials, the report's
// fingerprint. Then the check code of the signing key, the same rule as diary/checkcode.py.

const SUMS = "SHA256SUMS";
const SIG = "SHA256SUMS.sig";
const SSHSIG = "SHA256SUMS.sshsig";
const KEY_PEM = "signing-key.pem";
const KEY_PUB = "signing-key.pub";
const ALLOWED = "allowed_signers";
const MANIFEST = "manifest.json";
const REPORT = "report.pdf";
const UNLISTED = new Set([SUMS, SIG, SSHSIG]);
const KEPT = new Set([SUMS, SIG, SSHSIG, KEY_PEM, KEY_PUB, ALLOWED, MANIFEST]);
const SUM_LINE = /^([0-9a-f]{64}) [ *](.+)$/;
const FP_IN_PDF = /signing-key (SHA256:[A-Za-z0-9+/]{43})/g;
const NAMESPACE = "daybook-evidence-pack";
const SIGNER = "daybook";
const ED25519_SPKI = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_CHARS = 20;
const READ_AS = { O: "0", I: "1", L: "1" };

const utf8 = new TextEncoder();

function group(text) {
  return text.match(/.{1,4}/g).join("-");
}

// 100 bits of a SHA-256 digest in Crockford base32, five groups of four.
function encodeCode(digest) {
  let number = 0n;
  for (let i = 0; i < 13; i++) number = (number << 8n) | BigInt(digest[i]);
  number >>= 4n; // 104 bits read, 100 kept
  let text = "";
  for (let i = CODE_CHARS - 1; i >= 0; i--) text += CODE_ALPHABET[Number((number >> BigInt(5 * i)) & 31n)];
  return group(text);
}

async function checkCode(rawKey) {
  if (rawKey.length !== 32) throw new Error("an Ed25519 public key is 32 bytes");
  return encodeCode(await sha256(rawKey));
}

// What a person typed as the key they expect, in the form to compare: a check code or, for
// older packs, an SSH fingerprint; null when it is neither (verify.py's expected_key).
function expectedKey(typed) {
  const code = normaliseCode(typed);
  if (code !== null) return code;
  const cleaned = typed.trim();
  return /^SHA256:[A-Za-z0-9+/]{43}$/.test(cleaned) ? cleaned : null;
}

// A code as a person typed it (any case, spaces or dashes, O for 0), or null if it cannot be one.
function normaliseCode(typed) {
  const chars = [];
  for (const c of typed.toUpperCase()) {
    if (/\s/.test(c) || "-–—_.:".includes(c)) continue;
    chars.push(READ_AS[c] || c);
  }
  if (chars.length !== CODE_CHARS || chars.some((c) => !CODE_ALPHABET.includes(c))) return null;
  return group(chars.join(""));
}

const subtle = globalThis.crypto && globalThis.crypto.subtle;

async function sha256(bytes) {
  if (subtle) return new Uint8Array(await subtle.digest("SHA-256", bytes));
  const h = new Sha256();
  h.update(bytes);
  return h.digest();
}

function b64encode(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

// Strict base64, as Python's b64decode(validate=True); null when it is not.
function b64decode(text) {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4) return null;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch (err) {
    return null;
  }
}

function sshString(bytes) {
  const out = new Uint8Array(4 + bytes.length);
  new DataView(out.buffer).setUint32(0, bytes.length);
  out.set(bytes, 4);
  return out;
}

function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function publicBlob(raw) {
  return concat([sshString(utf8.encode("ssh-ed25519")), sshString(raw)]);
}

async function keyFingerprint(raw) {
  return "SHA256:" + b64encode(await sha256(publicBlob(raw))).replace(/=+$/, "");
}

function same(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function asciiText(bytes) {
  return new TextDecoder("latin1").decode(bytes).replace(/[^\x00-\x7f]/g, "\ufffd");
}

// The raw 32-byte key in a PEM SubjectPublicKeyInfo, or a sentence saying why not.
function rawFromPem(pem) {
  const text = asciiText(pem).trim();
  const m = /^-----BEGIN PUBLIC KEY-----\s+([A-Za-z0-9+/=\s]+?)\s*-----END PUBLIC KEY-----$/.exec(text);
  const der = m && b64decode(m[1].replace(/\s+/g, ""));
  if (!der || der[0] !== 0x30) return { problem: `${KEY_PEM} is not a readable public key.` };
  if (der.length !== 44 || !same(der.subarray(0, 12), ED25519_SPKI)) {
    return { problem: `${KEY_PEM} is not an Ed25519 key.` };
  }
  return { raw: der.slice(12) };
}

class SshReader {
  constructor(data) {
    this.data = data;
    this.pos = 0;
  }
  take(n) {
    if (n < 0 || this.pos + n > this.data.length) throw new Error("The SSH signature is cut short.");
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  uint32() {
    const b = this.take(4);
    return new DataView(b.buffer, b.byteOffset, 4).getUint32(0);
  }
  string() {
    return this.take(this.uint32());
  }
  done() {
    return this.pos === this.data.length;
  }
}

// The same reading of an armored SSH signature as diary/pack/signing.py; throws a sentence.
function parseSshsig(armored) {
  if (armored.some((b) => b > 127)) throw new Error("The SSH signature is not text.");
  const lines = asciiText(armored).trim().split(/\r\n|[\n\r\v\f\x1c\x1d\x1e]/);
  if (
    lines.length < 3 ||
    lines[0] !== "-----BEGIN SSH SIGNATURE-----" ||
    lines[lines.length - 1] !== "-----END SSH SIGNATURE-----"
  ) {
    throw new Error("The SSH signature has no proper begin and end lines.");
  }
  const body = lines.slice(1, -1).join("");
  const blob = b64decode(body);
  // Non-canonical base64 (stray low bits in the last character) would let a changed file pass.
  if (!blob || b64encode(blob) !== body) throw new Error("The SSH signature is not valid base64.");
  const r = new SshReader(blob);
  if (asciiText(r.take(6)) !== "SSHSIG" || r.uint32() !== 1) {
    throw new Error("The SSH signature has the wrong header.");
  }
  const pub = new SshReader(r.string());
  if (asciiText(pub.string()) !== "ssh-ed25519") {
    throw new Error("The SSH signature is not made with an Ed25519 key.");
  }
  const rawPub = pub.string();
  const namespace = asciiText(r.string());
  r.string(); // reserved
  const hashAlg = asciiText(r.string());
  const sig = new SshReader(r.string());
  if (asciiText(sig.string()) !== "ssh-ed25519") {
    throw new Error("The SSH signature is not an Ed25519 signature.");
  }
  const rawSig = sig.string();
  if (!(r.done() && pub.done() && sig.done()) || rawPub.length !== 32 || rawSig.length !== 64) {
    throw new Error("The SSH signature has the wrong layout.");
  }
  return { rawPub, namespace, hashAlg, rawSig };
}

// null when this browser cannot verify Ed25519 (said plainly, never taken as a failure).
async function importEd25519(raw) {
  if (!subtle) return null;
  try {
    return await subtle.importKey("raw", raw, { name: "Ed25519" }, false, ["verify"]);
  } catch (err) {
    if (err && err.name === "DataError") return undefined; // not a valid key
    return null;
  }
}

async function edVerify(key, signature, data) {
  try {
    return await subtle.verify({ name: "Ed25519" }, key, signature, data);
  } catch (err) {
    return false;
  }
}

async function sshsigProblem(key, raw, message, armored) {
  let parsed;
  try {
    parsed = parseSshsig(armored);
  } catch (err) {
    return err.message;
  }
  if (!same(parsed.rawPub, raw)) return "The SSH signature was made with a different key.";
  if (parsed.namespace !== NAMESPACE) return "The SSH signature is for a different purpose (namespace).";
  if (parsed.hashAlg !== "sha512" && parsed.hashAlg !== "sha256") return "The SSH signature uses an unknown hash.";
  const digest = new Uint8Array(await subtle.digest(parsed.hashAlg === "sha512" ? "SHA-512" : "SHA-256", message));
  const signed = concat([
    utf8.encode("SSHSIG"),
    sshString(utf8.encode(NAMESPACE)),
    sshString(new Uint8Array(0)),
    sshString(utf8.encode(parsed.hashAlg)),
    sshString(digest),
  ]);
  return (await edVerify(key, parsed.rawSig, signed)) ? null : "The SSH signature does not match.";
}

// --- the sources a pack can be read from ---------------------------------------------------

// A pack zip, chosen or dropped as one file. Its shape is checked before anything in it is read;
// a zip refused there is not read at all, as another program could show other contents.
async function zipSource(file) {
  let entries = [];
  let fatal = null;
  try {
    entries = await checkZipShape(file);
  } catch (err) {
    if (!(err instanceof ZipRefused)) throw err;
    fatal = err.message;
  }
  const files = new Map(entries.filter((e) => !e.isDir).map((e) => [e.name, e]));
  return {
    label: file.name,
    kind: "zip",
    fatal,
    names: [...files.keys()],
    async each(name, sink, budget, cap) {
      await streamEntry(file, files.get(name), sink, budget, cap);
    },
    // A file's bytes to show: a stored file is a slice of the zip, nothing is copied.
    async blob(name, type) {
      const entry = files.get(name);
      if (!entry) return null;
      if (entry.method === 0) return file.slice(entry.dataAt, entry.dataAt + entry.packed, type);
      const chunks = [];
      await streamEntry(file, entry, async (c) => chunks.push(c), { total: 0 }, MAX_SMALL);
      return new Blob(chunks, { type });
    },
  };
}

// An unzipped pack: `files` maps each path inside the pack to its File.
function folderSource(label, files, ignored) {
  return {
    label,
    kind: "folder",
    fatal: null,
    ignored,
    files,
    names: [...files.keys()],
    count: files.size,
    async each(name, sink, budget, cap) {
      const file = files.get(name);
      if (file.size <= REGION_READ) {
        const data = new Uint8Array(await file.arrayBuffer());
        checkBudget(data.length, file.size, budget, 0, cap);
        await sink(data);
        return;
      }
      const reader = file.stream().getReader();
      let got = 0;
      for (;;) {
        const step = await reader.read();
        if (step.done) break;
        checkBudget(step.value.length, file.size, budget, got, cap);
        got += step.value.length;
        await sink(step.value);
      }
      if (got !== file.size) throw new Damaged();
    },
  };
}

// Reads every file once: its SHA-256, and the small files kept for the later checks.
async function readAll(source, progress) {
  const budget = { total: 0 };
  const results = new Map(); // name -> {digest} | {damaged} | {noInflate} | {tooLarge}
  const kept = new Map();
  const pdfFingerprints = new Set();
  const names = source.names.slice();
  let done = 0;
  let next = 0;
  async function one(name) {
    const keep = KEPT.has(name);
    const isPdf = name === REPORT;
    const chunks = [];
    let streamed = null;
    let length = 0;
    let pdfTail = "";
    const sink = async (chunk) => {
      length += chunk.length;
      if (streamed) {
        streamed.update(chunk);
      } else {
        chunks.push(chunk);
        if (length > BIG_FILE || !subtle) {
          streamed = new Sha256();
          for (const c of chunks) streamed.update(c);
          chunks.length = 0;
        }
      }
      if (isPdf) {
        const window = pdfTail + new TextDecoder("latin1").decode(chunk);
        for (const m of window.matchAll(FP_IN_PDF)) pdfFingerprints.add(m[1]);
        pdfTail = window.slice(-200);
      }
    };
    try {
      await source.each(name, sink, budget, keep ? MAX_SMALL : MAX_TOTAL);
      let digest;
      if (streamed) {
        digest = toHex(streamed.digest());
      } else {
        const data = chunks.length === 1 ? chunks[0] : concat(chunks);
        digest = toHex(await sha256(data));
        if (keep) kept.set(name, data);
      }
      results.set(name, { digest });
    } catch (err) {
      if (err instanceof TooBig) {
        if (keep && budget.total <= MAX_TOTAL) results.set(name, { tooLarge: true });
        else throw err;
      } else if (err instanceof NoInflate) {
        results.set(name, { noInflate: true });
      } else if (err instanceof Damaged || err instanceof TypeError || err instanceof RangeError) {
        results.set(name, { damaged: true });
      } else if (err && err.name === "NotReadableError") {
        results.set(name, { damaged: true });
      } else {
        throw err;
      }
    }
    done += 1;
    if (progress) progress(done, names.length);
  }
  async function worker() {
    while (next < names.length) await one(names[next++]);
  }
  await Promise.all([worker(), worker(), worker(), worker()]);
  return { results, kept, pdfFingerprints };
}

function manifestEssentials(m) {
  const problems = [];
  const say = (where, what) => problems.push(`manifest.json does not follow its schema at ${where}: ${what}`);
  const isText = (v) => typeof v === "string";
  if (!m || typeof m !== "object" || Array.isArray(m)) {
    say("the top level", "it is not an object.");
    return problems;
  }
  if (m.format !== "daybook-evidence-pack") say("format", "it is not \"daybook-evidence-pack\".");
  if (!KNOWN_VERSIONS.includes(m.format_version)) {
    say("format_version", `this page knows versions ${KNOWN_VERSIONS.join(", ")} only.`);
  }
  if (!isText(m.pack_id) || !m.pack_id) say("pack_id", "it should be text.");
  if (!isText(m.created_at)) say("created_at", "it should be a time.");
  if (!m.signing_key || typeof m.signing_key !== "object" || !isText(m.signing_key.fingerprint)) {
    say("signing_key", "it should name the key's fingerprint.");
  }
  for (const list of ["incidents", "exhibits", "people", "messages", "audit", "withheld"]) {
    if (!Array.isArray(m[list])) say(list, "it should be a list.");
  }
  (Array.isArray(m.incidents) ? m.incidents : []).forEach((i, n) => {
    if (!i || typeof i !== "object" || !isText(i.number)) say(`incidents/${n}`, "it should have a number.");
  });
  (Array.isArray(m.exhibits) ? m.exhibits : []).forEach((e, n) => {
    if (!e || typeof e !== "object") return say(`exhibits/${n}`, "it should be an object.");
    if (!isText(e.ref)) say(`exhibits/${n}/ref`, "it should be text.");
    if (!isText(e.sha256) || !/^[0-9a-f]{64}$/.test(e.sha256)) say(`exhibits/${n}/sha256`, "it should be a SHA-256.");
    if (e.path !== null && !isText(e.path)) say(`exhibits/${n}/path`, "it should be a file name or null.");
  });
  return problems.slice(0, 5);
}

// The verdict for a source, with everything the page then shows.
async function verifySource(source, progress) {
  const v = {
    ok: false,
    problems: [],
    unchecked: [],
    keyFingerprint: null,
    checkCode: null,
    packId: null,
    exportedAt: null,
    filesChecked: 0,
    manifest: null,
    digests: new Map(),
    listed: new Map(),
    signatureChecked: false,
    contentsReadable: true,
  };
  const problems = v.problems;
  if (source.fatal) {
    problems.push(source.fatal);
    v.contentsReadable = false;
    return v;
  }
  let read;
  try {
    read = await readAll(source, progress);
  } catch (err) {
    if (!(err instanceof TooBig)) throw err;
    problems.push(
      `${source.label} holds more data than an evidence pack can, so checking stopped ` +
        "(it may be a damaged or deliberately oversized file).",
    );
    v.contentsReadable = false;
    return v;
  }
  const { results, kept } = read;
  const noInflate = [...results].filter(([, r]) => r.noInflate).map(([n]) => n);
  if (noInflate.length) {
    v.unchecked.push(
      `This browser cannot unpack large compressed files (it lacks DecompressionStream), so ` +
        `${noInflate.length} file${noInflate.length === 1 ? "" : "s"} could not be checked ` +
        `(${noInflate.slice(0, 5).join(", ")}${noInflate.length > 5 ? "…" : ""}).`,
    );
  }
  const small = (name, report = true) => {
    const r = results.get(name);
    if (!r) {
      if (report) problems.push(`${name} is missing from the pack.`);
      return null;
    }
    if (r.tooLarge) {
      if (report) problems.push(`${name} is far larger than it can be.`);
      return null;
    }
    if (r.damaged) {
      if (report) problems.push(`${name} is damaged inside the zip and could not be read.`);
      return null;
    }
    return r.noInflate ? null : kept.get(name);
  };
  const unreadable = (name) => Boolean(results.get(name) && results.get(name).noInflate);

  // Every file against SHA256SUMS, and the listing: nothing added, missing or renamed.
  const sums = small(SUMS);
  const listed = v.listed;
  if (sums) {
    let text = "";
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(sums);
    } catch (err) {
      problems.push(`${SUMS} is not readable text: it has been changed or damaged.`);
    }
    const lines = text.split("\n");
    lines.forEach((line, i) => {
      if (!line && i === lines.length - 1) return;
      const m = SUM_LINE.exec(line);
      if (!m) return problems.push(`Line ${i + 1} of ${SUMS} is not a valid checksum line.`);
      if (listed.has(m[2])) problems.push(`${SUMS} lists ${m[2]} twice.`);
      listed.set(m[2], m[1]);
    });
  }
  const actual = new Map();
  for (const name of source.names) {
    if (UNLISTED.has(name)) continue;
    const r = results.get(name);
    if (r.damaged || r.tooLarge) {
      problems.push(`${name} is damaged inside the zip and could not be read.`);
      actual.set(name, "");
    } else {
      actual.set(name, r.digest || "");
    }
  }
  v.digests = actual;
  if (sums) {
    const missing = new Map([...listed].filter(([n]) => !actual.has(n)));
    const renamedFrom = new Map([...missing].map(([n, h]) => [h, n]));
    const added = [...actual].filter(([n]) => !listed.has(n)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [n, h] of added) {
      if (h && renamedFrom.has(h)) {
        problems.push(`${n} is ${renamedFrom.get(h)} under a new name (a file was renamed).`);
        renamedFrom.delete(h);
      } else if (!(source.kind === "zip" && results.get(n).noInflate)) {
        problems.push(`${n} is in the pack but not listed in ${SUMS} (a file was added).`);
      }
    }
    for (const n of [...renamedFrom.values()].sort()) problems.push(`${n} is listed in ${SUMS} but missing from the pack.`);
    for (const [n, h] of [...listed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (actual.get(n) && actual.get(n) !== h) {
        problems.push(`${n} has been changed: its SHA-256 does not match ${SUMS}.`);
      }
    }
  }

  // The keys: one key, the same in all three files.
  let raw = null;
  const pem = small(KEY_PEM);
  if (pem) {
    const got = rawFromPem(pem);
    if (got.problem) problems.push(got.problem);
    else raw = got.raw;
  }
  if (raw) {
    v.rawKey = raw;
    v.keyFingerprint = await keyFingerprint(raw);
    v.checkCode = await checkCode(raw);
    const blob = b64encode(publicBlob(raw));
    const pub = small(KEY_PUB);
    if (pub) {
      const words = asciiText(pub).trim().split(/\s+/).slice(0, 2);
      if (words[0] !== "ssh-ed25519" || words[1] !== blob) problems.push(`${KEY_PUB} is not the same key as ${KEY_PEM}.`);
    }
    const allowed = small(ALLOWED);
    if (allowed && asciiText(allowed).trim() !== `${SIGNER} namespaces="${NAMESPACE}" ssh-ed25519 ${blob}`) {
      problems.push(`${ALLOWED} does not name the same key as ${KEY_PEM}.`);
    }
  }

  // Both signatures over SHA256SUMS.
  const sig = small(SIG);
  const sshsig = small(SSHSIG);
  if ((!raw || !sums) && (unreadable(SUMS) || unreadable(KEY_PEM))) {
    v.unchecked.push("The signatures could not be checked in this browser.");
  } else if (!raw || !sums) {
    problems.push("The signatures could not be checked, as the key or SHA256SUMS is missing.");
  } else {
    const key = await importEd25519(raw);
    if (key === null) {
      v.unchecked.push(
        "This browser cannot check Ed25519 signatures, so the signatures were not checked. " +
          "The files were still checked against SHA256SUMS.",
      );
    } else if (key === undefined) {
      problems.push(`${KEY_PEM} is not a readable public key.`);
    } else {
      if (sig && !(await edVerify(key, sig, sums))) {
        problems.push(`${SIG} does not match ${SUMS}: the signature is not valid.`);
      }
      if (sshsig) {
        const why = await sshsigProblem(key, raw, sums, sshsig);
        if (why) problems.push(`${SSHSIG} is not valid: ${why}`);
      }
      v.signatureChecked = Boolean(sig || sshsig);
    }
  }

  // The manifest's essentials, and its key.
  const rawManifest = small(MANIFEST);
  if (rawManifest) {
    let manifest = null;
    try {
      manifest = JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(rawManifest));
    } catch (err) {
      problems.push("manifest.json is not valid JSON.");
    }
    if (rawManifest && manifest !== null) {
      const schemaProblems = manifestEssentials(manifest);
      problems.push(...schemaProblems);
      if (!schemaProblems.length) {
        v.manifest = manifest;
        v.packId = manifest.pack_id;
        v.exportedAt = manifest.created_at;
        const named = manifest.signing_key;
        if (v.keyFingerprint && named.fingerprint !== v.keyFingerprint) {
          problems.push("manifest.json names a different signing key from the one in the pack.");
        } else if (v.checkCode && "check_code" in named && named.check_code !== v.checkCode) {
          problems.push("manifest.json gives a different check code from the pack's key.");
        }
      }
    }
  }

  // The report carries the same key.
  const pdf = results.get(REPORT);
  if (!pdf) {
    problems.push("report.pdf is missing from the pack.");
  } else if (pdf.damaged || pdf.tooLarge) {
    problems.push("report.pdf is damaged inside the zip and could not be read.");
  } else if (!pdf.noInflate) {
    const found = [...read.pdfFingerprints];
    if (!found.length) problems.push("report.pdf does not carry the signing key's fingerprint.");
    else if (v.keyFingerprint && found.some((f) => f !== v.keyFingerprint)) {
      problems.push("The fingerprint on report.pdf's cover is not the fingerprint of the pack's signing key.");
    }
  }
  v.filesChecked = source.names.length;

  // The manifest's own hashes agree with SHA256SUMS and name files that are there.
  if (v.manifest) {
    for (const e of v.manifest.exhibits) {
      if (e.path === null) continue;
      if (!results.has(e.path)) {
        problems.push(`manifest.json lists ${e.path} for exhibit ${e.ref}, but it is not in the pack.`);
      } else if (listed.get(e.path) && listed.get(e.path) !== e.sha256) {
        problems.push(`The SHA-256 of exhibit ${e.ref} in manifest.json does not match ${e.path}.`);
      }
    }
  }
  v.ok = !problems.length && !v.unchecked.length;
  v.read = read;
  return v;
}

// --- the diary's history (format 2: each audit event carries what its hash covers) ----------

// JSON as Python's json.dumps(sort_keys=True, ensure_ascii=False, separators=(",", ":")) writes
// strings, integers, null and objects of them.
function canonical(value) {
  if (Array.isArray(value)) return "[" + value.map(canonical).join(",") + "]";
  if (value && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return "{" + keys.map((k) => JSON.stringify(k) + ":" + canonical(value[k])).join(",") + "}";
  }
  return JSON.stringify(value);
}

function hexBytes(hex) {
  return Uint8Array.from(hex.match(/../g) || [], (h) => parseInt(h, 16));
}

// Recomputes the audit chain as the script in docs/pack-format.md does. Returns null for a pack
// that does not carry what the hashes cover (format 1), else {state, …}.
async function checkHistory(manifest) {
  const audit = manifest.audit;
  if (!Array.isArray(audit) || !audit.length || !audit.every((e) => e && "prev_hash" in e)) return null;
  if (audit.some((e) => typeof e.detail !== "string")) return { state: "withheld", count: audit.length };
  let prev = "0".repeat(64);
  const codes = [];
  for (const e of audit) {
    // The detail is carried exactly as it was hashed (canonical JSON).
    const body = "[" + [e.seq, e.at_text, e.kind, e.subject].map(canonical).join(",") + "," + e.detail + "]";
    const digest = toHex(await sha256(utf8.encode(prev + "\n" + body)));
    if (e.prev_hash !== prev || e.hash !== digest) return { state: "broken", seq: e.seq };
    codes.push({ code: encodeCode(hexBytes(digest)), seq: e.seq, at: e.at });
    prev = digest;
  }
  const head = manifest.audit_head ? manifest.audit_head.hash : "0".repeat(64);
  if (prev !== head) return { state: "head", count: audit.length };
  return { state: "ok", count: audit.length, code: encodeCode(hexBytes(prev)), codes };
}
