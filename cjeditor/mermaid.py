"""Mermaid `journey` diagrams in and out (spec/cli.md, "Mermaid journeys"). No Qt.

    journey
        title Compra online
        section Búsqueda
          Busca zapatillas: 4: Laura, Pedro
          Lee reseñas: 2: Laura

Import: the title becomes the map's title; each section a stage; each task a card in
one "actions" lane; each actor a persona with an emotion lane whose score at a stage
is the mean of that actor's task scores in that section, mapped from 1..5 to −2..+2
(rounded half away from zero). Tasks without actors score an emotion lane of no
persona. Every task is a card, except that a task written right after the comment
`%% same task, other actors` continues the task above (same name): one action whose
actors feel differently, as the export writes it. A task written right after
`%% no emotion at this stage` scores no emotion: the export writes it for an action
at a stage where no one has an emotion (Mermaid needs a score; it gets 3).

Export: the reverse (stages → sections, action cards → tasks scored by their stage's
emotion for each persona, personas → actors), with notes on what a Mermaid journey
cannot hold. Text Mermaid would misread (`#`, `:`, `;`, a `,` in an actor's name,
line breaks, spaces at the ends) is written as Mermaid's entity codes (`#35;`),
which import decodes.

Syntax as Mermaid's own grammar reads it: front matter (`---` / `title: ...` /
`---`), keywords in any case, any indentation
(tabs or spaces), `%%` comment and directive lines, `#` starting a comment, a line
with `;` refused (Mermaid refuses it too), `accTitle`/`accDescr` accepted (the
description becomes the map's objective).
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any, BinaryIO

from cjeditor.layout.labels import NO_CARD_TITLES
from cjeditor.model import EmotionCard, JourneyMap, new_id, vocabulary
from cjeditor.model.limits import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_CARD_TITLE,
    MAX_CARDS_PER_LANE,
    MAX_FILE_BYTES,
    MAX_LONG_TEXT,
    MAX_NAME,
    MAX_PERSONAS,
    MAX_PROBLEMS,
    MAX_STAGES,
)
from cjeditor.model.messages import Message, Phrase, os_reason, place

__all__ = ["NO_EMOTION", "JourneyError", "journey_text", "parse_journey", "read_journey",
           "write_mmd"]

LOWEST, HIGHEST = 1, 5  # Mermaid's task scores
NEUTRAL = 3  # a task with no emotion to score it
UNTITLED = "…"  # the name of a task whose card has no title
SAME_TASK = "%% same task, other actors"  # before a line that continues the task above
NO_EMOTION = "%% no emotion at this stage"  # before a task whose score is only Mermaid's


Said = list[tuple[int | None, Phrase]]  # (line or None for the whole file, sentence)


def _line(source: str, line: int | None, phrase: Phrase, language: str | None) -> str:
    """`SOURCE: line L: MESSAGE` in `language`."""
    where = place(language, line=line) if line else ""
    return f"{source}: {where}: {phrase.say(language)}" if where else \
        f"{source}: {phrase.say(language)}"


class JourneyError(Exception):
    """A Mermaid text that cannot become a map; each problem names its line. The
    problems are phrases: `lines()` words them (English, or the editor's language)."""

    def __init__(self, source: str, problems: Said):
        self.source = source
        self.total = len(problems)
        self.problems = problems[:MAX_PROBLEMS]
        super().__init__("; ".join(self.lines()))

    def lines(self, language: str | None = "en") -> list[str]:
        out = [_line(self.source, line, message, language) for line, message in self.problems]
        if self.total > len(self.problems):
            out.append(f"{self.source}: " + Message(
                "more_problems", count=self.total - len(self.problems)).say(language))
        return out


# ------------------------------------------------------------------ entity codes
_ENTITY_RE = re.compile(r"#(\w+);")


def decode(text: str) -> str:
    """Mermaid's entity codes (`#35;`, `#quot;`) as characters."""

    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code.isdigit():
            number = int(code)
            return chr(number) if 0 <= number < 0x110000 and not 0xD800 <= number < 0xE000 \
                else match.group(0)
        named = html.unescape(f"&{code};")
        return named if named != f"&{code};" else match.group(0)

    return _ENTITY_RE.sub(one, text)


def encode(text: str, extra: str = "", keep: str = "") -> str:
    """`text` written so Mermaid reads it back as it is (see the module's docstring):
    `extra` characters are encoded too, `keep` ones are not (a title may hold ":")."""
    out = []
    for char in text:
        if (char in "#:;\x85\u2028\u2029" or char in extra or ord(char) < 32) \
                and char not in keep:
            out.append(f"#{ord(char)};")
        else:
            out.append(char)
    body = "".join(out)
    stripped = body.strip()
    if stripped != body or not body:
        lead = len(body) - len(body.lstrip())
        end = len(body.rstrip()) if stripped else lead
        body = ("".join(f"#{ord(c)};" for c in body[:lead]) + body[lead:end]
                + "".join(f"#{ord(c)};" for c in body[end:]))
    if body.startswith("%") or _KEYWORD_START_RE.match(body):  # not a comment or keyword
        body = f"#{ord(body[0])};" + body[1:]
    return body


_KEYWORD_START_RE = re.compile(r"(journey|title|section|acctitle|accdescr)(\s|:|\{|$)", re.I)


# ------------------------------------------------------------------ parsing
@dataclass
class _Task:
    name: str
    line: int
    actors: list[str]
    scores: list[tuple[str | None, Fraction]]  # (actor or None, score 1..5)
    continues: bool = False  # written after SAME_TASK: the same card as the task above


@dataclass
class _Section:
    name: str
    line: int
    tasks: list[_Task] = field(default_factory=list)


@dataclass
class _Journey:
    title: str | None = None
    description: str | None = None
    sections: list[_Section] = field(default_factory=list)


_KEYWORD_RE = re.compile(r"^(title|section|accTitle|accDescr)(?=\s|:|\{|$)\s*(.*)$", re.I)


def _statement(raw: str) -> str:
    """A line without its comment: entity codes kept, a `#` that starts no code ends it."""
    cut = re.sub(r"#\w+;", lambda m: "\0" * len(m.group(0)), raw)
    end = cut.find("#")
    return (raw if end < 0 else raw[:end]).strip()


def _front_matter(lines: list[tuple[int, str]]) -> tuple[dict[str, str], int]:
    """Mermaid's YAML front matter (`---` lines around `title: ...` and the config), as
    its top-level `key: value` pairs, and the number of lines it takes (0: none)."""
    start = next((n for n, (_, line) in enumerate(lines) if line.strip()), None)
    if start is None or lines[start][1].strip() != "---":
        return {}, 0
    fields: dict[str, str] = {}
    for n in range(start + 1, len(lines)):
        line = lines[n][1]
        if line.strip() == "---":
            return fields, n + 1
        key, colon, value = line.partition(":")
        if colon and key and not key[0].isspace():
            fields[key.strip()] = value.strip().strip("\"'")
    return {}, 0  # never closed: not front matter (the parser says what is wrong)


def _parse(lines: list[tuple[int, str]], source: str) -> tuple[_Journey, Said]:
    journey = _Journey()
    front, skip = _front_matter(lines)
    if front.get("title"):
        journey.title = front["title"]
    lines = lines[skip:]
    problems: Said = []
    warnings: Said = []
    header = False
    same_task = False  # the next task continues the one above (SAME_TASK)
    unscored = False  # the next task's score is no one's emotion (NO_EMOTION)
    in_description: list[str] | None = None
    for number, raw in lines:
        if in_description is not None:
            if "}" in raw:
                in_description.append(raw[:raw.index("}")].strip())
                journey.description = "\n".join(p for p in in_description if p) or None
                in_description = None
            else:
                in_description.append(raw.strip())
            continue
        stripped = raw.strip()
        if stripped.startswith("%%") and stripped[2:].strip() == SAME_TASK[2:].strip():
            same_task = True
            continue
        if stripped.startswith("%%") and stripped[2:].strip() == NO_EMOTION[2:].strip():
            unscored = True
            continue
        if not stripped or stripped.startswith("%%"):
            continue
        text = _statement(stripped)
        if not text:
            continue
        if not header:
            if text.lower() != "journey":
                problems.append((number, Message("journey_not_journey", start=text[:60])))
                break
            header = True
            continue
        if ";" in _ENTITY_RE.sub("", text):
            problems.append((number, Message("journey_semicolon")))
            continue
        keyword = _KEYWORD_RE.match(text)
        if keyword:
            word, rest = keyword.group(1).lower(), keyword.group(2)
            if word == "title":
                if not rest:
                    problems.append((number, Message("journey_empty_title")))
                else:
                    journey.title = decode(rest)
            elif word == "section":
                if not rest:
                    problems.append((number, Message("journey_section_unnamed")))
                elif ":" in rest:
                    problems.append((number, Message("journey_section_colon", text=text)))
                else:
                    journey.sections.append(_Section(decode(rest), number))
            elif word == "acctitle":
                if not rest.startswith(":"):
                    problems.append((number, Message("journey_acc_title")))
            elif rest.startswith(":"):  # accDescr: text
                journey.description = decode(rest[1:].strip()) or None
            elif rest.startswith("{"):
                body = rest[1:]
                if "}" in body:
                    journey.description = decode(body[:body.index("}")].strip()) or None
                else:
                    in_description = [body.strip()]
            else:
                problems.append((number, Message("journey_acc_descr")))
            continue
        task = _task(number, text, problems, warnings)
        if task is None:
            continue
        task.continues, same_task = same_task, False
        if unscored:  # written by the export for an action no one felt anything at
            task.scores, unscored = [], False
        if not journey.sections:
            journey.sections.append(_Section("", number))
        journey.sections[-1].tasks.append(task)
    if not header and not problems:
        problems.append((None, Message("journey_no_journey")))
    if in_description is not None:
        problems.append((None, Message("journey_descr_open")))
    if problems:
        raise JourneyError(source, problems)
    return journey, warnings


def _task(number: int, text: str, problems: Said, warnings: Said) -> _Task | None:
    if ":" not in text:
        problems.append((number, Message("journey_task_syntax", text=text[:60])))
        return None
    name, data = text.split(":", 1)
    if not name.strip():
        problems.append((number, Message("journey_task_unnamed")))
        return None
    name = decode(name.strip())
    pieces = data.split(":")
    if len(pieces) > 2:
        warnings.append((number, Message("journey_after_third_colon")))
    score_text = pieces[0].strip()
    try:
        score = Fraction(Decimal(score_text))
        if not score_text:
            raise InvalidOperation
    except (InvalidOperation, ValueError, OverflowError):
        problems.append((number, Message("journey_score_nan", score=score_text,
                                         lowest=LOWEST, highest=HIGHEST)))
        return None
    if not LOWEST <= score <= HIGHEST:
        clamped = Fraction(LOWEST if score < LOWEST else HIGHEST)
        warnings.append((number, Message("journey_score_clamped", score=score_text,
                                         lowest=LOWEST, highest=HIGHEST, clamped=clamped)))
        score = clamped
    actors = []
    if len(pieces) > 1:
        for piece in pieces[1].split(","):
            actor = decode(piece.strip())
            if piece.strip() and actor not in actors:
                actors.append(actor)
    scores: list[tuple[str | None, Fraction]] = [(actor, score) for actor in actors] or [
        (None, score)]
    return _Task(name, number, actors, scores)


def _emotion(scores: list[Fraction]) -> int:
    """The mean of 1..5 scores mapped to −2..+2, rounded half away from zero."""
    value = sum(scores, Fraction(0)) / len(scores) - NEUTRAL
    magnitude = int(abs(value) + Fraction(1, 2))
    return magnitude if value >= 0 else -magnitude


def _build(journey: _Journey, title_default: str, language: str,
           source: str) -> JourneyMap:
    problems: Said = []
    taken: set[str] = set()

    def fresh(prefix: str) -> str:
        value = new_id(prefix, taken)
        taken.add(value)
        return value

    def check(text: str, limit: int, what: str, line: int | None) -> str:
        if len(text) > limit:
            problems.append((line, Message("journey_too_long", what=Message(what),
                                           limit=limit)))
        return text[:limit]

    title = check(journey.title or title_default, MAX_NAME, "journey_the_title", None)
    if not journey.sections:
        problems.append((None, Message("journey_no_section")))
    if len(journey.sections) > MAX_STAGES:
        problems.append((journey.sections[MAX_STAGES].line,
                         Message("journey_too_many_sections", limit=MAX_STAGES)))
    stages = []
    actors: dict[str | None, str | None] = {}  # actor -> persona id (None: no persona)
    action_cards: list[dict[str, Any]] = []
    # actor -> {stage id: [scores]}
    scores: dict[str | None, dict[str, list[Fraction]]] = {}
    new_stage = vocabulary.name("new", "stage", language)
    for section in journey.sections:
        stage_id = fresh("s")
        name = section.name or new_stage  # "": tasks written before any section
        stages.append({"id": stage_id, "name": check(name, MAX_NAME, "journey_the_section_name",
                                                     section.line)})
        previous: dict[str, Any] | None = None
        for task in section.tasks:
            if previous is None or not task.continues or previous["title"] != task.name:
                previous = {"id": fresh("c"), "kind": "note", "stage": stage_id,
                            "title": check(task.name, MAX_CARD_TITLE, "journey_the_task_name",
                                           task.line)}
                action_cards.append(previous)
            for actor, score in task.scores:
                if actor not in actors:
                    if actor is not None:
                        check(actor, MAX_NAME, "journey_the_actor_name", task.line)
                        # said once, at the line of the first actor too many
                        if sum(a is not None for a in actors) == MAX_PERSONAS:
                            problems.append((task.line, Message(
                                "journey_too_many_actors", limit=MAX_PERSONAS)))
                    actors[actor] = fresh("p") if actor is not None else None
                scores.setdefault(actor, {}).setdefault(stage_id, []).append(score)
    if len(action_cards) > MAX_CARDS_PER_LANE:
        problems.append((None, Message("journey_too_many_tasks", limit=MAX_CARDS_PER_LANE)))
    if problems:
        raise JourneyError(source, problems)
    emotions = vocabulary.name("lane_type", "emotions", language)
    lanes: list[dict[str, Any]] = [{
        "id": fresh("l"), "type": "actions",
        "title": vocabulary.name("lane_type", "actions", language), "cards": action_cards}]
    personas = []
    ordered = [a for a in actors if a is not None] + ([None] if None in actors else [])
    for actor in ordered:
        lane: dict[str, Any] = {"id": fresh("l"), "type": "emotions", "cards": [
            {"id": fresh("c"), "kind": "emotion", "stage": stage_id, "title": "",
             "score": _emotion(values)}
            for stage_id, values in scores[actor].items()]}
        if actor is None:
            lane["title"] = emotions
        else:
            persona_id = actors[actor]
            personas.append({"id": persona_id, "name": actor[:MAX_NAME]})
            lane["title"] = f"{emotions}: {actor}"[:MAX_NAME]
            lane["persona"] = persona_id
        lanes.append(lane)
    meta: dict[str, Any] = {"title": title, "language": language}
    if journey.description:
        meta["objective"] = journey.description[:MAX_LONG_TEXT]
    return JourneyMap.model_validate({
        "format": FORMAT_NAME, "version": FORMAT_VERSION, "meta": meta,
        "personas": personas, "phases": [], "stages": stages, "lanes": lanes, "assets": [],
    })


def parse_journey(text: str, source: str = "journey", language: str = "es",
                  title_default: str = "Journey", first_line: int = 1,
                  message_language: str = "en") -> tuple[JourneyMap, list[str]]:
    """A map from the text of a Mermaid journey, and the warnings (`SOURCE: line L: ...`,
    in `message_language`) for scores that were clamped; JourneyError naming the line of
    each problem. `language` is the map's (the names it gives lanes and stages)."""
    # Lines end at "\n" (or "\r\n", "\r") only, as Mermaid's lexer has it; not at the
    # other breaks str.splitlines knows (U+0085, U+2028...), which a name may hold.
    split = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [(first_line + n, line) for n, line in enumerate(split)]
    if lines:
        lines[0] = (lines[0][0], lines[0][1].removeprefix("\ufeff"))
    journey, warnings = _parse(lines, source)
    return _build(journey, title_default, language, source), [
        _line(source, line, phrase, message_language) for line, phrase in warnings]


_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})\s*mermaid\b", re.I)


def _markdown_block(text: str, source: str) -> tuple[str, int]:
    """The first ```mermaid block of a Markdown text that holds a journey, and the
    number of its first line."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    index = 0
    while index < len(lines):
        match = _FENCE_RE.match(lines[index])
        if not match:
            index += 1
            continue
        fence = match.group(1)
        body_start = index + 1
        end = body_start
        while end < len(lines) and not lines[end].strip().startswith(fence):
            end += 1
        body = lines[body_start:end]
        skip = _front_matter(list(enumerate(body)))[1]
        first = next((_statement(line.strip()) for line in body[skip:]
                      if line.strip() and not line.strip().startswith("%%")
                      and _statement(line.strip())), "")
        if first.lower() == "journey":
            return "\n".join(body), body_start + 1
        index = end + 1
    raise JourneyError(source, [(None, Message("journey_no_block"))])


def read_journey(path: str | os.PathLike[str], language: str = "es",
                 message_language: str = "en") -> tuple[JourneyMap, list[str]]:
    """A map from a `.mmd` file or the first Mermaid journey block of a `.md` file, and
    the warnings to show (in `message_language`); JourneyError if the file cannot be
    read or is not a journey."""
    path = Path(path)
    source = os.fspath(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise JourneyError(source, [(None, Message("journey_too_large"))])
        data = path.read_bytes()
    except FileNotFoundError:
        raise JourneyError(source, [(None, Message("file_missing"))]) from None
    except IsADirectoryError:
        raise JourneyError(source, [(None, Message("file_folder"))]) from None
    except OSError as exc:
        raise JourneyError(source, [(None, Message(
            "file_unreadable", reason=os_reason(exc)))]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise JourneyError(source, [(line, Message("journey_not_utf8"))]) from None
    first_line = 1
    if path.suffix.lower() == ".md":
        text, first_line = _markdown_block(text, source)
    title = (path.stem.strip() or path.name)[:MAX_NAME]
    return parse_journey(text, source, language, title, first_line, message_language)


# ------------------------------------------------------------------ export
def journey_text(doc: JourneyMap, persona: str | None = None) -> tuple[str, list[str]]:
    """The map as a Mermaid journey, and notes on what it could not hold."""
    from cjeditor.layout.compute import shown_lanes

    lanes = shown_lanes(doc, persona)
    # Each persona scores with their own emotion lane (the first), else with the emotion
    # lane of no persona (everyone's); that lane scores tasks without actors only when
    # no persona took it.
    curves: dict[str | None, dict[str, int]] = {}
    for lane in lanes:
        if lane.type == "emotions" and lane.persona not in curves:
            curves[lane.persona] = {card.stage: card.score for card in lane.cards
                                    if isinstance(card, EmotionCard)}
    scorers: list[tuple[str | None, dict[str, int]]] = []  # (actor, stage id -> score)
    common_used = False
    names = actor_names(doc)
    for someone in doc.personas:
        if persona is not None and someone.id != persona:
            continue
        marks = curves.get(someone.id, curves.get(None))
        if marks is not None:
            scorers.append((names[someone.id], marks))
            common_used |= someone.id not in curves
    if None in curves and not common_used:
        scorers.append((None, curves[None]))
    actions = [lane for lane in lanes if lane.type == "actions"]
    lines = ["journey", f"    title {encode(doc.meta.title, keep=':')}"]
    if doc.meta.objective:
        lines.append(f"    accDescr: {encode(doc.meta.objective, keep=':')}")
    unscored = untitled = 0
    silent_stages = []
    for stage in doc.stages:
        lines.append(f"    section {encode(stage.name)}")
        cards = [card for lane in actions for card in lane.cards if card.stage == stage.id]
        if not cards and any(stage.id in marks for _, marks in scorers):
            silent_stages.append(stage.name)
        for card in cards:
            groups: dict[int, list[str | None]] = {}
            for actor, marks in scorers:
                if stage.id in marks:
                    groups.setdefault(marks[stage.id] + NEUTRAL, []).append(actor)
            task = encode(card.title) if card.title else UNTITLED
            untitled += not card.title
            if not groups:  # Mermaid needs a score; the comment says it is no one's
                unscored += 1
                lines.append(f"      {NO_EMOTION}")
                lines.append(f"      {task}: {NEUTRAL}")
            written = 0
            for score, group in groups.items():
                named = [a for a in group if a is not None]
                for who in ([named] if named else []) + ([[]] if None in group else []):
                    actors = ", ".join(encode(a, ",") for a in who)
                    if written:
                        lines.append(f"      {SAME_TASK}")
                    lines.append(f"      {task}: {score}" + (f": {actors}" if actors else ""))
                    written += 1
    notes = _notes(doc, lanes, scorers, unscored, silent_stages, persona)
    if any(card.title.strip() for lane in actions for card in lane.cards):
        notes.append("card titles have no printed size in a Mermaid file: the program "
                     "that draws it sets it")
    else:
        notes.append(NO_CARD_TITLES)
    if untitled:
        notes.append(f"{untitled} action card(s) without a title are written as the task "
                     f'"{UNTITLED}" (a Mermaid task needs a name)')
    return "\n".join(lines) + "\n", notes


def actor_names(doc: JourneyMap) -> dict[str, str]:
    """Each persona's actor name: its own name, numbered where an earlier persona has the
    same one ("Ana", "Ana (2)"): Mermaid knows actors by name only, and two personas
    written as one actor would come back as one, their scores averaged."""
    names: dict[str, str] = {}
    taken = {someone.name for someone in doc.personas}  # the names kept are not given
    first: set[str] = set()
    for someone in doc.personas:
        name, number = someone.name, 1
        if name in first:
            while name in taken:
                number += 1
                name = f"{someone.name} ({number})"
            taken.add(name)
        first.add(someone.name)
        names[someone.id] = name
    return names


def _notes(doc: JourneyMap, lanes: list[Any], scorers: list[tuple[str | None, dict[str, int]]],
           unscored: int, silent_stages: list[str], persona: str | None) -> list[str]:
    left: list[str] = []

    def count(number: int, one: str, many: str) -> None:
        if number:
            left.append(f"{number} {one if number == 1 else many}")

    other = sum(len(lane.cards) for lane in lanes if lane.type not in ("actions", "emotions"))
    count(other, "card of other lanes", "cards of other lanes (touchpoints, pain points…)")
    actions = [lane for lane in lanes if lane.type == "actions"]
    count(sum(1 for lane in actions for card in lane.cards if card.text),
          "text of an action card", "texts of action cards")
    count(len(actions) - 1 if len(actions) > 1 else 0, "action lane merged into one",
          "action lanes merged into one")
    emotion_lanes = [lane for lane in lanes if lane.type == "emotions"]
    count(len(emotion_lanes) - len({lane.persona for lane in emotion_lanes}),
          "second emotion lane of a persona", "second emotion lanes of personas")
    count(sum(1 for lane in emotion_lanes for c in lane.cards if c.title or c.emoji),
          "emotion word or emoji", "emotion words and emoji")
    actors = {actor for actor, _ in scorers}
    shown = [p for p in doc.personas if persona is None or p.id == persona]  # --persona
    names = actor_names(doc)
    count(sum(1 for p in shown if names[p.id] not in actors),
          "persona without an emotion to score tasks with", "personas without an emotion "
          "to score tasks with")
    count(len(doc.phases), "phase", "phases")
    count(sum(1 for s in doc.stages if s.moment or s.description or s.color or s.link),
          "stage's moment, description, colour or link",
          "stages' moments, descriptions, colours or links")
    count(len(doc.connections), "connection", "connections")
    count(len(doc.views), "saved view", "saved views")
    count(len(silent_stages), "stage's emotions (no action card to carry them)",
          "stages' emotions (no action card to carry them)")
    notes = ["a Mermaid journey holds the title, the stages (as sections), the action cards "
             "(as tasks) and each persona's emotion at each stage (as the tasks' scores); "
             + ("left out: " + ", ".join(left) if left else "nothing of this map was left out")]
    renamed = [f'"{p.name}" as "{names[p.id]}"' for p in shown
               if names[p.id] != p.name and names[p.id] in actors]
    if renamed:
        notes.append("personas that share a name are written as actors of their own, "
                     "numbered: " + ", ".join(renamed))
    if unscored:
        notes.append(f"{unscored} task(s) in stages without an emotion are written with the "
                     f"neutral score {NEUTRAL}, no actor and the comment "
                     f'"{NO_EMOTION}" (import reads them back as no one\'s emotion)')
    if silent_stages:
        notes.append("the emotions of stages without action cards have no task to carry them: "
                     + ", ".join(f'"{name}"' for name in silent_stages))
    return notes


Progress = Callable[[float], None]


def write_mmd(doc: JourneyMap, handle: BinaryIO, options: Any, progress: Progress | None,
              notes: list[str]) -> None:
    """Export writer (export_map's signature): the map as a Mermaid journey, UTF-8."""
    text, said = journey_text(doc, getattr(options, "persona", None))
    handle.write(text.encode("utf-8"))
    notes.extend(said)
    if progress is not None:
        progress(1.0)
