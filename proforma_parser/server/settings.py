"""What `proforma-parser serve` is given: the address, the workers and the limits."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

MiB = 1024 * 1024


def _cpus() -> int:
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = field(default_factory=_cpus)
    """Worker processes, each parsing one document at a time."""
    queue: int = 64
    """Requests that may wait for a worker; past that (and every worker busy) a 503."""
    timeout: float = 60.0
    """Wall-clock seconds one document may take in its worker before it is killed (504)."""
    max_memory: int = 2 * 1024 * MiB
    """Address-space cap of each worker process, in bytes; 0 for none."""
    max_body: int = 100 * MiB
    """Largest request body, in bytes; a longer one is refused while it is read (413)."""
    log_level: str = "info"
