"""The reader's refusals from version 2 on (format spec, end of "Errors"), for files of
either version: a key twice, text that is not Unicode, an image that does not decode
in full. A UTF-8 byte-order mark is accepted and not written back."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from maps import b64, base_map, png_bytes

from cjeditor.fileio import MapLoadError, dumps, load, loads, save
from cjeditor.fileio.migrations import MIGRATIONS


def write(tmp_path: Path, text: str, name: str = "m.cjmap") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def refused(path: Path) -> MapLoadError:
    before = path.read_bytes()
    with pytest.raises(MapLoadError) as info:
        load(path)
    assert path.read_bytes() == before
    for line in info.value.lines():  # every line can be printed on a UTF-8 terminal
        line.encode("utf-8")
    return info.value


def with_sentinel(doc: dict, replacement: str) -> str:
    """The JSON of `doc` with the key "SENTINEL" (and its value) replaced by raw text."""
    text = json.dumps(doc, ensure_ascii=False)
    assert text.count('"SENTINEL": 0') == 1
    return text.replace('"SENTINEL": 0', replacement)


# ------------------------------------------------------------ a key twice

def test_a_key_twice_is_refused_at_the_objects_path(tmp_path):
    doc = base_map()
    doc["lanes"][2]["cards"][0]["SENTINEL"] = 0
    path = write(tmp_path, with_sentinel(doc, '"title": "Otra"'))
    error = refused(path)
    assert [str(p) for p in error.problems] == [
        'lanes[2].cards[0]: the key "title" appears twice; which value was meant cannot be '
        "known, so keep only one"
    ]
    assert error.lines()[0].startswith(f'{path}: lanes[2].cards[0]: the key "title" appears')


def test_a_key_twice_at_the_top_and_three_times_elsewhere(tmp_path):
    doc = base_map()
    doc["SENTINEL"] = 0
    doc["meta"]["authors"] = [{"SENTINEL": 0}]
    text = json.dumps(doc, ensure_ascii=False)
    text = text.replace('{"SENTINEL": 0}', '{"a": 1, "a": 2, "a": 3}', 1)
    text = text.replace('"SENTINEL": 0', '"version": 2', 1)
    error = refused(write(tmp_path, text))
    found = {(p.path, p.message.split(";")[0]) for p in error.problems}
    assert found == {("", 'the key "version" appears twice'),
                     ("meta.authors[0]", 'the key "a" appears 3 times')}


def test_a_key_twice_in_a_version_1_file(tmp_path):
    assert 1 in MIGRATIONS  # version 1 files are read, and refused the same way
    doc = base_map()
    doc["version"] = 1
    doc["meta"]["SENTINEL"] = 0
    error = refused(write(tmp_path, with_sentinel(doc, '"title": "Dos"')))
    assert [p.path for p in error.problems] == ["meta"]


def test_equal_keys_in_different_objects_are_fine():
    doc = base_map()  # "id", "title"... appear in many objects, once each
    assert loads(json.dumps(doc)).meta.title == "Mapa de prueba"


# ------------------------------------------------------------ not Unicode

def test_a_lone_surrogate_in_a_value(tmp_path):
    doc = base_map()
    doc["lanes"][1]["cards"][0]["title"] = "Google \ud800 ya"
    text = json.dumps(doc)  # ensure_ascii: the surrogate is written as the escape \ud800
    assert "\\ud800" in text
    error = refused(write(tmp_path, text))
    [problem] = error.problems
    assert problem.path == "lanes[1].cards[0].title"
    assert problem.message.startswith("is not valid Unicode text")
    assert "\\ud800" in problem.message  # shown as its escape, printable
    assert "unable to parse" not in problem.message and "Input should" not in problem.message


def test_a_lone_surrogate_in_a_key(tmp_path):
    doc = base_map()
    doc["meta"]["ti\udc00tle"] = "x"
    error = refused(write(tmp_path, json.dumps(doc)))
    assert [p.path for p in error.problems] == ["meta"]
    assert "key" in error.problems[0].message and '"ti\\udc00tle"' in error.problems[0].message


def test_escaped_pairs_are_characters_not_errors(tmp_path):
    doc = base_map()
    doc["meta"]["title"] = "Mapa 😀 ¿qué? € “sí”"
    text = json.dumps(doc)  # the emoji as the pair \ud83d\ude00
    assert "\\ud83d\\ude00" in text
    assert load(write(tmp_path, text)).meta.title == "Mapa 😀 ¿qué? € “sí”"


def test_a_lone_surrogate_in_text_from_the_clipboard():
    doc = base_map()
    doc["meta"]["title"] = "cut \udfff"
    with pytest.raises(MapLoadError) as info:
        loads(json.dumps(doc, ensure_ascii=False))  # the surrogate itself, not escaped
    assert info.value.problems[0].path == "meta.title"


# ------------------------------------------------------------ byte-order mark

def test_a_byte_order_mark_is_accepted_and_not_written_back(tmp_path):
    path = tmp_path / "bom.cjmap"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(base_map(), ensure_ascii=False).encode())
    doc = load(path)
    save(doc, path)
    assert path.read_bytes().startswith(b"{\n")
    assert loads("\ufeff" + dumps(doc)) == doc  # text that kept its mark, too


# ------------------------------------------------------------ images

def noise_png(width: int = 300, height: int = 200) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.effect_noise((width, height), 60).convert("RGB").save(out, "PNG")
    return out.getvalue()


def noise_jpeg(width: int = 300, height: int = 200) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.effect_noise((width, height), 60).convert("RGB").save(out, "JPEG")
    return out.getvalue()


def map_with_image(data: bytes, media_type: str = "image/png") -> str:
    doc = base_map()
    doc["assets"][0].update(media_type=media_type, data=b64(data))
    return json.dumps(doc)


@pytest.mark.parametrize(("data", "media_type", "words"), [
    (noise_png()[:3000], "image/png", "ends too early"),
    (png_bytes(2, 2, claimed=(6000, 6000)), "image/png", "ends too early"),  # the case
    (noise_jpeg()[:3000], "image/jpeg", "ends too early"),
], ids=["png cut", "png 6000x6000 header, 2x2 body", "jpeg cut"])
def test_an_image_that_does_not_decode_in_full_is_refused(tmp_path, data, media_type, words):
    error = refused(write(tmp_path, map_with_image(data, media_type)))
    [problem] = error.problems
    assert problem.path == "assets[0]"
    assert "cannot be read in full" in problem.message and words in problem.message
    assert "truncated" not in problem.message  # Pillow's wording stays out


def test_a_damaged_png_is_refused():
    data = bytearray(noise_png())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)  # zeros inside the compressed pixels
    with pytest.raises(MapLoadError) as info:
        loads(map_with_image(bytes(data)))
    [problem] = info.value.problems
    assert problem.path == "assets[0]" and "damaged" in problem.message


def test_a_png_must_reach_its_closing_chunk_whole():
    """Pillow stops decoding once it has the pixels: a PNG cut inside its last chunks,
    or with a damaged IEND, still gave every pixel (and Qt refuses to draw it)."""
    whole = png_bytes(16, 16)
    assert whole.endswith(b"IEND\xaeB`\x82")
    damaged = [whole[:-cut] for cut in (1, 4, 12, 20)]
    for at in (-12, -9, -1):  # its length, its name, its checksum
        flipped = bytearray(whole)
        flipped[at] ^= 0x01
        damaged.append(bytes(flipped))
    for data in damaged:
        with pytest.raises(MapLoadError) as info:
            loads(map_with_image(data))
        [problem] = info.value.problems
        assert problem.path == "assets[0]" and "cannot be read in full" in problem.message
    loads(map_with_image(whole + b"after the end"))  # ignored, as by every PNG reader


def test_whole_images_load(tmp_path):
    for data, media_type in ((noise_png(), "image/png"), (noise_jpeg(), "image/jpeg")):
        doc = load(write(tmp_path, map_with_image(data, media_type)))
        assert doc.assets[0].decoded() == data


def test_an_image_bomb_is_refused_before_any_decoding(monkeypatch):
    """60000x60000 in the header: refused by the pixel limit, and Pillow never decodes it;
    Pillow's own process-wide limit is left as it was."""
    from PIL import Image, ImageFile

    limit, truncated = Image.MAX_IMAGE_PIXELS, ImageFile.LOAD_TRUNCATED_IMAGES

    def no_decoding(*args, **kwargs):
        raise AssertionError("Pillow was asked to open an image over the limits")

    monkeypatch.setattr(Image, "open", no_decoding)
    with pytest.raises(MapLoadError) as info:
        loads(map_with_image(png_bytes(2, 2, claimed=(60000, 60000))))
    assert [(p.path, "60000x60000" in p.message) for p in info.value.problems] == [
        ("assets[0]", True)]
    assert (limit, truncated) == (Image.MAX_IMAGE_PIXELS, ImageFile.LOAD_TRUNCATED_IMAGES)


def test_a_jpeg_whose_second_frame_header_is_over_the_limit_is_refused(tmp_path):
    """The header check reads a JPEG's first frame header, Pillow its last: a small
    first one must not let a 50-megapixel picture through (validate would accept a
    map its export then fails on)."""
    import struct

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 40, 40)).save(out, "JPEG")
    small = out.getvalue()
    start = small.index(b"\xff\xc0")
    end = start + 2 + struct.unpack(">H", small[start + 2 : start + 4])[0]
    big = bytearray(small[start:end])
    big[5:9] = struct.pack(">HH", 5000, 10000)  # height, width
    data = small[:end] + bytes(big) + small[end:]
    error = refused(write(tmp_path, map_with_image(data, "image/jpeg")))
    [problem] = error.problems
    assert problem.path == "assets[0]"
    assert "10000x5000" in problem.message and "40 megapixels" in problem.message
