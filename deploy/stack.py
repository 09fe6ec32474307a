"""The whole deployment on one machine, for the deploy test, bench/load.py and
anyone who wants to see it: nginx (TLS, buffering, gzip, static files) in front
of two gunicorn app processes sharing one database and one Redis.

    .venv/bin/python deploy/stack.py            # until Ctrl+C
    .venv/bin/python deploy/stack.py --https-port 8243

It uses DATABASE_URL and REDIS_URL as given (migrate and collectstatic first:
`make static`). Everything listens on 127.0.0.1; the run directory (nginx's
prefix: config, self-signed certificate, logs) is temporary.
"""

import argparse
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NGINX_TEMPLATE = ROOT / "deploy" / "nginx.conf"
GUNICORN_CONFIG = ROOT / "deploy" / "gunicorn.conf.py"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def nginx_binary() -> str:
    found = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(found).exists():
        raise RuntimeError("nginx is not installed: apt-get install -y nginx")
    return found


def wait_for_port(
    port: int, process: subprocess.Popen[bytes], timeout: float = 60.0
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            program = process.args[0] if isinstance(process.args, list) else ""
            raise RuntimeError(f"{program} exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


def self_signed_certificate(directory: Path) -> None:
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout",
            str(directory / "key.pem"),
            "-out",
            str(directory / "cert.pem"),
        ],
        check=True,
        capture_output=True,
    )


class Stack:
    """nginx + two app processes. Use as a context manager."""

    def __init__(
        self,
        env: dict,
        app_ports=None,
        https_port=None,
        http_port=None,
        workers=1,
        threads=8,
        access_log=False,
        log_dir=None,
    ):
        self.env = env
        self.app_ports = app_ports or [free_port(), free_port()]
        self.https_port = https_port or free_port()
        self.http_port = http_port or free_port()
        self.workers, self.threads = workers, threads
        self.access_log = access_log
        # Where the app processes' logs go (errors, warnings); none by default.
        self.log_dir = Path(log_dir) if log_dir else None
        self.run_dir: Path | None = None
        self.processes: list[subprocess.Popen[bytes]] = []

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc):
        self.stop()

    def start(self):
        self.run_dir = Path(tempfile.mkdtemp(prefix="sourcing-stack-"))
        for sub in ("logs", "temp", "cache"):
            (self.run_dir / sub).mkdir()
        if os.geteuid() == 0:
            # nginx's workers run as "nobody" when started by root: they write
            # the page cache, and need to pass through the run directory.
            self.run_dir.chmod(0o711)
            nobody = pwd.getpwnam("nobody")
            os.chown(self.run_dir / "cache", nobody.pw_uid, nobody.pw_gid)
        self_signed_certificate(self.run_dir)
        for port in self.app_ports:
            self._start_app(port)
        config = self._render_nginx()
        nginx = subprocess.Popen(
            [
                nginx_binary(),
                "-p",
                str(self.run_dir),
                "-c",
                str(config),
                "-g",
                "daemon off;",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        self.processes.append(nginx)
        wait_for_port(self.https_port, nginx)

    def _start_app(self, port):
        env = {
            **self.env,
            "PORT": str(port),
            "HOST": "127.0.0.1",
            "GUNICORN_WORKERS": str(self.workers),
            "GUNICORN_THREADS": str(self.threads),
        }
        log = subprocess.DEVNULL
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            log = open(self.log_dir / f"app-{port}.log", "ab")  # noqa: SIM115
        process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "-c",
                str(GUNICORN_CONFIG),
                "sourcing_site.wsgi",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        self.processes.append(process)
        wait_for_port(port, process)

    def _render_nginx(self) -> Path:
        static_root = str(ROOT / "staticfiles")
        text = NGINX_TEMPLATE.read_text()
        for name, value in {
            "APP_SERVERS": "\n        ".join(
                f"server 127.0.0.1:{port} max_fails=3 fail_timeout=5s;"
                for port in self.app_ports
            ),
            "HTTP_PORT": str(self.http_port),
            "HTTPS_PORT": str(self.https_port),
            "STATIC_ROOT": static_root,
            "ACCESS_LOG": "logs/access.log" if self.access_log else "off",
        }.items():
            text = text.replace(f"@@{name}@@", value)
        assert self.run_dir is not None, "only inside `with Stack(...)`"
        config = self.run_dir / "nginx.conf"
        config.write_text(text)
        return config

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.processes = []
        if self.run_dir is not None:
            shutil.rmtree(self.run_dir, ignore_errors=True)
            self.run_dir = None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--https-port", type=int, default=8443)
    parser.add_argument("--http-port", type=int, default=8080)
    parser.add_argument("--app-ports", type=int, nargs=2, default=[8001, 8002])
    args = parser.parse_args()
    env = {
        **os.environ,
        "DJANGO_PRODUCTION": "true",
        "DJANGO_BEHIND_PROXY": "true",
        "DJANGO_SECRET_KEY_FILE": os.environ.get(
            "DJANGO_SECRET_KEY_FILE", str(ROOT / "var" / "secret_key")
        ),
    }
    with Stack(
        env, args.app_ports, args.https_port, args.http_port, workers=2, access_log=True
    ):
        print(f"https://127.0.0.1:{args.https_port}/ (self-signed), Ctrl+C to stop")
        try:
            signal.pause()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
