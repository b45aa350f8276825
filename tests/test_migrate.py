"""Migration of control ids from ISO/IEC 27001:2013 to 2022 (migrate.py and the text
edits of commands/migrate.py): the Swedish example written in 2013 numbering
(tests/cases/migrate/, made by make_2013.py), small plans for block lists, quoting and
a split gap, and a property: no control reference is ever dropped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from handlingsplan import catalog as cat
from handlingsplan import yamlio
from handlingsplan.commands.migrate import apply
from handlingsplan.migrate import MERGED, REWRITTEN, SPLIT, Migration, migrate
from handlingsplan.pipeline import validate_loaded, validate_text

CASES = Path(__file__).parent / "cases" / "migrate"
OLD = CASES / "handlingsplan-2027-iso2013.yaml"
HEAD = """hplan: 1
plan:
  title: T
  organisation: O
  period: {start: 2027-01-01, end: 2027-12-31}
  catalog: iso27001-2013
"""
ACTIVITY = """  - id: A1
    name: N
    priority: high
    responsible: R
    start: 2027-02-01
    end: 2027-03-01
"""


def run(text: str) -> tuple[Migration, str]:
    """The migration of `text` and the migrated text."""
    loaded = yamlio.parse(yamlio.Loaded("plan.yaml"), text)
    result = validate_loaded(loaded, Path("."))
    assert result.plan is not None
    migration = migrate(result.plan)
    return migration, apply(text, loaded.root, migration)


def controls_of(text: str) -> list[list[str]]:
    data: Any = yamlio.parse(yamlio.Loaded("x"), text).data
    return [[getattr(c, "raw", str(c)) for c in a.get("controls", [])] for a in data["activities"]]


def changes(migration: Migration, item_id: str) -> list[tuple[str, tuple[str, ...], str]]:
    found = [item for item in migration.items if item.id == item_id]
    assert len(found) == 1, item_id
    return [(c.old, c.new, c.kind) for c in found[0].changes]


def test_example_each_kind_and_the_gap_register() -> None:
    migration, _ = run(OLD.read_text("utf-8"))
    assert changes(migration, "A4") == [("7.2.2", ("6.3",), REWRITTEN)]
    assert changes(migration, "A1") == [
        ("A.5.1.1", ("A.5.1",), REWRITTEN),
        ("A.5.1.2", (), MERGED),
        ("A.6.1.1", ("A.5.2",), REWRITTEN),
    ]
    assert changes(migration, "A15")[2] == ("A.18.2.3", ("A.8.8",), SPLIT)
    assert changes(migration, "G-01") == [("7.2.2", ("6.3",), REWRITTEN)]
    assert changes(migration, "G-02") == [("A.16.1.1", ("A.5.24",), REWRITTEN)]
    assert changes(migration, "B1")[1:] == [("A.17.1.2", (), MERGED), ("A.17.1.3", (), MERGED)]
    assert (migration.count(REWRITTEN), migration.count(MERGED), migration.count(SPLIT)) == (
        41,
        15,
        1,
    )
    assert migration.catalog_before == cat.ISO2013
    assert len(migration.uncovered_new) == 11


def test_example_only_ids_and_the_catalog_line_change() -> None:
    old = OLD.read_text("utf-8")
    _, new = run(old)
    before, after = old.split("\n"), new.split("\n")
    assert len(before) == len(after)
    changed = [n for n, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert all("control" in before[n] or "catalog:" in before[n] for n in changed)
    assert len(changed) == 1 + 9 + 17  # the catalog line, nine gaps, 17 control lists
    assert after[24] == "  catalog: iso27001-2022"
    a12 = next(line for line in after if "skrivs utan citattecken" in line)
    assert (
        a12
        == '    controls: ["7.10", A.7.14]   # 8.3.2 skrivs utan citattecken, men läses som text'
    )
    assert [ln for ln in after if ln.lstrip().startswith("#") or not ln.strip()] == [
        ln for ln in before if ln.lstrip().startswith("#") or not ln.strip()
    ]


def test_example_migrated_validates_and_matches_the_2022_example() -> None:
    _, new = run(OLD.read_text("utf-8"))
    result = validate_text(new, str(OLD))
    assert not result.has_errors, result.diagnostics
    example = (CASES.parent.parent.parent / "examples" / "handlingsplan-2027.yaml").read_text()
    ours, theirs = controls_of(new), controls_of(example)
    # Where the example names no new 2022 control, the round trip gives its lists back.
    fresh = {"5.30", "7.4", "8.10", "8.16"}
    for mine, original in zip(ours, theirs, strict=True):
        if original == ["A.5.35", "A.5.36"]:  # A.18.2.3, one of 5.36's predecessors, splits
            original = [*original, "A.8.8"]
        if not fresh & {cat.normalise(c) for c in original}:
            assert mine == original


def test_block_lists_quoting_and_comments() -> None:
    text = (
        HEAD
        + "activities:\n"
        + ACTIVITY
        + "    controls:\n"
        + "      - 9.2.1        # plain: 5.16 would read as a number\n"
        + "      # between items\n"
        + "      - 'A.9.1.1'\n"
        + "      - A.9.1.2\n"
        + '      - "18.2.3"\n'
    )
    migration, new = run(text)
    assert new == (
        text.replace("catalog: iso27001-2013", "catalog: iso27001-2022")
        .replace("- 9.2.1", '- "5.16"')
        .replace("- 'A.9.1.1'", "- 'A.5.15'")
        .replace("      - A.9.1.2\n", "")
        .replace('- "18.2.3"', '- "5.36"\n      - "8.8"')
    )
    assert not validate_text(new, "plan.yaml").has_errors
    assert migration.count(SPLIT) == 1


def test_split_gap_keeps_the_first_and_is_flagged() -> None:
    text = HEAD + "gaps:\n  - {id: G1, control: A.18.2.3, severity: serious}\n"
    migration, new = run(text)
    assert "control: A.5.36," in new
    assert changes(migration, "G1") == [("A.18.2.3", ("A.5.36",), SPLIT)]


def test_a_plan_on_2022_has_nothing_to_do() -> None:
    text = HEAD.replace("2013", "2022") + "activities:\n" + ACTIVITY + '    controls: ["5.1"]\n'
    migration, new = run(text)
    assert migration.nothing_to_do and new == text


OLD_IDS = sorted(cat.builtin(cat.ISO2013).ids)


@settings(max_examples=60, deadline=None)
@given(
    lists=st.lists(
        st.lists(
            st.tuples(
                st.sampled_from(OLD_IDS),
                st.sampled_from(["", "A."]),
                st.sampled_from(["", '"', "'"]),
            ),
            max_size=6,
        ),
        min_size=1,
        max_size=4,
    ),
    flow=st.booleans(),
)
def test_migration_never_drops_a_control(
    lists: list[list[tuple[str, str, str]]], flow: bool
) -> None:
    mapping = cat.mapping_2013_to_2022()
    body = ""
    for n, entries in enumerate(lists):
        ids = [f"{q}{prefix}{old}{q}" for old, prefix, q in entries]
        body += ACTIVITY.replace("A1", f"A{n}")
        if flow or not ids:
            body += f"    controls: [{', '.join(ids)}]\n"
        else:
            body += "    controls:\n" + "".join(f"      - {i}\n" for i in ids)
    _, new = run(HEAD + "activities:\n" + body)
    for entries, after in zip(lists, controls_of(new), strict=True):
        keys = [cat.normalise(c) for c in after]
        assert len(keys) == len(set(keys))
        assert all(key in cat.builtin(cat.ISO2022) for key in keys)
        for old, _prefix, _quote in entries:
            assert set(mapping[old]) <= set(keys)
