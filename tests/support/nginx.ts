/**
 * Debian's nginx serving the built site with the repository's configuration
 * (hosting/nginx/skaidrumo-vadovas.conf) on 127.0.0.1 and a free port. Everything nginx writes (pid,
 * logs, temporary files) goes to a temporary prefix, so it runs as any user. The layout copies a real
 * server: snippets/skaidrumo-vadovas.conf and snippets/skaidrumo-vadovas-csp.conf are links to the
 * repository's file and to the build's generated policy.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {createServer, connect} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {NGINX_CSP_FILE} from '../../src/hosting/csp';
import type {RunningServer} from '../../scripts/lib/static-server';

export const SITE_CONF = join(process.cwd(), 'hosting/nginx/skaidrumo-vadovas.conf');
const MIME_TYPES = '/etc/nginx/mime.types';

export function findNginx(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = env.NGINX_PATH ? [env.NGINX_PATH] : ['/usr/sbin/nginx', '/usr/bin/nginx'];
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error(
    `nginx was not found (${candidates.join(', ')}). The hosting tests run Debian's nginx.\n` +
      'Install it with:  sudo apt-get install -y nginx   (or run bash scripts/ensure-nginx.sh)\n' +
      'or point NGINX_PATH at an nginx executable.',
  );
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') {
    throw new Error('could not find a free port');
  }
  return address.port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export function mainConf(prefix: string, buildDir: string, port: number): string {
  const temp = (name: string) => `${name}_temp_path ${join(prefix, 'tmp', name)};`;
  return `# Written by tests/support/nginx.ts: a throw-away nginx around the repository's site configuration.
daemon off;
master_process off;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events {
    worker_connections 256;
}
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    access_log ${join(prefix, 'access.log')};
    sendfile on;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${buildDir};
        include snippets/skaidrumo-vadovas.conf;
    }
}
`;
}

/** Starts nginx on the built site; fails with nginx's own message when it cannot start. */
export async function serveWithNginx(buildDir: string): Promise<RunningServer> {
  const nginx = findNginx();
  if (!existsSync(MIME_TYPES)) {
    throw new Error(`${MIME_TYPES} is missing: install Debian's nginx (apt-get install -y nginx).`);
  }
  const csp = join(buildDir, NGINX_CSP_FILE);
  if (!existsSync(csp)) {
    throw new Error(`${csp} is missing: the build writes it (src/plugins/csp); run npm run build.`);
  }
  const prefix = mkdtempSync(join(tmpdir(), 'skaidrumo-nginx-'));
  mkdirSync(join(prefix, 'snippets'));
  mkdirSync(join(prefix, 'tmp'));
  symlinkSync(SITE_CONF, join(prefix, 'snippets/skaidrumo-vadovas.conf'));
  symlinkSync(csp, join(prefix, 'snippets/skaidrumo-vadovas-csp.conf'));
  const port = await freePort();
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, mainConf(prefix, buildDir, port));

  const child: ChildProcess = spawn(nginx, ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));
  const log = () =>
    [stderr, existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '']
      .join('\n')
      .trim();

  for (let waited = 0; !(await accepts(port)); waited += 50) {
    if (exited || waited > 10_000) {
      child.kill('SIGKILL');
      const message = log();
      rmSync(prefix, {recursive: true, force: true});
      throw new Error(`nginx did not start with ${SITE_CONF}:\n${message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      if (!exited) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
      rmSync(prefix, {recursive: true, force: true});
    },
  };
}
