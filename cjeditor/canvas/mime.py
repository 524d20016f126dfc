"""MIME types of drags from the palette and of the card clipboard."""

CARD_MIME = "application/x-cjeditor-card"  # {"kind": "...", "channel"?: "..."}
LANE_MIME = "application/x-cjeditor-lane"  # {"type": "..."}
CARDS_MIME = "application/x-cjeditor-cards"  # clipboard: see canvas.clipboard
