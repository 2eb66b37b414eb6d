// Validates every APL document of the skill package and every datasource the tests saw the skill send
// (target/apl-datasources/, written by the tests' ScreenCheck) with Amazon's own validator, apl-suggester.
// Schema findings (what the APL JSON schema refuses) fail the build; the validator's layout advice is printed.
// Usage: node validate.js <project folder>
'use strict';
const fs = require('fs');
const path = require('path');
const { StaticAplTemplateValidator } = require('apl-suggester');

const project = path.resolve(process.argv[2] || '.');
const documents = path.join(project, 'skill-package', 'response', 'display');
const samples = path.join(project, 'target', 'apl-datasources');

// The JSON schema's findings are worded "should …" (Ajv); the rules' findings are advice about layout.
const isSchemaFinding = (finding) => finding.level === 'ERROR' || /^should\b/.test(finding.errorMessage);

async function quietly(work) {
  // the validator logs its own progress ("No mixin for component") on the console
  const { log, warn } = console;
  console.log = () => {};
  console.warn = () => {};
  try {
    return await work();
  } finally {
    Object.assign(console, { log, warn });
  }
}

async function main() {
  const validator = new StaticAplTemplateValidator();
  let failures = 0;
  const report = (what, findings) => {
    for (const finding of findings) {
      const schema = isSchemaFinding(finding);
      failures += schema ? 1 : 0;
      console.log(`${schema ? 'ERROR' : 'advice'} ${what} ${finding.path}: ${finding.errorMessage}`);
    }
  };
  const names = fs.readdirSync(documents).filter((name) => fs.existsSync(path.join(documents, name, 'document.json'))).sort();
  for (const name of names) {
    const document = JSON.parse(fs.readFileSync(path.join(documents, name, 'document.json'), 'utf8'));
    report(`document ${name}`, await quietly(() => validator.validate(document)));
  }
  const seen = new Map();
  const files = fs.existsSync(samples) ? fs.readdirSync(samples).filter((f) => f.endsWith('.json')).sort() : [];
  for (const file of files) {
    const sample = JSON.parse(fs.readFileSync(path.join(samples, file), 'utf8'));
    if (!names.includes(sample.document)) {
      failures += 1;
      console.log(`ERROR datasource ${file}: links document ${sample.document}, which the skill package does not have`);
      continue;
    }
    report(`datasource ${file}`, await quietly(() => validator.validateDataSources(sample.datasources)));
    const largest = seen.get(sample.document) || { count: 0, bytes: 0 };
    seen.set(sample.document, { count: largest.count + 1, bytes: Math.max(largest.bytes, sample.responseBytes) });
  }
  for (const name of names) {
    const s = seen.get(name);
    console.log(s ? `${name}: ${s.count} datasource(s) the tests saw, largest response ${s.bytes} bytes`
      : `${name}: no datasource seen (no test of this run showed it)`);
  }
  console.log(`APL validation: ${names.length} document(s), ${files.length} datasource(s), ${failures} schema finding(s)`);
  process.exitCode = failures > 0 ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
