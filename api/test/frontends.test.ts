import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { frontendNeedsBuild } from '../src/frontends';

// `npm start` rebuilds a front-end that was never built or whose sources changed since its build.
let root: string;
const file = (relative: string, mtimeSeconds: number) => {
  const target = path.join(root, relative);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, relative);
  fs.utimesSync(target, mtimeSeconds, mtimeSeconds);
  // Directories' own times change when files are added: pin them too, older than everything.
  for (let dir = path.dirname(target); dir.startsWith(root) && dir !== root; dir = path.dirname(dir)) fs.utimesSync(dir, 1000, 1000);
};
const needsBuild = () => frontendNeedsBuild(root, 'form', path.join(root, 'form', 'dist'));

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-frontends-'));
  file('form/src/App.tsx', 2000);
  file('common/src/labels.ts', 2000);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

test('never built: built', () => {
  expect(needsBuild()).toBe(true);
});

test('built after its last change: served as it is', () => {
  file('form/dist/index.html', 3000);
  expect(needsBuild()).toBe(false);
});

test('a source of the front-end changed after the build: rebuilt', () => {
  file('form/dist/index.html', 3000);
  file('form/src/saisine/SaisineForm.tsx', 4000);
  expect(needsBuild()).toBe(true);
});

test('a shared rule in common changed after the build: rebuilt', () => {
  file('form/dist/index.html', 3000);
  file('common/src/labels.ts', 4000);
  expect(needsBuild()).toBe(true);
});

test('node_modules and the build itself do not count as sources', () => {
  file('form/dist/index.html', 3000);
  file('form/dist/assets/index-abc.js', 5000);
  file('form/node_modules/x/index.js', 5000);
  expect(needsBuild()).toBe(false);
});
