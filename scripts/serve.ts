// npm run serve: a small static server for dist/ (or SITE_DIR) on 127.0.0.1:PORT (default 3000).
// Clean URLs as Framework emits them: /legal-status -> legal-status.html, / -> index.html.
import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {extname, join, normalize, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";
import {createGzip} from "node:zlib";

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

export function startServer({root, port = 3000, host = "127.0.0.1"}: {root: string; port?: number; host?: string}): Promise<Server> {
  const base = resolve(root);
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
    if (gzip) headers["content-encoding"] = "gzip";
    else headers["content-length"] = String(statSync(path).size);
    res.writeHead(file ? 200 : 404, headers);
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
