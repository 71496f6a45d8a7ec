"""The one error a reader raises for a file it cannot import."""


class FormatError(Exception):
    """Why a file cannot be imported, and where: a line and column, or a JSON path.

    Messages name places and expectations, never the file's contents, so they are safe to
    print and to log.
    """
