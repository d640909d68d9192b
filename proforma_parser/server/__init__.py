"""The HTTP service: `proforma-parser serve` (the `server` extra: FastAPI, uvicorn,
prometheus-client, python-multipart).

    settings.py   what the command line sets (no web imports)
    workers.py    the worker threads, each driving one isolated worker process (no web imports)
    app.py        the FastAPI application: routes, JSON errors, metrics
    main.py       `serve(settings)`: uvicorn on the application

Every document is parsed in a `proforma_parser.batch.workers.Pool` worker process (time
limit, memory cap, kill-and-replace); the event loop only reads requests and awaits answers.
Nothing here is imported by `import proforma_parser` or by the command line until `serve`.
"""

from __future__ import annotations

from .settings import Settings

__all__ = ["Settings"]
