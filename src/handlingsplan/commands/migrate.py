"""`hplan migrate PLAN --to iso27001-2022`: rewrite a plan's ISO/IEC 27001:2013 control ids
into 2022 ids, editing the text at node positions (yamledit) so that the user's comments,
blank lines, quoting and flow/block lists stay as written: a `git diff` of the migrated
plan shows only the changed ids and the catalog line.

Where the plan goes: `-o OUT` (never over an existing file without --force, never over
the input), `--in-place` (the input, atomically, keeping its permissions), or with
neither the migrated plan on standard output and the report on standard error.
`--dry-run` writes nothing and prints the report. A plan with errors other than HP404
(the ids of the other edition, which is what migration fixes) is refused (exit 1); the
migrated text is validated before it is written (exit 3, nothing written, if it fails).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from typing import Any

import yaml

from handlingsplan import catalog as cat
from handlingsplan import i18n, yamlio
from handlingsplan.commands import EXIT_INTERNAL, EXIT_OK, planfile, view
from handlingsplan.commands import rollover as rollover_command
from handlingsplan.commands.planfile import Source
from handlingsplan.config import Config
from handlingsplan.errors import HplanError
from handlingsplan.migrate import MERGED, Migration, migrate
from handlingsplan.options import check_choice

FORMATS = ("text", "json")
TARGETS = (cat.ISO2022,)
FIXED_BY_MIGRATION = frozenset({"HP404"})
# A plain scalar that a YAML 1.1 or 1.2 reader would take for a number.
_NUMBER = re.compile(r"[-+]?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d+)(?:[eE][-+]?\d+)?")


@dataclass
class MigrateOptions:
    plan: str
    to: str = cat.ISO2022
    output: str | None = None
    in_place: bool = False
    force: bool = False
    dry_run: bool = False
    fmt: str = "text"
    lang: str | None = None
    color: str = "auto"


def run(opts: MigrateOptions, config: Config) -> int:
    lang = i18n.choose(opts.lang or config.language, None)
    _check(opts, lang)
    source = planfile.read(opts.plan, opts.lang, config, "migrate.refused", opts.color,
                           tolerated=FIXED_BY_MIGRATION, errors_only=True)  # fmt: skip
    if isinstance(source, int):
        return source
    lang = source.lang
    catalog = source.plan.header.catalog
    if catalog not in cat.EDITIONS:
        raise HplanError(i18n.t("migrate.own_catalog", lang, catalog=catalog), exit_code=1)
    migration = migrate(source.plan)
    if migration.nothing_to_do:
        return _nothing(opts, source)
    try:
        text = apply(source.loaded.text or "", source.loaded.root, migration)
    except ValueError:  # a layout yamledit cannot edit in place: write nothing
        print(i18n.t("migrate.bug", lang), file=sys.stderr)
        return EXIT_INTERNAL
    target = _target(opts)
    made_at = opts.plan if target == yamlio.STDIN else target
    failed = planfile.made_ok(text, made_at if made_at != yamlio.STDIN else "<stdout>", lang,
                              "migrate.bug")  # fmt: skip
    if failed is not None:
        return failed
    if target != yamlio.STDIN and not opts.dry_run:
        _write(target, text, opts, lang)
    return _report(opts, source, migration, target, text)


def _check(opts: MigrateOptions, lang: str) -> None:
    """The command line, before any plan is read: a wrong option is exit 2."""
    view.check_format(opts.fmt, FORMATS, lang)
    check_choice(opts.color, ("auto", "always", "never"), "--color", lang)
    if opts.to not in TARGETS:
        raise HplanError(i18n.t("migrate.bad_to", lang, value=opts.to, allowed=", ".join(TARGETS)))
    if opts.in_place and opts.output is not None:
        raise HplanError(i18n.t("migrate.output_or_in_place", lang))
    if opts.in_place and opts.plan == yamlio.STDIN:
        raise HplanError(i18n.t("migrate.in_place_stdin", lang))


def _target(opts: MigrateOptions) -> str:
    if opts.in_place:
        return opts.plan
    return opts.output if opts.output is not None else yamlio.STDIN


def apply(text: str, root: Any, migration: Migration) -> str:
    """The plan's text with the migration's changes made at their nodes' positions."""
    from handlingsplan.yamledit import Editor, lookup

    editor = Editor(text, root)
    for item in migration.items:
        entry = _child(root, item.section).value[item.index]
        if item.section == "gaps":
            found = lookup(entry, "control")
            assert found is not None
            editor.set_value(entry, "control", quoted(found[1], item.changes[0].new[0]))
            continue
        controls = _child(entry, "controls")
        for change in item.changes:
            assert change.position is not None
            if change.kind == MERGED or not change.new:
                editor.remove_item(controls, change.position)
                continue
            scalar = controls.value[change.position]
            editor.set_item(controls, change.position, [quoted(scalar, n) for n in change.new])
    if migration.catalog_before == cat.ISO2013:
        editor.set_value(_child(root, "plan"), "catalog", cat.ISO2022)
    return editor.result()


def _child(mapping: Any, key: str) -> Any:
    """The value node of `key`, which the validated plan is known to have."""
    from handlingsplan.yamledit import lookup

    found = lookup(mapping, key)
    assert found is not None, key
    return found[1]


def quoted(node: yaml.Node, value: str) -> str:
    """`value` as YAML text in the style of the scalar it replaces: quoted as that one
    was, plain when plain reads as text (`A.5.15`), double-quoted when plain would read
    as a number (`8.10`)."""
    style = getattr(node, "style", None)
    if style in ('"', "'"):
        return f"{style}{value}{style}"
    return f'"{value}"' if _NUMBER.fullmatch(value) else value


def _write(target: str, text: str, opts: MigrateOptions, lang: str) -> None:
    """-o never over the input nor an existing file without --force; --in-place over the
    input, which is what it is for."""
    if not opts.in_place:
        rollover_command.refuse_input(target, opts.plan, lang, "migrate.output_is_input")
        view.refuse_existing(target, opts.force, lang, "migrate.exists")
    view.write(target, text, True, lang)  # force: what may be overwritten is settled above


def _nothing(opts: MigrateOptions, source: Source) -> int:
    if opts.fmt == "json":
        doc = {"source": source.path, "changed": False, "catalog": cat.ISO2022}
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        print(i18n.t("migrate.nothing", source.lang, path=source.path))
    return EXIT_OK


def _report(
    opts: MigrateOptions, source: Source, migration: Migration, target: str, text: str
) -> int:
    from handlingsplan.render import migrate as render

    to_stdout = target == yamlio.STDIN and not opts.dry_run
    if opts.fmt == "json":
        doc = render.as_json(migration, source.path, target, opts.dry_run)
        if to_stdout:
            doc["plan_text"] = text
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return EXIT_OK
    width = rollover_command.stream_width(sys.stderr if to_stdout else sys.stdout)
    lines = render.text(migration, source.path, target, opts.dry_run, source.lang, width)
    if to_stdout:
        sys.stdout.write(text)
        sys.stderr.write(lines)
    else:
        sys.stdout.write(lines)
    return EXIT_OK
