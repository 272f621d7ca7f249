"""One error hierarchy: the library raises these; only the CLI turns them into exits."""


class FactrackError(Exception):
    """Base class of every error factrack reports to a user as one line."""


class InputError(FactrackError):
    """An input (file, URL, stdin) cannot be read as an article."""


class DatabaseError(FactrackError):
    """The database cannot be opened, upgraded or written."""


class NotFoundError(FactrackError):
    """A claim, article or speaker id that does not exist."""


class ConflictError(FactrackError):
    """A change refused because someone else changed the same record first."""


class FetchError(InputError):
    """A URL could not be fetched as an article."""
