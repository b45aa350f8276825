"""Makes handlingsplan-2027-iso2013.yaml: the Swedish example written in ISO/IEC
27001:2013 numbering, the input of the migrate tests. Run from the repository root:
`.venv/bin/python tests/cases/migrate/make_2013.py`.

Each 2022 id becomes all its 2013 predecessors (so merges appear), in the form it was
written (`A.5.1` -> `A.5.1.1, A.5.1.2`; `"6.3"` -> `"7.2.2"`), edited at node positions
so that everything else stays byte for byte. The 2022 controls with no predecessor get
a 2013 id of the same subject instead, and `plan.catalog` becomes iso27001-2013.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from handlingsplan import catalog as cat
from handlingsplan import yamlio
from handlingsplan.commands.migrate import quoted
from handlingsplan.migrate import written
from handlingsplan.yamledit import Editor, lookup

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT / "examples" / "handlingsplan-2027.yaml"
TARGET = Path(__file__).with_name("handlingsplan-2027-iso2013.yaml")
# New in 2022 -> a 2013 id of the same subject.
INSTEAD = {"5.30": "17.1.1", "7.4": "11.1.1", "8.10": "8.3.2", "8.16": "12.4.1"}


def olds(control: str) -> list[str]:
    key = cat.normalise(control)
    found = cat.mapping_2022_to_2013().get(key) or (INSTEAD[key],)
    return [written(control, old) for old in found]


def child(node: Any, key: str) -> Any:
    found = lookup(node, key)
    return None if found is None else found[1]


def main() -> None:
    text = SOURCE.read_text("utf-8")
    text = text.replace("(fiktivt exempel).", "(fiktivt exempel), i ISO/IEC 27001:2013-numrering.")
    text = text.replace("8.10 skrivs utan citattecken", "8.3.2 skrivs utan citattecken")
    root = yamlio.compose(text)
    editor = Editor(text, root)
    for section in ("activities", "backlog"):
        for item in child(root, section).value:
            controls = child(item, "controls")
            seen: set[str] = set()
            for index, node in enumerate(controls.value if controls is not None else []):
                news = [old for old in olds(node.value) if cat.normalise(old) not in seen]
                seen.update(cat.normalise(old) for old in news)
                if news:
                    editor.set_item(controls, index, [quoted(node, old) for old in news])
                else:
                    editor.remove_item(controls, index)
    for gap in child(root, "gaps").value:
        node = child(gap, "control")
        editor.set_value(gap, "control", quoted(node, olds(node.value)[0]))
    editor.set_value(child(root, "plan"), "catalog", cat.ISO2013)
    TARGET.write_text(editor.result(), "utf-8")


if __name__ == "__main__":
    main()
