"""`hplan rollover PLAN --update NEXT`: bring a draft of next period's plan up to date with
this period's plan while it still runs (municipalities draft next year in the autumn).

The draft is the user's file: it is edited as text at node positions (yamledit), so that
everything not named here stays as they wrote it, comments included. Changes:

* an activity unfinished here that the draft does not carry is added (so one that has
  become unfinished since the draft was made, or was added here since);
* a carried item whose source has since been done or cancelled is removed, and the
  `depends_on` entries naming it with it;
* a carried activity still unfinished gets its source's status and progress, and its
  `carried_from` entry for this period too. Its dates are the draft's and stay.

A draft item (activity or backlog item) is "carried from" this plan when a `carried_from`
entry names this plan's period start; the entry's `id` is the item's id in this plan.
To leave unfinished work out of next year, cancel it here or move it to the draft's
backlog (keeping its `carried_from`): deleting it from the draft only brings it back.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from handlingsplan import i18n
from handlingsplan.commands import EXIT_FINDINGS, EXIT_OK, planfile, view
from handlingsplan.commands import rollover as command
from handlingsplan.commands.planfile import Source
from handlingsplan.config import Config
from handlingsplan.errors import HplanError
from handlingsplan.model import Activity, ActivityFields, Plan
from handlingsplan.schedule import Span

Editor = Any  # yamledit.Editor, imported when a draft is edited


@dataclass
class Change:
    kind: str  # added | removed | refreshed | dependency
    id: str
    name: str
    before: str = ""
    after: str = ""


@dataclass
class Update:
    changes: list[Change] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Carried:
    """A draft item carried from this plan: where it is, and which history entry says so."""

    section: str  # activities | backlog
    index: int
    item: ActivityFields
    entry: int


def run(opts: command.RolloverOptions, source: Source, period: Span | None, config: Config) -> int:
    assert opts.update is not None and period is None  # refused with the other options
    lang = source.lang
    command.refuse_input(opts.update, source.given, lang, "rollover.update_is_input")
    # the draft in the plan's language unless the draft says otherwise (--lang still wins)
    draft = planfile.read(opts.update, opts.lang or lang, config, "rollover.draft_refused",
                          opts.color)  # fmt: skip
    if isinstance(draft, int):
        return draft
    _refuse_draft(source, draft, opts.force)
    text, update = edit(source, draft, opts.dates)
    if update.conflicts:
        for line in update.conflicts:
            print(line, file=sys.stderr)
        print(i18n.t("rollover.update_conflict", draft.lang, path=draft.path), file=sys.stderr)
        return EXIT_FINDINGS
    made = planfile.made_ok(text, draft.given, lang, "rollover.bug") if update.changes else None
    if made is not None:
        return made
    if not opts.dry_run and update.changes:
        view.write(draft.given, _with_bom(draft.given, text), True, lang)
    _report(opts, source, draft, update, text)
    return EXIT_OK


def _with_bom(path: str, text: str) -> str:
    """The draft keeps a byte order mark it had (yamlio drops it when reading)."""
    with open(path, "rb") as handle:
        return "\ufeff" + text if handle.read(3) == codecs.BOM_UTF8 else text


def _refuse_draft(source: Source, draft: Source, force: bool) -> None:
    """A draft is of a later period, and not yet adopted (--force updates one that is)."""
    old, new = source.result.plan.header, draft.result.plan.header
    if new.period.start <= old.period.end:
        raise HplanError(i18n.t("rollover.draft_not_after", draft.lang, path=draft.path), 1)
    if new.decision is not None and not force:
        raise HplanError(i18n.t("rollover.draft_adopted", draft.lang, path=draft.path), 1)


def edit(source: Source, draft: Source, policy: str) -> tuple[str, Update]:
    """The draft's new text and what changed."""
    from handlingsplan import yamledit

    plan, next_plan = source.result.plan, draft.result.plan
    new = Span(next_plan.header.period.start, next_plan.header.period.end)
    language = next_plan.header.language or draft.lang
    fresh, _report = command.roll(source, new, policy, language)
    editor = yamledit.Editor(draft.loaded.text or "", draft.loaded.root)
    update = Update()
    carried = _carried_here(next_plan, plan.header.period.start)
    by_id = {a.id: a for _i, a in plan.activities}
    removed = _refresh_or_remove(editor, draft, carried, by_id, language, update)
    _drop_refs(editor, draft, removed, update)
    _add(editor, draft, fresh, set(carried), removed, update)
    return editor.result(), update


def _carried_here(plan: Plan, old_start: dt.date) -> dict[str, list[Carried]]:
    """Source id -> the draft's items carried from it (a CISO may split one in two)."""
    found: dict[str, list[Carried]] = {}
    sections: tuple[tuple[str, list[tuple[int, Any]]], ...] = (
        ("activities", plan.activities),
        ("backlog", plan.backlog),
    )
    for section, items in sections:
        for index, item in items:
            for n, entry in enumerate(item.carried_from):
                if entry.period == old_start:
                    found.setdefault(entry.id, []).append(Carried(section, index, item, n))
    return found


def _section(root: Any, key: str) -> Any:
    from handlingsplan import yamledit

    found = yamledit.lookup(root, key)
    return found[1] if found is not None else None


def _refresh_or_remove(
    editor: Editor,
    draft: Source,
    carried: Mapping[str, list[Carried]],
    by_id: Mapping[str, Activity],
    lang: str,
    update: Update,
) -> set[str]:
    """Remove what has since been done or cancelled; refresh the rest. The draft ids
    removed."""
    removed: set[str] = set()
    places = sorted(
        ((source_id, c) for source_id, found in carried.items() for c in found),
        key=lambda pair: (pair[1].section, pair[1].index),
    )
    for source_id, place in places:
        source = by_id.get(source_id)
        if source is None or place.item.id in removed:
            continue  # a history entry this plan does not have: the user's to judge
        node = _section(draft.loaded.root, place.section)
        if source.status in ("done", "cancelled"):
            editor.remove_item(node, place.index)
            removed.add(place.item.id)
            update.changes.append(Change("removed", place.item.id, place.item.name, source.status))
        elif place.section == "activities":
            _refresh(editor, node.value[place.index], place, source, lang, update)
    return removed


def _refresh(
    editor: Editor, node: Any, place: Carried, source: Activity, lang: str, update: Update
) -> None:
    """The source's status and progress, on the activity and on its history entry; one
    report line when either changed."""
    from handlingsplan import rollover, words, writer

    draft = place.item
    status = rollover.new_status(source)
    progress = source.progress if source.progress is not None else draft.progress
    if draft.status != status:
        editor.set_value(node, "status", writer.scalar(words.word(status, lang), False))
    if progress is not None and progress != draft.progress:
        editor.set_value(node, "progress", writer.scalar(progress, False), after="status")
    entry = draft.carried_from[place.entry]
    entry_changed = _refresh_entry(editor, node, place.entry, entry, source, lang)
    if (draft.status, draft.progress) != (status, progress):
        before, after = _state(draft.status, draft.progress, lang), _state(status, progress, lang)
    elif entry_changed:  # the history entry only: what this plan now says of the work
        before = _state(entry.status or "planned", entry.progress, lang)
        after = _state(source.status, source.progress, lang)
    else:
        return
    update.changes.append(Change("refreshed", draft.id, draft.name, before, after))


def _refresh_entry(
    editor: Editor, node: Any, n: int, entry: Any, source: Activity, lang: str
) -> bool:
    from handlingsplan import words, writer, yamledit

    history = yamledit.lookup(node, "carried_from")
    progress = source.progress or 0
    if history is None or (entry.status, entry.progress) == (source.status, progress):
        return False
    entry_node = history[1].value[n]
    if entry.status != source.status:
        editor.set_value(entry_node, "status", writer.scalar(words.word(source.status, lang), True))
    if entry.progress != progress:
        editor.set_value(entry_node, "progress", writer.scalar(progress, True), after="status")
    return True


def _state(status: str, progress: float | None, lang: str) -> str:
    from handlingsplan.render.rollover import status as shown

    return shown(status, progress or 0, lang)


def _drop_refs(editor: Editor, draft: Source, removed: set[str], update: Update) -> None:
    """`depends_on` entries naming a removed item go with it."""
    if not removed:
        return
    plan = draft.result.plan
    sections: tuple[tuple[str, list[tuple[int, Any]]], ...] = (
        ("activities", plan.activities),
        ("backlog", plan.backlog),
    )
    for section, items in sections:
        sequence = _section(draft.loaded.root, section)
        for index, item in items:
            if item.id in removed or not set(item.depends_on) & removed:
                continue
            _drop_item_refs(editor, sequence.value[index], item, removed, update)


def _drop_item_refs(
    editor: Editor, node: Any, item: ActivityFields, removed: set[str], update: Update
) -> None:
    from handlingsplan import yamledit

    found = yamledit.lookup(node, "depends_on")
    if found is None:
        return
    gone = [n for n, ref in enumerate(item.depends_on) if ref in removed]
    if len(gone) == len(item.depends_on):
        editor.remove_key(node, "depends_on")
    else:
        for n in gone:
            editor.remove_item(found[1], n)
    for n in gone:
        update.changes.append(Change("dependency", item.id, item.name, item.depends_on[n]))


def _add(
    editor: Editor,
    draft: Source,
    fresh: Mapping[str, Any],
    carried: set[str],
    removed: set[str],
    update: Update,
) -> None:
    """Activities unfinished in this plan that the draft does not carry yet, after the
    draft's own, with the goals, gaps and people they name that the draft lacks."""
    plan = draft.result.plan
    taken = {a.id for _i, a in plan.activities} | {b.id for _i, b in plan.backlog}
    new = [item for item in fresh["activities"] if item["id"] not in carried]
    for item in new:
        if item["id"] in taken:
            update.conflicts.append(i18n.t("rollover.id_taken", draft.lang, id=item["id"]))
    if update.conflicts or not new:
        return
    dates = {a.id: Span(a.start, a.end) for _i, a in plan.activities if a.id not in removed}
    new = _in_order(new)
    for item in new:
        _after_draft(item, dates)
        shown = _shown_dates(dates[item["id"]])
        update.changes.append(Change("added", item["id"], str(item["name"]), after=shown))
    _append(editor, draft, "activities", new, update)
    _registers(editor, draft, fresh, new, update)


def _in_order(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Predecessors first, so each is placed before what waits for it."""
    from handlingsplan import schedule

    ids = {item["id"] for item in items}
    works = [
        schedule.Work(i["id"], Span(i["start"], i["end"]), False, 0,
                      [p for p in i.get("depends_on") or [] if p in ids])
        for i in items
    ]  # fmt: skip
    by_id = {item["id"]: item for item in items}
    return [by_id[w.id] for w in schedule.topological(works)]


def _after_draft(item: dict[str, Any], dates: dict[str, Span]) -> None:
    """Keep only dependencies the draft can meet, and start after them (finish-to-start)."""
    from handlingsplan.schedule import ONE_DAY

    refs = [r for r in item.get("depends_on") or [] if r in dates or ":" in r]
    item["depends_on"] = refs
    start, length = item["start"], item["end"] - item["start"]
    for ref in refs:
        if ref in dates:
            pred = dates[ref]
            start = max(start, pred.end if pred.start == pred.end else pred.end + ONE_DAY)
    item["start"], item["end"] = start, start + length
    dates[item["id"]] = Span(item["start"], item["end"])


def _shown_dates(span: Span) -> str:
    from handlingsplan.render.rollover import dates

    return dates(span)


def _append(editor: Editor, draft: Source, section: str, items: list[Any], update: Update) -> None:
    """Items after the last of a block list; a list that is absent or empty (`[]`,
    nothing) becomes one. A flow list of items is not rewritten: that is a conflict."""
    from handlingsplan import writer

    root = draft.loaded.root
    sequence = _section(root, section)
    blocks = [writer.item_block(item, section) for item in items]
    if sequence is not None and sequence.value and sequence.flow_style is not True:
        for block in blocks:
            editor.append_item(sequence, block)
        return
    whole = "".join("- " + block.replace("\n", "\n  ").rstrip(" ") for block in blocks)
    if sequence is None:
        editor.append_top_level(root, section, whole)
    elif not getattr(sequence, "value", None):
        editor.set_block(root, section, whole)
    else:
        update.conflicts.append(i18n.t("rollover.flow_section", draft.lang, section=section))


def _registers(
    editor: Editor,
    draft: Source,
    fresh: Mapping[str, Any],
    new: list[dict[str, Any]],
    update: Update,
) -> None:
    """Goals, gaps and people the added activities name and the draft lacks (a draft
    without a gap register or a people register does not check those names)."""
    plan = draft.result.plan
    goals = {g for item in new for g in item.get("goals") or []} - {g.id for _i, g in plan.goals}
    wanted = [g for g in fresh.get("goals") or [] if g["id"] in goals]
    if wanted:
        _append(editor, draft, "goals", wanted, update)
    if plan.has_gaps:
        gaps = {g for item in new for g in item.get("gaps") or []} - {g.id for _i, g in plan.gaps}
        missing = [g for g in fresh.get("gaps") or [] if g["id"] in gaps]
        if missing:
            _append(editor, draft, "gaps", missing, update)
    if plan.has_people:
        _people(editor, draft, fresh, new)


def _people(
    editor: Editor, draft: Source, fresh: Mapping[str, Any], new: list[dict[str, Any]]
) -> None:
    """People the added activities name, as this plan has them (or with nothing known
    about them, when this plan keeps no register)."""
    from handlingsplan import writer

    named = {str(i["responsible"]) for i in new} | {n for i in new for n in i.get("effort") or {}}
    people = _section(draft.loaded.root, "people")
    register = fresh.get("people") or {}
    for name in sorted(named - draft.result.plan.person_names):
        entry = register.get(name) or {}
        editor.set_value(
            people, writer.scalar(name, False), writer.flow_text(entry, ("people", "*"))
        )


def _report(
    opts: command.RolloverOptions,
    source: Source,
    draft: Source,
    update: Update,
    text: str,
) -> None:
    from handlingsplan.render.rollover import update_json, update_text

    written = not opts.dry_run and bool(update.changes)
    if opts.fmt == "json":
        doc = update_json(update.changes, source.path, draft.path, written)
        if opts.dry_run:
            doc["plan_text"] = text
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    width = command.stream_width(sys.stderr if opts.dry_run else sys.stdout)
    report = update_text(update.changes, source.path, draft.path, opts.dry_run, draft.lang, width)
    if opts.dry_run:
        sys.stdout.write(text)
        sys.stderr.write(report)
    else:
        sys.stdout.write(report)
