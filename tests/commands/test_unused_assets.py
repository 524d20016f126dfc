"""A picture taken out of the map leaves the file (audit F19): the command that removes
the last use of an embedded asset removes the asset too, in the same undo step, and
undo brings both back exactly. Assets the file held unused when opened stay, unless
an edit used and then dropped them."""

from __future__ import annotations

import base64

import pytest
from maps import b64, base_map, png_bytes

from cjeditor import commands as C
from cjeditor.commands import push
from cjeditor.commands.app_persona_picture import SetPersonaPictureCommand
from cjeditor.commands.composite import CompositeCommand
from cjeditor.document import MapDocument
from cjeditor.fileio import dumps, loads
from cjeditor.model import Asset, JourneyMap


def _png(size: int) -> str:
    return b64(png_bytes(size, size))


def _raw() -> dict:
    """base_map with a photo of its own for Laura (a-p), a second image card on its
    own picture (a-2), a picture shared by two image cards (a-1), and a-old that the
    file holds unused."""
    doc = base_map()
    doc["personas"][0]["image"] = "a-p"
    doc["lanes"][-1]["cards"] += [
        {"id": "c-img2", "kind": "image", "stage": "s-1", "title": "Móvil", "asset": "a-2"},
        {"id": "c-img3", "kind": "image", "stage": "s-2", "title": "Caja 2", "asset": "a-1"},
    ]
    doc["assets"] += [
        {"id": "a-p", "media_type": "image/png", "name": "Laura", "data": _png(3)},
        {"id": "a-2", "media_type": "image/png", "name": "movil.png", "data": _png(4)},
        {"id": "a-old", "media_type": "image/png", "name": "vieja.png", "data": _png(5)},
    ]
    return doc


@pytest.fixture
def doc(qapp):
    return MapDocument(JourneyMap.model_validate(_raw()))


def _ids(doc: MapDocument) -> list[str]:
    return [a.id for a in doc.map.assets]


def _picture(doc: MapDocument, size: int) -> Asset:
    return Asset(id=doc.new_id("a"), media_type="image/png", name="Laura Martín",
                 data=base64.b64encode(png_bytes(size, size)).decode("ascii"))


def _exact(doc: MapDocument, command) -> tuple[str, str]:
    """Push; undo gives back the file as it was, redo the file as it became."""
    before = dumps(doc.map)
    assert push(doc, command)
    after = dumps(doc.map)
    loads(after)  # the reader opens it
    steps = doc.undo_stack.count()
    doc.undo_stack.undo()
    assert dumps(doc.map) == before
    doc.undo_stack.redo()
    assert dumps(doc.map) == after
    assert doc.undo_stack.count() == steps
    return before, after


def test_opening_and_saving_keeps_every_asset(doc):
    assert dumps(doc.map) == dumps(loads(dumps(JourneyMap.model_validate(_raw()))))
    assert _ids(doc) == ["a-1", "a-p", "a-2", "a-old"]


def test_replaced_persona_picture_leaves_the_file(doc):
    new = _picture(doc, 6)
    _exact(doc, SetPersonaPictureCommand(doc, "p-1", new))
    assert doc.persona("p-1").image == new.id
    assert _ids(doc) == ["a-1", "a-2", "a-old", new.id]


def test_removed_persona_picture_leaves_the_file(doc):
    _exact(doc, SetPersonaPictureCommand(doc, "p-1", None))
    assert doc.persona("p-1").image is None
    assert _ids(doc) == ["a-1", "a-2", "a-old"]


def test_three_replacements_then_none_leave_no_photo(doc):
    """The audit's steps: "Imagen…" three times, then "Sin imagen"; undo all is exact."""
    opened = dumps(doc.map)
    states = [opened]
    for size in (6, 7, 8):
        push(doc, SetPersonaPictureCommand(doc, "p-1", _picture(doc, size)))
        states.append(dumps(doc.map))
        assert len(doc.map.assets) == 4
    push(doc, SetPersonaPictureCommand(doc, "p-1", None))
    assert _ids(doc) == ["a-1", "a-2", "a-old"]
    for state in reversed(states):
        doc.undo_stack.undo()
        assert dumps(doc.map) == state
    for state in states[1:]:
        doc.undo_stack.redo()
        assert dumps(doc.map) == state


def test_a_picture_still_used_stays(doc):
    """Laura takes the picture of two image cards, then loses it: the cards keep it."""
    shared = doc.asset("a-1")
    push(doc, SetPersonaPictureCommand(doc, "p-1", shared))  # a-p goes, a-1 is shared
    assert _ids(doc) == ["a-1", "a-2", "a-old"]
    _exact(doc, SetPersonaPictureCommand(doc, "p-1", None))
    assert _ids(doc) == ["a-1", "a-2", "a-old"]
    _exact(doc, C.DeleteCardsCommand(doc, ["c-img"]))  # c-img3 still shows a-1
    assert "a-1" in _ids(doc)


def test_deleted_image_cards_take_their_pictures(doc):
    _exact(doc, C.DeleteCardsCommand(doc, ["c-img", "c-img2", "c-img3"]))
    assert _ids(doc) == ["a-p", "a-old"]


def test_cut_takes_the_picture(doc):
    command = C.DeleteCardsCommand(doc, ["c-img2"])
    command.setText("Cut")
    _exact(doc, command)
    assert _ids(doc) == ["a-1", "a-p", "a-old"]


def test_deleted_lane_takes_its_pictures(doc):
    _exact(doc, C.DeleteLaneCommand(doc, "l-img"))
    assert _ids(doc) == ["a-p", "a-old"]


def test_deleted_stage_takes_its_pictures(doc):
    _exact(doc, C.DeleteStageCommand(doc, "s-1"))  # c-img2 (a-2) is in s-1
    assert _ids(doc) == ["a-1", "a-p", "a-old"]


def test_deleted_persona_takes_its_picture(doc):
    _exact(doc, C.DeletePersonaCommand(doc, "p-1"))
    assert _ids(doc) == ["a-1", "a-2", "a-old"]


def test_one_step_of_several_parts(doc):
    """Delete of a mixed selection (the canvas's composite): each part drops what it
    released, the whole undoes as one."""
    command = CompositeCommand(doc, "Delete", [
        lambda: C.DeleteCardsCommand(doc, ["c-img"]),
        lambda: C.DeleteCardsCommand(doc, ["c-img3"]),
        lambda: C.DeletePersonaCommand(doc, "p-1"),
    ])
    _exact(doc, command)
    assert _ids(doc) == ["a-2", "a-old"]


def test_changing_an_image_cards_picture_keeps_the_old_one(doc):
    """Properties' picture list offers the map's pictures: choosing another one must
    not delete the first from the list."""
    _exact(doc, C.EditCardFieldsCommand(doc, "c-img2", {"asset": "a-old"}))
    assert _ids(doc) == ["a-1", "a-p", "a-2", "a-old"]


def test_unused_assets_of_the_file_are_left_alone(doc):
    """Edits that touch no picture keep a-old, the file's own unused asset."""
    for command in (C.DeleteCardsCommand(doc, ["c-note"]), C.DeleteLaneCommand(doc, "l-tp"),
                    C.EditPersonaCommand(doc, "p-1", {"name": "Laura M."})):
        push(doc, command)
    assert _ids(doc) == ["a-1", "a-p", "a-2", "a-old"]


def test_paste_brings_only_the_pictures_of_pasted_cards(doc):
    """A card the paste had to leave behind (no room for it) leaves its picture too."""
    card = doc.card("c-img2").model_copy(update={"id": "c-new", "asset": "a-9"})
    pictures = [_picture(doc, 6).model_copy(update={"id": "a-9"}),
                _picture(doc, 7).model_copy(update={"id": "a-skipped"})]
    _exact(doc, C.PasteCardsCommand(doc, [("l-img", card)], pictures))
    assert _ids(doc) == ["a-1", "a-p", "a-2", "a-old", "a-9"]
