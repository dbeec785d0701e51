"""Loaders and validators for the data files in ``eventwire/data``."""
