from cjeditor.cli import run

raise SystemExit(run())
