"""``python -m eventwire`` runs the same command line as the installed ``eventwire`` script."""

from __future__ import annotations

import subprocess
import sys

from eventwire import __version__


def test_python_dash_m_prints_the_version():
    done = subprocess.run([sys.executable, "-m", "eventwire", "--version"], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"eventwire, version {__version__}"


def test_python_dash_m_lists_the_commands_under_the_right_name():
    done = subprocess.run([sys.executable, "-m", "eventwire", "--help"], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Usage: eventwire ")
    for command in ("code", "explain", "query"):
        assert f"  {command} " in done.stdout
