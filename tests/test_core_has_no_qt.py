"""The core never imports Qt: the import-linter contract holds, and importing all of workbench/ loads no PySide6."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

IMPORT_ALL = """
import importlib, json, pkgutil, sys
import workbench
names = sorted(m.name for m in pkgutil.walk_packages(workbench.__path__, "workbench."))
for name in names:
    importlib.import_module(name)
print(json.dumps({"modules": names, "qt": sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "ui"))}))
"""


def test_import_linter_contract_holds():
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is in requirements.txt; the venv should have lint-imports"
    result = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The core never imports Qt or the GUI KEPT" in result.stdout


def test_importing_every_core_module_loads_no_qt():
    result = subprocess.run([sys.executable, "-c", IMPORT_ALL], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.splitlines()[-1])
    assert len(found["modules"]) > 20
    assert "workbench.storage.integrity" in found["modules"]
    assert found["qt"] == []
