"""factrack: a record of the factual claims in news articles, for editors and fact-checkers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("factrack")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"
