"""`hplan adopt PLAN --by BODY --date DATE [--reference REF] [--revision --note TEXT]`:
record that management adopted the plan, with the digest of its decided content
(digest.py), editing the file in place at node positions (yamledit) so that comments and
layout survive, written atomically with the file's permissions kept.

Without --revision it writes `plan.decision`, and refuses a plan that already has one
(a later decided adjustment is a revision); with --revision it appends to
`plan.revisions`, and refuses a plan that has no decision yet. A plan with errors is
refused (exit 1, nothing written); a bad date, or --note without --revision, is exit 2.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from dataclasses import dataclass
from typing import Any

import yaml

from handlingsplan import i18n, yamlio
from handlingsplan.commands import EXIT_INTERNAL, EXIT_OK, planfile, view
from handlingsplan.commands import migrate as migrate_command
from handlingsplan.config import Config
from handlingsplan.digest import digest
from handlingsplan.errors import HplanError
from handlingsplan.types import iso_date

# Text that YAML reads back as the same text when written plain, in block and flow alike.
_PLAIN = re.compile(r"[^\W_][\w .()/-]*", re.UNICODE)


@dataclass
class AdoptOptions:
    plan: str
    by: str
    date: str
    reference: str | None = None
    revision: bool = False
    note: str | None = None
    lang: str | None = None


@dataclass
class Entry:
    """What is written: the decision or the revision."""

    by: str
    date: dt.date
    reference: str | None
    note: str | None
    digest: str

    def pairs(self) -> list[tuple[str, str]]:
        pairs = [("by", scalar(self.by)), ("date", self.date.isoformat())]
        if self.reference:
            pairs.append(("reference", scalar(self.reference)))
        if self.note:
            pairs.append(("note", scalar(self.note)))
        return [*pairs, ("digest", f'"{self.digest}"')]

    def flow(self) -> str:
        return "{" + ", ".join(f"{k}: {v}" for k, v in self.pairs()) + "}"

    def block(self) -> str:
        return "\n".join(f"{k}: {v}" for k, v in self.pairs())


def scalar(text: str) -> str:
    """`text` as a YAML scalar: plain when it reads back as itself, else double-quoted."""
    if _PLAIN.fullmatch(text) and text == text.strip():
        try:
            if yaml.safe_load(text) == text:
                return text
        except yaml.YAMLError:
            pass
    return json.dumps(text, ensure_ascii=False)


def run(opts: AdoptOptions, config: Config) -> int:
    lang = i18n.choose(opts.lang or config.language, None)
    when = _check(opts, lang)
    source = planfile.read(opts.plan, opts.lang, config, "adopt.refused", "never",
                           errors_only=True)  # fmt: skip
    if isinstance(source, int):
        return source
    lang, result, plan, loaded = source.lang, source.result, source.plan, source.loaded
    decided = plan.header.decision
    if opts.revision and decided is None:
        raise HplanError(i18n.t("adopt.no_decision", lang, path=result.path), exit_code=1)
    if not opts.revision and decided is not None:
        raise HplanError(
            i18n.t("adopt.already", lang, path=result.path, date=decided.date.isoformat()),
            exit_code=1,
        )
    entry = Entry(opts.by.strip(), when, opts.reference, opts.note, digest(plan))
    text = _edit(loaded.text or "", loaded.root, entry, opts.revision, lang)
    if not _still_same(text, result.path, entry.digest):
        print(i18n.t("adopt.bug", lang), file=sys.stderr)
        return EXIT_INTERNAL
    view.write(opts.plan, text, True, lang)  # the plan itself: adopting is what it is for
    key = "adopt.revised" if opts.revision else "adopt.adopted"
    print(i18n.t(key, lang, path=result.path, by=entry.by, date=when.isoformat(),
                 digest=entry.digest))  # fmt: skip
    return EXIT_OK


def _check(opts: AdoptOptions, lang: str) -> dt.date:
    """The command line, before the plan is read: a wrong value is exit 2."""
    if opts.plan == yamlio.STDIN:
        raise HplanError(i18n.t("adopt.stdin", lang))
    if not opts.by.strip():
        raise HplanError(i18n.t("adopt.empty_by", lang))
    if opts.note is not None and not opts.revision:
        raise HplanError(i18n.t("adopt.note_without_revision", lang))
    if opts.revision and not (opts.note or "").strip():
        raise HplanError(i18n.t("adopt.revision_needs_note", lang))
    try:
        return iso_date(opts.date)
    except ValueError:
        return _bad(opts, lang)


def _bad(opts: AdoptOptions, lang: str) -> dt.date:
    raise HplanError(i18n.t("adopt.bad_date", lang, value=opts.date))


def _edit(text: str, root: Any, entry: Entry, revision: bool, lang: str) -> str:
    """The plan's text with the decision set or the revision appended."""
    from handlingsplan.yamledit import Editor, lookup

    editor = Editor(text, root)
    header = migrate_command._child(root, "plan")
    flow = isinstance(header, yaml.MappingNode) and header.flow_style is True
    try:
        if not revision:
            if flow:
                editor.set_value(header, "decision", entry.flow())
            else:
                editor.add_block_entry(header, "decision", entry.block())
            return editor.result()
        found = lookup(header, "revisions")
        revisions = found[1] if found is not None else None
        if revisions is None or (isinstance(revisions, yaml.ScalarNode) and not revisions.value):
            if flow:
                editor.set_value(header, "revisions", f"[{entry.flow()}]")
            elif revisions is None:
                editor.add_block_entry(
                    header, "revisions", "- " + entry.block().replace("\n", "\n  ")
                )
            else:
                editor.set_value(header, "revisions", f"[{entry.flow()}]")
        elif isinstance(revisions, yaml.SequenceNode) and revisions.flow_style is not True:
            editor.append_item(revisions, entry.block())
        elif isinstance(revisions, yaml.SequenceNode) and not revisions.value:
            editor.set_value(header, "revisions", f"[{entry.flow()}]")
        else:
            raise ValueError("revisions written as a flow list with items")
        return editor.result()
    except ValueError:
        raise HplanError(i18n.t("adopt.layout", lang), exit_code=1) from None


def _still_same(text: str, path: str, written: str) -> bool:
    """The edited plan validates without errors and its decided content is unchanged."""
    from handlingsplan.pipeline import validate_text

    result = validate_text(text, path)
    return not result.has_errors and result.plan is not None and digest(result.plan) == written
