"""The import guides: short, plain-words steps for getting messages out of each app or service.

Kept as text files in resources/import-guides/ (found through `resource_path`), one per
source, each ending with when and against what it was checked. Nothing is fetched: the app
shows them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from diary.resources import resource_path


@dataclass(frozen=True)
class Guide:
    key: str
    title: str
    text: str


def import_guides() -> list[Guide]:
    """Every guide, in the order of their file names (the first line of each is its title)."""
    folder = resource_path("import-guides")
    guides: list[Guide] = []
    for path in sorted(folder.glob("*.txt")):
        content = path.read_text("utf-8").strip()
        title, _, body = content.partition("\n")
        guides.append(
            Guide(key=path.stem.split("-", 1)[-1], title=title.strip(), text=body.strip())
        )
    return guides
