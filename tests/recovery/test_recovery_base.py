"""A restored recovery copy never overwrites, unasked, a file that changed after the
copy's edits began: another program changed it, or the user saved newer work after
answering Later. The sidecar records the original's stamp (size, mtime, SHA-256); the
dialog says the file changed, and Save asks the "changed on disk" question."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cjeditor.app.dialogs.recovery import RecoveryDialog, offer_recovery
from cjeditor.app.file_stamp import FileStamp
from cjeditor.app.recovery import RecoveryStore
from cjeditor.commands import EditMetaCommand, push
from cjeditor.fileio import dumps, load, write_atomic

CHANGED = "has changed since this copy was made"
ASKED = "was changed by another program"


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def crash(store: RecoveryStore, key: str) -> None:
    """Make the copy `key` look left by an editor that died."""
    pid = dead_pid()
    new_key = f"{pid}-{key.split('-')[1]}-dead"
    for old, new in ((store.copy_path(key), store.copy_path(new_key)),
                     (store.info_path(key), store.info_path(new_key))):
        old.replace(new)
    info = json.loads(store.info_path(new_key).read_text())
    info.update(pid=pid, started=None, lock=None)
    store.info_path(new_key).write_text(json.dumps(info))


def with_product(path: Path, product: str) -> None:
    """Another program (or a later save) writes the map with this product."""
    journey = load(path)
    journey = journey.model_copy(update={"meta": journey.meta.model_copy(
        update={"product": product})})
    write_atomic(path, dumps(journey).encode("utf-8"))


@pytest.fixture
def crashed(manager, clock, map_file, settings):
    """A window edited the map, autosaved a copy, and its editor died."""
    window = manager.open_path(map_file)
    push(window.document, EditMetaCommand(window.document, {"product": "recovered"}))
    clock.advance(settings.autosave_debounce)
    store = window.autosaver.store
    key = window.autosaver.key
    assert store.copy_path(key).exists()
    info = json.loads(store.info_path(key).read_text())
    crash(store, key)
    window.skip_save_prompt = True
    window.autosaver.key = "gone-copy"  # its copy now belongs to the dead editor
    window.close()
    return store, info


def test_the_sidecar_records_the_file_the_edits_are_based_on(crashed, map_file):
    _store, info = crashed
    assert FileStamp.from_json(info["base"]) == FileStamp.of(map_file)


def test_a_file_changed_by_another_program_is_said_and_save_asks(
        manager, crashed, choose, boxes, map_file):
    with_product(map_file, "CHANGED BY ANOTHER PROGRAM")  # e.g. a git pull after the crash
    seen = choose(RecoveryDialog.RESTORE)
    [window] = offer_recovery(manager, None)
    assert CHANGED in seen[0] and "mapa.cjmap" in seen[0]
    assert "has changed since" in window.statusBar().currentMessage()
    assert window.document.map.meta.product == "recovered" and window.document.modified
    window.disk_watch.check()  # activating the window: the dialog said it, no box now
    assert boxes.texts == []
    boxes.answers = ["Cancel"]
    assert not window.files.save()
    assert ASKED in boxes.texts[-1]
    assert load(map_file).meta.product == "CHANGED BY ANOTHER PROGRAM"
    boxes.answers = ["Overwrite"]  # asked again; the user's choice now
    assert window.files.save()
    assert load(map_file).meta.product == "recovered"


def test_newer_work_saved_after_later_is_not_overwritten_unasked(
        manager, crashed, choose, boxes, map_file):
    choose(RecoveryDialog.LATER)
    assert offer_recovery(manager, None) == []
    window = manager.open_path(map_file)  # the user edits and saves normally
    push(window.document, EditMetaCommand(window.document, {"product": "SAVED LATER"}))
    assert window.files.save()
    window.close()
    seen = choose(RecoveryDialog.RESTORE)  # the next start offers the old copy again
    [restored] = offer_recovery(manager, None)
    assert CHANGED in seen[-1]  # not offered as if it were the latest work
    boxes.answers = ["Cancel"]
    assert not restored.files.save()
    assert ASKED in boxes.texts[-1]
    assert load(map_file).meta.product == "SAVED LATER"


def test_an_unchanged_file_restores_and_saves_without_a_question(
        manager, crashed, choose, boxes, map_file):
    seen = choose(RecoveryDialog.RESTORE)
    [window] = offer_recovery(manager, None)
    assert CHANGED not in seen[0]
    assert window.files.save()
    assert boxes.texts == []
    assert load(map_file).meta.product == "recovered"


def test_a_restored_copy_keeps_the_old_base_in_its_own_copy(manager, crashed, choose,
                                                           map_file):
    store, info = crashed
    with_product(map_file, "CHANGED")
    choose(RecoveryDialog.RESTORE)
    [window] = offer_recovery(manager, None)
    mine = json.loads(window.autosaver.store.info_path(window.autosaver.key).read_text())
    assert mine["base"] == info["base"]  # a second crash still knows the file changed


def test_a_sidecar_without_base_compares_the_times(manager, choose, map_file, app):
    store = RecoveryStore()
    pid = dead_pid()
    key = f"{pid}-abcd1234-old"
    store.write(key, load(map_file), map_file.resolve())
    info = json.loads(store.info_path(key).read_text())
    del info["base"]  # written by an older cjeditor
    info.update(pid=pid, started=None, lock=None)
    store.info_path(key).write_text(json.dumps(info))
    os.utime(map_file, (9e8, 9e8))  # the file as the edits found it (1998)
    os.utime(store.copy_path(key), (1e9, 1e9))  # the copy was made in 2001
    [entry] = store.stale()
    assert entry.base is None and not entry.original_changed()  # the file: older
    os.utime(map_file, (2e9, 2e9))  # the file was saved long after that copy
    [entry] = store.stale()
    assert entry.original_changed()
