#!/usr/bin/env node
// Builds the gazetteer shipped with Passerelle (src/main/resources/geo/*.csv) from two open data
// sources: @etalab/decoupage-administratif (codes, names, postcodes, EPCI, population; no
// coordinates) and La Poste's "base officielle des codes postaux" (a point per INSEE code).
// A dev tool, run by hand once per yearly update; its output is committed.
//
//   cd scripts/geo && npm ci && node build-gazetteer.mjs
//
// Scope: the communes of the 101 départements (metropolitan France and the 5 DROM) plus the
// 45 arrondissements municipaux of Paris, Lyon and Marseille. The collectivités d'outre-mer
// (zone "com": Saint-Pierre-et-Miquelon, Polynésie…) are left out: they are outside the
// départements and regions the catalogue and its map work with, and some have no point.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'src', 'main', 'resources', 'geo');
const laPosteFile = join(here, 'data', 'laposte_hexasmal.csv');

const etalab = (name) => require(`@etalab/decoupage-administratif/data/${name}.json`);
const allCommunes = etalab('communes');
const IN_SCOPE = new Set(['metro', 'drom']);

// --- La Poste: one point per INSEE code (the mean of its distinct points; almost always one) ---
const laPosteRows = parse(readFileSync(laPosteFile, 'utf8'), { delimiter: ';', columns: true, bom: true });
const pointsByInsee = new Map();
const pointsByPostcode = new Map();
for (const row of laPosteRows) {
  const lat = Number.parseFloat(row.latitude);
  const lon = Number.parseFloat(row.longitude);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  addPoint(pointsByInsee, row.Code_commune_INSEE, lat, lon);
  addPoint(pointsByPostcode, row.Code_postal, lat, lon);
}

function addPoint(map, key, lat, lon) {
  if (!map.has(key)) map.set(key, new Map());
  map.get(key).set(`${lat},${lon}`, [lat, lon]);
}

function mean(points) {
  if (points.length === 0) return null;
  const lat = points.reduce((sum, p) => sum + p[0], 0) / points.length;
  const lon = points.reduce((sum, p) => sum + p[1], 0) / points.length;
  return [lat, lon];
}

const pointOfInsee = (code) => (pointsByInsee.has(code) ? mean([...pointsByInsee.get(code).values()]) : null);

// --- Etalab: current communes, their former parts, arrondissements municipaux ---
const communes = allCommunes.filter((c) => c.type === 'commune-actuelle' && IN_SCOPE.has(c.zone));
const arrondissements = allCommunes.filter((c) => c.type === 'arrondissement-municipal');
const partsOf = new Map(); // commune code -> codes of the communes it merged (déléguées, associées), arrondissements
for (const c of allCommunes) {
  const parent = c.type === 'arrondissement-municipal' ? c.commune
    : (c.type === 'commune-deleguee' || c.type === 'commune-associee') ? c.chefLieu : null;
  if (!parent) continue;
  if (!partsOf.has(parent)) partsOf.set(parent, new Set());
  partsOf.get(parent).add(c.code);
}

const epciOf = new Map();
const epcis = etalab('epci');
for (const epci of epcis) {
  for (const member of epci.membres) epciOf.set(member.code, epci.code);
}

const fallbacks = { parts: [], postcodes: [] };
function pointOfCommune(commune) {
  const own = pointOfInsee(commune.code);
  if (own) return own;
  // A commune nouvelle younger than the La Poste extract, or Paris/Lyon/Marseille (listed by
  // arrondissement): the mean of the points of the communes it is made of.
  const parts = [...(partsOf.get(commune.code) ?? []), ...(commune.anciensCodes ?? [])]
    .map(pointOfInsee).filter(Boolean);
  if (parts.length > 0) {
    fallbacks.parts.push(commune.code);
    return mean(parts);
  }
  const byPostcode = (commune.codesPostaux ?? []).flatMap((cp) => [...(pointsByPostcode.get(cp)?.values() ?? [])]);
  if (byPostcode.length > 0) {
    fallbacks.postcodes.push(commune.code);
    return mean(byPostcode);
  }
  throw new Error(`No point for commune ${commune.code} ${commune.nom}`);
}

const round = (value) => Math.round(value * 1e6) / 1e6;
const byCode = (a, b) => a.code.localeCompare(b.code);

const communeRows = communes.sort(byCode).map((c) => {
  const [lat, lon] = pointOfCommune(c);
  return {
    code: c.code,
    nom: c.nom,
    codes_postaux: [...new Set(c.codesPostaux ?? [])].sort().join(' '),
    departement: c.departement,
    region: c.region,
    epci: epciOf.get(c.code) ?? '',
    population: c.population ?? '',
    latitude: round(lat),
    longitude: round(lon),
    type_liaison: c.typeLiaison ?? 0,
  };
});

const arrondissementRows = arrondissements.sort(byCode).map((a) => {
  const point = pointOfInsee(a.code);
  if (!point) throw new Error(`No point for arrondissement ${a.code} ${a.nom}`);
  return {
    code: a.code,
    nom: a.nom,
    commune: a.commune,
    codes_postaux: [...new Set(a.codesPostaux ?? [])].sort().join(' '),
    latitude: round(point[0]),
    longitude: round(point[1]),
  };
});

const departementRows = etalab('departements').filter((d) => IN_SCOPE.has(d.zone)).sort(byCode)
  .map((d) => ({ code: d.code, nom: d.nom, region: d.region, type_liaison: d.typeLiaison ?? 0 }));
const regionRows = etalab('regions').filter((r) => IN_SCOPE.has(r.zone)).sort(byCode)
  .map((r) => ({ code: r.code, nom: r.nom, type_liaison: r.typeLiaison ?? 0 }));
const usedEpcis = new Set(communeRows.map((c) => c.epci).filter(Boolean));
const epciRows = epcis.filter((e) => usedEpcis.has(e.code)).sort(byCode)
  .map((e) => ({ code: e.code, nom: e.nom, type: e.type }));

// --- Consistency checks: every reference resolves ---
const knownRegions = new Set(regionRows.map((r) => r.code));
const knownDepartements = new Set(departementRows.map((d) => d.code));
const knownCommunes = new Set(communeRows.map((c) => c.code));
for (const d of departementRows) assert(knownRegions.has(d.region), `région ${d.region} of département ${d.code}`);
for (const c of communeRows) {
  assert(knownDepartements.has(c.departement), `département ${c.departement} of commune ${c.code}`);
  assert(knownRegions.has(c.region), `région ${c.region} of commune ${c.code}`);
}
for (const a of arrondissementRows) assert(knownCommunes.has(a.commune), `commune ${a.commune} of ${a.code}`);

function assert(condition, what) {
  if (!condition) throw new Error(`Unknown ${what}`);
}

// --- Output ---
mkdirSync(out, { recursive: true });
function write(name, rows) {
  const text = stringify(rows, { header: true, columns: Object.keys(rows[0]), record_delimiter: '\n' });
  writeFileSync(join(out, name), text, 'utf8');
  console.log(`${name}: ${rows.length} rows`);
}
write('regions.csv', regionRows);
write('departements.csv', departementRows);
write('epci.csv', epciRows);
write('communes.csv', communeRows);
write('arrondissements.csv', arrondissementRows);

console.log(`La Poste: ${laPosteRows.length} rows, ${pointsByInsee.size} INSEE codes with a point`);
console.log(`Communes placed by the mean of their merged communes/arrondissements: ${fallbacks.parts.length}`
  + (fallbacks.parts.length ? ` (${fallbacks.parts.join(' ')})` : ''));
console.log(`Communes placed by the centroid of their postcodes: ${fallbacks.postcodes.length}`
  + (fallbacks.postcodes.length ? ` (${fallbacks.postcodes.join(' ')})` : ''));
