"""The journal window: entry list, filters, the selected entry, tabs and menus."""
