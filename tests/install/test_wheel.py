"""An installed wheel finds every file under resources/, from outside the checkout."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def resource_files() -> list[str]:
    return sorted(
        path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.name != ".gitkeep"
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch venv with the wheel built from this checkout installed (without dependencies)."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = work.glob("daybook-*.whl")
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    return python


def run_outside(python: Path, code: str, folder: Path) -> str:
    """`code` run by the scratch venv's Python in `folder`, isolated from this checkout."""
    result = subprocess.run(
        [str(python), "-I", "-c", code], cwd=folder, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_wheel_finds_a_font_and_the_style_sheet_from_outside_the_checkout(
    installed: Path, tmp_path: Path
) -> None:
    probe = (
        "from diary.resources import resource_path, resources_root\n"
        "print(resources_root())\n"
        "print(resource_path('fonts', 'DejaVuSans.ttf').stat().st_size)\n"
        "print(resource_path('style.qss').read_text(encoding='utf-8')[:200].strip() != '')\n"
    )
    root, font_size, has_style = run_outside(installed, probe, tmp_path).splitlines()
    assert not Path(root).is_relative_to(ROOT)
    assert int(font_size) == (ROOT / "resources" / "fonts" / "DejaVuSans.ttf").stat().st_size
    assert has_style == "True"


def test_the_wheel_carries_every_resource(installed: Path, tmp_path: Path) -> None:
    probe = (
        "from diary.resources import resources_root\n"
        "root = resources_root()\n"
        "print('\\n'.join(sorted(p.relative_to(root).as_posix() "
        "for p in root.rglob('*') if p.is_file())))\n"
    )
    assert run_outside(installed, probe, tmp_path).split() == resource_files()
