// What VS Code offers while writing a folio document with "$schema" set: the JSON language
// service VS Code itself uses (vscode-json-languageservice), given schema/folio.schema.json.
// Usage: node complete_keys.mjs SCHEMA. Exit 0 when every check passes, 1 with the failures
// listed, 77 (skipped) when the language service is not installed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let service;
try {
  service = require('vscode-json-languageservice');
} catch {
  console.log('vscode-json-languageservice is not installed (.ci/install-deps installs it with npm): skipped');
  process.exit(77);
}
const { getLanguageService, TextDocument } = service;

const schemaPath = process.argv[2];
const schemaUri = 'file://' + schemaPath;
const json = getLanguageService({
  schemaRequestService: (uri) =>
    uri === schemaUri ? Promise.resolve(readFileSync(schemaPath, 'utf8'))
                      : Promise.reject(new Error(`no schema at ${uri}`)),
});
json.configure({ validate: true, schemas: [{ uri: schemaUri, fileMatch: ['*.json'] }] });

let failures = 0;
function check(ok, what) {
  if (!ok) {
    failures++;
    console.log(`FAIL: ${what}`);
  }
}

// The text with "|" marking the cursor, as a document and a position.
function at(textWithCursor) {
  const offset = textWithCursor.indexOf('|');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const document = TextDocument.create('file:///work/doc.json', 'json', 1, text);
  return { document, position: document.positionAt(offset), parsed: json.parseJSONDocument(document) };
}

async function labels(textWithCursor) {
  const { document, position, parsed } = at(textWithCursor);
  const list = await json.doComplete(document, position, parsed);
  return list.items.map((item) => item.label);
}

function includesAll(list, wanted, what) {
  for (const word of wanted) check(list.includes(word), `${what}: offers ${word} (got ${list.join(', ')})`);
}

const meta = await labels('{"meta": {|}, "blocks": []}');
includesAll(meta, ['title', 'subtitle', 'author', 'date', 'language'], 'keys of meta');

const top = await labels('{"meta": {"title": "T"}, |}');
includesAll(top, ['blocks', 'data', 'style', 'cover', 'page'], 'keys of the document');

const chart = await labels('{"meta": {"title": "T"}, "blocks": [{"type": "chart", |}]}');
// Before the kind: the keys every chart takes, the kind first among them.
includesAll(chart, ['kind', 'id', 'data', 'title', 'source', 'include'], 'keys of a chart block');

// Once the kind is chosen, only its own keys.
const line = await labels('{"meta": {"title": "T"}, "blocks": [{"type": "chart", "kind": "line", |}]}');
includesAll(line, ['x', 'y', 'series', 'markers'], 'keys of a line chart');
for (const other of ['spans', 'items', 'orientation'])
  check(!line.includes(other), `a line chart does not offer ${other} (got ${line.join(', ')})`);

const kinds = await labels('{"meta": {"title": "T"}, "blocks": [{"type": "chart", "kind": |}]}');
includesAll(kinds, ['"line"', '"bar"', '"scatter"', '"timeline"'], 'chart kinds');

const types = await labels('{"meta": {"title": "T"}, "blocks": [{"type": |}]}');
includesAll(types, ['"heading"', '"paragraph"', '"chart"', '"table"', '"pageBreak"'], 'block types');

// A misspelt key is flagged where it stands.
{
  const { document, parsed } = at('{"meta": {"titel": "T"}, "blocks": []}|');
  const diagnostics = await json.doValidation(document, parsed);
  const flagged = diagnostics.find((d) => /titel/.test(d.message) || d.range.start.character === 10);
  check(flagged !== undefined, `a misspelt key is flagged (got ${JSON.stringify(diagnostics.map((d) => d.message))})`);
}

// Hovering over a key shows its description.
{
  const { document, position, parsed } = at('{"meta": {"ti|tle": "T"}, "blocks": []}');
  const hover = await json.doHover(document, position, parsed);
  const text = JSON.stringify(hover?.contents ?? '');
  check(/Cover title/.test(text), `hover over meta.title describes it (got ${text})`);
}

console.log(failures ? `${failures} check(s) failed` : 'every check passed');
process.exit(failures ? 1 : 0);
