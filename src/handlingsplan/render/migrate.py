"""The migrate report: every changed control id per activity, backlog item and gap, the
merges and the split (flagged for a person to decide), and the new 2022 controls that
no activity covers. Plain text in the plan's language, and JSON for scripts."""

from __future__ import annotations

from typing import Any

from handlingsplan import catalog as cat
from handlingsplan.i18n import t
from handlingsplan.migrate import MERGED, REWRITTEN, SPLIT, Change, Migration
from handlingsplan.render.rollover import wrap

PAD = "  "
_KIND = {"activities": "migrate.activity", "backlog": "migrate.backlog", "gaps": "migrate.gap"}


def text(
    migration: Migration, source: str, target: str, dry_run: bool, lang: str, width: int = 80
) -> str:
    """The report as a person reads it."""
    lines = [wrap(t("migrate.title", lang, source=source), width)]
    if migration.catalog_before != cat.ISO2022:
        lines.append(wrap(t("migrate.catalog", lang, old=migration.catalog_before), width))
    for item in migration.items:
        lines += ["", t(_KIND[item.section], lang, id=item.id)]
        lines += [
            wrap(_change(change, item.section, lang), width, PAD, PAD * 3)
            for change in item.changes
        ]
    lines += ["", wrap(_summary(migration, lang), width)]
    if migration.count(SPLIT):
        lines.append(wrap(t("migrate.decide", lang), width))
    if migration.uncovered_new:
        ids = ", ".join(migration.uncovered_new)
        lines.append(
            wrap(t("migrate.uncovered", lang, n=len(migration.uncovered_new), ids=ids), width)
        )
    lines.append(wrap(_closing(target, dry_run, lang), width))
    return "\n".join(lines) + "\n"


def _change(change: Change, section: str, lang: str) -> str:
    if change.kind == MERGED:
        return t("migrate.line_merged", lang, old=change.old, new=", ".join(change.targets))
    line = t("migrate.line", lang, old=change.old, new=", ".join(change.new))
    if change.kind != SPLIT:
        return line
    key = "migrate.split_gap" if section == "gaps" else "migrate.split"
    return line + "  " + t(key, lang, targets=", ".join(change.targets))


def _summary(migration: Migration, lang: str) -> str:
    return t(
        "migrate.summary",
        lang,
        rewritten=migration.count(REWRITTEN),
        merged=migration.count(MERGED),
        split=migration.count(SPLIT),
    )


def _closing(target: str, dry_run: bool, lang: str) -> str:
    if dry_run:
        return t("migrate.dry_run", lang)
    if target == "-":
        return t("migrate.to_stdout", lang)
    return t("migrate.written", lang, target=target)


def as_json(migration: Migration, source: str, target: str, dry_run: bool) -> dict[str, Any]:
    changes = [
        {
            "section": item.section,
            "id": item.id,
            "old": change.old,
            "new": list(change.new),
            "kind": change.kind,
            "maps_to": list(change.targets),
        }
        for item in migration.items
        for change in item.changes
    ]
    return {
        "source": source,
        "target": None if dry_run else target,
        "dry_run": dry_run,
        "changed": True,
        "catalog": {"from": migration.catalog_before, "to": cat.ISO2022},
        "summary": {kind: migration.count(kind) for kind in (REWRITTEN, MERGED, SPLIT)},
        "changes": changes,
        "uncovered_new": migration.uncovered_new,
    }
