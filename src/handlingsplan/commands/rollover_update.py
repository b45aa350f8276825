"""`hplan rollover PLAN --update NEXT`: bring a draft of next period's plan up to date with
this period's plan while it still runs (municipalities draft next year in the autumn).

The draft is the user's file: it is edited as text at node positions (yamledit), so that
everything not named here stays as they wrote it, comments included. Changes:

* an activity that has become unfinished since (or was never carried) is added;
* a carried activity whose source has since been done or cancelled is removed, and
  other activities' `depends_on` entries naming it with it;
* a carried activity still unfinished gets its source's status and progress, and its
  `carried_from` entry for this period too. Its dates are the draft's and stay.

A draft activity is "carried from" this plan when a `carried_from` entry names this
plan's period start; the entry's `id` is the activity's id in this plan.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from handlingsplan import i18n
from handlingsplan.commands import EXIT_FINDINGS, EXIT_OK, view
from handlingsplan.commands import rollover as command
from handlingsplan.config import Config
from handlingsplan.model import Activity, Plan
from handlingsplan.schedule import Span


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


def run(
    opts: command.RolloverOptions, source: command.Source, period: Span | None, config: Config
) -> int:
    assert opts.update is not None
    lang = source.lang
    assert period is None  # refused with the other options, before any plan was read
    command._refuse_input(opts.update, source.given, lang, "rollover.update_is_input")
    draft = command.read(opts.update, _in(opts, lang), config, "rollover.draft_refused")
    if isinstance(draft, int):
        return draft
    text, update = edit(source, draft, opts.dates)
    if update.conflicts:
        for line in update.conflicts:
            print(line, file=sys.stderr)
        print(i18n.t("rollover.update_conflict", lang, path=draft.path), file=sys.stderr)
        return EXIT_FINDINGS
    made = command._made_ok(text, draft.path, lang) if update.changes else None
    if made is not None:
        return made
    if not opts.dry_run and update.changes:
        view.write(draft.path, text, True, lang)
    _report(opts, source, draft, update, text)
    return EXIT_OK


def _in(opts: command.RolloverOptions, lang: str) -> command.RolloverOptions:
    """The options for reading the draft: in the plan's language unless the draft says
    otherwise (--lang still wins)."""
    from dataclasses import replace

    return replace(opts, lang=opts.lang or lang)


def edit(source: command.Source, draft: command.Source, policy: str) -> tuple[str, Update]:
    """The draft's new text and what changed."""
    from handlingsplan import rollover, yamledit

    plan, next_plan = source.result.plan, draft.result.plan
    assert plan.header is not None and next_plan.header is not None
    old_start = plan.header.period.start
    new = Span(next_plan.header.period.start, next_plan.header.period.end)
    language = next_plan.header.language or draft.lang
    options = rollover.Options(new, policy, language)
    fresh, _report = rollover.roll(source.loaded.data, plan, options)
    editor = yamledit.Editor(draft.loaded.text or "", draft.loaded.root)
    update = Update()
    carried = _carried_here(next_plan, old_start)
    by_id = {a.id: a for _i, a in plan.activities}
    removed = _refresh_or_remove(editor, draft, carried, by_id, language, update)
    _drop_refs(editor, draft, removed, update)
    _add(editor, draft, fresh, set(carried), removed, update)
    return editor.result(), update


def _carried_here(plan: Plan, old_start: dt.date) -> dict[str, tuple[int, Activity, int]]:
    """Source id -> (index in the draft, the draft's activity, its carried_from index)."""
    found: dict[str, tuple[int, Activity, int]] = {}
    for index, activity in plan.activities:
        for n, entry in enumerate(activity.carried_from):
            if entry.period == old_start:
                found[entry.id] = (index, activity, n)
    return found


def _section(root: Any, key: str) -> Any:
    from handlingsplan import yamledit

    found = yamledit.lookup(root, key)
    return found[1] if found is not None else None


def _refresh_or_remove(
    editor: Any,
    draft: command.Source,
    carried: Mapping[str, tuple[int, Activity, int]],
    by_id: Mapping[str, Activity],
    lang: str,
    update: Update,
) -> set[str]:
    """Remove what has since been done or cancelled; refresh the rest. The draft ids
    removed."""
    removed: set[str] = set()
    sequence = _section(draft.loaded.root, "activities")
    for source_id, (index, activity, n) in sorted(carried.items(), key=lambda kv: kv[1][0]):
        source = by_id.get(source_id)
        if source is None or activity.id in removed:
            continue  # a history entry this plan does not have: the user's to judge
        if source.status in ("done", "cancelled"):
            editor.remove_item(sequence, index)
            removed.add(activity.id)
            update.changes.append(Change("removed", activity.id, activity.name, source.status))
        else:
            _refresh(editor, sequence.value[index], activity, source, n, lang, update)
    return removed


def _refresh(
    editor: Any, node: Any, draft: Activity, source: Activity, n: int, lang: str, update: Update
) -> None:
    from handlingsplan import rollover, words, writer, yamledit

    status = rollover.new_status(source)
    before = (draft.status, draft.progress)
    progress = source.progress if source.progress is not None else draft.progress
    if draft.status != status:
        editor.set_value(node, "status", writer.scalar(words.word(status, lang), False))
    if progress is not None and progress != draft.progress:
        editor.set_value(node, "progress", writer.scalar(progress, False), after="status")
    history = yamledit.lookup(node, "carried_from")
    entry = draft.carried_from[n]
    if history is not None:
        entry_node = history[1].value[n]
        if entry.status != source.status:
            editor.set_value(
                entry_node, "status", writer.scalar(words.word(source.status, lang), True)
            )
        if entry.progress != (source.progress or 0):
            editor.set_value(entry_node, "progress", writer.scalar(source.progress or 0, True))
    if before != (status, progress):
        update.changes.append(
            Change(
                "refreshed",
                draft.id,
                draft.name,
                _state(*before, lang),
                _state(status, progress, lang),
            )
        )


def _state(status: str, progress: float | None, lang: str) -> str:
    from handlingsplan.render.rollover import status as shown

    return shown(status, progress or 0, lang)


def _drop_refs(editor: Any, draft: command.Source, removed: set[str], update: Update) -> None:
    """`depends_on` entries naming a removed activity go with it."""
    if not removed:
        return
    plan = draft.result.plan
    for section, items in (("activities", plan.activities), ("backlog", plan.backlog)):
        sequence = _section(draft.loaded.root, section)
        for index, item in items:
            if item.id in removed or not set(item.depends_on) & removed:
                continue
            _drop_item_refs(editor, sequence.value[index], item, removed, update)


def _drop_item_refs(editor: Any, node: Any, item: Any, removed: set[str], update: Update) -> None:
    from handlingsplan import yamledit

    found = yamledit.lookup(node, "depends_on")
    if found is None:
        return
    gone = [n for n, ref in enumerate(item.depends_on) if ref in removed]
    if len(gone) == len(item.depends_on):
        editor.remove_key(node, "depends_on")
    else:
        for n in reversed(gone):
            editor.remove_item(found[1], n)
    for n in gone:
        update.changes.append(Change("dependency", item.id, item.name, item.depends_on[n]))


def _add(
    editor: Any,
    draft: command.Source,
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
    for item in _in_order(new):
        _after_draft(item, dates)
        update.changes.append(
            Change("added", item["id"], str(item["name"]), after=_dates(dates[item["id"]]))
        )
    _append(editor, draft.loaded.root, "activities", new)
    _registers(editor, draft, fresh, new)


def _in_order(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Predecessors first, so each is placed before what waits for it."""
    from handlingsplan import schedule

    ids = {item["id"] for item in items}
    works = [
        schedule.Work(
            i["id"],
            Span(i["start"], i["end"]),
            False,
            0,
            [p for p in i.get("depends_on") or [] if p in ids],
        )
        for i in items
    ]
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


def _dates(span: Span) -> str:
    from handlingsplan.render.rollover import dates

    return dates(span)


def _append(editor: Any, root: Any, section: str, items: list[dict[str, Any]]) -> None:
    from handlingsplan import writer

    sequence = _section(root, section)
    blocks = [writer.item_block(item, section) for item in items]
    if sequence is not None and sequence.value and sequence.flow_style is not True:
        for block in blocks:
            editor.append_item(sequence, block)
        return
    if sequence is not None:  # `goals: []` or a flow list: give it a block of its own
        editor.remove_key(root, section)
    lines = "".join("- " + block.replace("\n", "\n  ").rstrip(" ") for block in blocks)
    editor.append_top_level(root, section, lines)


def _registers(
    editor: Any, draft: command.Source, fresh: Mapping[str, Any], new: list[dict[str, Any]]
) -> None:
    """Goals, gaps and people the added activities name and the draft lacks (a draft
    without a gap register or a people register does not check those names)."""
    plan = draft.result.plan
    goals = {g for item in new for g in item.get("goals") or []} - {g.id for _i, g in plan.goals}
    wanted = [g for g in fresh.get("goals") or [] if g["id"] in goals]
    if wanted:
        _append(editor, draft.loaded.root, "goals", wanted)
    if plan.has_gaps:
        gaps = {g for item in new for g in item.get("gaps") or []} - {g.id for _i, g in plan.gaps}
        missing = [g for g in fresh.get("gaps") or [] if g["id"] in gaps]
        if missing:
            _append(editor, draft.loaded.root, "gaps", missing)
    if plan.has_people:
        _people(editor, draft, fresh, new)


def _people(
    editor: Any, draft: command.Source, fresh: Mapping[str, Any], new: list[dict[str, Any]]
) -> None:
    from handlingsplan import writer

    named = {str(i["responsible"]) for i in new} | {n for i in new for n in i.get("effort") or {}}
    people = _section(draft.loaded.root, "people")
    register = fresh.get("people") or {}
    for name in sorted(named - draft.result.plan.person_names):
        if name in register and people is not None:
            editor.set_value(people, name, writer.flow_text(register[name], ("people", "*")))


def _report(
    opts: command.RolloverOptions,
    source: command.Source,
    draft: command.Source,
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
    stream = sys.stderr if opts.dry_run else sys.stdout
    width = view.columns() if stream.isatty() else 80
    report = update_text(update.changes, source.path, draft.path, opts.dry_run, draft.lang, width)
    if opts.dry_run:
        sys.stdout.write(text)
        sys.stderr.write(report)
    else:
        sys.stdout.write(report)
