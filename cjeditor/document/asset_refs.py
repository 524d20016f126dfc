"""Which embedded pictures (assets) a map still uses, and which a primitive lets go of.

A picture a person removed from the map (a persona's photo replaced or cleared, an
image card deleted) must not stay hidden in the saved file: commands ask here which
assets their primitives released and drop those no longer used, in the same undo
step (see `commands.base`). Only what a command released is a candidate, so a
picture the file already held unused when opened is left as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cjeditor.document.document import MapDocument


def assets_in_use(doc: MapDocument) -> set[str]:
    """The ids of the assets a persona or an image card refers to."""
    used = {p.image for p in doc.map.personas if p.image is not None}
    used.update(c.asset for c in doc.map.all_cards() if c.kind == "image")
    return used


def _card_assets(cards: Any) -> set[str]:
    return {c.asset for c in cards if c.kind == "image"}


def released_assets(doc: MapDocument, name: str, args: tuple[Any, ...]) -> set[str]:
    """The assets that primitive `name(*args)`, about to run, stops referring to: the
    picture of a card or lane removed, of a persona removed or changed. (An image card
    pointed at another embedded picture keeps the old one: it stays in the card's list
    of the map's pictures, in view.)"""
    try:
        if name == "remove_card":
            return _card_assets([doc.card(args[0])])
        if name == "remove_lane":
            return _card_assets(doc.lane(args[0]).cards)
        if name in ("remove_persona", "update_persona"):
            image = doc.persona(args[0]).image
        elif name == "replace_persona":
            image = doc.persona(args[0].id).image
        else:
            return set()
    except (KeyError, IndexError, AttributeError):
        return set()  # the primitive itself says what is wrong
    return {image} if image is not None else set()


def unused_of(doc: MapDocument, candidates: set[str]) -> list[str]:
    """The `candidates` still embedded but used by nothing, in the map's asset order."""
    if not candidates:
        return []
    used = assets_in_use(doc)
    return [a.id for a in doc.map.assets if a.id in candidates and a.id not in used]
