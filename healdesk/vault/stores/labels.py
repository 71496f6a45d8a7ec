"""Themes and people: the names entries are tagged with, kept unique case-insensitively."""

from __future__ import annotations

from healdesk.core.conflict import Person, Theme, is_theme_colour
from healdesk.i18n import _
from healdesk.vault.stores.store import NameInUse, Store, now_utc, to_iso

#: Calm, distinguishable colours given to new themes in turn (readable on light and dark).
THEME_COLOURS = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#b07aa1",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#9c755f",
    "#ff9da7",
    "#86bcb6",
)


def clean_name(name: str) -> str:
    """Names are single-line and trimmed; an empty name is a mistake, not a value."""
    cleaned = " ".join(name.replace("\0", "").split())
    if not cleaned:
        raise ValueError(_("a name needs at least one visible character"))
    return cleaned


def checked_colour(colour: str) -> str:
    """A theme colour as given, "" (HealDesk chooses) or "#rrggbb"; anything else is refused
    before it is stored, so no chart or export ever meets it."""
    if colour and not is_theme_colour(colour):
        raise ValueError(_('a theme colour is written like "#4e79a7"'))
    return colour


class LabelStore(Store):
    # --- themes -------------------------------------------------------------------------
    def themes(self) -> list[Theme]:
        rows = self.db.execute("SELECT id, name, colour FROM theme ORDER BY name COLLATE NOCASE")
        return [Theme(name, colour, id_) for id_, name, colour in rows]

    def theme_usage(self) -> dict[str, int]:
        """Entries (outside the trash) per theme name, unused themes included with 0. Counted
        from the link index alone (the few trashed entries are set aside first): no entry row
        is read."""
        rows = self.db.execute(
            "SELECT t.name, count(ct.conflict_id) FROM theme t"
            " LEFT JOIN conflict_theme ct ON ct.theme_id = t.id AND ct.conflict_id NOT IN"
            " (SELECT id FROM conflict WHERE trashed_at IS NOT NULL)"
            " GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
        )
        return dict(rows.fetchall())

    def add_theme(self, name: str, colour: str = "") -> Theme:
        name, colour = clean_name(name), checked_colour(colour)
        found = self._find("theme", name)
        if found is not None:
            return next(t for t in self.themes() if t.id == found)
        if not colour:
            (count,) = self.db.execute("SELECT count(*) FROM theme").fetchone()
            colour = THEME_COLOURS[count % len(THEME_COLOURS)]
        with self.transaction():
            cursor = self.db.execute(
                "INSERT INTO theme (name, colour) VALUES (?, ?)", (name, colour)
            )
        return Theme(name, colour, cursor.lastrowid)

    def set_theme_colour(self, name: str, colour: str) -> None:
        colour = checked_colour(colour)
        with self.transaction():
            self.db.execute(
                "UPDATE theme SET colour = ? WHERE id = ?", (colour, self._require("theme", name))
            )

    def rename_theme(self, old: str, new: str) -> None:
        self._rename("theme", old, new)

    def merge_themes(self, source: str, into: str) -> None:
        """Every entry tagged `source` becomes tagged `into`; `source` disappears."""
        source_id, into_id = self._require("theme", source), self._require("theme", into)
        if source_id == into_id:
            return
        with self.transaction():
            # The entries change (a new revision), so a merged copy follows them.
            self.db.execute(
                "UPDATE conflict SET updated_at = ? WHERE id IN"
                " (SELECT conflict_id FROM conflict_theme WHERE theme_id = ?)",
                (to_iso(now_utc()), source_id),
            )
            self.db.execute(
                "UPDATE OR IGNORE conflict_theme SET theme_id = ? WHERE theme_id = ?",
                (into_id, source_id),
            )
            self.db.execute("DELETE FROM conflict_theme WHERE theme_id = ?", (source_id,))
            self.db.execute("DELETE FROM theme WHERE id = ?", (source_id,))

    def delete_theme(self, name: str) -> None:
        theme_id = self._require("theme", name)
        if self.db.execute(
            "SELECT 1 FROM conflict_theme WHERE theme_id = ? LIMIT 1", (theme_id,)
        ).fetchone():
            raise NameInUse(
                _(
                    "The theme “{name}” is still used by entries; merge it into another instead."
                ).format(name=name)
            )
        with self.transaction():
            self.db.execute("DELETE FROM theme WHERE id = ?", (theme_id,))

    # --- people -------------------------------------------------------------------------
    def people(self) -> list[Person]:
        rows = self.db.execute("SELECT id, name, role FROM person ORDER BY name COLLATE NOCASE")
        return [Person(name, role, id_) for id_, name, role in rows]

    def person_usage(self) -> dict[str, int]:
        """Entries (outside the trash) per person, unused people included with 0: counted
        from the entries' covering index, never their rows."""
        rows = self.db.execute(
            "SELECT p.name, coalesce(n.count, 0) FROM person p LEFT JOIN"
            " (SELECT person_id, count(*) AS count FROM conflict WHERE trashed_at IS NULL"
            " GROUP BY person_id) n ON n.person_id = p.id ORDER BY p.name COLLATE NOCASE"
        )
        return dict(rows.fetchall())

    def add_person(self, person: Person) -> Person:
        name = clean_name(person.name)
        found = self._find("person", name)
        if found is not None:
            if person.role:
                self.set_person_role(name, person.role)
            return next(p for p in self.people() if p.id == found)
        with self.transaction():
            cursor = self.db.execute(
                "INSERT INTO person (name, role) VALUES (?, ?)", (name, person.role.strip())
            )
        return Person(name, person.role.strip(), cursor.lastrowid)

    def set_person_role(self, name: str, role: str) -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE person SET role = ? WHERE id = ?",
                (role.strip(), self._require("person", name)),
            )

    def rename_person(self, old: str, new: str) -> None:
        self._rename("person", old, new)

    def merge_people(self, source: str, into: str) -> None:
        source_id, into_id = self._require("person", source), self._require("person", into)
        if source_id == into_id:
            return
        with self.transaction():
            self.db.execute(
                "UPDATE conflict SET person_id = ? WHERE person_id = ?", (into_id, source_id)
            )
            self.db.execute("DELETE FROM person WHERE id = ?", (source_id,))

    def delete_person(self, name: str) -> None:
        person_id = self._require("person", name)
        if self.db.execute(
            "SELECT 1 FROM conflict WHERE person_id = ? LIMIT 1", (person_id,)
        ).fetchone():
            raise NameInUse(
                _("“{name}” is still named in entries; merge into another person instead.").format(
                    name=name
                )
            )
        with self.transaction():
            self.db.execute("DELETE FROM person WHERE id = ?", (person_id,))

    # --- shared -------------------------------------------------------------------------
    def _find(self, table: str, name: str) -> int | None:
        row = self.db.execute(
            f"SELECT id FROM {table} WHERE name = ?", (clean_name(name),)
        ).fetchone()
        return row[0] if row else None

    def _require(self, table: str, name: str) -> int:
        found = self._find(table, name)
        if found is None:
            kind = "theme" if table == "theme" else "person"
            raise NameInUse(_("There is no {kind} called “{name}”.").format(kind=kind, name=name))
        return found

    def _rename(self, table: str, old: str, new: str) -> None:
        old_id, new_name = self._require(table, old), clean_name(new)
        clash = self._find(table, new_name)
        if clash is not None and clash != old_id:
            raise NameInUse(
                _("“{new_name}” already exists; merge the two instead.").format(new_name=new_name)
            )
        with self.transaction():
            self.db.execute(f"UPDATE {table} SET name = ? WHERE id = ?", (new_name, old_id))

    def _id_for(self, table: str, name: str) -> int:
        """The id of `name`, created on first use (entries refer to names)."""
        found = self._find(table, name)
        if found is not None:
            return found
        if table == "theme":
            return self.add_theme(name).id  # type: ignore[return-value]
        return self.add_person(Person(name)).id  # type: ignore[return-value]
