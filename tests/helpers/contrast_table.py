"""Print the contrast table the contrast test checks (pair -> ratio, light and dark), for
notes and reviews: `python -m tests.helpers.contrast_table` from the repository root."""

from __future__ import annotations

import os


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication([])
    from tests.helpers.contrast import contrast
    from tests.helpers.contrast_pairs import pairs

    light, dark = pairs(False), pairs(True)
    print(f"| {'pair':56} | light | dark | needs |")
    print(f"|{'-' * 58}|-------|------|-------|")
    for name, (fg, bg, needed) in light.items():
        dfg, dbg, _needed = dark[name]
        print(
            f"| {name:56} | {contrast(fg, bg):5.2f} | {contrast(dfg, dbg):4.2f} | {needed:5.1f} |"
        )


if __name__ == "__main__":
    main()
