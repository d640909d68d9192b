"""The library's version, read by hatchling and stamped on every record's `Source`."""

__version__ = "0.1.0"
