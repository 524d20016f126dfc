"""Package discovery only; all metadata is in pyproject.toml.

resources/ lives at the top of the repository and ships as `cjeditor.resources`
(with its data folders), which pyproject's package finder cannot express next to
a mapped folder.
"""

from pathlib import Path

from setuptools import find_packages, setup

RESOURCE_FOLDERS = [
    "cjeditor.resources" + "".join(f".{part}" for part in path.relative_to("resources").parts)
    for path in [Path("resources"), *sorted(Path("resources").rglob("*"))]
    if path.is_dir() and "__pycache__" not in path.parts
]

setup(
    packages=[*find_packages(include=["cjeditor", "cjeditor.*"]), *RESOURCE_FOLDERS],
    package_dir={"cjeditor.resources": "resources"},
)
