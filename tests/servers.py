"""Real servers for the tests that need them: app processes under gunicorn, a
TCP proxy that can pass, refuse or hang (standing in for a database or Redis
that goes away), and a redis-server of the test's own. Each listens on a free
port of 127.0.0.1 and is stopped by the test that started it; the machine's
own PostgreSQL and Redis are never touched."""

import http.client
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
PYTHON_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(predicate, timeout=30.0, interval=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def app_environment(**env) -> dict:
    """Production settings with a throwaway key; the test decides the rest."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    clean.pop("DATABASE_URL", None)
    clean.pop("REDIS_URL", None)
    return {
        **clean,
        "DJANGO_PRODUCTION": "true",
        "DJANGO_SECRET_KEY": "test-only-" + "k" * 50,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Tests run from the source tree without collectstatic.
        "DJANGO_STATICFILES_STORAGE": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
        ),
        **env,
    }


def manage(*args, env: dict, timeout=180):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


class AppServer:
    """gunicorn with deploy/gunicorn.conf.py, as `make serve` runs it."""

    def __init__(self, env: dict, workers=1, threads=4, port=None):
        self.port = port or free_port()
        self.env = {
            **env,
            "PORT": str(self.port),
            "GUNICORN_WORKERS": str(workers),
            "GUNICORN_THREADS": str(threads),
        }
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                str(PYTHON_BIN / "gunicorn"),
                "-c",
                "deploy/gunicorn.conf.py",
                "sourcing_site.wsgi",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        if not wait_until(self.answers, timeout=60):
            self.stop()
            raise RuntimeError("gunicorn did not start")
        return self

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                return True
        except OSError:
            return False

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def __exit__(self, *exc):
        self.stop()

    def request(self, method, path, body=None, headers=None, timeout=20):
        """(status, headers, text, seconds) of one request on a new connection."""
        started = time.monotonic()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            return response.status, response, text, time.monotonic() - started
        finally:
            connection.close()


class TcpProxy:
    """Forwards 127.0.0.1:port to a target, until told to refuse or hang.

    refuse(): stops listening and drops every connection (a server that is
    down). hang(): accepts but forwards nothing, on new and existing
    connections alike (a server that stopped answering). restore(): back to
    normal.
    """

    def __init__(self, target_port, target_host="127.0.0.1"):
        self.target = (target_host, target_port)
        self.port = free_port()
        self.mode = "pass"
        self.listener = None
        self.connections = []
        self.lock = threading.Lock()
        self.stopped = threading.Event()

    def __enter__(self):
        self._listen()
        return self

    def __exit__(self, *exc):
        self.stopped.set()
        self._close_listener()
        self._drop_connections()

    def _listen(self):
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.port))
        self.listener.listen(64)
        threading.Thread(
            target=self._accept, args=(self.listener,), daemon=True
        ).start()

    def _close_listener(self):
        if self.listener is not None:
            # shutdown() first: close() alone leaves a socket that another
            # thread is accept()ing on still listening (on Linux).
            try:
                self.listener.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            self.listener.close()
            self.listener = None

    def _drop_connections(self):
        with self.lock:
            for pair in self.connections:
                for end in pair:
                    end.close()
            self.connections.clear()

    def refuse(self):
        self.mode = "refuse"
        self._close_listener()
        self._drop_connections()

    def hang(self):
        self.mode = "hang"

    def restore(self):
        self.mode = "pass"
        if self.listener is None:
            self._listen()

    def _accept(self, listener):
        while not self.stopped.is_set():
            try:
                client, _ = listener.accept()
            except OSError:
                return
            if self.mode == "hang":
                with self.lock:
                    self.connections.append((client,))
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.connections.append((client, upstream))
            threading.Thread(
                target=self._pump, args=(client, upstream), daemon=True
            ).start()

    def _pump(self, client, upstream):
        ends = [client, upstream]
        try:
            while not self.stopped.is_set():
                readable, _, _ = select.select(ends, [], [], 0.2)
                if self.mode == "hang":
                    continue  # hold everything: the server "stopped answering"
                for end in readable:
                    data = end.recv(65536)
                    if not data:
                        return
                    (upstream if end is client else client).sendall(data)
        except (OSError, ValueError):
            return
        finally:
            for end in ends:
                try:
                    end.close()
                except OSError:
                    pass


class RedisServer:
    """A redis-server of the test's own on a free port (no disk, no config)."""

    def __init__(self):
        self.port = free_port()
        self.process = None

    @staticmethod
    def available() -> bool:
        return shutil.which("redis-server") is not None

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(self.answers, timeout=10)
        return self

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                return True
        except OSError:
            return False

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def __exit__(self, *exc):
        self.stop()


class Visitor:
    """A browser's worth of HTTP for the tests: cookies kept, forms posted
    with the CSRF token of the last page, redirects not followed."""

    TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

    def __init__(self, port, host="127.0.0.1", scheme="http", headers=None):
        self.port, self.host, self.scheme = port, host, scheme
        # What the browser saw: https behind a proxy that talks http onwards.
        self.origin_scheme = scheme
        self.cookies = {}
        self.headers = headers or {}
        self.last_page = ""

    def _connection(self, timeout):
        if self.scheme == "https":
            import ssl

            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            return http.client.HTTPSConnection(
                self.host, self.port, timeout=timeout, context=context
            )
        return http.client.HTTPConnection(self.host, self.port, timeout=timeout)

    def request(self, method, path, form=None, timeout=20):
        body = urlencode(form, doseq=True) if form is not None else None
        headers = dict(self.headers)
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            authority = self.headers.get("Host", f"{self.host}:{self.port}")
            headers["Origin"] = f"{self.origin_scheme}://{authority}"
            headers["Referer"] = f"{self.origin_scheme}://{authority}{path}"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        started = time.monotonic()
        connection = self._connection(timeout)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie(header)
            for name, morsel in cookie.items():
                if morsel["max-age"] == "0":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        response.text = text
        response.seconds = time.monotonic() - started
        if response.status == 200:
            self.last_page = text
        return response

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, form, **kwargs):
        match = self.TOKEN.search(self.last_page)
        token = {"csrfmiddlewaretoken": match.group(1)} if match else {}
        return self.request("POST", path, form={**token, **form}, **kwargs)


def wizard_form(step, answers, page):
    """What the browser would post for one wizard step, shown in `page`."""
    run = re.search(r'name="advisor_run" value="([^"]*)"', page)
    form = {"advisor_wizard-current_step": step}
    if run:
        form["advisor_run"] = run.group(1)
    form.update({f"{step}-{name}": value for name, value in answers.items()})
    return form
