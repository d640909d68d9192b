"""`serve(settings)`: the application under uvicorn, one process (the parsing happens in the
worker processes). SIGTERM or Ctrl-C stops taking connections, finishes the requests in
flight, then stops the workers."""

from __future__ import annotations

from .settings import Settings


def serve(settings: Settings) -> None:
    import uvicorn

    from .app import create_app

    config = uvicorn.Config(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level,
        lifespan="on",
    )
    uvicorn.Server(config).run()
