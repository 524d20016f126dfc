"""cjeditor: a desktop editor for customer journey maps."""

import os

__version__ = "0.1.0"

# Maps are untrusted input, validated by our pydantic models alone: a pydantic plugin
# installed beside cjeditor would also see (and could change) every file read. Not
# looking for plugins also spares each process a scan of every installed package's
# metadata (about 10 ms of a `cjeditor export`).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
