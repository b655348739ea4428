from tests.ui.common.plurals import plurals  # noqa: F401  (the fixture)
