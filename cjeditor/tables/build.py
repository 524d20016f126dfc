"""A map built from a card table (the reverse of the export): ids generated when
missing, lanes in the order first met, stages in `stage_index` order (else first
met), or both taken from a template or from the `stages`/`lanes` sheets of an
`.xlsx`. Every problem is reported at its row and column; a table that cannot become
a valid map is refused whole."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cjeditor.model import (
    CARD_CLASSES,
    CARD_KINDS,
    LANE_TYPES,
    JourneyMap,
    Lane,
    Stage,
    new_id,
    vocabulary,
)
from cjeditor.model.limits import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_CARDS_PER_LANE,
    MAX_LANES,
    MAX_NAME,
    MAX_STAGES,
)
from cjeditor.model.messages import (
    Message,
    Phrase,
    Term,
    Terms,
    place,
    sentence,
    validation_phrases,
)
from cjeditor.tables.columns import (
    CARD_COLUMNS,
    KIND_COLUMNS,
    Cell,
    CellError,
    column_type,
    read_bool,
    read_int,
    read_number,
    split_list,
    unsafe_text,
)
from cjeditor.tables.read import RawTable, Sheet, TableError, TableProblem

__all__ = ["build_map"]

Row = dict[str, Any]

# Columns whose values are words of the format; a table may also name them as the
# editor shows them (vocabulary, either language, any case).
_WORD_COLUMNS = {
    "lane_type": "lane_type", "type": "lane_type", "kind": "kind", "channel": "channel",
    "source": "source", "scope": "scope", "status": "status", "met": "met",
    "initiative": "initiative", "evidence": "evidence", "moment": "moment",
    "line_below": "line",
}
# Where a model field of a card, stage or lane is in the table.
_CARD_FIELD_COLUMN = {"id": "card_id"}
_LANE_FIELD_COLUMN = {"id": "lane_id", "type": "lane_type", "title": "lane_title"}


def _word(column: str, text: str) -> str:
    category = _WORD_COLUMNS.get(column)
    if category is None:
        return text
    return _word_key(category, text.strip())


@cache
def _word_key(category: str, text: str) -> str:
    lowered = text.lower()
    keys = vocabulary.values(category)
    if lowered in keys:
        return lowered
    for key in keys:
        if lowered in (vocabulary.name(category, key, "es").lower(),
                       vocabulary.name(category, key, "en").lower()):
            return key
    return text


def _cell(column: str, value: Cell) -> Any:
    """A cell read as its column's type (CellError if it cannot be)."""
    kind = column_type(column)
    if kind == "int":
        return read_int(value)
    if kind == "number":
        return read_number(value)
    if kind == "bool":
        return read_bool(value)
    text = value if isinstance(value, str) else _number_text(value)
    text = unsafe_text(text)
    if kind == "list":
        return split_list(text)
    return _word(column, text)


def _number_text(value: Cell) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass
class _Stage:
    data: dict[str, Any]
    row: int | None  # first row that names it (None: template or sheet)
    index: int | None = None  # stage_index given in the table
    sheet_row: int | None = None


@dataclass
class _Lane:
    data: dict[str, Any]
    row: int | None
    sheet_row: int | None = None
    cards: list[tuple[tuple[float, float, int], int, dict[str, Any]]] = field(
        default_factory=list)  # (order key, row, card)


class _Builder:
    def __init__(self, source: Path, raw: RawTable, language: str,
                 skeleton: JourneyMap | None) -> None:
        self.source = source
        self.raw = raw
        self.language = language
        self.problems: list[TableProblem] = []
        self.stages: list[_Stage] = []
        self.lanes: list[_Lane] = []
        self.phases: list[dict[str, Any]] = []
        self.personas: list[dict[str, Any]] = []
        self.taken: set[str] = set()
        self.preset_stages = False
        self.preset_lanes = False
        cards = raw.cards
        for _, cells in cards.rows:  # ids the table gives: no generated id may take them
            for column in ("card_id", "lane_id", "stage_id"):
                value = cells.get(column)
                if isinstance(value, str):
                    self.taken.add(unsafe_text(value).strip())
        if skeleton is not None:
            self._from_skeleton(skeleton)
        else:
            if raw.stages is not None and raw.stages.rows:
                self._stages_sheet(raw.stages)
            if raw.lanes is not None and raw.lanes.rows:
                self._lanes_sheet(raw.lanes)
        self.has_index = "stage_index" in cards.columns and not self.preset_stages
        self.stage_column = "stage_id" if "stage_id" in cards.columns else "stage_name"

    # ------------------------------------------------------------ problems
    def problem(self, message: Phrase, row: int | None = None, column: str | None = None,
                sheet: str | None = None) -> None:
        if sheet is None and row is not None:
            sheet = self.raw.cards.name  # a workbook's own sheet of cards, by its name
        self.problems.append(TableProblem(message, row, column, sheet))

    def fresh(self, prefix: str) -> str:
        value = new_id(prefix, self.taken)
        self.taken.add(value)
        return value

    # ------------------------------------------------------------ presets
    def _from_skeleton(self, skeleton: JourneyMap) -> None:
        self.preset_stages = self.preset_lanes = True
        self.phases = [phase.model_dump(exclude_defaults=True) for phase in skeleton.phases]
        self.personas = [p.model_dump(exclude_defaults=True) for p in skeleton.personas]
        for stage in skeleton.stages:
            self.taken.add(stage.id)
            self.stages.append(_Stage(stage.model_dump(exclude_defaults=True), None))
        for lane in skeleton.lanes:
            self.taken.add(lane.id)
            data = lane.model_dump(exclude_defaults=True, exclude={"cards"})
            self.lanes.append(_Lane(data, None))
        self.taken.update(p["id"] for p in self.phases + self.personas)

    def _sheet_values(self, sheet: Sheet, number: int, cells: dict[str, Cell]) -> Row:
        values: Row = {}
        for column, value in cells.items():
            try:
                values[column] = _cell(column, value)
            except CellError as exc:
                self.problem(exc.phrase, number, column, sheet.name)
        for column, value in list(values.items()):
            if isinstance(value, str) and column not in ("name", "title", "description"):
                values[column] = value.strip()
        return values

    def _stages_sheet(self, sheet: Sheet) -> None:
        self.preset_stages = True
        phases: dict[str, dict[str, Any]] = {}
        for number, cells in sheet.rows:
            values = self._sheet_values(sheet, number, cells)
            phase_name = values.pop("phase_name", None)
            data = {k: v for k, v in values.items() if k in Stage.model_fields}
            data.setdefault("id", "")
            data.setdefault("name", data["id"])
            if not data["id"]:
                data["id"] = self.fresh("s")
            self.taken.add(data["id"])
            phase = data.get("phase")
            if phase and phase not in phases:
                phases[phase] = {"id": phase, "name": (phase_name or phase)[:MAX_NAME]}
                self.taken.add(phase)
            self.stages.append(_Stage(data, None, sheet_row=number))
        self.phases = list(phases.values())

    def _lanes_sheet(self, sheet: Sheet) -> None:
        self.preset_lanes = True
        personas: dict[str, dict[str, Any]] = {}
        for number, cells in sheet.rows:
            values = self._sheet_values(sheet, number, cells)
            persona_name = values.pop("persona_name", None)
            data = {k: v for k, v in values.items() if k in Lane.model_fields}
            if not data.get("id"):
                data["id"] = self.fresh("l")
            self.taken.add(data["id"])
            if "title" not in data and isinstance(data.get("type"), str):
                data["title"] = vocabulary.name("lane_type", data["type"], self.language)
            persona = data.get("persona")
            if persona and persona not in personas:
                personas[persona] = {"id": persona, "name": (persona_name or persona)[:MAX_NAME]}
                self.taken.add(persona)
            self.lanes.append(_Lane(data, None, sheet_row=number))
        self.personas = list(personas.values())

    # ------------------------------------------------------------ rows
    def rows(self) -> None:
        for number, cells in self.raw.cards.rows:
            self._row(number, cells)

    def _row(self, number: int, cells: dict[str, Cell]) -> None:
        values: Row = {}
        unreadable: set[str] = set()
        for column, value in cells.items():
            try:
                values[column] = _cell(column, value)
            except CellError as exc:
                self.problem(exc.phrase, number, column)
                unreadable.add(column)
        for column in ("lane_id", "stage_id", "card_id"):
            if isinstance(values.get(column), str):
                values[column] = values[column].strip()
        kind = values.get("kind")
        if not kind:
            self.problem(Message("table_kind_required",
                                 kinds=Terms("kind", ("note", "touchpoint", "emotion"))),
                         number, "kind")
            return
        if kind == "image":
            self.problem(Message("table_image_card"), number, "kind")
            return
        if kind not in CARD_KINDS:
            self.problem(Message("table_not_a_kind", kind=kind, kinds=Terms(
                "kind", [k for k in CARD_KINDS if k != "image"])), number, "kind")
            return
        stage = self._stage(number, values)
        lane = self._lane(number, values)
        if stage is None or lane is None:
            return
        card = self._card(number, kind, values, unreadable)
        if card is None or unreadable:
            return
        card["stage"] = stage.data["id"]
        position = values.get("position")
        order = (0.0, float(position) if position is not None else math.inf, number)
        lane.cards.append((order, number, card))

    def _card(self, number: int, kind: str, values: Row,
              unreadable: set[str]) -> dict[str, Any] | None:
        """The card of a row, checked alone (`unreadable`: columns already reported)."""
        cls = CARD_CLASSES[kind]
        card: dict[str, Any] = {"id": values.get("card_id") or "", "kind": kind,
                                "stage": "s", "title": values.get("title", "")}
        ok = True
        for column in CARD_COLUMNS + KIND_COLUMNS:
            if column in ("card_id", "kind", "title") or column not in values:
                continue
            if column not in cls.model_fields:
                what = vocabulary.name("kind", kind, "en").lower()
                self.problem(Message("table_no_such_field",
                                     kind=Term("kind", kind, what),
                                     field=Term("field", column, column.replace("_", " "))),
                             number, column)
                ok = False
                continue
            value = values[column]
            if kind == "emotion" and column == "score" and isinstance(value, float) \
                    and value.is_integer():
                value = int(value)
            card[column] = value
        if not card["id"]:
            card["id"] = self.fresh("c")
        try:
            cls.model_validate(card)
        except ValidationError as exc:
            for path, message in validation_phrases(exc):
                column = re.split(r"[.\[]", path, maxsplit=1)[0] if path else ""
                if column not in unreadable:
                    self.problem(message, number,
                                 _CARD_FIELD_COLUMN.get(column, column) or None)
            return None
        return card if ok else None

    def _stage(self, number: int, values: Row) -> _Stage | None:
        stage_id = values.get("stage_id") or None
        name = values.get("stage_name") or None
        index = values.get("stage_index")
        if stage_id is None and name is None:
            self.problem(Message("table_stage_required"), number, self.stage_column)
            return None
        found = None
        if stage_id is not None:
            found = next((s for s in self.stages if s.data["id"] == stage_id), None)
        elif name is not None:
            found = next((s for s in self.stages if s.data["name"] == name), None) or next(
                (s for s in self.stages
                 if s.data["name"].strip().casefold() == name.strip().casefold()), None)
        if found is not None:
            if (name is not None and stage_id is not None and found.row is not None
                    and found.data["name"] != name):
                self.problem(Message("table_stage_two_names", stage=stage_id,
                                     name=found.data["name"], row=found.row),
                             number, "stage_name")
            if self.has_index and index is not None:
                if found.index is None:
                    if not 0 <= index < MAX_STAGES:  # not checked when the stage was made
                        self.problem(self._index_range(), number, "stage_index")
                        return None
                    found.index = index
                elif found.index != index:
                    self.problem(Message("table_stage_index_differs", column="stage_index",
                                         index=found.index, row=found.row),
                                 number, "stage_index")
            return found
        if stage_id is None:
            stage_id = self.fresh("s")
        self.taken.add(stage_id)
        stage = _Stage({"id": stage_id, "name": name if name is not None else stage_id},
                       number, index if self.has_index else None)
        if stage.index is not None and not 0 <= stage.index < MAX_STAGES:
            self.problem(self._index_range(), number, "stage_index")
            return None
        self.stages.append(stage)
        return stage

    def _lane(self, number: int, values: Row) -> _Lane | None:
        lane_id = values.get("lane_id") or None
        lane_type = values.get("lane_type") or None
        title = values.get("lane_title") or None
        if lane_type is None and lane_id is None:
            self.problem(Message("table_lane_required"), number, "lane_type")
            return None
        found = None
        if lane_id is not None:
            found = next((lane for lane in self.lanes if lane.data["id"] == lane_id), None)
        else:
            for lane in self.lanes:
                if lane.data.get("type") == lane_type and (
                        title is None or lane.data.get("title") == title):
                    found = lane
                    break
        if found is not None:
            # a lane first met with an unknown type was said wrong at its own row: its
            # later rows of the right type are not each another problem
            if (lane_type is not None and found.row is not None
                    and found.data.get("type") != lane_type
                    and found.data.get("type") in LANE_TYPES):
                self.problem(Message("table_lane_other_type", lane=found.data["id"],
                                     lane_type=Term("lane_type", str(found.data.get("type"))),
                                     row=found.row), number, "lane_type")
                return None
            return found
        if lane_type is None:
            self.problem(Message("table_lane_unknown", lane=lane_id), number, "lane_type")
            return None
        if lane_id is None:
            lane_id = self.fresh("l")
        self.taken.add(lane_id)
        if title is None:
            title = vocabulary.name("lane_type", lane_type, self.language)
        lane = _Lane({"id": lane_id, "type": lane_type, "title": title}, number)
        self.lanes.append(lane)
        return lane

    # ------------------------------------------------------------ the map
    def ordered_stages(self) -> list[_Stage]:
        if self.preset_stages or not any(s.index is not None for s in self.stages):
            return list(self.stages)
        placed: dict[int, _Stage] = {}
        loose: list[_Stage] = []
        for stage in self.stages:
            if stage.index is None:
                loose.append(stage)
            elif stage.index in placed:
                other = placed[stage.index]
                self.problem(Message("table_stage_index_taken", column="stage_index",
                                     index=stage.index, stage=other.data["name"],
                                     row=other.row), stage.row, "stage_index")
                loose.append(stage)  # kept, so that its cards have a stage; refused anyway
            else:
                placed[stage.index] = stage
        # The table came from a map: a stage without cards left a gap in the indexes. It
        # is left out (spec/cli.md: a CSV gives back the stages that hold cards), unless a
        # card's span runs over it: then it is made again, so the span stays in the map.
        widest: dict[str, int] = {}  # stage id -> the longest span of a card starting there
        for lane in self.lanes:
            for _, _, card in lane.cards:
                widest[card["stage"]] = max(widest.get(card["stage"], 1), card.get("span", 1))
        spanned = {index + k for index, stage in placed.items()
                   for k in range(widest.get(stage.data["id"], 1))}
        last = min(max(spanned), MAX_STAGES - 1 - len(loose))
        ordered = []
        for index in range(last + 1):
            found = placed.get(index)
            if found is None and index in spanned:
                found = _Stage({"id": self.fresh("s"),
                                "name": f'{vocabulary.name("new", "stage", self.language)} '
                                        f"{index + 1}"}, None)
            if found is not None:
                ordered.append(found)
        return ordered + loose

    def build(self, title: str) -> JourneyMap:
        # Rows that could not become cards are left out of the map built below, so that
        # its own problems (a second emotion in a stage, a kind in the wrong lane...) are
        # reported with them, once each, without echoes of the first ones.
        self.rows()
        stages = self.ordered_stages()
        if not stages:
            raise TableError(self.source, self._sorted() or [TableProblem(
                Message("table_empty"))])
        position = {stage.data["id"]: n for n, stage in enumerate(stages)}
        where: dict[str, _Place] = {}
        lanes = []
        for i, lane in enumerate(self.lanes):
            cards = sorted(lane.cards, key=lambda c: (position[c[2]["stage"]], *c[0][1:]))
            lanes.append({**lane.data, "cards": [card for _, _, card in cards]})
            if lane.sheet_row is not None:
                where[f"lanes[{i}]"] = (lane.sheet_row, "lanes", {})
            else:
                where[f"lanes[{i}]"] = (lane.row, None, _LANE_FIELD_COLUMN)
            for j, (_, number, _) in enumerate(cards):
                where[f"lanes[{i}].cards[{j}]"] = (number, None, {
                    **_CARD_FIELD_COLUMN, "stage": self.stage_column})
        for i, stage in enumerate(stages):
            if stage.sheet_row is not None:
                where[f"stages[{i}]"] = (stage.sheet_row, "stages", {})
            else:
                where[f"stages[{i}]"] = (stage.row, None, {
                    "id": "stage_id", "name": "stage_name"})
        document = {
            "format": FORMAT_NAME, "version": FORMAT_VERSION,
            "meta": {"title": title, "language": self.language},
            "personas": self.personas, "phases": self.phases,
            "stages": [stage.data for stage in stages], "lanes": lanes, "assets": [],
        }
        try:
            doc = JourneyMap.model_validate(document)
        except ValidationError as exc:
            for path, message in validation_phrases(exc):
                self._locate(path, message, where)
            raise TableError(self.source, self._sorted()) from None
        if self.problems:
            raise TableError(self.source, self._sorted())
        return doc

    def _sorted(self) -> list[TableProblem]:
        """Problems in the order of the sheet: header, then row by row."""
        return sorted(self.problems, key=lambda p: (p.sheet or "", p.row or 0))

    def _index_range(self) -> Message:
        return Message("table_stage_index_range", last=MAX_STAGES - 1, limit=MAX_STAGES)

    def _locate(self, path: str, message: Phrase, where: dict[str, _Place]) -> None:
        """A problem of the built map, said at the row and column it came from."""
        if self._too_many(path, where):
            return
        match = re.match(r"^((?:lanes|stages)\[\d+\](?:\.cards\[\d+\])?)(?:\.(\w+))?", path)
        if match is None or match.group(1) not in where:
            self.problem(_Located(message, path, {}, ()))
            return
        names = tuple((s.data["id"], s.data["name"]) for s in self.stages)
        row, sheet, columns = where[match.group(1)]
        name = match.group(2)
        if sheet is not None:
            column = name
        elif name is None:
            column = None
        elif match.group(1).startswith("stages"):
            column = columns.get(name, f"stage_{name}")
        else:
            column = columns.get(name, name)
        self.problem(_Located(message, "", where, names), row, column, sheet)


    def _too_many(self, path: str, where: dict[str, _Place]) -> bool:
        """A list of the map past its limit (stages, lanes, a lane's cards), said at the
        row that adds the first one too many; False for any other problem."""
        lane = re.fullmatch(r"lanes\[\d+\]\.cards", path)
        key, limit, column = (("table_too_many_cards", MAX_CARDS_PER_LANE, None) if lane
                              else ("table_too_many_stages", MAX_STAGES, self.stage_column)
                              if path == "stages"
                              else ("table_too_many_lanes", MAX_LANES, "lane_type")
                              if path == "lanes" else (None, 0, None))
        if key is None:
            return False
        item = re.compile(re.escape(path) + r"\[\d+\]")  # the list's items, by their rows
        places = sorted((place for name, place in where.items()
                         if item.fullmatch(name) and place[0] is not None),
                        key=lambda place: (place[1] or "", place[0] or 0))
        if len(places) <= limit:
            return False
        row, sheet, _columns = places[limit]  # the first row past the limit
        self.problem(Message(key, limit=limit), row, None if sheet else column, sheet)
        return True


# Where an object of the built map came from: (row, sheet or None for the cards, the
# table's column for each of its fields).
_Place = tuple[int | None, str | None, dict[str, str]]
_PATH_RE = re.compile(r"((?:lanes|stages)\[\d+\](?:\.cards\[\d+\])?)(?:\.\w+)?")


class _Located(Phrase):
    """A problem of the built map as the table shows it, in the sentence's language:
    objects it names by path (`lanes[0].cards[3]`) named by their row, stages by the
    names the table gives them; `path` leads it when it has no row of its own."""

    __slots__ = ("message", "names", "path", "where")

    def __init__(self, message: Phrase, path: str, where: dict[str, _Place],
                 names: tuple[tuple[str, str], ...]) -> None:
        self.message = message
        self.path = path
        self.where = where
        self.names = names

    def say(self, language: str | None = "en") -> str:
        text = self.message.say(language)
        if self.path:
            return f"{self.path}: {text}"

        def row_of(found: re.Match[str]) -> str:
            path = found.group(1)
            at = self.where.get(path)
            if at is None or at[0] is None:
                return found.group(0)
            # a stage or lane made from a card's row: that row, but not its card
            key = ("row_named" if at[1] is not None or ".cards[" in path
                   else "row_stage_named" if path.startswith("stages") else "row_lane_named")
            return sentence(key, language, place=place(language, at[1], at[0]))

        for stage_id, name in self.names:  # stages by the names the table gives them
            text = text.replace(sentence("stage_quoted", language, stage=stage_id),
                                sentence("stage_quoted", language, stage=name))
        return _PATH_RE.sub(row_of, text)


def build_map(raw: RawTable, source: str | Path, language: str = "es",
              skeleton: JourneyMap | None = None) -> JourneyMap:
    """The map the table `raw` (read from `source`) describes, or TableError.

    The map's title is the file's name without its extension. `skeleton` (a map
    from a template) gives the stages, phases and lanes; without it
    they come from the `stages`/`lanes` sheets when there are any, else from the rows.
    """
    source = Path(source)
    title = (source.stem.strip() or source.name)[:MAX_NAME]
    return _Builder(source, raw, language, skeleton).build(title)
