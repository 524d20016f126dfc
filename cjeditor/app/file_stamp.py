"""What a map file was when it was last read or written: mtime, size and SHA-256.

The disk watch compares the file with it (was it changed by another program?), and
a recovery copy's sidecar keeps the stamp of the file its edits were based on, so a
restored copy can tell that the file changed after the copy was made.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class FileStamp:
    """What a file was when we last read or wrote it."""

    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, path: Path) -> FileStamp | None:
        try:
            info = path.stat()
            digest = hashlib.sha256()
            with path.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        except OSError:
            return None
        return cls(info.st_mtime_ns, info.st_size, digest.hexdigest())

    @classmethod
    def unknown(cls) -> FileStamp:
        """A stamp no file matches: what the edits were based on is not known."""
        return cls(-1, -1, "")

    def to_json(self) -> dict[str, Any]:
        return {"mtime_ns": self.mtime_ns, "size": self.size, "sha256": self.sha256}

    @classmethod
    def from_json(cls, data: object) -> FileStamp | None:
        """The stamp a sidecar holds; None if it holds none (or not one of ours)."""
        if not isinstance(data, dict):
            return None
        mtime, size, digest = data.get("mtime_ns"), data.get("size"), data.get("sha256")
        if not (isinstance(mtime, int) and isinstance(size, int) and isinstance(digest, str)) \
                or isinstance(mtime, bool) or isinstance(size, bool) or len(digest) != 64:
            return None
        return cls(mtime, size, digest)

    def same_bytes(self, path: Path) -> bool | None:
        """Does `path` still hold the bytes stamped? None if it cannot be read (gone)."""
        try:
            info = path.stat()
        except OSError:
            return None
        if info.st_size != self.size:
            return False
        if info.st_mtime_ns == self.mtime_ns:
            return True
        now = FileStamp.of(path)
        return None if now is None else now.sha256 == self.sha256
