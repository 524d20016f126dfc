from cjeditor.cli import main

raise SystemExit(main())
