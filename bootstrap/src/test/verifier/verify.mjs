#!/usr/bin/env node
// Independent verifier for Open Badges 3.0 credentials published by Accolade.
//
// Usage: node verify.mjs <credential-url> di|jwt [--tamper] [--verbose]
//
// Prints ONE JSON line on stdout: {"verified":bool,"revoked":bool,"errors":[...]}
// and exits 0 whatever the verdict (an HTTP error status for the credential URL
// is a verdict: verified=false). Exits 2 on a harness error (bad arguments, the
// server could not be reached at all, an internal bug).
//
// Everything that decides the verdict is done by third-party libraries:
//   di : @digitalbazaar/vc verifyCredential + DataIntegrityProof(eddsa-rdfc-2022)
//        + jsonld-signatures' CredentialIssuancePurpose (controller/assertionMethod
//        check, issuer == controller), + @digitalbazaar/vc-bitstring-status-list
//        checkStatus (which verifies the status list credential too).
//   jwt: jose jwtVerify with the JWK fetched from the header's `kid` URL; the
//        embedded credential's status is checked with the same status-list library.
// JSON-LD contexts are served from local files only; the only documents fetched
// over HTTP are the credential itself and the documents it names (issuer
// profile / controller document, status list credential and its issuer).

import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from
  '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';
import {contexts as credentialsContexts} from '@digitalbazaar/credentials-context';
import {contexts as bslContexts} from
  '@digitalbazaar/vc-bitstring-status-list-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import securityContext from '@digitalbazaar/security-context';
import * as jose from 'jose';

const HERE = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------- arguments
const args = process.argv.slice(2);
const flags = new Set(args.filter(a => a.startsWith('--')));
const positional = args.filter(a => !a.startsWith('--'));
const [credentialUrl, mode] = positional;
const TAMPER = flags.has('--tamper');
const VERBOSE = flags.has('--verbose');
for(const f of flags) {
  if(!['--tamper', '--verbose'].includes(f)) {
    harnessError(`unknown flag ${f}`);
  }
}
if(!credentialUrl || !['di', 'jwt'].includes(mode) ||
  !/^https?:\/\//.test(credentialUrl)) {
  harnessError('usage: node verify.mjs <http(s) credential URL> di|jwt ' +
    '[--tamper] [--verbose]');
}

function log(...m) {
  if(VERBOSE) {
    console.error('[verify]', ...m);
  }
}

function harnessError(message) {
  console.error(`harness error: ${message}`);
  process.exit(2);
}

// --------------------------------------------------------- static contexts
// Every JSON-LD context comes from a local file; none is ever fetched.
const STATIC_CONTEXTS = new Map();
for(const [url, ctx] of credentialsContexts) {
  STATIC_CONTEXTS.set(url, ctx);
}
for(const [url, ctx] of bslContexts) {
  STATIC_CONTEXTS.set(url, ctx);
}
for(const [url, ctx] of multikeyContext.contexts) {
  STATIC_CONTEXTS.set(url, ctx);
}
for(const [url, ctx] of dataIntegrityContext.contexts) {
  STATIC_CONTEXTS.set(url, ctx);
}
// https://w3id.org/security/v1 and /v2: jsonld-signatures frames controller
// documents with the security v2 context (ControllerProofPurpose.validate).
for(const [url, ctx] of securityContext.contexts) {
  STATIC_CONTEXTS.set(url, ctx);
}
// Open Badges 3.0.3, byte for byte the 1EdTech published file.
STATIC_CONTEXTS.set(
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  JSON.parse(readFileSync(
    path.join(HERE, 'contexts', 'openbadges-v3p0-context-3.0.3.json'),
    'utf8')));

// ------------------------------------------------------------ HTTP fetching
// Only documents on this allow-list are fetched (the credential's own
// documents); anything else -- in particular any unknown @context -- is refused.
const allowedDocuments = new Set();
const fetchCache = new Map();
const fetchLog = [];

function stripFragment(url) {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}

function allow(url) {
  if(typeof url === 'string' && /^https?:\/\//.test(url)) {
    allowedDocuments.add(stripFragment(url));
  }
}

async function httpGet(url, accept) {
  const key = `${accept} ${url}`;
  if(fetchCache.has(key)) {
    return fetchCache.get(key);
  }
  const promise = (async () => {
    fetchLog.push(url);
    log('GET', url, 'Accept:', accept);
    const res = await fetch(url, {headers: {Accept: accept}, redirect: 'error'});
    const body = await res.text();
    if(!res.ok) {
      const e = new Error(`GET ${url} answered HTTP ${res.status}`);
      e.httpStatus = res.status;
      throw e;
    }
    return {body, contentType: res.headers.get('content-type')};
  })();
  fetchCache.set(key, promise);
  return promise;
}

async function fetchJson(url) {
  const {body} = await httpGet(url, 'application/ld+json, application/json');
  try {
    return JSON.parse(body);
  } catch(e) {
    throw new Error(`GET ${url} did not answer JSON: ${e.message}`);
  }
}

// The documentLoader handed to jsonld / jsonld-signatures / vc.
async function documentLoader(url) {
  if(STATIC_CONTEXTS.has(url)) {
    return {contextUrl: null, documentUrl: url, document: STATIC_CONTEXTS.get(url)};
  }
  if(typeof url !== 'string' || !/^https?:\/\//.test(url)) {
    throw new Error(`documentLoader refused "${url}" (not an http(s) URL)`);
  }
  const base = stripFragment(url);
  if(!allowedDocuments.has(base)) {
    throw new Error(`documentLoader refused "${url}": not a local context and ` +
      'not a document named by the credential');
  }
  const document = await fetchJson(base);
  if(base === url) {
    return {contextUrl: null, documentUrl: url, document};
  }
  // A verification method URL with a fragment: dereference it the way the
  // Digital Bazaar DID drivers do (did-method-key/-web `get({url})`): return the
  // matching node of the controller document, carrying that document's
  // @context so it stays a proper JSON-LD node (Ed25519Multikey.from() checks
  // that @context, when present, includes https://w3id.org/security/multikey/v1).
  const node = findNode(document, url);
  if(!node) {
    throw new Error(`"${url}": no node with that id in ${base}`);
  }
  return {
    contextUrl: null,
    documentUrl: url,
    document: {'@context': document['@context'], ...node}
  };
}

function findNode(document, id) {
  for(const prop of ['verificationMethod', 'assertionMethod']) {
    const values = [].concat(document[prop] ?? []);
    for(const v of values) {
      if(v && typeof v === 'object' && v.id === id) {
        return v;
      }
    }
  }
  return undefined;
}

// -------------------------------------------------------------- utilities
function idOf(x) {
  return typeof x === 'string' ? x : x?.id;
}

// Flip one character of the first string found at one of these paths.
const TAMPER_PATHS = [
  ['credentialSubject', 'achievement', 'name'],
  ['name'],
  ['credentialSubject', 'achievement', 'description'],
  ['validFrom'],
];
function tamperOneCharacter(obj) {
  for(const p of TAMPER_PATHS) {
    let parent = obj;
    for(const k of p.slice(0, -1)) {
      parent = parent?.[k];
    }
    const last = p[p.length - 1];
    const value = parent?.[last];
    if(typeof value === 'string' && value.length > 0) {
      const i = value.length - 1;
      const c = value[i];
      // a different character of the same kind, so the document stays well formed
      const replacement = /[0-9]/.test(c) ? String((Number(c) + 1) % 10) :
        (c === 'x' ? 'y' : 'x');
      parent[last] = value.slice(0, i) + replacement;
      log(`tampered ${p.join('.')}: ${JSON.stringify(value)} -> ` +
        JSON.stringify(parent[last]));
      return p.join('.');
    }
  }
  throw new Error('nothing to tamper with');
}

// Collect human-readable error messages, following .errors and .cause chains.
function collectErrors(err, out = [], seen = new Set()) {
  if(!err || seen.has(err)) {
    return out;
  }
  seen.add(err);
  if(Array.isArray(err)) {
    err.forEach(e => collectErrors(e, out, seen));
    return out;
  }
  if(err.errors && Array.isArray(err.errors) && err.errors.length > 0) {
    err.errors.forEach(e => collectErrors(e, out, seen));
  } else {
    let msg = `${err.name && err.name !== 'Error' ? err.name + ': ' : ''}` +
      `${err.message ?? String(err)}`;
    if(err.details && typeof err.details === 'object') {
      try {
        msg += ' ' + JSON.stringify(err.details).slice(0, 600);
      } catch{}
    }
    out.push(msg);
  }
  if(err.cause) {
    collectErrors(err.cause, out, seen);
  }
  return out;
}

function uniq(list) {
  return [...new Set(list)];
}

function revokedFrom(statusResult) {
  if(!statusResult?.results) {
    return false;
  }
  return statusResult.results.some(r =>
    r?.verified === true && r.status === true &&
    r.credentialStatus?.statusPurpose === 'revocation');
}

function newSuite() {
  return new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});
}

// ------------------------------------------------------------------- DI mode
async function verifyDataIntegrity() {
  let credential;
  try {
    credential = await fetchJson(credentialUrl);
  } catch(e) {
    if(e.httpStatus) {
      // the server answered, but not with a credential: a verdict, not a
      // harness failure
      return {verified: false, revoked: false, errors: [e.message]};
    }
    harnessError(`cannot fetch credential: ${e.message}`);
  }
  if(TAMPER) {
    tamperOneCharacter(credential);
  }
  // The credential's own documents: issuer profile (controller document), the
  // verification method's document and the status list credentials.
  allow(idOf(credential.issuer));
  for(const proof of [].concat(credential.proof ?? [])) {
    allow(idOf(proof?.verificationMethod));
  }
  const statuses = [].concat(credential.credentialStatus ?? []);
  for(const cs of statuses) {
    allow(cs?.statusListCredential);
  }
  // The status list credential is verified by the same libraries; allow its
  // issuer / verification method documents once it is loaded.
  for(const cs of statuses) {
    if(typeof cs?.statusListCredential === 'string') {
      try {
        const sl = await fetchJson(cs.statusListCredential);
        allow(idOf(sl.issuer));
        for(const proof of [].concat(sl.proof ?? [])) {
          allow(idOf(proof?.verificationMethod));
        }
      } catch(e) {
        // the status library will report the failure itself
      }
    }
  }

  const suite = newSuite();
  const result = await vc.verifyCredential({
    credential, suite, documentLoader, checkStatus
  });
  log('vc.verifyCredential result:', JSON.stringify(result, (k, v) =>
    v instanceof Error ? {name: v.name, message: v.message, stack: v.stack} : v,
  2));
  const errors = [];
  collectErrors(result.error, errors);
  for(const r of result.results ?? []) {
    collectErrors(r.error, errors);
    if(r.purposeResult && r.purposeResult.valid === false) {
      collectErrors(r.purposeResult.error, errors);
    }
  }
  if(result.statusResult) {
    collectErrors(result.statusResult.error, errors);
    for(const r of result.statusResult.results ?? []) {
      collectErrors(r.error, errors);
    }
  }
  if(!result.verified && errors.length === 0) {
    errors.push('not verified (no error given by the library)');
  }
  return {
    verified: result.verified === true,
    revoked: revokedFrom(result.statusResult),
    errors: uniq(errors)
  };
}

// ------------------------------------------------------------------ JWT mode
const JWT_ALGS = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];

async function verifyJwt() {
  let jws;
  try {
    ({body: jws} = await httpGet(credentialUrl, 'application/vc+jwt'));
  } catch(e) {
    if(e.httpStatus) {
      return {verified: false, revoked: false, errors: [e.message]};
    }
    harnessError(`cannot fetch VC-JWT: ${e.message}`);
  }
  jws = jws.trim();
  if(jws.split('.').length !== 3) {
    return {verified: false, revoked: false,
      errors: ['response to Accept: application/vc+jwt is not a compact JWS']};
  }
  if(TAMPER) {
    // change one character of one claim and re-encode the payload: the JSON
    // stays well formed, only the signature can catch it
    const [h, p, s] = jws.split('.');
    const payload = JSON.parse(new TextDecoder().decode(jose.base64url.decode(p)));
    const target = payload.vc && typeof payload.vc === 'object' ? payload.vc : payload;
    tamperOneCharacter(target);
    jws = [h, jose.base64url.encode(JSON.stringify(payload)), s].join('.');
  }
  const errors = [];
  let header;
  try {
    header = jose.decodeProtectedHeader(jws);
  } catch(e) {
    return {verified: false, revoked: false,
      errors: [`bad JWS header: ${e.message}`]};
  }
  log('JWS header', JSON.stringify(header));
  // OB 3.0 §8.2.4 (JOSE header): only alg, kid, jwk, typ; typ, if present, "JWT"
  const extraHeaders = Object.keys(header).filter(
    k => !['alg', 'kid', 'jwk', 'typ'].includes(k));
  if(extraHeaders.length > 0) {
    errors.push(`JOSE header has parameters OB 3.0 does not allow: ${extraHeaders}`);
  }
  if(header.typ !== undefined && header.typ !== 'JWT') {
    errors.push(`JOSE header typ "${header.typ}" (OB 3.0: if present, "JWT")`);
  }
  if(!JWT_ALGS.includes(header.alg)) {
    return {verified: false, revoked: false,
      errors: [`unsupported or unsafe alg "${header.alg}"`]};
  }
  if(typeof header.kid !== 'string' || !/^https?:\/\//.test(header.kid)) {
    return {verified: false, revoked: false,
      errors: [`"kid" must be an http(s) URL of a JWK, got ${header.kid}`]};
  }
  // fetch the JWK (createRemoteJWKSet expects a JWK Set; this is a single JWK)
  let jwk;
  try {
    const {body} = await httpGet(header.kid,
      'application/jwk+json, application/json');
    jwk = JSON.parse(body);
    if(Array.isArray(jwk.keys)) {
      // tolerate a JWK Set at that URL: take the key whose kid matches
      const candidates = jwk.keys.filter(k => k.kid === header.kid ||
        (k.kid && header.kid.endsWith('#' + k.kid)));
      if(candidates.length !== 1) {
        throw new Error(`JWK Set at ${header.kid} has ${candidates.length} ` +
          'matching keys');
      }
      jwk = candidates[0];
    }
  } catch(e) {
    return {verified: false, revoked: false,
      errors: [`cannot load JWK from kid ${header.kid}: ${e.message}`]};
  }
  if(jwk.d || jwk.p || jwk.q) {
    errors.push('the JWK at kid contains private key material');
  }
  let payload;
  try {
    const key = await jose.importJWK(jwk, header.alg);
    ({payload} = await jose.jwtVerify(jws, key, {algorithms: [header.alg]}));
  } catch(e) {
    errors.push(`JWS signature/claims: ${e.code ? e.code + ': ' : ''}${e.message}`);
    return {verified: false, revoked: false, errors};
  }
  // the credential: VC-JWT (VC DM 1.1 §6.3.1 / OB 3.0 §8.2) carries it in `vc`;
  // VC-JOSE-COSE would make the payload the credential itself.
  const credential = payload.vc && typeof payload.vc === 'object' ?
    payload.vc : payload;
  const issuerId = idOf(credential.issuer);
  if(payload.iss !== issuerId) {
    errors.push(`iss "${payload.iss}" != credential issuer "${issuerId}"`);
  }
  if(payload.jti !== credential.id) {
    errors.push(`jti "${payload.jti}" != credential id "${credential.id}"`);
  }
  const from = credential.validFrom ?? credential.issuanceDate;
  if(typeof from !== 'string') {
    errors.push('credential has no validFrom/issuanceDate');
  } else if(payload.nbf !== Math.floor(Date.parse(from) / 1000)) {
    errors.push(`nbf ${payload.nbf} != validFrom ${from} ` +
      `(${Math.floor(Date.parse(from) / 1000)})`);
  }
  const until = credential.validUntil ?? credential.expirationDate;
  if(typeof until === 'string' &&
    payload.exp !== Math.floor(Date.parse(until) / 1000)) {
    errors.push(`exp ${payload.exp} != validUntil ${until}`);
  }
  const subjectId = idOf([].concat(credential.credentialSubject ?? [])[0]);
  if(subjectId !== undefined) {
    if(payload.sub !== subjectId) {
      errors.push(`sub "${payload.sub}" != credentialSubject.id "${subjectId}"`);
    }
  } else {
    // OB 3.0 §8.2.4.2 wants sub == credentialSubject.id, which this credential
    // does not have (it identifies the recipient by `identifier`): not an
    // error here, but said on stderr so it is not lost.
    console.error(`warning: credentialSubject has no id; sub is ` +
      `${JSON.stringify(payload.sub)} (OB 3.0 §8.2.4.2: sub MUST match ` +
      'credentialSubject.id)');
  }
  // status: same library; the status list credential is DI-signed and is
  // verified with the eddsa-rdfc-2022 suite.
  let revoked = false;
  if(credential.credentialStatus) {
    const statuses = [].concat(credential.credentialStatus);
    for(const cs of statuses) {
      allow(cs?.statusListCredential);
      try {
        const sl = await fetchJson(cs.statusListCredential);
        allow(idOf(sl.issuer));
        for(const proof of [].concat(sl.proof ?? [])) {
          allow(idOf(proof?.verificationMethod));
        }
      } catch{}
    }
    const statusResult = await checkStatus({
      credential, documentLoader, suite: newSuite()
    });
    log('status result', JSON.stringify(statusResult));
    if(!statusResult.verified) {
      collectErrors(statusResult.error, errors);
      for(const r of statusResult.results ?? []) {
        collectErrors(r.error, errors);
      }
    }
    revoked = revokedFrom(statusResult);
  }
  return {verified: errors.length === 0, revoked, errors: uniq(errors)};
}

// ------------------------------------------------------------------- main
try {
  const out = mode === 'di' ? await verifyDataIntegrity() : await verifyJwt();
  log('fetched:', JSON.stringify(fetchLog));
  process.stdout.write(JSON.stringify({
    verified: out.verified, revoked: out.revoked, errors: out.errors
  }) + '\n');
  process.exit(0);
} catch(e) {
  console.error(e);
  harnessError(e.message);
}
