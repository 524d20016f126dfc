"""What each version of the format added (spec/cjmap-format.md, "Version 2"): the
reader refuses a version 1 file that uses any of it (fileio/migrations.py), and the
shipped JSON Schema says the same (model/schema.py)."""

from __future__ import annotations

READ_VERSIONS = (1, 2)  # the versions a reader accepts (the spec's); the writer writes 2

V2_TOP_KEYS = ("connections", "views")
V2_META_KEYS = ("state", "counterpart")
V2_PHASE_KEYS = ("acquisition",)
V2_STAGE_KEYS = ("link",)
V2_LANE_KEYS = ("line_below",)
V2_LANE_TYPES = ("physical_evidence", "frontstage", "support")
V2_CARD_KEYS: dict[str | None, tuple[str, ...]] = {
    None: ("link",),  # every kind
    "opportunity": ("impact", "effort"),
    "idea": ("impact", "effort"),
    "metric": ("scope",),
}
