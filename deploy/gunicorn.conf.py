"""gunicorn settings for `make serve` and for the app processes behind deploy/'s nginx.

gthread workers: each worker serves GUNICORN_THREADS requests at once, and a
connection gets a thread only once its first bytes arrive. A client that
starts its headers and never finishes still holds one thread (gunicorn reads
headers in the thread), so it takes workers x threads such clients, not one
per worker as with sync workers, to make the site wait. On the internet the
site runs behind deploy/'s nginx, which buffers whole requests: slow clients
never reach gunicorn at all.
"""

import multiprocessing
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# gunicorn's advice: (2 x cores) + 1 processes; threads cover waiting on I/O.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "16"))
# A request never legitimately takes this long: database waits are cut after
# DJANGO_DB_TIMEOUT seconds and answered with a 503 well before.
timeout = 30
graceful_timeout = 20
keepalive = 5
# Requests with huge header sections are refused before Django sees them.
limit_request_line = 4094
limit_request_fields = 60
limit_request_field_size = 8190
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
# Workers restart now and then, so a slow leak never grows without bound.
max_requests = 5000
max_requests_jitter = 500
# gunicorn's control socket defaults to one path per user (~/.gunicorn): two
# servers on one machine (deploy/'s two app processes) would fight over it.
control_socket_disable = True
