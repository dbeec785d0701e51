"""``python -m eventwire``: the same command line as the ``eventwire`` script, for environments
where the script is not on PATH (a venv that is not activated, a Dask worker, a notebook)."""

from eventwire.cli import main

if __name__ == "__main__":
    main(prog_name="eventwire")
