"""Pipeline stages: each module has one job and a class with ``name`` and ``__call__(cdoc)``."""
