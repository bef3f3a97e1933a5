// Showing the verdict and the pack. Every text from the pack is set as text (textContent),
// never parsed as HTML: a file name or a message that holds markup shows its characters.

const $ = (id) => document.getElementById(id);

function el(tag, options, children) {
  const node = document.createElement(tag);
  const o = options || {};
  if (o.text !== undefined && o.text !== null) node.textContent = String(o.text);
  if (o.className) node.className = o.className;
  for (const [k, v] of Object.entries(o.attrs || {})) node.setAttribute(k, v);
  for (const child of children || []) if (child) node.append(child);
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

// A time as written in the pack, in its own zone (never moved to this computer's zone).
function when(value, precision) {
  if (value === null || value === undefined || value === "") return "";
  const m = ISO.exec(String(value));
  if (!m) return String(value);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (precision === "month") return `${MONTHS_LONG[mo - 1] || m[2]} ${y}`;
  const weekday = DAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
  const date = `${weekday} ${d} ${MONTHS[mo - 1] || m[2]} ${y}`;
  if (precision === "day" || m[4] === undefined) {
    return precision === "day" ? `${date} (time not known)` : date;
  }
  const zone = m[7] ? " " + zoneLabel(m[7], Date.parse(String(value))) : "";
  return `${date}, ${precision === "about" ? "about " : ""}${m[4]}:${m[5]}${zone}`;
}

let LONDON = null;
try {
  LONDON = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "longOffset" });
} catch (err) {
  LONDON = null; // no time zone data: offsets are shown as they are
}

function zonePart(format, instant) {
  const part = format.formatToParts(new Date(instant)).find((p) => p.type === "timeZoneName");
  return part ? part.value : "";
}

// The UK zone a time was in (GMT or BST), else its offset (UTC+02:00): diary/timeutil.zone_label.
function zoneLabel(offsetText, instant) {
  const offset = offsetText === "Z" ? "+00:00" : offsetText.length === 5 ? offsetText.slice(0, 3) + ":" + offsetText.slice(3) : offsetText;
  if (LONDON && !Number.isNaN(instant)) {
    const london = zonePart(LONDON, instant).replace(/^GMT$/, "GMT+00:00").replace(/^GMT/, "");
    // The names the time zone database gives London's offsets (ICU may say "GMT+1" instead).
    const names = { "+00:00": "GMT", "+01:00": "BST", "+02:00": "BDST" };
    if (london === offset && names[offset]) return names[offset];
  }
  return offset === "+00:00" ? "UTC" : `UTC${offset}`;
}

function span(start, end, precision) {
  const a = when(start, precision);
  const b = when(end, precision);
  if (!b) return a;
  // An end on the same day and in the same zone is shown as its time alone.
  const ms = ISO.exec(String(start));
  const me = ISO.exec(String(end));
  if (ms && me && ms.slice(1, 4).join() === me.slice(1, 4).join() && ms[7] === me[7] && me[4] !== undefined) {
    return `${a} to ${me[4]}:${me[5]}`;
  }
  return `${a} to ${b}`;
}

function instant(value) {
  const t = Date.parse(String(value || ""));
  return Number.isNaN(t) ? null : t;
}

function sizeWords(bytes) {
  if (typeof bytes !== "number") return "";
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

function label(key) {
  const text = key.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Any value as plain words: the page keeps working when a later format adds fields.
function plain(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.map(plain).filter(Boolean).join("; ");
  if (typeof value === "object") {
    return Object.entries(value)
      .map(([k, v]) => [k, plain(v)])
      .filter(([, v]) => v)
      .map(([k, v]) => `${label(k)}: ${v}`)
      .join(", ");
  }
  return String(value);
}

function behaviourWords(code) {
  return BEHAVIOURS[code] ? `${BEHAVIOURS[code]} (${code})` : String(code);
}

function yesNoUnknown(value) {
  if (value === true) return "yes";
  if (value === false) return "no";
  return "not said";
}

function addRow(dl, name, value, className) {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
  dl.append(el("dt", { text: name }));
  const dd = el("dd", { className: className || "" });
  if (value instanceof Node) dd.append(value);
  else dd.textContent = String(value);
  dl.append(dd);
}

function list(items) {
  const ul = el("ul");
  for (const item of items) ul.append(item instanceof Node ? el("li", {}, [item]) : el("li", { text: item }));
  return ul;
}

// A sortable, searchable table: columns are {key, title, value(row) -> text, sort(row) -> value}.
class Table {
  constructor(table, columns, onChoose) {
    this.table = table;
    this.columns = columns;
    this.onChoose = onChoose;
    this.rows = [];
    this.shown = [];
    this.sortBy = null;
    this.descending = false;
    const head = table.tHead.rows[0];
    clear(head);
    columns.forEach((c, i) => {
      const th = el("th", { attrs: { scope: "col" } });
      if (c.sort) {
        th.setAttribute("aria-sort", "none");
        const b = el("button", { text: c.title, attrs: { type: "button" } });
        b.addEventListener("click", () => this.sort(i));
        th.append(b);
      } else {
        th.textContent = c.title;
      }
      head.append(th);
    });
  }

  choose(target) {
    const tr = target.closest("tr");
    if (!tr || !tr.dataRow) return;
    for (const r of this.table.tBodies[0].querySelectorAll("tr.chosen")) r.classList.remove("chosen");
    tr.classList.add("chosen");
    this.onChoose(tr.dataRow);
  }

  set(rows, haystack) {
    this.rows = rows;
    this.haystacks = rows.map((r) => (haystack ? haystack(r).toLocaleLowerCase() : ""));
    this.filter("");
  }

  filter(words) {
    const wanted = words.toLocaleLowerCase().trim().split(/\s+/).filter(Boolean);
    this.shown = this.rows.filter((r, i) => wanted.every((w) => this.haystacks[i].includes(w)));
    this.render();
    return this.shown.length;
  }

  sort(i) {
    this.descending = this.sortBy === i ? !this.descending : false;
    this.sortBy = i;
    [...this.table.tHead.rows[0].cells].forEach((th, k) => {
      if (this.columns[k].sort) th.setAttribute("aria-sort", k === i ? (this.descending ? "descending" : "ascending") : "none");
    });
    this.render();
  }

  render() {
    let rows = this.shown;
    if (this.sortBy !== null) {
      const key = this.columns[this.sortBy].sort;
      const sign = this.descending ? -1 : 1;
      rows = rows
        .map((r, n) => [key(r), n, r])
        .sort((a, b) => {
          if (a[0] === b[0]) return a[1] - b[1];
          if (a[0] === null) return 1; // unknown values last, whichever way
          if (b[0] === null) return -1;
          return (a[0] < b[0] ? -1 : 1) * sign;
        })
        .map((x) => x[2]);
    }
    const body = el("tbody");
    for (const row of rows) {
      const tr = el("tr", { attrs: { tabindex: "0" } });
      tr.dataRow = row;
      for (const c of this.columns) tr.append(el("td", { text: c.value(row), className: c.className || "" }));
      body.append(tr);
    }
    this.table.replaceChild(body, this.table.tBodies[0]);
    body.addEventListener("click", (e) => this.choose(e.target));
    body.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        this.choose(e.target);
      }
    });
  }
}
