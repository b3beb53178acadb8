// npm run serve: a small static server for dist/ (or SITE_DIR) on 127.0.0.1:PORT (default 3000).
// Clean URLs as Framework emits them: /legal-status -> legal-status.html, / -> index.html.
import {createReadStream, existsSync, statSync} from "node:fs";
import {readFile} from "node:fs/promises";
import {createServer, type Server} from "node:http";
import {extname, join, normalize, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";
import {promisify} from "node:util";
import {createGzip, gzip as gzipCallback} from "node:zlib";

const gzipBuffer = promisify(gzipCallback);

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".arrow": "application/vnd.apache.arrow.file",
  ".parquet": "application/vnd.apache.parquet",
  ".map": "application/json; charset=utf-8"
};
const compressible = /^(text\/|application\/(json|javascript|wasm)|image\/svg)/;

/** The file a URL path names inside root, or null (outside root, or not there). */
export function resolveFile(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split("?")[0]!.split("#")[0]!);
  } catch {
    return null;
  }
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return null;
  const candidates = path.endsWith("/") ? [join(full, "index.html")] : [full, `${full}.html`, join(full, "index.html")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

// Each file is compressed once, as a static host or CDN keeps it, not at every request: compressing Plot
// (385 KB) for every visit cost the server more CPU than the browser spends fetching it, and on a busy
// machine that delay showed up in the pages' timings. Keyed by the file's size and mtime, so a rebuilt
// site is picked up; files above the limit are streamed through gzip as before.
const CACHE_LIMIT = 16 * 1024 * 1024;
type Compressed = {size: number; mtimeMs: number; body: Promise<Buffer>};

function compressedBody(cache: Map<string, Compressed>, path: string, size: number, mtimeMs: number): Promise<Buffer> {
  const hit = cache.get(path);
  if (hit && hit.size === size && hit.mtimeMs === mtimeMs) return hit.body;
  const body = readFile(path).then((raw) => gzipBuffer(raw));
  cache.set(path, {size, mtimeMs, body});
  body.catch(() => cache.delete(path));
  return body;
}

export function startServer({root, port = 3000, host = "127.0.0.1"}: {root: string; port?: number; host?: string}): Promise<Server> {
  const base = resolve(root);
  const cache = new Map<string, Compressed>();
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, {allow: "GET, HEAD"}).end();
      return;
    }
    const file = resolveFile(base, req.url ?? "/");
    const notFound = file ? null : resolveFile(base, "/404");
    const path = file ?? notFound;
    if (!path) {
      res.writeHead(404, {"content-type": "text/plain; charset=utf-8"}).end("Not found");
      return;
    }
    const type = types[extname(path)] ?? "application/octet-stream";
    const gzip = compressible.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const headers: Record<string, string> = {"content-type": type, vary: "accept-encoding", "x-content-type-options": "nosniff"};
    // Framework content-hashes everything under _npm, _observablehq, _file and _import.
    headers["cache-control"] = /\/_(npm|observablehq|file|import|node)\//.test(path) ? "public, max-age=31536000, immutable" : "no-cache";
    const status = file ? 200 : 404;
    const {size, mtimeMs} = statSync(path);
    if (gzip && size <= CACHE_LIMIT) {
      headers["content-encoding"] = "gzip";
      compressedBody(cache, path, size, mtimeMs).then((body) => {
        res.writeHead(status, {...headers, "content-length": String(body.length)});
        res.end(req.method === "HEAD" ? undefined : body);
      }, (error: Error) => {
        res.writeHead(500, {"content-type": "text/plain; charset=utf-8"}).end(`Cannot read ${req.url}: ${error.message}`);
      });
      return;
    }
    if (gzip) headers["content-encoding"] = "gzip";
    else headers["content-length"] = String(size);
    res.writeHead(status, headers);
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    const stream = createReadStream(path);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(new URL("..", import.meta.url)), process.env.SITE_DIR ?? "dist");
  if (!existsSync(join(root, "index.html"))) {
    console.error(`serve: ${root} has no index.html; run npm run build first`);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3000);
  await startServer({root, port});
  console.log(`serve: http://127.0.0.1:${port}/ (Ctrl-C to stop)`);
}
