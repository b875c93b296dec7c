// The demo page: annotate the pasted article with the wasm package and show every span marked.
// Pasted text is hostile: it only ever enters the page as text nodes (textContent,
// createTextNode), never as HTML.
import init, { annotate, labels, version } from './pkg/article_annotator.js';

const DESCRIPTIONS = {
  PERSON: 'People',
  ORG: 'Organisations, ministries, media',
  GPE: 'Countries, states, cities',
  LOC: 'Regions, seas, mountains',
  NORP: 'Nationalities, religious and political groups',
  EVENT: 'Named events, summits, wars',
  DATE: 'Dates and times (TIMEX3)',
  PERCENT: 'Percentages',
  MONEY: 'Sums of money',
  TARIFF: 'Tariff and duty rates',
};

// The span attributes shown in the details panel and the tooltip, in this order.
const ATTRIBUTE_NAMES = {
  type: 'Type', value: 'Value', start_value: 'From', end_value: 'To',
  amount: 'Amount', currency: 'Currency',
  rate: 'Rate', low: 'Low', high: 'High', unit: 'Unit', measure: 'Measure', imposer: 'Imposer',
  target: 'Target', change: 'Change', from: 'Changed from', per: 'Per',
};

const $ = (id) => document.getElementById(id);
const form = $('annotate-form');
const input = $('article-input');
const dateInput = $('reference-date');
const dateSource = $('date-source');
const button = $('annotate-button');
const output = $('article-output');
const statusLine = $('status');
const errorBox = $('error');
const legendList = $('legend-list');
const details = $('span-details');
const detailsList = $('details-list');

/** The value the page itself put into the date field: it is the last article's date, not the user's. */
let prefilledDate = null;
let annotatedOnce = false;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function showError(message) {
  errorBox.textContent = message;
  errorBox.hidden = false;
}

function clearError() {
  errorBox.textContent = '';
  errorBox.hidden = true;
}

function buildLegend(names) {
  for (const name of names) {
    const item = el('li', 'legend-item');
    const label = el('label');
    const box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = name;
    box.addEventListener('change', () => { if (annotatedOnce) run(); });
    const swatch = el('span', 'swatch');
    swatch.dataset.label = name;
    swatch.setAttribute('aria-hidden', 'true');
    const count = el('span', 'legend-count');
    count.dataset.countFor = name;
    label.append(box, swatch, el('span', 'legend-name', name), el('span', 'legend-desc', DESCRIPTIONS[name] ?? ''), count);
    item.append(label);
    legendList.append(item);
  }
}

function chosenLabels() {
  return [...legendList.querySelectorAll('input[type=checkbox]')].filter((b) => b.checked).map((b) => b.value);
}

function formatValue(value) {
  return typeof value === 'number' ? value.toLocaleString('en', { maximumFractionDigits: 6 }) : String(value);
}

function attributesOf(span) {
  return Object.keys(ATTRIBUTE_NAMES).filter((k) => span[k] !== undefined && span[k] !== null).map((k) => [k, span[k]]);
}

/**
 * Nests the spans (sorted by start, then end): a span inside the open one becomes its child; one
 * that crosses its end cannot be drawn as a mark and is counted as hidden.
 */
function nest(spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const root = { start: 0, end: Infinity, children: [] };
  const stack = [root];
  let crossing = 0;
  for (const span of sorted) {
    while (span.start >= stack[stack.length - 1].end) stack.pop();
    const parent = stack[stack.length - 1];
    if (span.end > parent.end) { crossing += 1; continue; }
    const node = { ...span, span, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return { root, crossing };
}

/** Appends text[from, to) to parent with the marks of nodes inside it. */
function renderRange(parent, text, from, to, nodes) {
  let cursor = from;
  for (const node of nodes) {
    if (node.start > cursor) parent.append(document.createTextNode(text.slice(cursor, node.start)));
    const mark = el('mark', 'span-mark');
    mark.dataset.label = node.label;
    mark.dataset.start = String(node.start);
    mark.dataset.end = String(node.end);
    mark.tabIndex = 0;
    const body = el('span', 'mark-text');
    renderRange(body, text, node.start, node.end, node.children);
    const tag = el('span', 'mark-label', node.label);
    mark.append(body, tag);
    const attrs = attributesOf(node.span).map(([k, v]) => `${ATTRIBUTE_NAMES[k]}: ${formatValue(v)}`);
    mark.title = [node.label, ...attrs].join('\n');
    // stopPropagation: a nested mark's details, not its parent's.
    mark.addEventListener('click', (event) => { event.stopPropagation(); showDetails(node.span, mark); });
    mark.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      showDetails(node.span, mark);
    });
    parent.append(mark);
    cursor = node.end;
  }
  if (to > cursor) parent.append(document.createTextNode(text.slice(cursor, to)));
}

/**
 * Renders text as paragraphs split at blank lines that no mark covers. The blank lines stay in the
 * DOM as text between the paragraphs, so the page's text is exactly the article's.
 */
function renderParagraphs(parent, text, nodes) {
  // The top-level nodes are disjoint and sorted, so one walk finds the gaps no mark covers.
  const gaps = [];
  let n = 0;
  for (const found of text.matchAll(/\n[^\S\n]*\n\s*/g)) {
    const [start, end] = [found.index, found.index + found[0].length];
    while (n < nodes.length && nodes[n].end <= start) n++;
    if (n < nodes.length && nodes[n].start < end) continue;
    gaps.push([start, end]);
  }
  let from = 0;
  let next = 0;
  for (const [start, end] of [...gaps, [text.length, text.length]]) {
    const inside = [];
    while (next < nodes.length && nodes[next].end <= start) inside.push(nodes[next++]);
    if (start > from || end === text.length) {
      const p = el('p', 'para');
      renderRange(p, text, from, start, inside);
      parent.append(p);
    }
    if (end > start) parent.append(document.createTextNode(text.slice(start, end)));
    from = end;
  }
}

function showDetails(span, mark) {
  for (const selected of output.querySelectorAll('.span-mark.selected')) selected.classList.remove('selected');
  mark.classList.add('selected');
  detailsList.replaceChildren();
  const rows = [['Label', span.label], ['Text', span.text], ['Offsets', `${span.start}–${span.end} (UTF-16)`],
    ...attributesOf(span).map(([k, v]) => [ATTRIBUTE_NAMES[k], formatValue(v)])];
  for (const [name, value] of rows) {
    const row = el('div', 'detail');
    row.append(el('dt', null, name), el('dd', null, value));
    detailsList.append(row);
  }
  details.hidden = false;
}

function describeDate(result) {
  if (result.date_source === 'given') return `Given by you. ${result.dateline ? `The dateline says “${result.dateline.text}”.` : ''}`;
  if (result.date_source === 'dateline') return `From the dateline “${result.dateline.text}”.`;
  return 'No date given or found: relative dates stay unresolved (X placeholders).';
}

function updateCounts(spans) {
  const counts = new Map();
  for (const span of spans) counts.set(span.label, (counts.get(span.label) ?? 0) + 1);
  for (const count of legendList.querySelectorAll('[data-count-for]')) {
    const n = counts.get(count.dataset.countFor) ?? 0;
    count.textContent = annotatedOnce ? String(n) : '';
  }
}

function run() {
  clearError();
  const text = input.value;
  // A date the page filled in belongs to the previous article: use this article's own dateline.
  const typedDate = dateInput.value.trim();
  const date = typedDate && typedDate !== prefilledDate ? typedDate : undefined;
  let result;
  const started = performance.now();
  try {
    result = annotate(text, { date, labels: chosenLabels() });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    showError(`Could not annotate: ${message.replace(/^annotate: /, '')}`);
    if (error instanceof RangeError && /reference date/.test(message)) dateInput.setAttribute('aria-invalid', 'true');
    statusLine.textContent = 'Not annotated.';
    return;
  }
  dateInput.removeAttribute('aria-invalid');
  const elapsed = performance.now() - started;
  annotatedOnce = true;

  if (!date) {
    prefilledDate = result.date;
    dateInput.value = result.date ?? '';
  }
  dateSource.textContent = describeDate(result);

  const { root, crossing } = nest(result.spans);
  const article = el('div', 'article-text');
  renderParagraphs(article, text, root.children);
  if (text.length === 0) article.append(el('p', 'placeholder', 'Nothing to annotate: the text is empty.'));
  output.replaceChildren(article);
  details.hidden = true;
  updateCounts(result.spans);

  const n = result.spans.length;
  const hidden = crossing ? `, ${crossing} overlapping not drawn` : '';
  statusLine.textContent = `${n.toLocaleString('en')} span${n === 1 ? '' : 's'}${hidden} in ${text.length.toLocaleString('en')} characters, ${elapsed.toFixed(1)} ms.`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  run();
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !button.disabled) {
    event.preventDefault();
    run();
  }
});
function hideDetails() {
  details.hidden = true;
  for (const selected of output.querySelectorAll('.span-mark.selected')) selected.classList.remove('selected');
}
$('details-close').addEventListener('click', hideDetails);
document.addEventListener('keydown', (event) => { if (event.key === 'Escape' && !details.hidden) hideDetails(); });
// Typing a date makes it the user's own.
dateInput.addEventListener('input', () => { prefilledDate = null; dateInput.removeAttribute('aria-invalid'); });
$('clear-button').addEventListener('click', () => {
  input.value = '';
  dateInput.value = '';
  prefilledDate = null;
  annotatedOnce = false;
  clearError();
  dateSource.textContent = 'Leave empty to use the article’s dateline.';
  output.replaceChildren(el('p', 'placeholder', 'Annotations appear here.'));
  details.hidden = true;
  updateCounts([]);
  statusLine.textContent = 'Ready.';
  input.focus();
});

try {
  await init();
  // The first call builds the lexicons and patterns (a few hundred ms): pay for it while loading,
  // not on the user's first click.
  annotate('WASHINGTON, Feb 2, 2026 (Reuters) - India said on Monday it would cut tariffs to 10%.');
  buildLegend(labels());
  $('version').textContent = `article-annotator ${version()}.`;
  button.disabled = false;
  statusLine.textContent = 'Ready.';
  document.body.dataset.ready = 'true';
} catch (error) {
  statusLine.textContent = 'Not available.';
  showError(`The annotator could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
}
