"""Every English sentence the demo journal can write, to check that another language
leaves none of them behind."""

from __future__ import annotations

from healdesk import demo, demo_text
from healdesk.core.repairs.template_check import parse_template
from healdesk.core.repairs.template_loader import builtin_folder


def english_sample_sentences() -> set[str]:
    """Stories, notes, the repair flow's words and answers, commitments: in English, whatever
    language is shown (the flow is read from its source file, not the translated catalogue)."""
    stories = {s for rhythm in demo.RHYTHMS for s in rhythm.stories}
    stories |= {story for _day, story in demo_text.HOLIDAYS} | set(demo_text.JONAS_STORIES)
    path = builtin_folder() / "repair-after-fight.toml"
    flow = parse_template(path.read_text(encoding="utf-8"), path.name)
    steps = flow.snapshot()
    repair = {flow.title, *demo_text.REPAIR_ANSWERS.values()}
    repair |= {s.title for s in steps} | {f.label for s in steps for f in s.fields}
    notes = {n for n in demo_text.NOTES if n}
    return stories | repair | set(demo_text.COMMITMENTS.values()) | notes
