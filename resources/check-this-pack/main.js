// The page's flow: choose a pack (zip or folder, picked or dropped), check it, say the verdict,
// then show what it holds.

const PICTURE_TYPES = new Set(["image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/avif"]);
const TEXT_TYPES = /^(text\/|application\/json$|message\/rfc822$|application\/xml$)/;
const TEXT_SHOWN = 2 * 1024 * 1024;
const CODE_EXAMPLE = "K7Q2-MX9D-4HRT-Z8WE-3NPA";
// Files a computer's own file browser leaves in a folder; never part of a pack, never read.
const SYSTEM_FILE = /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini|__MACOSX\/.*|\._[^/]*)$/i;

const state = { source: null, verdict: null, urls: [], busy: false };

function progress(text) {
  $("progress").textContent = text;
}

function forgetPictures() {
  for (const url of state.urls) URL.revokeObjectURL(url);
  state.urls = [];
}

function reset() {
  forgetPictures();
  state.source = null;
  state.history = null;
  state.verdict = null;
  $("verdict").hidden = true;
  $("reader").hidden = true;
  $("choose").hidden = false;
  $("incident").hidden = true;
  $("exhibit").hidden = true;
  progress("");
}

function isAge(head) {
  const text = new TextDecoder("latin1").decode(head);
  return text.startsWith("age-encryption.org/v1") || text.startsWith("-----BEGIN AGE ENCRYPTED FILE-----");
}

function showStop(title, sentences, kind) {
  const v = { problems: sentences, unchecked: [], stop: title, kind: kind || "bad" };
  state.verdict = v;
  renderVerdict();
}

async function checkZip(file) {
  if (state.busy) return;
  reset();
  state.busy = true;
  try {
    const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
    if (isAge(head)) {
      showStop("This pack is locked with a passphrase", [
        `${file.name} is encrypted (with age), so this page cannot read it. Decrypt it first, ` +
          "then choose the .zip file that gives.",
        "With Daybook: choose Open an evidence pack and type the passphrase the person gave you, " +
          "or run: daybook verify " + file.name,
        `With the age tool: age -d -o pack.zip ${file.name} (it asks for the passphrase), ` +
          "then choose pack.zip here.",
      ], "partial");
      return;
    }
    progress(`Reading ${file.name}…`);
    await run(await zipSource(file));
  } finally {
    state.busy = false;
  }
}

// `pairs` are [path inside what was chosen, File]; the pack is the folder holding SHA256SUMS.
async function checkFolder(pairs, chosenName) {
  if (state.busy) return;
  reset();
  const roots = pairs
    .map(([path]) => path)
    .filter((path) => path === SUMS || path.endsWith("/" + SUMS))
    .map((path) => path.slice(0, path.length - SUMS.length));
  if (!roots.length) {
    showStop("This is not an unzipped evidence pack", [
      `${chosenName || "The folder"} holds no SHA256SUMS, so it is not an unzipped evidence pack ` +
        "(or not all of it). Choose the folder that holds report.pdf and SHA256SUMS, or the .zip file.",
    ]);
    return;
  }
  const depth = (p) => p.split("/").length;
  const shallowest = Math.min(...roots.map(depth));
  const top = roots.filter((r) => depth(r) === shallowest);
  if (top.length > 1) {
    showStop("This folder holds more than one pack", [
      `${chosenName || "The folder"} holds more than one evidence pack. Choose the folder of one pack, or its .zip file.`,
    ]);
    return;
  }
  const root = top[0];
  const files = new Map();
  const ignored = [];
  for (const [path, file] of pairs) {
    if (!path.startsWith(root)) continue;
    const inside = path.slice(root.length);
    if (SYSTEM_FILE.test(inside)) ignored.push(inside);
    else files.set(inside, file);
  }
  const label = root ? root.replace(/\/$/, "").split("/").pop() : chosenName || "the folder";
  state.busy = true;
  try {
    await run(folderSource(label, files, ignored));
  } finally {
    state.busy = false;
  }
}

async function run(source) {
  state.source = source;
  let v;
  try {
    v = await verifySource(source, (done, total) => {
      if (done === total || done % 25 === 0) progress(`Checking ${done} of ${total} files…`);
    });
  } catch (err) {
    v = {
      problems: [
        `This page could not finish checking ${source.label} (${(err && err.name) || "error"}). ` +
          "Nothing here shows that the pack is intact: check it with Daybook or the steps in README.txt.",
      ],
      unchecked: [],
      contentsReadable: false,
    };
  }
  progress("");
  state.verdict = v;
  renderVerdict();
  if (v.manifest && v.contentsReadable) renderReader(v, source);
  $("verdict").focus();
}

// What the reader typed (or gave as ?expect=): null when empty, false when not a code.
function typedKey() {
  const typed = $("expect").value;
  if (!typed.trim()) return null;
  const key = expectedKey(typed);
  return key === null ? false : key;
}

// The verdict in the app's words (ui/pack_viewer.py), with `daybook verify --expect-key`'s
// sentence when the code the reader gave is not the pack's.
function renderVerdict() {
  const v = state.verdict;
  if (!v) return;
  const box = $("verdict");
  const expected = typedKey();
  const mismatch = Boolean(expected) && Boolean(v.checkCode) && expected !== v.checkCode && expected !== v.keyFingerprint;
  const problems = v.problems.slice();
  if (mismatch) {
    problems.push(
      `This pack was signed by a different key from the one you expected: its check ` +
        `code is ${v.checkCode}, not ${expected}. It was not made by the Daybook whose code you were given.`,
    );
  }
  let kind;
  let title;
  let text;
  if (v.stop) {
    [kind, title, text] = [v.kind, v.stop, ""];
  } else if (!problems.length && v.unchecked.length) {
    kind = "partial";
    title = "This browser could not check everything";
    text =
      "This browser could not check everything, so this page cannot say that nothing in the pack " +
      "has changed. What it could check is exactly as it was when the pack was made. Open this page " +
      "in a current Chrome, Edge, Firefox or Safari, or check the pack with Daybook.";
  } else if (!problems.length) {
    kind = "ok";
    title = "Nothing has changed since this pack was signed";
    text =
      `Nothing in this pack has changed since it was signed: all ${v.filesChecked} files are ` +
      "exactly as they were when it was made.";
  } else if (!v.contentsReadable) {
    kind = "bad";
    title = "This file cannot be trusted";
    text =
      "This file cannot be trusted, so nothing from inside it is shown: another program could " +
      "show different contents from the same file. Ask the person for a new copy.";
  } else {
    kind = "bad";
    title = mismatch && !v.problems.length ? "Not signed by the Daybook whose code you were given" : "This pack does not check out";
    text =
      "This pack does not check out. It may have been changed or damaged after it was made, so do " +
      "not rely on what it shows without asking the person for a new copy.";
  }
  const list = $("verdict-problems");
  clear(list);
  for (const p of problems.concat(v.stop ? [] : v.unchecked)) list.append(el("li", { text: p }));

  // The check code: the only thing that ties the pack to the person.
  const match = $("code-match");
  match.className = "code-match";
  match.textContent = "";
  $("code-box").hidden = !v.checkCode;
  if (v.checkCode) {
    $("check-code").textContent = v.checkCode;
    if (expected === false) {
      match.textContent = "Type all five groups of four letters and digits.";
    } else if (mismatch) {
      match.textContent =
        "The codes differ: this pack was NOT signed by the Daybook whose code you were given. " +
        "Do not rely on it; ask the person.";
      match.classList.add("bad");
    } else if (expected && kind === "ok") {
      match.textContent = "The codes match: this pack was signed by their Daybook.";
      match.classList.add("ok");
      title = "Nothing has changed, and the check code matches";
    } else if (expected) {
      // Never "signed by": a changed pack's signature does not hold, whatever key it names.
      match.textContent =
        "The codes match, but the pack does not check out (see above), so this does not show " +
        "that it comes from their Daybook unchanged.";
    }
  }
  box.className = `verdict ${kind}`;
  $("verdict-title").textContent = title;
  $("verdict-text").textContent = text;
  $("verdict-text").hidden = !text;
  state.mismatch = mismatch;

  const details = $("details-list");
  clear(details);
  addRow(details, "Pack", v.packId);
  addRow(details, "Made", v.exportedAt ? when(v.exportedAt, "exact") : "");
  addRow(details, "Files checked", v.filesChecked ? String(v.filesChecked) : "");
  addRow(details, "Signing key fingerprint, for checking with standard tools (ssh-keygen -l)", v.keyFingerprint, "hash");
  if (state.source && !v.stop) {
    addRow(
      details,
      "Checked",
      state.source.kind === "zip"
        ? `${state.source.label} (the zip file)`
        : `${state.source.label} (an unzipped folder: the files in it were checked, not the zip they came in)`,
    );
    if (state.source.kind === "zip") {
      addRow(
        details,
        "Unpacked with",
        typeof DecompressionStream === "undefined"
          ? "this page's own code, as this browser lacks DecompressionStream"
          : "this browser's DecompressionStream",
      );
    }
    if (state.source.ignored && state.source.ignored.length) {
      addRow(details, "Not part of the pack (left by the computer's file browser, not read)", state.source.ignored.join(", "));
    }
  }
  $("verdict-details").hidden = !details.firstChild;
  box.hidden = false;
  $("choose").hidden = true;
  updateReaderWarning();
}

function updateReaderWarning() {
  const v = state.verdict;
  const warning = $("reader-warning");
  if (!v || $("reader").hidden) return;
  const history = state.history && ["broken", "head"].includes(state.history.state);
  if (v.problems.length || state.mismatch) {
    warning.textContent = "This pack did not check out: what it shows below may have been changed after it was made.";
    warning.hidden = false;
  } else if (history) {
    warning.textContent = "The diary's history in this pack does not check out (see the audit log).";
    warning.hidden = false;
  } else if (v.unchecked.length) {
    warning.textContent = "Not everything in this pack could be checked in this browser.";
    warning.hidden = false;
  } else {
    warning.hidden = true;
  }
}

// --- reading the pack ----------------------------------------------------------------------

async function fileBlob(name, type) {
  const source = state.source;
  if (source.kind === "folder") {
    const file = source.files.get(name);
    return file ? file.slice(0, file.size, type) : null;
  }
  return source.blob(name, type);
}

function exhibitStatus(e, v) {
  if (e.path === null || e.path === undefined) return "not in this copy";
  const digest = v.digests.get(e.path);
  if (digest === undefined) return "missing from the pack";
  if (!digest) return "could not be read";
  if (digest !== e.sha256) return "does not match";
  return v.listed.get(e.path) === digest ? "matches SHA256SUMS" : "not listed in SHA256SUMS";
}

function renderReader(v, source) {
  const m = v.manifest;
  state.messages = new Map((m.messages || []).map((msg) => [msg.id, msg]));
  state.exhibits = new Map((m.exhibits || []).map((e) => [e.ref, e]));
  $("reader").hidden = false;
  updateReaderWarning();
  renderChronology(m);
  renderExhibits(m, v);
  renderGallery(m, v);
  renderAbout(m, v);
  renderAudit(m);
  renderHistory(m);
  showTab("chronology");
}

const TABS = ["chronology", "exhibits", "pictures", "about", "audit"];

function showTab(name) {
  for (const t of TABS) {
    $(`tab-${t}`).setAttribute("aria-selected", String(t === name));
    $(`panel-${t}`).hidden = t !== name;
  }
}

function messageLine(id) {
  const msg = state.messages.get(id);
  if (!msg) return `Message ${id} (not in this copy)`;
  const where = [msg.exhibit, msg.position].filter(Boolean).join(", ");
  const head = [when(msg.sent_at, "exact"), msg.sender, msg.channel].filter(Boolean).join(" · ");
  return `${head}${msg.direction && msg.direction !== "unknown" ? ` (${msg.direction})` : ""}: ${msg.body || ""}${where ? ` [${where}]` : ""}`;
}

function incidentHaystack(i) {
  return [plain(i), (i.messages || []).map(messageLine).join(" "), (i.behaviours || []).map(behaviourWords).join(" ")].join(" ");
}

function renderChronology(m) {
  const table = new Table(
    $("chronology"),
    [
      { title: "No.", value: (i) => i.number, sort: (i) => i.number, className: "nowrap" },
      { title: "When", value: (i) => span(i.occurred_start, i.occurred_end, i.precision), sort: (i) => instant(i.occurred_start) },
      { title: "Where", value: (i) => i.location || i.channel || "", sort: (i) => (i.location || i.channel || "").toLocaleLowerCase(), className: "wrap" },
      { title: "What happened", value: (i) => short(i.description, 180), className: "wrap" },
      { title: "Behaviours", value: (i) => (i.behaviours || []).join(", ") },
      { title: "Fear (0–10)", value: (i) => (typeof i.fear === "number" ? String(i.fear) : ""), sort: (i) => (typeof i.fear === "number" ? i.fear : null) },
      { title: "Exhibits", value: (i) => (i.exhibits || []).join(", ") },
    ],
    showIncident,
  );
  table.set(m.incidents, incidentHaystack);
  const count = () => {
    const n = table.shown.length;
    $("search-count").textContent = `${n} of ${m.incidents.length} incident${m.incidents.length === 1 ? "" : "s"} shown`;
  };
  $("search").value = "";
  $("search").oninput = () => {
    table.filter($("search").value);
    count();
  };
  count();
  state.chronology = table;
}

function short(text, n) {
  const s = String(text || "");
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
}

const INCIDENT_DONE = new Set([
  "number", "occurred_start", "occurred_end", "precision", "written_at", "written_later", "location",
  "location_kind", "location_sensitive", "channel", "account", "description", "exact_words", "threats",
  "behaviours", "perpetrators", "witnesses", "third_parties", "fear", "impact", "impact_text",
  "told_to_stop", "reports", "order_breached", "order_condition", "exhibits", "messages",
  "private_note", "revisions", "addenda", "report_page",
]);

function quote(text) {
  return text ? el("p", { text, className: "quote" }) : null;
}

function showIncident(i) {
  const box = $("incident");
  clear(box);
  box.append(el("h3", { text: `${i.number}: ${span(i.occurred_start, i.occurred_end, i.precision)}` }));
  const dl = el("dl");
  addRow(dl, "Written", [when(i.written_at, "exact"), i.written_later ? "(marked as written later)" : ""].filter(Boolean).join(" "));
  const place = [i.location, i.location_kind ? `(${i.location_kind})` : "", i.location_sensitive ? "(marked sensitive)" : ""];
  addRow(dl, "Where", place.filter(Boolean).join(" "));
  addRow(dl, "How", [i.channel, i.account].filter(Boolean).join(": "));
  addRow(dl, "What happened", quote(i.description));
  addRow(dl, "Their exact words", quote(i.exact_words));
  addRow(dl, "Threats", quote(i.threats));
  addRow(dl, "Behaviours", (i.behaviours || []).length ? list(i.behaviours.map(behaviourWords)) : "");
  addRow(dl, "Who did it", (i.perpetrators || []).map((p) => plainPerson(p.name, p.how_identified)).join("; "));
  addRow(dl, "Witnesses", (i.witnesses || []).map((w) => plainPerson(w.name, w.contact)).join("; "));
  addRow(dl, "Others contacted", (i.third_parties || []).join("; "));
  addRow(dl, "How frightened (0–10)", typeof i.fear === "number" ? String(i.fear) : "");
  addRow(dl, "Effect on daily life", [(i.impact || []).join(", "), i.impact_text].filter(Boolean).join(". "));
  addRow(dl, "Told them to stop", "told_to_stop" in i ? yesNoUnknown(i.told_to_stop) : "");
  addRow(dl, "Reported", (i.reports || []).length ? list(i.reports.map((r) => plain({ ...r, date: when(r.date, "exact") }))) : "");
  addRow(dl, "Order breached", [i.order_breached, i.order_condition].filter(Boolean).join(": "));
  if ((i.exhibits || []).length) {
    const refs = el("span");
    i.exhibits.forEach((ref, n) => {
      if (n) refs.append(document.createTextNode(" "));
      const b = el("button", { text: ref, attrs: { type: "button" } });
      b.addEventListener("click", () => openExhibit(ref));
      refs.append(b);
    });
    addRow(dl, "Exhibits", refs);
  }
  addRow(dl, "Messages", (i.messages || []).length ? list(i.messages.map(messageLine)) : "");
  addRow(dl, "Private note", quote(i.private_note));
  addRow(dl, "Versions", (i.revisions || []).length ? revisionList(i.revisions) : "");
  addRow(dl, "Added later", (i.addenda || []).length ? list(i.addenda.map((a) => `${when(a.written_at, "exact")}: ${a.text}`)) : "");
  addRow(dl, "Page in report.pdf", i.report_page);
  for (const [k, value] of Object.entries(i)) if (!INCIDENT_DONE.has(k)) addRow(dl, label(k), plain(value));
  box.append(dl);
  box.hidden = false;
  box.focus();
}

// A version of the record as lines: format 1 has its text; format 2 the first version in full
// and then every change as "from → to".
function revisionLines(r) {
  const lines = [];
  for (const f of Array.isArray(r.fields) ? r.fields : []) lines.push(`${f.label || ""}: ${plain(f.value)}`);
  for (const c of Array.isArray(r.changes) ? r.changes : []) {
    lines.push(`${c.label || label(String(c.field || ""))}: ${plain(c.from) || "(empty)"} → ${plain(c.to) || "(empty)"}`);
  }
  if (!lines.length) lines.push(plain(r.text));
  return lines;
}

function revisionList(revisions) {
  return list(
    revisions.map((r, n) => {
      const first = n === 0 && Array.isArray(r.fields) && r.fields.length;
      const head = `${when(r.saved_at, "exact")}${first ? ", as first saved" : n ? ", changed" : ""}:`;
      return el("span", {}, [el("strong", { text: head }), list(revisionLines(r))]);
    }),
  );
}

function plainPerson(name, more) {
  return more ? `${name} (${more})` : String(name || "");
}

function refKey(ref) {
  const m = /^([A-Za-z]*)(\d+)(.*)$/.exec(String(ref));
  return m ? `${m[1]}${m[2].padStart(8, "0")}${m[3]}` : String(ref);
}

function renderExhibits(m, v) {
  const table = new Table(
    $("exhibits"),
    [
      { title: "Ref", value: (e) => e.ref, sort: (e) => refKey(e.ref) },
      { title: "What", value: (e) => [e.kind, e.description].filter(Boolean).join(": "), className: "wrap" },
      { title: "Original name", value: (e) => e.original_name, sort: (e) => String(e.original_name || "").toLocaleLowerCase(), className: "wrap" },
      { title: "Type and size", value: (e) => [e.media_type, sizeWords(e.size)].filter(Boolean).join(", ") },
      { title: "SHA-256", value: (e) => e.sha256, className: "hash" },
      { title: "Check", value: (e) => exhibitStatus(e, v), sort: (e) => exhibitStatus(e, v) },
    ],
    (e) => showExhibit(e),
  );
  table.set(m.exhibits);
  state.exhibitTable = table;
}

function openExhibit(ref) {
  const e = state.exhibits.get(ref);
  showTab("exhibits");
  if (e) showExhibit(e);
}

async function showExhibit(e) {
  const v = state.verdict;
  const box = $("exhibit");
  clear(box);
  box.append(el("h3", { text: `${e.ref}: ${e.description || e.kind || ""}` }));
  const dl = el("dl");
  addRow(dl, "Kind", e.kind);
  addRow(dl, "Original name", e.original_name);
  addRow(dl, "Type and size", [e.media_type, sizeWords(e.size)].filter(Boolean).join(", "));
  addRow(dl, "SHA-256", e.sha256, "hash");
  addRow(dl, "Check", exhibitStatus(e, v));
  addRow(dl, "Imported", when(e.imported_at, "exact"));
  addRow(dl, "Captured", [when(e.captured_at, "exact"), e.captured_place].filter(Boolean).join(", "));
  addRow(dl, "How it was captured", e.capture_method);
  addRow(dl, "Original kept", e.original_kept);
  addRow(dl, "Incidents", (e.incidents || []).join(", "));
  addRow(dl, "Copy of", e.derived_from);
  addRow(dl, "In this pack as", e.path);
  addRow(dl, "Note", e.note);
  box.append(dl);
  box.hidden = false;
  box.focus();
  if (!e.path) return;
  const type = String(e.media_type || "");
  try {
    if (PICTURE_TYPES.has(type)) {
      const blob = await fileBlob(e.path, type);
      if (!blob) return;
      const url = URL.createObjectURL(blob);
      state.urls.push(url);
      const img = el("img", { attrs: { alt: `Exhibit ${e.ref}` } });
      img.addEventListener("error", () => img.replaceWith(el("p", { text: "This picture could not be shown.", className: "notgood" })));
      img.src = url;
      box.append(img);
    } else if (TEXT_TYPES.test(type)) {
      const blob = await fileBlob(e.path, "text/plain");
      if (!blob) return;
      const bytes = new Uint8Array(await blob.slice(0, TEXT_SHOWN).arrayBuffer());
      box.append(el("pre", { text: new TextDecoder("utf-8").decode(bytes), className: "text-file" }));
      if (blob.size > TEXT_SHOWN) box.append(el("p", { text: "Only the start of this file is shown here.", className: "muted" }));
    } else {
      box.append(el("p", { text: `This file is in the pack as ${e.path}; open it from the unzipped folder.`, className: "muted" }));
    }
  } catch (err) {
    box.append(el("p", { text: "This file could not be shown.", className: "notgood" }));
  }
}

function renderGallery(m, v) {
  const gallery = $("gallery");
  clear(gallery);
  const pictures = m.exhibits.filter((e) => e.path && PICTURE_TYPES.has(String(e.media_type)));
  if (!pictures.length) {
    gallery.append(el("p", { text: "This pack holds no pictures.", className: "muted" }));
    return;
  }
  for (const e of pictures) {
    const fig = el("figure");
    const img = el("img", { attrs: { alt: `Exhibit ${e.ref}`, loading: "lazy" } });
    img.addEventListener("error", () => img.replaceWith(el("p", { text: "This picture could not be shown.", className: "notgood" })));
    fig.append(img);
    const status = exhibitStatus(e, v);
    fig.append(
      el("figcaption", {}, [
        el("strong", { text: e.ref }),
        document.createTextNode(` ${e.description || e.original_name || ""} `),
        el("span", { text: `SHA-256 ${e.sha256.slice(0, 16)}… ${status}`, className: status === "matches SHA256SUMS" ? "good" : "notgood" }),
      ]),
    );
    fig.addEventListener("click", () => openExhibit(e.ref));
    gallery.append(fig);
    fileBlob(e.path, e.media_type)
      .then((blob) => {
        if (!blob) return;
        const url = URL.createObjectURL(blob);
        state.urls.push(url);
        img.src = url;
      })
      .catch(() => fig.append(el("p", { text: "This picture could not be shown.", className: "notgood" })));
  }
}

function renderAbout(m, v) {
  const panel = $("panel-about");
  clear(panel);
  const dl = el("dl");
  addRow(dl, "Pack", m.pack_id);
  addRow(dl, "Made", when(m.created_at, "exact"));
  addRow(dl, "Kept by", m.owner ? plain(m.owner.name || m.owner) : "");
  addRow(dl, "For", m.for_whom);
  addRow(dl, "Copy", m.profile === "court" ? "court copy (some private details left out)" : m.profile === "full" ? "full copy" : m.profile);
  if (m.period) addRow(dl, "Period", [when(m.period.from, "day").replace(" (time not known)", ""), when(m.period.to, "day").replace(" (time not known)", "")].filter(Boolean).join(" to "));
  addRow(dl, "Counts", plain(m.counts));
  addRow(dl, "Diary's history code", m.diary_fingerprint);
  addRow(dl, "Made with", m.app_version ? `Daybook ${m.app_version}` : "");
  const seen = new Set(["pack_id", "created_at", "owner", "for_whom", "profile", "period", "counts", "diary_fingerprint",
    "app_version", "format", "format_version", "signing_key", "withheld", "people", "incidents", "messages", "exhibits",
    "audit", "report", "audit_head", "include_private_notes"]);
  for (const [k, value] of Object.entries(m)) if (!seen.has(k) && typeof value !== "object") addRow(dl, label(k), plain(value));
  panel.append(el("div", { className: "about" }, [el("h3", { text: "About this pack" }), dl]));
  panel.append(el("h3", { text: "What this copy leaves out" }));
  const withheld = m.withheld || [];
  panel.append(withheld.length ? list(withheld.map((w) => `${w.what}: ${w.why}`)) : el("p", { text: "Nothing was left out of this copy." }));
  panel.append(el("h3", { text: "People" }));
  const people = m.people || [];
  panel.append(people.length ? list(people.map((p) => `${p.name} (${p.role}): ${plain({ ...p, name: null, role: null })}`)) : el("p", { text: "No people are named in this pack." }));
}

async function renderHistory(m) {
  const words = $("history");
  words.className = "";
  $("history-box").hidden = true;
  state.history = null;
  let h = null;
  try {
    h = await checkHistory(m);
  } catch (err) {
    h = null;
  }
  state.history = h;
  if (h === null) {
    words.textContent = "This pack's format does not carry what each entry's hash covers, so the history cannot be recomputed here.";
  } else if (h.state === "withheld") {
    words.textContent =
      `This copy withholds some details of the diary's history, so the chain of its ${h.count} ` +
      "entries cannot be recomputed here.";
  } else if (h.state === "broken") {
    words.textContent = `Entry ${h.seq} of the history does not match what its hash covers: the history was changed.`;
    words.className = "notgood";
  } else if (h.state === "head") {
    words.textContent = "The last entry of the history is not the one the manifest names as its head: the history was changed.";
    words.className = "notgood";
  } else {
    words.textContent =
      `The history checks out: each of its ${h.count} entries is tied to the one before, and the ` +
      `last gives the diary's history code ${h.code} when this pack was made.`;
    words.className = "good";
    $("history-box").hidden = false;
  }
  compareHistory();
  updateReaderWarning();
}

// A history code the person noted earlier: every entry up to the one it names is unchanged.
function compareHistory() {
  const out = $("history-match");
  out.className = "code-match";
  out.textContent = "";
  const h = state.history;
  const typed = $("history-code").value;
  if (!h || h.state !== "ok" || !typed.trim()) return;
  const code = normaliseCode(typed);
  if (code === null) {
    out.textContent = "Type all five groups of four letters and digits.";
    return;
  }
  const found = h.codes.find((c) => c.code === code);
  if (found) {
    out.textContent =
      `That code is entry ${found.seq} of this history (${when(found.at, "exact")}): every entry up ` +
      "to it is unchanged in this pack.";
    out.classList.add("ok");
  } else {
    out.textContent =
      "No entry of this history has that code: it may be from another diary or mistyped, or the " +
      "history was changed. Ask the person.";
    out.classList.add("bad");
  }
}

function renderAudit(m) {
  const table = new Table(
    $("audit"),
    [
      { title: "No.", value: (a) => String(a.seq), sort: (a) => a.seq },
      { title: "When", value: (a) => when(a.at, "exact"), sort: (a) => instant(a.at) },
      { title: "What", value: (a) => a.kind, sort: (a) => a.kind },
      { title: "Summary", value: (a) => a.summary, className: "wrap" },
      { title: "Hash", value: (a) => a.hash, className: "hash" },
    ],
    () => {},
  );
  table.set(m.audit || []);
}

// --- choosing ------------------------------------------------------------------------------

function readEntries(reader) {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry, prefix, out) {
  if (entry.isFile) {
    const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
    out.push([prefix + entry.name, file]);
  } else if (entry.isDirectory) {
    const reader = entry.createReader();
    for (;;) {
      const batch = await readEntries(reader);
      if (!batch.length) break;
      for (const child of batch) await walk(child, `${prefix}${entry.name}/`, out);
    }
  }
}

async function dropped(event) {
  event.preventDefault();
  $("drop").classList.remove("over");
  const items = [...(event.dataTransfer.items || [])].filter((i) => i.kind === "file");
  const entries = items.map((i) => (i.webkitGetAsEntry ? i.webkitGetAsEntry() : null));
  if (entries.length === 1 && entries[0] && entries[0].isDirectory) {
    const pairs = [];
    await walk(entries[0], "", pairs);
    await checkFolder(pairs, entries[0].name);
  } else if (items.length === 1) {
    await checkZip(event.dataTransfer.files[0]);
  } else if (entries.length && entries.every(Boolean)) {
    const pairs = [];
    for (const entry of entries) await walk(entry, "", pairs);
    await checkFolder(pairs, "What you dropped");
  }
}

function start() {
  const params = new URLSearchParams(location.search);
  if (params.get("expect")) $("expect").value = params.get("expect");
  $("pick-zip").addEventListener("change", (e) => {
    if (e.target.files.length) checkZip(e.target.files[0]);
    e.target.value = "";
  });
  $("pick-folder").addEventListener("change", (e) => {
    const pairs = [...e.target.files].map((f) => [f.webkitRelativePath || f.name, f]);
    const top = pairs.length ? pairs[0][0].split("/")[0] : "";
    if (pairs.length) checkFolder(pairs, top);
    e.target.value = "";
  });
  for (const target of [document.body]) {
    target.addEventListener("dragover", (e) => {
      e.preventDefault();
      $("drop").classList.add("over");
    });
    target.addEventListener("dragleave", () => $("drop").classList.remove("over"));
    target.addEventListener("drop", (e) => dropped(e));
  }
  $("expect").addEventListener("input", renderVerdict);
  $("history-code").addEventListener("input", compareHistory);
  $("again").addEventListener("click", () => {
    reset();
    $("pick-zip").focus();
  });
  for (const t of TABS) $(`tab-${t}`).addEventListener("click", () => showTab(t));
  if (!subtle) {
    progress("This page was not opened as a file on this computer, so this browser will not check signatures here. Save the page and open it from the pack's folder.");
  }
}

// For tests: the check code rule, and the problems the page finds in a zip given as bytes.
async function problemsOf(bytes, name) {
  const v = await verifySource(await zipSource(new File([bytes], name)));
  return { problems: v.problems, unchecked: v.unchecked, contentsReadable: v.contentsReadable };
}

window.daybookCheck = { checkCode, normaliseCode, encodeCode, problemsOf, zoneLabel };

start();
