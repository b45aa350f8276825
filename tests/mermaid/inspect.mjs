// Parse Mermaid text with the real Mermaid engine and print what it understood, as JSON.
//
// Usage:  node inspect.mjs < diagram.mmd          -> one JSON object
//         node inspect.mjs < diagrams.json        -> stdin starting with `[`: a JSON array of
//                                                    Mermaid texts; prints a JSON array of results
//
// Result per diagram (see tests/render/mermaid_engine.py for the Python side):
//   gantt:      {"type": "gantt", "title", "dateFormat", "axisFormat", "inclusiveEndDates",
//                "excludes", "sections", "tasks": [{"id", "task", "section", "start", "end",
//                "milestone", "classes", "raw": {...}}]}
//   flowchart:  {"type": "flowchart", "direction", "vertices": [{"id", "text", "classes",
//                "shape", ...}], "edges": [{"start", "end", "type", "text", ...}],
//                "classDefs": [names]}
//   other:      {"type": <mermaid's diagram type>}
//   error:      {"error": message}; a single diagram then exits 1. In batch mode every item is
//               reported, and the exit status is 1 if any item is an error.
//
// Dates: "start"/"end" are the local (TZ=UTC, forced below) calendar dates of the task's
// startTime/endTime exactly as mermaid's gantt db holds them after getTasks(). mermaid's
// endTime is exclusive: `a1, 2027-02-01, 2027-05-31` gives endTime 2027-05-31 00:00, so the
// bar stops at the start of May 31. With `inclusiveEndDates` mermaid adds one day to an
// explicit end date, giving endTime 2027-06-01 00:00 (the bar then covers May 31). Durations
// (`30d`) and milestones (`0d`: endTime == startTime) are not affected by inclusiveEndDates.
// Pinned by tests/render/test_mermaid_engine.py.
//
// Text: "task" / "text" / "title" are what a reader sees in the rendered SVG: mermaid encodes
// `#58;`-style entity codes to private placeholders while parsing and, after rendering, turns
// them into `&#58;` in the SVG markup, which the browser shows as ":". The db's own string is
// kept in raw.task / rawText / rawTitle. mermaid keeps the space before a gantt task's `:`
// ("Utbildning "); SVG does not show it, so "task" and "section" are trimmed, raw.* are not.
// A frontmatter `title:` is not entity-decoded by mermaid: `#58;` there stays literal.

// Dates must be computed in UTC: set TZ before anything creates a Date; mermaid and jsdom are
// imported dynamically below so this runs first.
process.env.TZ = 'UTC';

// Keep stdout for the JSON: whatever mermaid or jsdom log goes to stderr.
for (const name of ['log', 'info', 'debug', 'warn', 'trace']) {
  console[name] = (...args) => console.error(...args);
}

const { JSDOM } = await import('jsdom');
const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', {
  pretendToBeVisual: true,
  url: 'http://localhost/',
});
// mermaid (and DOMPurify inside it, at import time) expect browser globals.
const browserGlobals = {
  window: dom.window,
  document: dom.window.document,
  navigator: dom.window.navigator,
  Element: dom.window.Element,
  HTMLElement: dom.window.HTMLElement,
  SVGElement: dom.window.SVGElement,
  Node: dom.window.Node,
  DOMParser: dom.window.DOMParser,
  XMLSerializer: dom.window.XMLSerializer,
  MutationObserver: dom.window.MutationObserver,
};
for (const [name, value] of Object.entries(browserGlobals)) {
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
}

const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', logLevel: 'fatal' });

// Same frontmatter pattern as mermaid's src/diagram-api/frontmatter.ts; only `title:` is read
// (mermaid passes it as metadata; getDiagramFromText does not, so it is done here).
const frontMatterRegex = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;

function frontmatterTitle(text) {
  const match = text.replace(/\r\n?/g, '\n').match(frontMatterRegex);
  if (!match) return undefined;
  const line = match[2].split('\n').find((l) => /^title\s*:/.test(l));
  if (!line) return undefined;
  let value = line.replace(/^title\s*:\s*/, '').trim();
  if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
  return value || undefined;
}

// What the reader sees: mermaid's decodeEntities (placeholders -> `&#58;`) applied to the
// serialised SVG text, then the browser's entity decoding.
function displayText(s) {
  if (typeof s !== 'string') return s;
  const serialised = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const decoded = serialised
    .replace(/ﬂ°°/g, '&#')
    .replace(/ﬂ°/g, '&')
    .replace(/¶ß/g, ';');
  const area = dom.window.document.createElement('textarea');
  area.innerHTML = decoded;
  return area.value;
}

function pad(n, width = 2) {
  return String(n).padStart(width, '0');
}

function isoDate(d) {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) return null;
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function isoDateTime(d) {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) return null;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${isoDate(d)}T${time}`;
}

function call(db, name, ...args) {
  return typeof db[name] === 'function' ? db[name](...args) : undefined;
}

function ganttResult(db) {
  const tasks = call(db, 'getTasks') ?? [];
  const rawTitle = call(db, 'getDiagramTitle');
  return {
    type: 'gantt',
    title: displayText(rawTitle),
    rawTitle,
    dateFormat: call(db, 'getDateFormat'),
    axisFormat: call(db, 'getAxisFormat'),
    inclusiveEndDates: call(db, 'endDatesAreInclusive'),
    excludes: call(db, 'getExcludes'),
    sections: (call(db, 'getSections') ?? []).map(displayText),
    tasks: tasks.map((t) => ({
      id: t.id,
      task: displayText(t.task).trim(),
      section: displayText(t.section).trim(),
      start: isoDate(t.startTime),
      end: isoDate(t.endTime),
      milestone: Boolean(t.milestone),
      classes: [...(t.classes ?? [])],
      raw: {
        task: t.task,
        section: t.section,
        startTime: isoDateTime(t.startTime),
        endTime: isoDateTime(t.endTime),
        renderEndTime: isoDateTime(t.renderEndTime),
        manualEndTime: Boolean(t.manualEndTime),
        processed: Boolean(t.processed),
        data: t.raw?.data,
        active: Boolean(t.active),
        done: Boolean(t.done),
        crit: Boolean(t.crit),
        vert: Boolean(t.vert),
        order: t.order,
        prevTaskId: t.prevTaskId ?? null,
      },
    })),
  };
}

function flowchartResult(db) {
  const vertices = [...(call(db, 'getVertices') ?? new Map()).values()];
  const edges = call(db, 'getEdges') ?? [];
  const classes = call(db, 'getClasses') ?? new Map();
  const rawTitle = call(db, 'getDiagramTitle');
  return {
    type: 'flowchart',
    title: displayText(rawTitle),
    rawTitle,
    direction: call(db, 'getDirection'),
    vertices: vertices.map((v) => ({
      id: v.id,
      text: displayText(v.text),
      rawText: v.text,
      classes: [...(v.classes ?? [])],
      shape: v.type ?? null,
      labelType: v.labelType,
      styles: [...(v.styles ?? [])],
    })),
    edges: [...edges].map((e) => ({
      id: e.id,
      start: e.start,
      end: e.end,
      type: e.type,
      stroke: e.stroke,
      text: displayText(e.text ?? ''),
      rawText: e.text ?? '',
      classes: [...(e.classes ?? [])],
    })),
    classDefs: [...classes.keys()],
    classStyles: Object.fromEntries([...classes].map(([k, c]) => [k, [...(c.styles ?? [])]])),
  };
}

async function inspectOne(text) {
  if (typeof text !== 'string') return { error: 'input is not a string' };
  try {
    // mermaidAPI.parse is what render does first: reset the config, apply frontmatter and
    // %%{init}%% config, then parse (throws on a syntax error).
    await mermaid.mermaidAPI.parse(text);
    const title = frontmatterTitle(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text, title ? { title } : {});
    if (diagram.type === 'gantt') return ganttResult(diagram.db);
    if (diagram.type === 'flowchart-v2' || diagram.type === 'flowchart') {
      return { ...flowchartResult(diagram.db), diagramType: diagram.type };
    }
    return { type: diagram.type };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { error: message || String(err) };
  }
}

let input = '';
for await (const chunk of process.stdin) input += chunk;

let output;
let failed;
if (input.trimStart().startsWith('[')) {
  let texts;
  try {
    texts = JSON.parse(input);
  } catch (err) {
    texts = null;
    output = { error: `stdin starts with '[' but is not a JSON array: ${err.message}` };
  }
  if (texts !== null && !Array.isArray(texts)) {
    output = { error: "stdin starts with '[' but is not a JSON array" };
  } else if (texts !== null) {
    output = [];
    for (const text of texts) output.push(await inspectOne(text));
  }
  failed = !Array.isArray(output) || output.some((r) => 'error' in r);
} else {
  output = await inspectOne(input);
  failed = 'error' in output;
}

process.stdout.write(`${JSON.stringify(output)}\n`, () => process.exit(failed ? 1 : 0));
