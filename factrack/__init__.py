"""factrack: a record of the factual claims in news articles, for editors and fact-checkers."""


def __getattr__(name: str) -> str:
    # The version is read on demand: importlib.metadata costs ~25 ms of every start-up.
    if name != "__version__":
        raise AttributeError(f"module 'factrack' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("factrack")
    except PackageNotFoundError:  # running from a source tree without installing
        value = "0.0.0"
    globals()["__version__"] = value
    return value
